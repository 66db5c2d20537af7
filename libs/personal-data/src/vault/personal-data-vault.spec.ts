import { randomBytes } from 'node:crypto';
import type { EncryptedPersonalData } from '../encrypted-personal-data';
import { InvalidSealedData, InvalidSubjectId, PersonalDataIntegrityError, SubjectErased } from '../errors';
import { InMemoryKeyStore } from '../key-store/in-memory/in-memory-key-store';
import type { KeyStore, SubjectKey } from '../key-store/key-store.port';
import { newSubjectId, type SubjectId } from '../subject-id';
import { PersonalDataVault } from './personal-data-vault';

const betrokkene = {
  naam: 'Jan de Vries',
  bsn: '999993653',
  geboortedatum: '1970-04-01',
  email: 'jan@example.nl',
  telefoon: '+31 6 12345678',
  woonadres: { straat: 'Markt', huisnummer: 1, postcode: '6411 GG', plaats: 'Heerlen' },
};

class FixedClock {
  constructor(private instant: Date) {}
  now(): Date {
    return this.instant;
  }
  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }
}

/** A key store that hands every subject the same key: only the AAD then tells subjects apart. */
class OneKeyForAll implements KeyStore {
  private readonly material = randomBytes(32);
  async getOrCreateKey(subjectId: SubjectId): Promise<SubjectKey> {
    return { subjectId, version: 1, material: this.material };
  }
  async getKey(subjectId: SubjectId): Promise<SubjectKey | undefined> {
    return this.getOrCreateKey(subjectId);
  }
  async erase(): Promise<never> {
    throw new Error('not used');
  }
  async getTombstone(): Promise<undefined> {
    return undefined;
  }
  async isErased(): Promise<boolean> {
    return false;
  }
  async close(): Promise<void> {
    // nothing
  }
}

function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] ^= 0x01;
  return bytes.toString('base64');
}

describe('PersonalDataVault', () => {
  let vault: PersonalDataVault;

  beforeEach(() => {
    vault = new PersonalDataVault({ keyStore: new InMemoryKeyStore() });
  });

  it('seals and opens personal data', async () => {
    const subjectId = newSubjectId();
    const sealed = await vault.seal(subjectId, betrokkene);
    expect(await vault.open(sealed)).toEqual({ status: 'beschikbaar', subjectId, data: betrokkene });
  });

  it('seals into a JSON value that names the subject and carries no plaintext', async () => {
    const subjectId = newSubjectId();
    const sealed = await vault.seal(subjectId, betrokkene);
    const json = JSON.stringify(sealed);
    expect(Object.keys(sealed).sort()).toEqual(['alg', 'ciphertext', 'iv', 'keyVersion', 'subjectId', 'tag']);
    expect(sealed).toMatchObject({ alg: 'A256GCM', subjectId, keyVersion: 1 });
    expect(Buffer.from(sealed.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(sealed.tag, 'base64')).toHaveLength(16);
    for (const plaintext of ['Jan', 'Vries', '999993653', '1970-04-01', 'jan@example', '12345678', 'Markt', 'Heerlen']) {
      expect(json).not.toContain(plaintext);
    }
    // As it comes back out of an event store: parsed JSON.
    expect(await vault.open(JSON.parse(json))).toMatchObject({ status: 'beschikbaar', data: betrokkene });
  });

  it('uses a new IV for every seal, so equal data never gives equal ciphertext', async () => {
    const subjectId = newSubjectId();
    const first = await vault.seal(subjectId, betrokkene);
    const second = await vault.seal(subjectId, betrokkene);
    expect(second.iv).not.toBe(first.iv);
    expect(second.ciphertext).not.toBe(first.ciphertext);
  });

  it('keeps unicode exactly: diacritics, other scripts, emoji, combining marks', async () => {
    const subjectId = newSubjectId();
    const data = {
      naam: 'Zoë Çelik-Ångström',
      tussenvoegsel: "van 't",
      alias: ['Śmigło', 'Ελένη', 'Дмитрий', '王秀英', 'محمد', 'नेहा'],
      notitie: '👩🏽‍⚖️ e\u0301 \u0000 "quotes" \\ \n\t',
      lang: 'x'.repeat(10_000),
    };
    expect(await vault.open(await vault.seal(subjectId, data))).toEqual({ status: 'beschikbaar', subjectId, data });
  });

  it('refuses data moved to another subject, even when both had the same key (the subject id is authenticated)', async () => {
    const shared = new PersonalDataVault({ keyStore: new OneKeyForAll() });
    const sealed = await shared.seal(newSubjectId(), betrokkene);
    const moved: EncryptedPersonalData = { ...sealed, subjectId: newSubjectId() };
    await expect(shared.open(moved)).rejects.toBeInstanceOf(PersonalDataIntegrityError);
  });

  it('refuses data moved to another subject with its own key', async () => {
    const other = newSubjectId();
    await vault.seal(other, { naam: 'Piet' });
    const sealed = await vault.seal(newSubjectId(), betrokkene);
    await expect(vault.open({ ...sealed, subjectId: other })).rejects.toBeInstanceOf(PersonalDataIntegrityError);
  });

  it.each([
    ['ciphertext', (s: EncryptedPersonalData) => ({ ...s, ciphertext: flipFirstByte(s.ciphertext) })],
    ['tag', (s: EncryptedPersonalData) => ({ ...s, tag: flipFirstByte(s.tag) })],
    ['iv', (s: EncryptedPersonalData) => ({ ...s, iv: flipFirstByte(s.iv) })],
    ['ciphertext length', (s: EncryptedPersonalData) => ({ ...s, ciphertext: Buffer.from(s.ciphertext, 'base64').subarray(1).toString('base64') })],
    ['key version', (s: EncryptedPersonalData) => ({ ...s, keyVersion: 2 })],
  ])('refuses tampered data (%s) instead of reading it as erased', async (_part, tamper) => {
    const sealed = await vault.seal(newSubjectId(), betrokkene);
    await expect(vault.open(tamper(sealed))).rejects.toBeInstanceOf(PersonalDataIntegrityError);
  });

  it.each([
    ['a string', 'Jan de Vries'],
    ['another algorithm', { alg: 'A128CBC', subjectId: newSubjectId(), keyVersion: 1, iv: '', ciphertext: '', tag: '' }],
    ['a bad subject id', { alg: 'A256GCM', subjectId: 'Jan', keyVersion: 1, iv: '', ciphertext: '', tag: '' }],
    ['non-base64', { alg: 'A256GCM', subjectId: newSubjectId(), keyVersion: 1, iv: '!!!!', ciphertext: '', tag: '' }],
  ])('refuses %s as sealed data', async (_what, value) => {
    await expect(vault.open(value as unknown as EncryptedPersonalData)).rejects.toBeInstanceOf(InvalidSealedData);
  });

  it('refuses a subject id that is not a UUID, without repeating it', async () => {
    const error = await vault.seal('999993653' as SubjectId, betrokkene).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidSubjectId);
    expect((error as Error).message).not.toContain('999993653');
  });

  it('refuses to seal what is not a JSON object', async () => {
    await expect(vault.seal(newSubjectId(), ['Jan'] as unknown as Record<string, unknown>)).rejects.toBeInstanceOf(TypeError);
  });

  it('reads an erased subject as verwijderd, with when, and seals nothing new for it', async () => {
    const clock = new FixedClock(new Date('2026-05-01T10:00:00Z'));
    vault = new PersonalDataVault({ keyStore: new InMemoryKeyStore(), clock });
    const subjectId = newSubjectId();
    const sealed = await vault.seal(subjectId, betrokkene);
    const tombstone = await vault.erase(subjectId, 'avg-artikel-17');
    expect(tombstone).toEqual({ subjectId, erasedAt: clock.now(), reason: 'avg-artikel-17' });
    expect(await vault.open(sealed)).toEqual({ status: 'verwijderd', subjectId, erasedAt: clock.now() });
    await expect(vault.seal(subjectId, betrokkene)).rejects.toBeInstanceOf(SubjectErased);
    expect(await vault.isErased(subjectId)).toBe(true);
  });

  it('reads a subject the key store never knew as verwijderd', async () => {
    const elsewhere = new PersonalDataVault({ keyStore: new InMemoryKeyStore() });
    const sealed = await elsewhere.seal(newSubjectId(), betrokkene);
    expect(await vault.open(sealed)).toEqual({ status: 'verwijderd', subjectId: sealed.subjectId });
  });

  it('lets another vault on the same store see an erasure once its cached key expires', async () => {
    const keyStore = new InMemoryKeyStore();
    const clock = new FixedClock(new Date('2026-05-01T10:00:00Z'));
    const here = new PersonalDataVault({ keyStore, clock, cacheTtlMs: 60_000 });
    const there = new PersonalDataVault({ keyStore, clock, cacheTtlMs: 60_000 });
    const subjectId = newSubjectId();
    const sealed = await here.seal(subjectId, betrokkene);
    expect((await there.open(sealed)).status).toBe('beschikbaar');

    await here.erase(subjectId, 'bewaartermijn-verstreken');
    expect((await here.open(sealed)).status).toBe('verwijderd');
    clock.advance(59_999);
    expect((await there.open(sealed)).status).toBe('beschikbaar');
    clock.advance(1);
    expect(await there.open(sealed)).toMatchObject({ status: 'verwijderd', erasedAt: new Date('2026-05-01T10:00:00Z') });
  });

  it('with the cache off, sees another vault\'s erasure at once', async () => {
    const keyStore = new InMemoryKeyStore();
    const here = new PersonalDataVault({ keyStore });
    const there = new PersonalDataVault({ keyStore, cacheTtlMs: 0 });
    const subjectId = newSubjectId();
    const sealed = await here.seal(subjectId, betrokkene);
    expect((await there.open(sealed)).status).toBe('beschikbaar');
    await here.erase(subjectId, 'avg-artikel-17');
    expect((await there.open(sealed)).status).toBe('verwijderd');
  });

  it('refuses an erasure reason outside the list (a tombstone holds no free text)', async () => {
    await expect(vault.erase(newSubjectId(), 'verzoek van Jan de Vries' as never)).rejects.toBeInstanceOf(TypeError);
  });
});
