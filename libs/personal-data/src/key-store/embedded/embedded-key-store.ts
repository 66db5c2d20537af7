import { GroupCommit, openDatabase } from '@handhaving/embedded-sqlite';
import type Database from 'better-sqlite3';
import { join, resolve } from 'node:path';
import { newKey } from '../../crypto/aes-256-gcm';
import { KeyStoreConfigError } from '../../errors';
import { toSubjectId, type SubjectId } from '../../subject-id';
import type { Erasure, KeyStore, SubjectKey, Tombstone } from '../key-store.port';
import type { MasterKey } from '../master-key';
import { checkErasure, currentKeyVersion, keyOrThrow, readRow, type SubjectKeyRow } from '../stored-subject';
import { migrate } from './embedded-key-store-schema';

export const embeddedKeyStoreFile = 'keys.sqlite';

export interface EmbeddedKeyStoreOptions {
  /** The data folder (the one that holds `events.sqlite`); created when missing. */
  readonly dataDir: string;
  readonly masterKey: MasterKey;
  /** How long a write waits for another process's write to finish. */
  readonly busyTimeoutMs?: number;
}

/** What the last erasure's checkpoint did; `busy` means another connection kept it from finishing. */
export interface CheckpointResult {
  readonly busy: boolean;
  readonly walFrames: number;
  readonly checkpointedFrames: number;
}

/**
 * The key store on SQLite in its own file `keys.sqlite` beside `events.sqlite`: its own file, so
 * that a copy of the event log carries no keys and the keys can be backed up on their own terms.
 *
 * An erased key must not survive on disk. Three settings see to that:
 * - `secure_delete = ON`: SQLite overwrites the bytes of a deleted or shrunk row with zeros
 *   instead of leaving them in the page's free space or on the freelist;
 * - after each erasure, `wal_checkpoint(TRUNCATE)`: the page without the key is copied over
 *   the old one in the database file and the write-ahead log, which still holds the page as
 *   it was when the key was written, is cut to zero bytes;
 * - `synchronous = FULL`: a key is on disk before `getOrCreateKey` returns, so no event can be
 *   appended whose key a power cut then loses.
 * What the disk itself keeps (file system journal, SSD remapping, backups) is beyond a
 * database; the master key wrapping covers those copies.
 */
export class EmbeddedKeyStore implements KeyStore {
  private readonly db: Database.Database;
  private readonly masterKey: MasterKey;
  private readonly statements;
  private readonly createKey: (subjectId: SubjectId) => Promise<SubjectKey>;
  private readonly eraseRow: (subjectId: SubjectId, erasure: Erasure) => SubjectKeyRow;
  private lastCheckpointResult: CheckpointResult | undefined;
  private readonly drainWrites: () => Promise<void>;

  constructor(options: EmbeddedKeyStoreOptions) {
    this.db = openDatabase(resolve(join(options.dataDir, embeddedKeyStoreFile)), { busyTimeoutMs: options.busyTimeoutMs });
    this.db.pragma('secure_delete = ON');
    migrate(this.db);
    this.masterKey = options.masterKey;
    checkMasterKey(this.db, options.masterKey, options.dataDir);

    const db = this.db;
    this.statements = {
      read: db.prepare<[string], SubjectKeyRow>(
        'SELECT key_version, wrapped_key, erased_at, erasure_reason FROM subject_keys WHERE subject_id = ?',
      ),
      insert: db.prepare<[string, number, Buffer, string]>(
        'INSERT INTO subject_keys (subject_id, key_version, wrapped_key, created_at) VALUES (?, ?, ?, ?)',
      ),
      erase: db.prepare<[string, number, string, string]>(
        `INSERT INTO subject_keys (subject_id, key_version, wrapped_key, created_at, erased_at, erasure_reason)
         VALUES (?, ?, NULL, NULL, ?, ?)
         ON CONFLICT (subject_id) DO UPDATE SET
           wrapped_key = NULL,
           erased_at = coalesce(subject_keys.erased_at, excluded.erased_at),
           erasure_reason = coalesce(subject_keys.erasure_reason, excluded.erasure_reason)`,
      ),
    };

    const createKey = (subjectId: SubjectId): SubjectKey => {
      const existing = keyOrThrow(readRow(subjectId, this.statements.read.get(subjectId), this.masterKey));
      if (existing) return existing;
      const material = newKey();
      const wrapped = this.masterKey.wrap(subjectId, currentKeyVersion, material);
      this.statements.insert.run(subjectId, currentKeyVersion, wrapped, new Date().toISOString());
      return { subjectId, version: currentKeyVersion, material };
    };
    // New keys created together share one commit (one fsync); see GroupCommit.
    const groupCommit = new GroupCommit(db);
    this.createKey = (subjectId) => groupCommit.run(() => createKey(subjectId));
    this.drainWrites = () => groupCommit.run(() => undefined);
    const eraseRow = db.transaction((subjectId: SubjectId, erasure: Erasure): SubjectKeyRow => {
      this.statements.erase.run(subjectId, currentKeyVersion, erasure.erasedAt.toISOString(), erasure.reason);
      return this.statements.read.get(subjectId) as SubjectKeyRow;
    });
    this.eraseRow = (subjectId, erasure) => eraseRow.immediate(subjectId, erasure);
  }

  async getOrCreateKey(subjectId: SubjectId): Promise<SubjectKey> {
    toSubjectId(subjectId);
    // Most calls find the key; only a new subject takes the write lock.
    return keyOrThrow(this.read(subjectId)) ?? this.createKey(subjectId);
  }

  async getKey(subjectId: SubjectId): Promise<SubjectKey | undefined> {
    toSubjectId(subjectId);
    const stored = this.read(subjectId);
    return stored.status === 'key' ? stored.key : undefined;
  }

  async erase(subjectId: SubjectId, erasure: Erasure): Promise<Tombstone> {
    checkErasure(subjectId, erasure);
    const stored = readRow(subjectId, this.eraseRow(subjectId, erasure), this.masterKey);
    this.checkpoint();
    if (stored.status !== 'erased') throw new Error(`Subject ${subjectId} was not erased`);
    return stored.tombstone;
  }

  async getTombstone(subjectId: SubjectId): Promise<Tombstone | undefined> {
    toSubjectId(subjectId);
    const stored = this.read(subjectId);
    return stored.status === 'erased' ? stored.tombstone : undefined;
  }

  async isErased(subjectId: SubjectId): Promise<boolean> {
    return (await this.getTombstone(subjectId)) !== undefined;
  }

  /** What the checkpoint after the last erasure did (for tests and operations). */
  get lastCheckpoint(): CheckpointResult | undefined {
    return this.lastCheckpointResult;
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    await this.drainWrites();
    // A checkpoint that another connection kept busy after an erasure gets another chance.
    if (this.lastCheckpointResult?.busy) this.checkpoint();
    this.db.close();
  }

  private read(subjectId: SubjectId) {
    return readRow(subjectId, this.statements.read.get(subjectId), this.masterKey);
  }

  /**
   * Copies the write-ahead log into the database file and truncates it, so that no older page
   * image holding an erased key remains in either file. It waits (busy timeout) for readers in
   * other connections; one that still blocks it leaves `busy` set, and the next erasure or
   * `close` tries again.
   */
  private checkpoint(): void {
    const [row] = this.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number; checkpointed: number }>;
    this.lastCheckpointResult = { busy: row.busy !== 0, walFrames: row.log, checkpointedFrames: row.checkpointed };
  }
}

function checkMasterKey(db: Database.Database, masterKey: MasterKey, dataDir: string): void {
  const check = masterKey.checkValue();
  db.prepare('INSERT INTO key_store_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING').run('master-key-check', check);
  const stored = db.prepare<[string], { value: string }>('SELECT value FROM key_store_meta WHERE name = ?').get('master-key-check');
  if (stored?.value !== check) {
    db.close();
    throw new KeyStoreConfigError(
      `The master key is not the one that wrapped the keys in ${resolve(join(dataDir, embeddedKeyStoreFile))}: ` +
        'set HANDHAVING_MASTER_KEY to the original key (a new key cannot read the stored keys)',
    );
  }
}
