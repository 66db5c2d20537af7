import { migrateDatabase } from '@handhaving/embedded-sqlite';
import type { Database } from 'better-sqlite3';

/**
 * Schema migrations of `keys.sqlite`, applied in order; `PRAGMA user_version` records how many
 * ran. Never edit a migration that has shipped: add the next one.
 *
 * One row per subject holds either its wrapped key or, once erased, its tombstone. One row (not
 * a key table and a tombstone table) makes "create unless erased" and "erase" exclude each other
 * by the primary key alone, in this adapter and in the PostgreSQL one.
 */
const migrations: readonly string[] = [
  `
  CREATE TABLE subject_keys (
    subject_id     TEXT    PRIMARY KEY,
    key_version    INTEGER NOT NULL,
    wrapped_key    BLOB,
    created_at     TEXT,
    erased_at      TEXT,
    erasure_reason TEXT,
    CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL)),
    CHECK ((erasure_reason IS NULL) = (erased_at IS NULL))
  );
  -- Erasure is final: no update brings a key back and no delete removes a tombstone (which would
  -- let the key be created anew).
  CREATE TRIGGER erased_subjects_stay_erased_update BEFORE UPDATE ON subject_keys
    WHEN OLD.erased_at IS NOT NULL AND (NEW.wrapped_key IS NOT NULL OR NEW.erased_at IS NULL)
    BEGIN SELECT RAISE(ABORT, 'an erased subject stays erased'); END;
  CREATE TRIGGER erased_subjects_stay_erased_delete BEFORE DELETE ON subject_keys
    WHEN OLD.erased_at IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'an erased subject stays erased'); END;
  CREATE TABLE key_store_meta (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
];

export function migrate(db: Database): void {
  migrateDatabase(db, migrations);
}
