import type { PoolClient } from 'pg';

// Advisory lock (class, object) for migrations; the event store uses 4_870_213 and 4_870_214.
const migrationLockClass = 4_870_215;

/** The schema the key store uses unless configured: apart from the events, so it can be granted and backed up on its own. */
export const defaultKeyStoreSchema = 'handhaving_keys';

/**
 * Migrations per schema, recorded in `key_store_migrations` (not `schema_migrations`, so the
 * key store may share a schema with the event store). Never edit one that has shipped: add
 * the next.
 *
 * One row per subject holds either its wrapped key or its tombstone, as in the embedded
 * adapter: the primary key alone makes "create unless erased" and "erase" exclude each other.
 */
function migrations(schema: string): string[] {
  const s = quoteIdentifier(schema);
  return [
    `
    CREATE TABLE ${s}.subject_keys (
      subject_id     uuid        PRIMARY KEY,
      key_version    integer     NOT NULL,
      wrapped_key    bytea,
      created_at     timestamptz,
      erased_at      timestamptz,
      erasure_reason text,
      CONSTRAINT subject_keys_key_or_tombstone CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL)),
      CONSTRAINT subject_keys_tombstone_has_reason CHECK ((erasure_reason IS NULL) = (erased_at IS NULL))
    );
    -- Old row versions (with the key) stay in the heap until vacuum prunes them; with these
    -- settings autovacuum visits the table after every erasure instead of after 20% of it
    -- changed. Inserts leave no dead rows, so this costs nothing between erasures.
    ALTER TABLE ${s}.subject_keys SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1);

    CREATE FUNCTION ${s}.erased_subjects_stay_erased() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'an erased subject stays erased';
    END $$;
    CREATE TRIGGER erased_subjects_stay_erased_update BEFORE UPDATE ON ${s}.subject_keys
      FOR EACH ROW WHEN (OLD.erased_at IS NOT NULL AND (NEW.wrapped_key IS NOT NULL OR NEW.erased_at IS NULL))
      EXECUTE FUNCTION ${s}.erased_subjects_stay_erased();
    CREATE TRIGGER erased_subjects_stay_erased_delete BEFORE DELETE ON ${s}.subject_keys
      FOR EACH ROW WHEN (OLD.erased_at IS NOT NULL)
      EXECUTE FUNCTION ${s}.erased_subjects_stay_erased();

    CREATE TABLE ${s}.key_store_meta (
      name  text PRIMARY KEY,
      value text NOT NULL
    );
    `,
  ];
}

export async function migrate(client: PoolClient, schema: string): Promise<void> {
  const s = quoteIdentifier(schema);
  await client.query('BEGIN');
  try {
    // Several instances may start at once: one migrates, the others wait and find it done.
    await client.query(`SELECT pg_advisory_xact_lock(${migrationLockClass}, hashtext($1))`, [schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${s}.key_store_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const { rows } = await client.query<{ version: number | null }>(`SELECT max(version) AS version FROM ${s}.key_store_migrations`);
    const applied = rows[0]?.version ?? 0;
    const all = migrations(schema);
    for (let version = applied + 1; version <= all.length; version++) {
      await client.query(all[version - 1]);
      await client.query(`INSERT INTO ${s}.key_store_migrations (version) VALUES ($1)`, [version]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export function quoteIdentifier(identifier: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(identifier)) {
    throw new Error(`PostgreSQL schema name "${identifier}" is not valid: use lower-case letters, digits and _`);
  }
  return `"${identifier}"`;
}
