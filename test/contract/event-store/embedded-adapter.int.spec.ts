import { EmbeddedEventStore, embeddedDatabaseFile } from '@handhaving/event-store';
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const writerScript = join(__dirname, 'fixtures', 'embedded-writer.ts');

describe('embedded event store', () => {
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-embedded-'));
  });

  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stores its data in the configured folder, durable by default (WAL, synchronous=FULL)', async () => {
    const store = new EmbeddedEventStore({ dataDir });
    await store.appendToStream('damocles-1', [{ type: 'RapportageOntvangen', data: {} }], { expectedRevision: 'no-stream' });
    const db = new Database(join(dataDir, embeddedDatabaseFile), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: 1 });
    db.close();
    // synchronous is a per-connection setting: read it on the store's own connection.
    const connection = (store as unknown as { db: Database.Database }).db;
    expect(connection.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    await store.close();
  });

  it('keeps every event across a reopen', async () => {
    const first = new EmbeddedEventStore({ dataDir });
    await first.appendToStream('damocles-2', [{ type: 'A', data: { n: 1 } }, { type: 'B', data: { n: 2 } }], { expectedRevision: 'no-stream' });
    await first.close();
    const second = new EmbeddedEventStore({ dataDir });
    expect((await second.readStream('damocles-2')).map((event) => event.type)).toEqual(['A', 'B']);
    await second.close();
  });

  it('refuses to update or delete stored events', async () => {
    const store = new EmbeddedEventStore({ dataDir });
    await store.appendToStream('damocles-3', [{ type: 'A', data: {} }], { expectedRevision: 'no-stream' });
    await store.close();
    const db = new Database(join(dataDir, embeddedDatabaseFile));
    // Matched on the message: better-sqlite3's native errors may come from another jest realm, where toThrow does not see an Error.
    const refusal = (statement: string): unknown => {
      try {
        db.prepare(statement).run();
        return undefined;
      } catch (error) {
        return error;
      }
    };
    expect(refusal("UPDATE events SET data = '{}'")).toMatchObject({ message: expect.stringMatching(/immutable/) });
    expect(refusal('DELETE FROM events')).toMatchObject({ message: expect.stringMatching(/immutable/) });
    db.close();
  });

  it('four processes writing to the same streams at once never fail with "database is locked" and lose nothing', async () => {
    const processes = 4;
    const appendsPerProcess = 150;
    const results = await Promise.all(
      Array.from({ length: processes }, (_, writer) =>
        run(process.execPath, ['-r', '@swc-node/register', writerScript, dataDir, String(writer), String(appendsPerProcess)], {
          cwd: join(__dirname, '..', '..', '..'),
          env: { ...process.env, SWC_NODE_PROJECT: join(__dirname, '..', '..', '..', 'tsconfig.base.json') },
        }),
      ),
    );
    const reports = results.map((result) => JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}'));
    expect(reports.map((report) => report.failures)).toEqual(Array(processes).fill(0));

    const store = new EmbeddedEventStore({ dataDir });
    // Every process wrote its own stream and, with retries on conflict, to one shared stream.
    for (let writer = 0; writer < processes; writer++) {
      expect(await store.readStream(`eigen-${writer}`)).toHaveLength(appendsPerProcess);
    }
    const shared = await store.readStream('gedeeld-1');
    expect(shared).toHaveLength(processes * appendsPerProcess);
    expect(shared.map((event) => event.streamRevision)).toEqual(shared.map((_, index) => index));
    const all = await store.readAll({ maxCount: 10_000 });
    expect(all.map((event) => event.globalPosition)).toEqual(all.map((_, index) => BigInt(index + 1)));
    await store.close();
  }, 120_000);
});
