import { damoclesContext } from './damocles.context';
import { DAMOCLES_STREAM_PREFIX, damoclesStreamId } from './damocles.stream';
import { zaakId } from './stappen/zaak.spec-support';

/*
 * The decider as a whole. Each step's rules are tested beside the step, in stappen/<stap>.spec.ts;
 * the fold of events into a case in damocles.evolve.spec.ts.
 */
describe('damocles decider', () => {
  it('gives the stream id damocles-{zaakId}', () => {
    expect(damoclesStreamId(zaakId)).toBe(`damocles-${zaakId}`);
  });

  it('is registered under the same stream prefix and ids the read models filter on', () => {
    expect(damoclesContext.streamPrefix).toBe(DAMOCLES_STREAM_PREFIX);
    expect(damoclesContext.streamId(zaakId)).toBe(damoclesStreamId(zaakId));
  });
});
