import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyStoreConfigError, KeyStoreIntegrityError } from '../errors';
import { newSubjectId } from '../subject-id';
import { developmentMasterKeyFile, loadMasterKey, MasterKey } from './master-key';

describe('MasterKey', () => {
  it('wraps a subject key into 60 bytes that only the same master key and subject unwrap', () => {
    const master = MasterKey.generate();
    const subjectId = newSubjectId();
    const key = randomBytes(32);
    const wrapped = master.wrap(subjectId, 1, key);
    expect(wrapped).toHaveLength(60);
    expect(wrapped.includes(key)).toBe(false);
    expect(master.unwrap(subjectId, 1, wrapped).equals(key)).toBe(true);
    expect(() => master.unwrap(newSubjectId(), 1, wrapped)).toThrow(KeyStoreIntegrityError);
    expect(() => master.unwrap(subjectId, 2, wrapped)).toThrow(KeyStoreIntegrityError);
    expect(() => MasterKey.generate().unwrap(subjectId, 1, wrapped)).toThrow(KeyStoreIntegrityError);
  });

  it('reads 32 bytes of base64 and refuses anything else without echoing it', () => {
    const value = randomBytes(32).toString('base64');
    expect(MasterKey.fromBase64(value).toBase64()).toBe(value);
    for (const wrong of [randomBytes(16).toString('base64'), 'not base64 at all!', `${value}AAAA`]) {
      const error = (() => {
        try {
          MasterKey.fromBase64(wrong);
          return undefined;
        } catch (caught) {
          return caught as Error;
        }
      })();
      expect(error).toBeInstanceOf(KeyStoreConfigError);
      expect(error?.message).toBe('HANDHAVING_MASTER_KEY must be 32 random bytes in base64 (make one with: openssl rand -base64 32)');
    }
  });

  it('has a check value that tells keys apart and does not contain the key', () => {
    const master = MasterKey.generate();
    expect(master.checkValue()).toBe(MasterKey.fromBase64(master.toBase64()).checkValue());
    expect(master.checkValue()).not.toBe(MasterKey.generate().checkValue());
    expect(master.checkValue()).not.toContain(master.toBase64());
  });
});

describe('loadMasterKey', () => {
  let dataDir: string;
  const warnings: string[] = [];
  const warn = (line: string): void => void warnings.push(line);

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-master-key-'));
    warnings.length = 0;
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('takes HANDHAVING_MASTER_KEY when set, silently', () => {
    const value = randomBytes(32).toString('base64');
    const key = loadMasterKey({ env: { HANDHAVING_MASTER_KEY: value }, dataDir, allowGenerated: false, warn });
    expect(key.toBase64()).toBe(value);
    expect(warnings).toEqual([]);
  });

  it('without it in production, stops with one line naming the variable', () => {
    expect(() => loadMasterKey({ env: {}, dataDir, allowGenerated: false, warn })).toThrow(
      new KeyStoreConfigError('HANDHAVING_MASTER_KEY is not set: set it to 32 random bytes in base64 (make one with: openssl rand -base64 32)'),
    );
  });

  it('without it in development, generates one in the data folder once, says so, and reuses it', () => {
    const first = loadMasterKey({ env: {}, dataDir, allowGenerated: true, warn });
    const file = join(dataDir, developmentMasterKeyFile);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toBase64());
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`generated a development master key in ${file}`);

    const second = loadMasterKey({ env: {}, dataDir, allowGenerated: true, warn });
    expect(second.toBase64()).toBe(first.toBase64());
    expect(warnings[1]).toContain(`using the development master key in ${file}`);
  });
});
