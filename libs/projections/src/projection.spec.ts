import { defineProjection, parseProjectionName } from './projection';
import { InvalidProjectionNameError } from './projection-errors';
import { checkpointKey, parseCheckpoint, projectionKeyPrefix } from './projection-keys';
import { prefixPattern } from './redis-keys';

describe('projection names', () => {
  it.each([
    ['damocles.deadlines.v1', { context: 'damocles', readModel: 'deadlines', version: 1 }],
    ['test.tellingen.v12', { context: 'test', readModel: 'tellingen', version: 12 }],
    ['kamerverhuur.open-cases.v2', { context: 'kamerverhuur', readModel: 'open-cases', version: 2 }],
    ['oov.yearlyStatistics.v3', { context: 'oov', readModel: 'yearlyStatistics', version: 3 }],
  ])('%s is {context}.{readModel}.v{n}', (name, parsed) => {
    expect(parseProjectionName(name)).toEqual(parsed);
  });

  it.each([
    'deadlines',
    'damocles.deadlines',
    'damocles.deadlines.1',
    'damocles.deadlines.v0',
    'damocles.deadlines.v01',
    'Damocles.deadlines.v1',
    'damocles.dead lines.v1',
    'damocles:deadlines.v1',
    'damocles.deadlines.v1.extra',
    '',
  ])('"%s" is refused', (name) => {
    expect(() => parseProjectionName(name)).toThrow(InvalidProjectionNameError);
    expect(() => defineProjection({ name, handle: () => undefined })).toThrow(/expected \{context\}\.\{readModel\}\.v\{n\}/);
  });
});

describe('projection keys', () => {
  it('puts every key of a projection, its checkpoint included, under {keyPrefix}{name}:', () => {
    expect(projectionKeyPrefix('hh:', 'test.tellingen.v1')).toBe('hh:test.tellingen.v1:');
    expect(checkpointKey('hh:', 'test.tellingen.v1')).toBe('hh:test.tellingen.v1:checkpoint');
  });

  it('keeps v1 and v10 apart', () => {
    expect(projectionKeyPrefix('hh:', 'test.tellingen.v10').startsWith(projectionKeyPrefix('hh:', 'test.tellingen.v1'))).toBe(
      false,
    );
  });

  it('reads a checkpoint as a position, and refuses anything else', () => {
    expect(parseCheckpoint('test.tellingen.v1', null)).toBeNull();
    expect(parseCheckpoint('test.tellingen.v1', '18446744073709551615')).toBe(18446744073709551615n);
    expect(() => parseCheckpoint('test.tellingen.v1', '-1')).toThrow(/not a position/);
    expect(() => parseCheckpoint('test.tellingen.v1', '12abc')).toThrow(/not a position/);
  });

  it('takes glob characters in a prefix literally when scanning', () => {
    expect(prefixPattern('hh:test.tellingen.v1:')).toBe('hh:test.tellingen.v1:*');
    expect(prefixPattern('a*b?c[d]e\\f:')).toBe('a\\*b\\?c\\[d\\]e\\\\f:*');
  });
});
