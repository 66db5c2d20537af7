import { migrateSchema, quoteIdentifier } from '@handhaving/postgres-support';
import type { PoolClient } from 'pg';

/** The channel on which appends are announced to live subscriptions (LISTEN/NOTIFY). */
export const appendChannel = 'handhaving_events_appended';

// Advisory lock keys (class, object): the class is fixed for Handhaving, the object names the
// schema, so two event stores in one database never wait for each other.
const appendLockClass = 4_870_213;
const migrationLockClass = 4_870_214;

/**
 * Migrations per schema, applied in order on start and recorded in `schema_migrations`. Never
 * edit one that has shipped: add the next.
 */
function migrations(s: string): string[] {
  return [
    `
    CREATE TABLE ${s}.events (
      global_position bigint      PRIMARY KEY,
      stream_id       text        NOT NULL,
      stream_revision bigint      NOT NULL,
      event_id        uuid        NOT NULL,
      event_type      text        NOT NULL,
      schema_version  integer     NOT NULL,
      data            jsonb       NOT NULL,
      metadata        jsonb       NOT NULL,
      command_id      text,
      recorded_at     timestamptz NOT NULL,
      UNIQUE (stream_id, stream_revision)
    );
    CREATE INDEX events_by_command ON ${s}.events (stream_id, command_id) WHERE command_id IS NOT NULL;

    -- The log is append-only: history cannot be rewritten through SQL either.
    CREATE FUNCTION ${s}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'events are immutable: append a correction instead';
    END $$;
    CREATE TRIGGER events_are_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON ${s}.events
      FOR EACH STATEMENT EXECUTE FUNCTION ${s}.refuse_change();

    ${appendFunction(s)}
    `,
  ];
}

/**
 * Appends in one round trip. Why the lock: a subscriber reads "events after my checkpoint". If
 * two transactions took positions 7 and 8 and 8 committed first, a reader could see 8, move its
 * checkpoint past 7, and never see 7. Taking one transaction-level lock before allocating
 * positions (and holding it through commit) makes allocation order equal commit order, so no
 * position can appear below one already visible. Positions are also gap-free (max + 1).
 */
function appendFunction(s: string): string {
  return `
    CREATE FUNCTION ${s}.append_to_stream(
      p_stream_id text, p_expected text, p_command_id text, p_recorded_at timestamptz, p_metadata jsonb, p_events jsonb)
    RETURNS TABLE (outcome text, stream_revision bigint, global_position bigint)
    LANGUAGE plpgsql AS $$
    DECLARE
      v_current bigint;
      v_head bigint;
      v_count integer := jsonb_array_length(p_events);
    BEGIN
      PERFORM pg_advisory_xact_lock(${appendLockClass}, hashtext('${s}'));

      IF p_command_id IS NOT NULL THEN
        SELECT max(e.stream_revision), max(e.global_position) INTO v_current, v_head
          FROM ${s}.events e WHERE e.stream_id = p_stream_id AND e.command_id = p_command_id;
        IF v_current IS NOT NULL THEN
          RETURN QUERY SELECT 'already-appended'::text, v_current, v_head;
          RETURN;
        END IF;
      END IF;

      SELECT max(e.stream_revision) INTO v_current FROM ${s}.events e WHERE e.stream_id = p_stream_id;
      -- IS NOT DISTINCT FROM, not =: a missing stream (NULL) must never match a revision.
      IF NOT (p_expected = 'any'
           OR (p_expected = 'no-stream' AND v_current IS NULL)
           OR (p_expected = 'stream-exists' AND v_current IS NOT NULL)
           OR (p_expected ~ '^[0-9]+$' AND v_current IS NOT DISTINCT FROM p_expected::bigint)) THEN
        RETURN QUERY SELECT 'wrong-expected-revision'::text, v_current, NULL::bigint;
        RETURN;
      END IF;

      SELECT coalesce(max(e.global_position), 0) INTO v_head FROM ${s}.events e;
      v_current := coalesce(v_current, -1);

      INSERT INTO ${s}.events (global_position, stream_id, stream_revision, event_id, event_type,
                               schema_version, data, metadata, command_id, recorded_at)
      SELECT v_head + n.ordinality, p_stream_id, v_current + n.ordinality, (n.event->>'id')::uuid, n.event->>'type',
             (n.event->>'schemaVersion')::integer, n.event->'data', p_metadata, p_command_id, p_recorded_at
        FROM jsonb_array_elements(p_events) WITH ORDINALITY AS n(event, ordinality);

      PERFORM pg_notify('${appendChannel}', '${s}');
      RETURN QUERY SELECT 'appended'::text, v_current + v_count, v_head + v_count;
    END $$;
  `;
}

export function migrate(client: PoolClient, schema: string): Promise<void> {
  return migrateSchema(client, { schema, migrationsTable: 'schema_migrations', migrations, lockClass: migrationLockClass });
}

export { quoteIdentifier };
