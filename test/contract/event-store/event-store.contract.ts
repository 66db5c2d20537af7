import {
  InvalidEventStoreRequest,
  UpcasterRegistry,
  UpcastingEventStore,
  WrongExpectedRevision,
  type Clock,
  type EventFilter,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '@handhaving/event-store';
import { randomUUID } from 'node:crypto';

/** Opens a store that records with the given clock; called once per suite. */
export type OpenEventStore = (clock: Clock) => Promise<EventStore>;

export interface ContractHarness {
  /** The store under test, and a second, independent one on the same data (another connection or process). */
  open: OpenEventStore;
  /** Removes what the suite stored (a schema, a folder). */
  cleanUp?: () => Promise<void>;
}

const fixedInstant = new Date('2026-03-04T09:15:00.000Z');

/**
 * The one contract every event store adapter passes. Tests isolate themselves by stream id
 * prefix, so the suite can run against a shared server (EventStoreDB) as well.
 */
export function eventStoreContract(name: string, harness: ContractHarness): void {
  describe(`event store contract: ${name}`, () => {
    let store: EventStore;
    let other: EventStore;
    const clock: Clock = { now: () => fixedInstant };

    beforeAll(async () => {
      store = await harness.open(clock);
      other = await harness.open(clock);
    });

    afterAll(async () => {
      await store?.close();
      await other?.close();
      await harness.cleanUp?.();
    });

    describe('appending and reading a stream', () => {
      it('reads events back in the order they were appended, with revisions from 0', async () => {
        const stream = streamId();
        await store.appendToStream(stream, events(3), { expectedRevision: 'no-stream' });
        await store.appendToStream(stream, events(2, 'Later'), { expectedRevision: 2 });
        const read = await store.readStream(stream);
        expect(read.map((event) => [event.streamRevision, event.type])).toEqual([
          [0, 'Event0'],
          [1, 'Event1'],
          [2, 'Event2'],
          [3, 'Later0'],
          [4, 'Later1'],
        ]);
      });

      it('returns the next expected revision and the position of the last event', async () => {
        const stream = streamId();
        const result = await store.appendToStream(stream, events(3), { expectedRevision: 'no-stream' });
        const read = await store.readStream(stream);
        expect(result.nextExpectedRevision).toBe(2);
        expect(result.alreadyAppended).toBe(false);
        expect(result.lastPosition).toBe(read[2].globalPosition);
      });

      it('reads a stream that does not exist as an empty list', async () => {
        expect(await store.readStream(streamId())).toEqual([]);
      });

      it('reads from a revision', async () => {
        const stream = await streamWith(5);
        const read = await store.readStream(stream, { fromRevision: 3 });
        expect(read.map((event) => event.streamRevision)).toEqual([3, 4]);
      });

      it('reads from a revision up to a revision, both inclusive', async () => {
        const stream = await streamWith(6);
        const read = await store.readStream(stream, { fromRevision: 1, toRevision: 3 });
        expect(read.map((event) => event.streamRevision)).toEqual([1, 2, 3]);
      });

      it('reads at most maxCount events', async () => {
        const stream = await streamWith(6);
        expect((await store.readStream(stream, { maxCount: 2 })).map((event) => event.streamRevision)).toEqual([0, 1]);
      });

      it('keeps a supplied event id, generates a UUID otherwise, and defaults the schema version to 1', async () => {
        const stream = streamId();
        const id = randomUUID();
        await store.appendToStream(
          stream,
          [
            { id, type: 'Supplied', data: {} },
            { type: 'Generated', data: {}, schemaVersion: 3 },
          ],
          { expectedRevision: 'no-stream' },
        );
        const [supplied, generated] = await store.readStream(stream);
        expect(supplied.id).toBe(id);
        expect(supplied.schemaVersion).toBe(1);
        expect(generated.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
        expect(generated.id).not.toBe(id);
        expect(generated.schemaVersion).toBe(3);
      });

      it('round-trips every metadata field and stamps recordedAt from the store clock', async () => {
        const stream = streamId();
        const metadata = {
          commandId: randomUUID(),
          commandFingerprint: 'a3f1c0de'.repeat(8),
          correlationId: randomUUID(),
          causationId: randomUUID(),
          userId: 'medewerker-17',
          gemeente: 'GM0928',
        };
        await store.appendToStream(stream, events(2), { expectedRevision: 'no-stream', metadata });
        for (const event of await store.readStream(stream)) {
          expect(event.metadata).toEqual({ ...metadata, recordedAt: fixedInstant.toISOString() });
        }
      });

      it('round-trips unicode text exactly', async () => {
        const stream = streamId();
        const text = {
          naam: 'Café “De Gouden Leeuw” — Ĳsselmeer, Curaçao',
          emoji: '🚨🏠💊',
          chinees: '荷兰',
          arabisch: 'هولندا',
          regels: 'regel 1\nregel 2\t"quote" \\ backslash',
        };
        await store.appendToStream(stream, [{ type: 'Tekst', data: text }], { expectedRevision: 'no-stream' });
        expect((await store.readStream(stream))[0].data).toEqual(text);
      });

      it('round-trips nested data: numbers, booleans, null, arrays', async () => {
        const stream = streamId();
        const data = { bedragInCenten: 1_250_000, factor: 0.5, negatief: -3, ja: true, nee: false, leeg: null, lijst: [1, 'twee', { drie: [3] }] };
        await store.appendToStream(stream, [{ type: 'Gegevens', data }], { expectedRevision: 'no-stream' });
        expect((await store.readStream(stream))[0].data).toEqual(data);
      });

      it('appends a batch of 1,000 events in one call, contiguous and in order', async () => {
        const stream = streamId();
        const result = await store.appendToStream(stream, events(1000), { expectedRevision: 'no-stream' });
        expect(result.nextExpectedRevision).toBe(999);
        const read = await store.readStream(stream);
        expect(read).toHaveLength(1000);
        expect(read.map((event) => event.streamRevision)).toEqual(Array.from({ length: 1000 }, (_, index) => index));
        expect(read.map((event) => (event.data as { index: number }).index)).toEqual(Array.from({ length: 1000 }, (_, index) => index));
        for (let index = 1; index < read.length; index++) {
          expect(read[index].globalPosition).toBeGreaterThan(read[index - 1].globalPosition);
        }
      });

      it('refuses a stream id with a colon and an empty list of events, appending nothing', async () => {
        await expect(store.appendToStream('damocles:1', events(1), { expectedRevision: 'any' })).rejects.toBeInstanceOf(InvalidEventStoreRequest);
        const stream = streamId();
        await expect(store.appendToStream(stream, [], { expectedRevision: 'any' })).rejects.toBeInstanceOf(InvalidEventStoreRequest);
        expect(await store.readStream(stream)).toEqual([]);
      });
    });

    describe('expected revision', () => {
      it('no-stream: refuses when the stream exists, with the actual revision', async () => {
        const stream = await streamWith(2);
        const error = await store.appendToStream(stream, events(1), { expectedRevision: 'no-stream' }).catch((caught) => caught);
        expect(error).toBeInstanceOf(WrongExpectedRevision);
        expect(error).toMatchObject({ streamId: stream, expected: 'no-stream', actual: 1 });
      });

      it('an exact revision: appends when it matches', async () => {
        const stream = await streamWith(2);
        const result = await store.appendToStream(stream, events(1), { expectedRevision: 1 });
        expect(result.nextExpectedRevision).toBe(2);
      });

      it('an exact revision: refuses a stale revision (a lost update) and appends nothing', async () => {
        const stream = await streamWith(3);
        const error = await store.appendToStream(stream, events(1, 'Stale'), { expectedRevision: 1 }).catch((caught) => caught);
        expect(error).toBeInstanceOf(WrongExpectedRevision);
        expect(error).toMatchObject({ expected: 1, actual: 2 });
        expect((await store.readStream(stream)).map((event) => event.type)).toEqual(['Event0', 'Event1', 'Event2']);
      });

      it('an exact revision: refuses on a stream that does not exist, naming no-stream', async () => {
        const error = await store.appendToStream(streamId(), events(1), { expectedRevision: 0 }).catch((caught) => caught);
        expect(error).toBeInstanceOf(WrongExpectedRevision);
        expect(error).toMatchObject({ expected: 0, actual: 'no-stream' });
      });

      it('stream-exists: refuses on a stream that does not exist', async () => {
        const stream = streamId();
        await expect(store.appendToStream(stream, events(1), { expectedRevision: 'stream-exists' })).rejects.toBeInstanceOf(WrongExpectedRevision);
        expect(await store.readStream(stream)).toEqual([]);
      });

      it('stream-exists: appends to a stream that exists', async () => {
        const stream = await streamWith(1);
        const result = await store.appendToStream(stream, events(1), { expectedRevision: 'stream-exists' });
        expect(result.nextExpectedRevision).toBe(1);
      });

      it('any: appends to a new and to an existing stream', async () => {
        const stream = streamId();
        await store.appendToStream(stream, events(1), { expectedRevision: 'any' });
        const result = await store.appendToStream(stream, events(1), { expectedRevision: 'any' });
        expect(result.nextExpectedRevision).toBe(1);
      });

      it('20 concurrent writers at the same revision: exactly one wins, the others get WrongExpectedRevision', async () => {
        const stream = await streamWith(1);
        const outcomes = await Promise.allSettled(
          Array.from({ length: 20 }, (_, writer) =>
            (writer % 2 === 0 ? store : other).appendToStream(stream, [{ type: 'Writer', data: { writer } }], { expectedRevision: 0 }),
          ),
        );
        const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(refused).toHaveLength(19);
        for (const outcome of refused) expect(outcome.reason).toBeInstanceOf(WrongExpectedRevision);
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('20 concurrent writers that retry on conflict: every event is stored once, one per revision', async () => {
        const stream = streamId();
        await Promise.all(
          Array.from({ length: 20 }, async (_, writer) => {
            const writerStore = writer % 2 === 0 ? store : other;
            for (;;) {
              const current = await writerStore.readStream(stream);
              const expectedRevision = current.length === 0 ? ('no-stream' as const) : current.length - 1;
              try {
                await writerStore.appendToStream(stream, [{ type: 'Writer', data: { writer } }], { expectedRevision });
                return;
              } catch (error) {
                if (!(error instanceof WrongExpectedRevision)) throw error;
              }
            }
          }),
        );
        const read = await store.readStream(stream);
        expect(read.map((event) => event.streamRevision)).toEqual(Array.from({ length: 20 }, (_, index) => index));
        expect(read.map((event) => (event.data as { writer: number }).writer).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 20 }, (_, index) => index),
        );
      });
    });

    describe('idempotent commands', () => {
      it('appending the same command again appends nothing and returns the earlier result', async () => {
        const stream = streamId();
        const metadata = { commandId: randomUUID() };
        const first = await store.appendToStream(stream, events(2), { expectedRevision: 'no-stream', metadata });
        const retry = await store.appendToStream(stream, events(2), { expectedRevision: 'no-stream', metadata });
        expect(retry).toEqual({ ...first, alreadyAppended: true });
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('a retry after later appends still returns the earlier result, whatever revision it expects', async () => {
        const stream = streamId();
        const metadata = { commandId: randomUUID() };
        const first = await store.appendToStream(stream, events(1), { expectedRevision: 'no-stream', metadata });
        await store.appendToStream(stream, events(1, 'Later'), { expectedRevision: 0 });
        const retry = await other.appendToStream(stream, events(1), { expectedRevision: 'no-stream', metadata });
        expect(retry).toEqual({ nextExpectedRevision: first.nextExpectedRevision, lastPosition: first.lastPosition, alreadyAppended: true });
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('the same command id on another stream is another command', async () => {
        const metadata = { commandId: randomUUID() };
        await store.appendToStream(streamId(), events(1), { expectedRevision: 'no-stream', metadata });
        const elsewhere = await store.appendToStream(streamId(), events(1), { expectedRevision: 'no-stream', metadata });
        expect(elsewhere.alreadyAppended).toBe(false);
      });
    });

    describe('the global log', () => {
      it('gives events strictly increasing positions in append order, across streams', async () => {
        const prefix = prefixId();
        const a = `${prefix}-a`;
        const b = `${prefix}-b`;
        await store.appendToStream(a, events(1, 'A'), { expectedRevision: 'no-stream' });
        await other.appendToStream(b, events(1, 'B'), { expectedRevision: 'no-stream' });
        await store.appendToStream(a, events(1, 'C'), { expectedRevision: 0 });
        const read = await readAllMatching(store, { streamPrefixes: [prefix] });
        expect(read.map((event) => event.type)).toEqual(['A0', 'B0', 'C0']);
        expect(read[1].globalPosition).toBeGreaterThan(read[0].globalPosition);
        expect(read[2].globalPosition).toBeGreaterThan(read[1].globalPosition);
      });

      it('reads the log after a position, in pages', async () => {
        const prefix = prefixId();
        await store.appendToStream(`${prefix}-1`, events(5), { expectedRevision: 'no-stream' });
        const all = await readAllMatching(store, { streamPrefixes: [prefix] });
        const page = await store.readAll({ after: all[1].globalPosition, maxCount: 2, filter: { streamPrefixes: [prefix] } });
        expect(page.map((event) => event.streamRevision)).toEqual([2, 3]);
      });

      it('reports the head position as the position of the last event appended', async () => {
        const result = await store.appendToStream(streamId(), events(2), { expectedRevision: 'no-stream' });
        expect(await store.readHeadPosition()).toBeGreaterThanOrEqual(result.lastPosition);
        expect(await other.readHeadPosition()).toBeGreaterThanOrEqual(result.lastPosition);
      });
    });

    describe('subscribing to the global log', () => {
      it('catches up, then goes live, seeing every event exactly once in global order while many writers append', async () => {
        const prefix = prefixId();
        const streams = Array.from({ length: 10 }, (_, index) => `${prefix}-${index}`);
        // Half the events exist before subscribing (catch-up), half are appended while it runs (live).
        await Promise.all(streams.map((stream) => writeSequentially(store, stream, 0, 10)));
        const subscription = store.subscribeToAll({ filter: { streamPrefixes: [prefix] }, batchSize: 7 });
        const collecting = collect(subscription, 200);
        await Promise.all(streams.map((stream, index) => writeSequentially(index % 2 ? store : other, stream, 10, 10)));
        const seen = await collecting;
        const stored = await readAllMatching(store, { streamPrefixes: [prefix] });
        expect(stored).toHaveLength(200);
        expect(seen.map((event) => event.id)).toEqual(stored.map((event) => event.id));
        expect(new Set(seen.map((event) => event.id)).size).toBe(200);
        for (let index = 1; index < seen.length; index++) {
          expect(seen[index].globalPosition).toBeGreaterThan(seen[index - 1].globalPosition);
        }
      });

      it('sees events appended through another connection or process, live', async () => {
        const prefix = prefixId();
        const subscription = store.subscribeToAll({ from: 'end', filter: { streamPrefixes: [prefix] } });
        const collecting = collect(subscription, 3);
        await settle();
        await other.appendToStream(`${prefix}-x`, events(3), { expectedRevision: 'no-stream' });
        expect((await collecting).map((event) => event.type)).toEqual(['Event0', 'Event1', 'Event2']);
      });

      it('filters by event type', async () => {
        const prefix = prefixId();
        const wanted = `Gewenst${prefix.replace(/[^A-Za-z0-9]/g, '')}`;
        await store.appendToStream(`${prefix}-1`, [{ type: wanted, data: { n: 1 } }, { type: 'Ander', data: {} }, { type: wanted, data: { n: 2 } }], {
          expectedRevision: 'no-stream',
        });
        const seen = await collect(store.subscribeToAll({ filter: { eventTypes: [wanted] } }), 2);
        expect(seen.map((event) => event.data)).toEqual([{ n: 1 }, { n: 2 }]);
      });

      it('filters by stream prefix', async () => {
        const prefix = prefixId();
        await store.appendToStream(`${prefix}-damocles-1`, events(2), { expectedRevision: 'no-stream' });
        await store.appendToStream(`${prefix}-bibob-1`, events(2), { expectedRevision: 'no-stream' });
        await store.appendToStream(`${prefix}-damocles-2`, events(1), { expectedRevision: 'no-stream' });
        const seen = await collect(store.subscribeToAll({ filter: { streamPrefixes: [`${prefix}-damocles-`] } }), 3);
        expect(seen.map((event) => event.streamId)).toEqual([`${prefix}-damocles-1`, `${prefix}-damocles-1`, `${prefix}-damocles-2`]);
      });

      it('resumes after a checkpoint without missing or repeating an event', async () => {
        const prefix = prefixId();
        const filter = { streamPrefixes: [prefix] };
        await store.appendToStream(`${prefix}-1`, events(10), { expectedRevision: 'no-stream' });
        const first = store.subscribeToAll({ filter, batchSize: 4 });
        let checkpoint = 0n;
        const before: RecordedEvent[] = [];
        for await (const batch of first) {
          before.push(...batch.events);
          checkpoint = batch.checkpoint;
          if (before.length >= 4) break;
        }
        await first.stop();
        await store.appendToStream(`${prefix}-1`, events(5, 'Na'), { expectedRevision: 9 });
        const after = await collect(store.subscribeToAll({ from: checkpoint, filter }), 11);
        expect([...before, ...after].map((event) => event.streamRevision)).toEqual(Array.from({ length: 15 }, (_, index) => index));
      });

      it('from the end: sees only events appended after subscribing', async () => {
        const prefix = prefixId();
        await store.appendToStream(`${prefix}-1`, events(3, 'Oud'), { expectedRevision: 'no-stream' });
        const subscription = store.subscribeToAll({ from: 'end', filter: { streamPrefixes: [prefix] } });
        const collecting = collect(subscription, 2);
        await settle();
        await store.appendToStream(`${prefix}-1`, events(2, 'Nieuw'), { expectedRevision: 2 });
        expect((await collecting).map((event) => event.type)).toEqual(['Nieuw0', 'Nieuw1']);
      });

      it('hands out batches no larger than asked, and reads on only when the consumer asks', async () => {
        const prefix = prefixId();
        await store.appendToStream(`${prefix}-1`, events(25), { expectedRevision: 'no-stream' });
        const subscription = store.subscribeToAll({ filter: { streamPrefixes: [prefix] }, batchSize: 10 });
        const sizes: number[] = [];
        let total = 0;
        for await (const batch of subscription) {
          sizes.push(batch.events.length);
          total += batch.events.length;
          // A slow consumer: nothing is lost or reordered while it works.
          await new Promise((resolve) => setTimeout(resolve, 20));
          if (total >= 25) break;
        }
        await subscription.stop();
        expect(Math.max(...sizes)).toBeLessThanOrEqual(10);
        expect(total).toBe(25);
      });

      it('stops: an iteration waiting for new events returns', async () => {
        const subscription = store.subscribeToAll({ from: 'end', filter: { streamPrefixes: [prefixId()] } });
        const iterating = (async () => {
          for await (const _batch of subscription) {
            // nothing arrives
          }
          return 'ended';
        })();
        await new Promise((resolve) => setTimeout(resolve, 50));
        await subscription.stop();
        await expect(iterating).resolves.toBe('ended');
      });
    });

    describe('upcasting on read', () => {
      it('reads an old schema version in the current shape everywhere, and leaves the stored event as it was', async () => {
        const prefix = prefixId();
        const stream = `${prefix}-1`;
        const type = `SluitingsbesluitGenomen${prefix.replace(/[^A-Za-z0-9]/g, '')}`;
        await store.appendToStream(stream, [{ type, schemaVersion: 1, data: { duurMaanden: 3 } }], { expectedRevision: 'no-stream' });
        const upcasters = new UpcasterRegistry().register(
          { eventType: type, fromVersion: 1, upcast: (data) => ({ data: { ...(data as object), duur: { maanden: (data as { duurMaanden: number }).duurMaanden } } }) },
          { eventType: type, fromVersion: 2, upcast: (data) => { const { duurMaanden: _dropped, ...rest } = data as { duurMaanden: number }; return { data: rest }; } },
        );
        const upcasting = new UpcastingEventStore(other, upcasters);
        const expected = { type, schemaVersion: 3, data: { duur: { maanden: 3 } } };
        expect((await upcasting.readStream(stream))[0]).toMatchObject(expected);
        expect((await upcasting.readAll({ filter: { streamPrefixes: [prefix] } }))[0]).toMatchObject(expected);
        expect((await collect(upcasting.subscribeToAll({ filter: { streamPrefixes: [prefix] } }), 1))[0]).toMatchObject(expected);
        expect((await store.readStream(stream))[0]).toMatchObject({ schemaVersion: 1, data: { duurMaanden: 3 } });
      });
    });

    function events(count: number, typePrefix = 'Event'): NewEvent[] {
      return Array.from({ length: count }, (_, index) => ({ type: `${typePrefix}${index}`, data: { index } }));
    }

    async function streamWith(count: number): Promise<string> {
      const stream = streamId();
      await store.appendToStream(stream, events(count), { expectedRevision: 'no-stream' });
      return stream;
    }
  });
}

/** Gives a subscription from 'end' time to learn where the end is (a network round trip on a server store). */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}

function streamId(): string {
  return `contract-${randomUUID()}`;
}

function prefixId(): string {
  return `contract${randomUUID().slice(0, 8)}`;
}

async function writeSequentially(store: EventStore, stream: string, from: number, count: number): Promise<void> {
  for (let index = from; index < from + count; index++) {
    await store.appendToStream(stream, [{ type: 'Geschreven', data: { index } }], {
      expectedRevision: index === 0 ? 'no-stream' : index - 1,
    });
  }
}

async function readAllMatching(store: EventStore, filter: EventFilter): Promise<RecordedEvent[]> {
  const result: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: result.at(-1)?.globalPosition, maxCount: 500, filter });
    if (page.length === 0) return result;
    result.push(...page);
  }
}

/** Collects `count` events from a subscription, then stops it; fails after 15 s. */
async function collect(subscription: ReturnType<EventStore['subscribeToAll']>, count: number): Promise<RecordedEvent[]> {
  const seen: RecordedEvent[] = [];
  const timeout = setTimeout(() => void subscription.stop(), 15_000);
  try {
    for await (const batch of subscription) {
      seen.push(...batch.events);
      if (seen.length >= count) break;
    }
  } finally {
    clearTimeout(timeout);
    await subscription.stop();
  }
  if (seen.length < count) throw new Error(`The subscription delivered ${seen.length} of ${count} events within 15 s`);
  return seen;
}
