import { migrateSchema, quoteIdentifier } from '@handhaving/postgres-support';
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
function migrations(s: string): string[] {
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

export function migrate(client: PoolClient, schema: string): Promise<void> {
  return migrateSchema(client, { schema, migrationsTable: 'key_store_migrations', migrations, lockClass: migrationLockClass });
}

export { quoteIdentifier };
