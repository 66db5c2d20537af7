import { Pool, type PoolClient } from 'pg';
import { newKey } from '../../crypto/aes-256-gcm';
import { KeyStoreConfigError } from '../../errors';
import { toSubjectId, type SubjectId } from '../../subject-id';
import type { Erasure, KeyStore, SubjectKey, Tombstone } from '../key-store.port';
import type { MasterKey } from '../master-key';
import { checkErasure, currentKeyVersion, keyOrThrow, readRow, type StoredSubject, type SubjectKeyRow } from '../stored-subject';
import { defaultKeyStoreSchema, migrate, quoteIdentifier } from './postgres-key-store-schema';

export interface PostgresKeyStoreOptions {
  /** `postgres://user@host:5432/database` */
  readonly connectionString: string;
  /** The schema that holds the key table; created by migration. Default `handhaving_keys`. */
  readonly schema?: string;
  readonly masterKey: MasterKey;
  readonly poolSize?: number;
}

const rowColumns = 'key_version, wrapped_key, erased_at, erasure_reason';

/**
 * The key store on PostgreSQL, in its own schema. Create it with `PostgresKeyStore.connect`,
 * which runs the migration and checks the master key.
 *
 * Erasure sets the key column to NULL in the subject's row at once: from that commit on, no
 * query returns the key. PostgreSQL has no secure delete, though: the old row version stays in
 * the table file until (auto)vacuum prunes it, and even then its bytes stay in the page's free
 * space until a new row happens to overwrite them (`purgeErasedKeyRemnants` rewrites the
 * table); the key also stays in the write-ahead log and in backups until they age out. That is
 * why keys are stored wrapped by the master key, and why backups of this schema need a
 * retention shorter than the erasure deadline.
 */
export class PostgresKeyStore implements KeyStore {
  private constructor(
    private readonly pool: Pool,
    private readonly table: string,
    private readonly masterKey: MasterKey,
  ) {}

  static async connect(options: PostgresKeyStoreOptions): Promise<PostgresKeyStore> {
    const schema = options.schema ?? defaultKeyStoreSchema;
    const table = `${quoteIdentifier(schema)}.subject_keys`;
    const pool = new Pool({ connectionString: options.connectionString, max: options.poolSize ?? 5 });
    // An idle client that loses its server must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        await migrate(client, schema);
        await checkMasterKey(client, schema, options.masterKey);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresKeyStore(pool, table, options.masterKey);
  }

  async getOrCreateKey(subjectId: SubjectId): Promise<SubjectKey> {
    const found = keyOrThrow(await this.read(subjectId));
    if (found) return found;
    const material = newKey();
    const wrapped = this.masterKey.wrap(subjectId, currentKeyVersion, material);
    const { rowCount } = await this.pool.query(
      `INSERT INTO ${this.table} (subject_id, key_version, wrapped_key, created_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (subject_id) DO NOTHING`,
      [subjectId, currentKeyVersion, wrapped],
    );
    if (rowCount === 1) return { subjectId, version: currentKeyVersion, material };
    // Another process created (or erased) the subject first: a fresh statement sees its row.
    const winner = keyOrThrow(await this.read(subjectId));
    if (!winner) throw new Error(`Subject ${subjectId} has no key after creating one`);
    return winner;
  }

  async getKey(subjectId: SubjectId): Promise<SubjectKey | undefined> {
    const stored = await this.read(subjectId);
    return stored.status === 'key' ? stored.key : undefined;
  }

  async erase(subjectId: SubjectId, erasure: Erasure): Promise<Tombstone> {
    checkErasure(subjectId, erasure);
    // One statement: it waits for a concurrent creation of the same row and then erases it.
    const { rows } = await this.pool.query<SubjectKeyRow>(
      `INSERT INTO ${this.table} AS k (subject_id, key_version, wrapped_key, created_at, erased_at, erasure_reason)
       VALUES ($1, $2, NULL, NULL, $3, $4)
       ON CONFLICT (subject_id) DO UPDATE SET
         wrapped_key = NULL,
         erased_at = coalesce(k.erased_at, excluded.erased_at),
         erasure_reason = coalesce(k.erasure_reason, excluded.erasure_reason)
       RETURNING ${rowColumns}`,
      [subjectId, currentKeyVersion, erasure.erasedAt, erasure.reason],
    );
    const stored = readRow(subjectId, rows[0], this.masterKey);
    if (stored.status !== 'erased') throw new Error(`Subject ${subjectId} was not erased`);
    return stored.tombstone;
  }

  async getTombstone(subjectId: SubjectId): Promise<Tombstone | undefined> {
    const stored = await this.read(subjectId);
    return stored.status === 'erased' ? stored.tombstone : undefined;
  }

  async isErased(subjectId: SubjectId): Promise<boolean> {
    return (await this.getTombstone(subjectId)) !== undefined;
  }

  /**
   * Rewrites the key table (`VACUUM FULL`) so that no page of it holds an erased key any more.
   * Until then an erased key is out of reach of every query but its old row version may sit in
   * the table file: vacuum frees that space without overwriting it. Run it after a batch of
   * erasures, in a quiet hour: it locks the key table while it copies the live rows, which for a
   * million subjects takes seconds. The old file is handed back to the file system, not wiped.
   */
  async purgeErasedKeyRemnants(): Promise<void> {
    await this.pool.query(`VACUUM FULL ${this.table}`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async read(subjectId: SubjectId): Promise<StoredSubject> {
    toSubjectId(subjectId);
    const { rows } = await this.pool.query<SubjectKeyRow>(`SELECT ${rowColumns} FROM ${this.table} WHERE subject_id = $1`, [subjectId]);
    return readRow(subjectId, rows[0], this.masterKey);
  }
}

async function checkMasterKey(client: PoolClient, schema: string, masterKey: MasterKey): Promise<void> {
  const meta = `${quoteIdentifier(schema)}.key_store_meta`;
  const check = masterKey.checkValue();
  await client.query(`INSERT INTO ${meta} (name, value) VALUES ('master-key-check', $1) ON CONFLICT (name) DO NOTHING`, [check]);
  const { rows } = await client.query<{ value: string }>(`SELECT value FROM ${meta} WHERE name = 'master-key-check'`);
  if (rows[0]?.value !== check) {
    throw new KeyStoreConfigError(
      `The master key is not the one that wrapped the keys in PostgreSQL schema ${schema}: ` +
        'set HANDHAVING_MASTER_KEY to the original key (a new key cannot read the stored keys)',
    );
  }
}
