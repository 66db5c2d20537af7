import { migrateDatabase } from '@handhaving/embedded-sqlite';
import type { Database } from 'better-sqlite3';

/**
 * Schema migrations, applied in order; `PRAGMA user_version` records how many ran. Never edit
 * a migration that has shipped: add the next one.
 */
const migrations: readonly string[] = [
  `
  CREATE TABLE events (
    global_position INTEGER PRIMARY KEY,
    stream_id       TEXT    NOT NULL,
    stream_revision INTEGER NOT NULL,
    event_id        TEXT    NOT NULL,
    event_type      TEXT    NOT NULL,
    schema_version  INTEGER NOT NULL,
    data            TEXT    NOT NULL,
    metadata        TEXT    NOT NULL,
    command_id      TEXT,
    recorded_at     TEXT    NOT NULL,
    UNIQUE (stream_id, stream_revision)
  );
  CREATE INDEX events_by_command ON events (stream_id, command_id) WHERE command_id IS NOT NULL;
  -- The log is append-only: history cannot be rewritten through this database either.
  CREATE TRIGGER events_are_immutable_update BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are immutable: append a correction instead'); END;
  CREATE TRIGGER events_are_immutable_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are immutable: append a correction instead'); END;
  `,
];

export function migrate(db: Database): void {
  migrateDatabase(db, migrations);
}
