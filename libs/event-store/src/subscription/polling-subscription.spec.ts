import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedEventStore } from '../adapters/embedded/embedded-event-store';
import type { ReadAllOptions, SubscriptionBatch } from '../port/event-store.port';

/*
 * A filtered subscription in a log of mostly other events (a dwangsom read model while thousands
 * of Damocles steps are imported): each wake-up must read what was appended since, not the whole
 * stretch after its last matching event again — that made every append cost the log's length.
 */
describe('PollingSubscription with a filter over long stretches of other events', () => {
  let dataDir: string;
  let store: EmbeddedEventStore;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-polling-'));
    store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 10 });
  });

  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const append = (streamId: string, type: string, aantal = 1) =>
    store.appendToStream(streamId, Array.from({ length: aantal }, (_, i) => ({ type, data: { i } })), { expectedRevision: 'any' });

  it('given 2,000 other events after its last match, when more are appended, then it reads after the head it already passed, and still gets the next match', async () => {
    await append('zaak-a', 'Gezocht');
    await append('zaak-b', 'Anders', 2_000);
    const gelezenNa: bigint[] = [];
    const readAll = store.readAll.bind(store);
    store.readAll = (options: ReadAllOptions = {}) => {
      gelezenNa.push(options.after ?? 0n);
      return readAll(options);
    };

    const subscription = store.subscribeToAll({ from: 'start', filter: { eventTypes: ['Gezocht'] } });
    const iterator = subscription[Symbol.asyncIterator]();
    const eerste = await iterator.next();
    expect((eerste.value as SubscriptionBatch).events.map((e) => e.globalPosition)).toEqual([1n]);

    const volgende = iterator.next();
    for (let i = 0; i < 5; i++) {
      await append('zaak-b', 'Anders', 10);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
    await append('zaak-c', 'Gezocht');
    const tweede = await volgende;
    expect((tweede.value as SubscriptionBatch).events.map((e) => [e.type, e.globalPosition])).toEqual([['Gezocht', 2_052n]]);
    await subscription.stop();

    // The first read started at 0 and held every match up to the head (2,001): no later read went back before it.
    expect(gelezenNa[0]).toBe(0n);
    expect(gelezenNa.length).toBeGreaterThan(2);
    expect(gelezenNa.slice(1).every((na) => na >= 2_001n)).toBe(true);
  });
});
