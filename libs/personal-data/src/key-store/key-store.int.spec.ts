import { postgresForTests } from '@handhaving/testing';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { KeyStoreConfigError, SubjectErased } from '../errors';
import { newSubjectId, type SubjectId } from '../subject-id';
import { PersonalDataVault } from '../vault/personal-data-vault';
import { EmbeddedKeyStore, embeddedKeyStoreFile } from './embedded/embedded-key-store';
import { InMemoryKeyStore } from './in-memory/in-memory-key-store';
import type { KeyStore } from './key-store.port';
import { MasterKey } from './master-key';
import { PostgresKeyStore } from './postgres/postgres-key-store';

/**
 * The one contract every key store passes. `open` returns a new, independent store on the same
 * data each time: another connection, as another process would have.
 */
interface KeyStoreHarness {
  open(masterKey: MasterKey): Promise<KeyStore>;
  /** Does the stored data (database files, table pages) still hold these bytes anywhere? */
  holdsBytes?(bytes: Buffer): Promise<boolean>;
  /** The subject's key as stored at rest (wrapped), read past the adapter. */
  storedKey?(subjectId: SubjectId): Promise<Buffer | null>;
  /** Writes a key back into an erased subject's row, past the adapter. */
  restoreKey?(subjectId: SubjectId, wrapped: Buffer): Promise<void>;
  cleanUp(): Promise<void>;
}

const betrokkene = { naam: 'Fatma Yılmaz', bsn: '999993653', geboortedatum: '1984-02-29', email: 'fatma@example.nl' };

class FixedClock {
  constructor(private instant: Date) {}
  now(): Date {
    return this.instant;
  }
  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }
}

function keyStoreContract(name: string, harness: KeyStoreHarness): void {
  describe(`key store contract: ${name}`, () => {
    const masterKey = MasterKey.generate();
    const erasedAt = new Date('2026-06-01T08:30:00.000Z');
    let store: KeyStore;
    let other: KeyStore;

    beforeAll(async () => {
      store = await harness.open(masterKey);
      other = await harness.open(masterKey);
    });

    afterAll(async () => {
      await store?.close();
      await other?.close();
      await harness.cleanUp();
    });

    it('creates a 32-byte key once and gives every connection the same key', async () => {
      const subjectId = newSubjectId();
      const key = await store.getOrCreateKey(subjectId);
      expect(key).toMatchObject({ subjectId, version: 1 });
      expect(key.material).toHaveLength(32);
      expect((await store.getOrCreateKey(subjectId)).material.equals(key.material)).toBe(true);
      expect((await other.getKey(subjectId))?.material.equals(key.material)).toBe(true);
    });

    it('hands out one key when two connections create it at the same moment', async () => {
      for (let round = 0; round < 20; round++) {
        const subjectId = newSubjectId();
        const [a, b] = await Promise.all([store.getOrCreateKey(subjectId), other.getOrCreateKey(subjectId)]);
        expect(a.material.equals(b.material)).toBe(true);
      }
    });

    it('knows nothing of a subject it never saw', async () => {
      const subjectId = newSubjectId();
      expect(await store.getKey(subjectId)).toBeUndefined();
      expect(await store.isErased(subjectId)).toBe(false);
      expect(await store.getTombstone(subjectId)).toBeUndefined();
    });

    it('erases a key for good and keeps a tombstone with when and why', async () => {
      const subjectId = newSubjectId();
      await store.getOrCreateKey(subjectId);
      const tombstone = await store.erase(subjectId, { reason: 'avg-artikel-17', erasedAt });
      expect(tombstone).toEqual({ subjectId, erasedAt, reason: 'avg-artikel-17' });
      for (const connection of [store, other]) {
        expect(await connection.getKey(subjectId)).toBeUndefined();
        expect(await connection.isErased(subjectId)).toBe(true);
        expect(await connection.getTombstone(subjectId)).toEqual(tombstone);
        await expect(connection.getOrCreateKey(subjectId)).rejects.toBeInstanceOf(SubjectErased);
      }
    });

    it('erases twice without complaint, keeping the first erasure', async () => {
      const subjectId = newSubjectId();
      await store.getOrCreateKey(subjectId);
      const first = await store.erase(subjectId, { reason: 'bewaartermijn-verstreken', erasedAt });
      const second = await other.erase(subjectId, { reason: 'avg-artikel-17', erasedAt: new Date('2027-01-01T00:00:00Z') });
      expect(second).toEqual(first);
      expect(await store.getTombstone(subjectId)).toEqual(first);
    });

    it('erases a subject it never saw, so no key can be made for it later', async () => {
      const subjectId = newSubjectId();
      expect(await store.erase(subjectId, { reason: 'avg-artikel-17', erasedAt })).toEqual({ subjectId, erasedAt, reason: 'avg-artikel-17' });
      await expect(other.getOrCreateKey(subjectId)).rejects.toBeInstanceOf(SubjectErased);
    });

    it('never leaves a key behind when creating and erasing race', async () => {
      for (let round = 0; round < 20; round++) {
        const subjectId = newSubjectId();
        await Promise.allSettled([store.getOrCreateKey(subjectId), other.erase(subjectId, { reason: 'avg-artikel-17', erasedAt })]);
        expect(await store.getKey(subjectId)).toBeUndefined();
        expect(await other.getKey(subjectId)).toBeUndefined();
        expect(await store.isErased(subjectId)).toBe(true);
      }
    });

    it('refuses a free-text reason and a malformed subject id', async () => {
      await expect(store.erase(newSubjectId(), { reason: 'Jan de Vries vroeg erom' as never, erasedAt })).rejects.toBeInstanceOf(TypeError);
      await expect(store.getKey('Jan de Vries' as SubjectId)).rejects.toThrow('lower-case UUID');
    });

    describe('through the vault', () => {
      it('opens sealed data as verwijderd once the subject is erased', async () => {
        const vault = new PersonalDataVault({ keyStore: store });
        const subjectId = newSubjectId();
        const sealed = await vault.seal(subjectId, betrokkene);
        expect(await vault.open(sealed)).toEqual({ status: 'beschikbaar', subjectId, data: betrokkene });
        await vault.erase(subjectId, 'avg-artikel-17');
        expect(await vault.open(sealed)).toMatchObject({ status: 'verwijderd', subjectId });
        expect(await new PersonalDataVault({ keyStore: other }).open(sealed)).toMatchObject({ status: 'verwijderd', subjectId });
      });

      it('opens data of a subject this store never knew as verwijderd', async () => {
        const sealed = await new PersonalDataVault({ keyStore: new InMemoryKeyStore() }).seal(newSubjectId(), betrokkene);
        expect(await new PersonalDataVault({ keyStore: store }).open(sealed)).toEqual({ status: 'verwijderd', subjectId: sealed.subjectId });
      });

      it('lets a vault in another process see the erasure when its cached key expires', async () => {
        const clock = new FixedClock(erasedAt);
        const here = new PersonalDataVault({ keyStore: store, clock, cacheTtlMs: 60_000 });
        const there = new PersonalDataVault({ keyStore: other, clock, cacheTtlMs: 60_000 });
        const subjectId = newSubjectId();
        const sealed = await here.seal(subjectId, betrokkene);
        expect((await there.open(sealed)).status).toBe('beschikbaar');

        await here.erase(subjectId, 'avg-artikel-17');
        expect((await here.open(sealed)).status).toBe('verwijderd');
        clock.advance(30_000);
        // Within the TTL the other process still holds the key: the documented window.
        expect((await there.open(sealed)).status).toBe('beschikbaar');
        clock.advance(30_000);
        expect(await there.open(sealed)).toEqual({ status: 'verwijderd', subjectId, erasedAt });
      });
    });

    if (harness.storedKey && harness.holdsBytes) {
      const { storedKey, holdsBytes } = harness;
      it('keeps keys wrapped at rest and leaves no byte of an erased key in the store', async () => {
        // Many subjects, erased scattered and out of order: one erasure alone may happen to
        // be overwritten by its own tombstone, a real workload leaves freed cells behind.
        const subjects = Array.from({ length: 90 }, () => newSubjectId());
        const keys = new Map<SubjectId, Buffer>();
        const wrapped = new Map<SubjectId, Buffer>();
        for (const subjectId of subjects) keys.set(subjectId, (await store.getOrCreateKey(subjectId)).material);
        for (const subjectId of subjects) wrapped.set(subjectId, (await storedKey(subjectId)) as Buffer);
        expect(wrapped.get(subjects[0])).toHaveLength(60);
        // At rest only the wrapped key is there, never the key itself; and the search does find
        // what is there, so "not found" below means something.
        expect(await holdsBytes(keys.get(subjects[0]) as Buffer)).toBe(false);
        expect(await holdsBytes(wrapped.get(subjects[0]) as Buffer)).toBe(true);

        const erased = subjects.filter((_, index) => index % 3 === 0 || index % 7 === 0).reverse();
        for (const subjectId of erased) await other.erase(subjectId, { reason: 'avg-artikel-17', erasedAt });

        for (const subjectId of erased) {
          expect(await storedKey(subjectId)).toBeNull();
          expect(await holdsBytes(wrapped.get(subjectId) as Buffer)).toBe(false);
          expect(await holdsBytes(keys.get(subjectId) as Buffer)).toBe(false);
        }
        const kept = subjects.find((subjectId) => !erased.includes(subjectId)) as SubjectId;
        expect(await holdsBytes(wrapped.get(kept) as Buffer)).toBe(true);
      });
    }

    if (harness.restoreKey && harness.storedKey) {
      const { restoreKey, storedKey } = harness;
      it('refuses, below the adapter too, to put a key back on an erased subject', async () => {
        const subjectId = newSubjectId();
        await store.getOrCreateKey(subjectId);
        const wrapped = (await storedKey(subjectId)) as Buffer;
        await store.erase(subjectId, { reason: 'avg-artikel-17', erasedAt });
        // Matched on the message: better-sqlite3's native errors may come from another jest realm, where toThrow does not see an Error.
        await expect(restoreKey(subjectId, wrapped)).rejects.toMatchObject({ message: expect.stringContaining('an erased subject stays erased') });
        expect(await other.getKey(subjectId)).toBeUndefined();
      });
    }

    if (harness !== inMemory) {
      it('refuses to start with another master key than the one that wrapped its keys', async () => {
        await expect(harness.open(MasterKey.generate())).rejects.toBeInstanceOf(KeyStoreConfigError);
      });
    }
  });
}

// ---- in memory: the reference every real store must match

const sharedInMemory = new InMemoryKeyStore();
const inMemory: KeyStoreHarness = { open: async () => sharedInMemory, cleanUp: async () => undefined };
keyStoreContract('in memory', inMemory);

// ---- embedded: keys.sqlite in a temporary data folder

// Made on first use, so a run that filters these tests out leaves no empty folder behind.
let temporaryDataDir: string | undefined;
const dataDir = (): string => (temporaryDataDir ??= mkdtempSync(join(tmpdir(), 'handhaving-keys-')));
const keysFile = (): string => join(dataDir(), embeddedKeyStoreFile);

function withRawDatabase<T>(use: (db: Database.Database) => T): T {
  const db = new Database(keysFile(), { timeout: 10_000 });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

keyStoreContract('embedded (keys.sqlite, WAL, synchronous=FULL, secure_delete)', {
  open: async (masterKey) => new EmbeddedKeyStore({ dataDir: dataDir(), masterKey }),
  storedKey: async (subjectId) =>
    withRawDatabase(
      (db) => db.prepare<[string], { wrapped_key: Buffer | null }>('SELECT wrapped_key FROM subject_keys WHERE subject_id = ?').get(subjectId)?.wrapped_key ?? null,
    ),
  // The raw bytes of the database file and its write-ahead log, as a thief of the disk would read them.
  holdsBytes: async (bytes) => {
    withRawDatabase((db) => db.pragma('wal_checkpoint(PASSIVE)'));
    return [keysFile(), `${keysFile()}-wal`].some((file) => existsSync(file) && readFileSync(file).includes(bytes));
  },
  restoreKey: async (subjectId, wrapped) => {
    withRawDatabase((db) => db.prepare('UPDATE subject_keys SET wrapped_key = ?, erased_at = NULL, erasure_reason = NULL WHERE subject_id = ?').run(wrapped, subjectId));
  },
  cleanUp: async () => {
    if (temporaryDataDir) rmSync(temporaryDataDir, { recursive: true, force: true });
  },
});

// ---- PostgreSQL: a schema of its own per run, dropped afterwards

const postgresUrl = postgresForTests('key store contract: PostgreSQL');
if (postgresUrl) {
  const schema = `keys_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  let client: Client | undefined;
  const query = async <T extends object>(sql: string, parameters: unknown[] = []): Promise<T[]> => {
    if (!client) {
      client = new Client({ connectionString: postgresUrl });
      await client.connect();
    }
    return (await client.query<T>(sql, parameters)).rows;
  };
  keyStoreContract(`PostgreSQL (schema ${schema})`, {
    open: (masterKey) => PostgresKeyStore.connect({ connectionString: postgresUrl, schema, masterKey }),
    storedKey: async (subjectId) =>
      (await query<{ wrapped_key: Buffer | null }>(`SELECT wrapped_key FROM "${schema}".subject_keys WHERE subject_id = $1`, [subjectId]))[0]
        ?.wrapped_key ?? null,
    // What a query can reach: every row of the key table. (The pages themselves: see below.)
    holdsBytes: async (bytes) =>
      (
        await query<{ found: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM "${schema}".subject_keys WHERE position($1::bytea IN coalesce(wrapped_key, ''::bytea)) > 0) AS found`,
          [bytes],
        )
      )[0].found,
    restoreKey: async (subjectId, wrapped) => {
      await query(`UPDATE "${schema}".subject_keys SET wrapped_key = $2, erased_at = NULL, erasure_reason = NULL WHERE subject_id = $1`, [subjectId, wrapped]);
    },
    cleanUp: async () => {
      await query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client?.end();
    },
  });

  /*
   * Below SQL: PostgreSQL keeps the old row version (with the key) in the table's pages until
   * vacuum prunes it, and has no secure delete. This reads the pages themselves (pageinspect)
   * to show what a vacuum leaves. The write-ahead log and backups are not covered: they age out.
   */
  describe(`PostgreSQL key table pages (schema ${schema}_pages)`, () => {
    const pagesSchema = `${schema}_pages`;
    let pageStore: PostgresKeyStore;
    let pageClient: Client;
    let pageinspect = true;

    beforeAll(async () => {
      pageStore = await PostgresKeyStore.connect({ connectionString: postgresUrl, schema: pagesSchema, masterKey: MasterKey.generate() });
      pageClient = new Client({ connectionString: postgresUrl });
      await pageClient.connect();
      try {
        await pageClient.query(`CREATE EXTENSION IF NOT EXISTS pageinspect SCHEMA "${pagesSchema}"`);
      } catch (error) {
        pageinspect = false;
        process.stderr.write(`\n⚠️  SKIPPED key table page inspection: pageinspect is not available (${(error as Error).message})\n\n`);
      }
    });

    afterAll(async () => {
      await pageStore?.close();
      await pageClient?.query(`DROP SCHEMA IF EXISTS "${pagesSchema}" CASCADE`);
      await pageClient?.end();
    });

    const pagesHold = async (bytes: Buffer): Promise<boolean> => {
      const { rows } = await pageClient.query<{ found: boolean }>(
        `SELECT EXISTS (
           SELECT 1 FROM generate_series(0, pg_relation_size('"${pagesSchema}".subject_keys') / current_setting('block_size')::int - 1) AS page
            WHERE position($1::bytea IN "${pagesSchema}".get_raw_page('"${pagesSchema}".subject_keys', page::int)) > 0) AS found`,
        [bytes],
      );
      return rows[0].found;
    };

    it('holds no erased key in any page of the key table once purged (PostgreSQL has no secure delete)', async () => {
      if (!pageinspect) return;
      const subjects = Array.from({ length: 90 }, () => newSubjectId());
      for (const subjectId of subjects) await pageStore.getOrCreateKey(subjectId);
      const wrapped = new Map<SubjectId, Buffer>();
      for (const subjectId of subjects) {
        const { rows } = await pageClient.query<{ wrapped_key: Buffer }>(`SELECT wrapped_key FROM "${pagesSchema}".subject_keys WHERE subject_id = $1`, [subjectId]);
        wrapped.set(subjectId, rows[0].wrapped_key);
      }
      const erased = subjects.filter((_, index) => index % 3 === 0 || index % 7 === 0).reverse();
      for (const subjectId of erased) await pageStore.erase(subjectId, { reason: 'avg-artikel-17', erasedAt: new Date() });
      const stillInPages = async (): Promise<number> => {
        let count = 0;
        for (const subjectId of erased) if (await pagesHold(wrapped.get(subjectId) as Buffer)) count += 1;
        return count;
      };

      // Dead row versions and pruned free space still hold wrapped keys, out of reach of any
      // query; how many depends on page pruning, so this is reported, not asserted.
      const afterErasure = await stillInPages();
      await pageClient.query(`VACUUM "${pagesSchema}".subject_keys`);
      const afterVacuum = await stillInPages();
      process.stderr.write(
        `key table pages: of ${erased.length} erased keys, ${afterErasure} still in the pages after erasure, ${afterVacuum} after VACUUM\n`,
      );

      await pageStore.purgeErasedKeyRemnants();
      expect(await stillInPages()).toBe(0);
      const kept = subjects.find((subjectId) => !erased.includes(subjectId)) as SubjectId;
      expect(await pagesHold(wrapped.get(kept) as Buffer)).toBe(true);
      expect((await pageStore.getKey(kept))?.material).toHaveLength(32);
    });
  });
} else {
  describe.skip('key store contract: PostgreSQL (skipped: HANDHAVING_TEST_POSTGRES_URL is not set)', () => {
    it('needs PostgreSQL', () => undefined);
  });
}
