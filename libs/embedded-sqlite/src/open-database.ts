import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export interface OpenDatabaseOptions {
  /** `FULL` (default): an acknowledged write survives a power cut. */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /** How long a write waits for another process's write to finish. */
  readonly busyTimeoutMs?: number;
}

/**
 * A SQLite file as Handhaving's embedded stores use it: WAL (readers never wait for the writer),
 * durable by default, and a busy timeout so that writers in several processes wait for each other
 * instead of failing with "database is locked" (writes take the lock up front: BEGIN IMMEDIATE).
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: options.busyTimeoutMs ?? 60_000 });
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous ?? 'FULL'}`);
  return db;
}
