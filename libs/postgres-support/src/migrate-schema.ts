import type { PoolClient } from 'pg';

export interface SchemaMigrations {
  /** The schema the tables live in; created when missing. */
  readonly schema: string;
  /** The table (in that schema) that records which migrations ran. */
  readonly migrationsTable: string;
  /** Every migration, in order, for a schema name already quoted. Never edit one that shipped: add the next. */
  readonly migrations: (quotedSchema: string) => readonly string[];
  /** An advisory lock class of the caller's own, so that stores never wait for each other. */
  readonly lockClass: number;
}

/**
 * Runs the migrations a schema has not had yet, in one transaction. Several instances may start
 * at once: the first takes the lock and migrates, the others wait for it and find it done.
 */
export async function migrateSchema(client: PoolClient, options: SchemaMigrations): Promise<void> {
  const s = quoteIdentifier(options.schema);
  const table = `${s}.${quoteIdentifier(options.migrationsTable)}`;
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(${options.lockClass}, hashtext($1))`, [options.schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${table} (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${table}`);
    const applied = rows[0]?.version ?? 0;
    const all = options.migrations(s);
    for (let version = applied + 1; version <= all.length; version++) {
      await client.query(all[version - 1]);
      await client.query(`INSERT INTO ${table} (version) VALUES ($1)`, [version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** A schema or table name, checked and quoted: names come from configuration, never from users. */
export function quoteIdentifier(identifier: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(identifier)) {
    throw new Error(`PostgreSQL name "${identifier}" is not valid: use lower-case letters, digits and _`);
  }
  return `"${identifier}"`;
}
