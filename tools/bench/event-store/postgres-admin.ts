/** Small PostgreSQL housekeeping for the benchmark: reachability, settings, schemas. */
import { Client } from 'pg';

async function withClient<T>(connectionString: string, body: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The server's version and durability settings, or the reason it cannot be reached. */
export async function probePostgres(
  connectionString: string,
): Promise<{ ok: true; description: string } | { ok: false; reason: string }> {
  try {
    return await withClient(connectionString, async (client) => {
      const setting = async (name: string): Promise<string> => (await client.query(`SHOW ${name}`)).rows[0][name];
      const version = (await client.query<{ v: string }>('SELECT version() AS v')).rows[0].v.split(' on ')[0];
      const description = `${version}, fsync=${await setting('fsync')}, synchronous_commit=${await setting(
        'synchronous_commit',
      )}, wal_sync_method=${await setting('wal_sync_method')}, same machine over TCP (127.0.0.1)`;
      return { ok: true as const, description };
    });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message || error.name : String(error) };
  }
}

export function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Schema name ${schema} is not valid`);
  return `"${schema}"`;
}

export async function createSchema(connectionString: string, schema: string): Promise<void> {
  await withClient(connectionString, (client) => client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteSchema(schema)}`));
}

export async function dropSchema(connectionString: string, schema: string): Promise<void> {
  await withClient(connectionString, (client) => client.query(`DROP SCHEMA IF EXISTS ${quoteSchema(schema)} CASCADE`));
}

/** Drops every schema this run created (a safety net after a failed workload); returns their names. */
export async function dropSchemasWithPrefix(connectionString: string, prefix: string): Promise<string[]> {
  return withClient(connectionString, async (client) => {
    const { rows } = await client.query<{ nspname: string }>(
      `SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)`,
      [prefix],
    );
    for (const { nspname } of rows) await client.query(`DROP SCHEMA IF EXISTS ${quoteSchema(nspname)} CASCADE`);
    return rows.map((row) => row.nspname);
  });
}

/** The connection string with `search_path` set to one schema, for libraries that use unqualified table names. */
export function withSearchPath(connectionString: string, schema: string): string {
  const url = new URL(connectionString);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}
