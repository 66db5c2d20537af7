/**
 * The five event-store workloads, written once against a small `Subject` interface that every
 * store under test (adapter, raw driver, emmett) implements. Timing uses process.hrtime.bigint().
 */
import { randomUUID } from 'node:crypto';

export type Family = 'SQLite' | 'PostgreSQL' | 'EventStoreDB';
export type Role = 'adapter' | 'ceiling' | 'peer';
export type Synchronous = 'FULL' | 'NORMAL';

/** The diagnostic variants run with synchronous=NORMAL: in WAL mode, no fsync per commit. */
export function variantName(name: string, synchronous: Synchronous): string {
  return synchronous === 'FULL' ? name : `${name}, synchronous=NORMAL`;
}

/** One event as every store receives it: the same type, data and metadata everywhere. */
export interface BenchEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/** Who asked for the append; the same for every event of one append. */
export interface BenchMetadata {
  readonly commandId: string;
  readonly correlationId: string;
  readonly userId: string;
  readonly gemeente: string;
}

/** Writes appends. `existing` is how many events the stream already holds (0: a new stream). */
export interface Writer {
  append(streamId: string, events: readonly BenchEvent[], existing: number, metadata: BenchMetadata): Promise<void>;
}

/** A fresh, empty store of one kind, opened for one workload and removed afterwards. */
export interface OpenSubject {
  /** The writer for sequential workloads. */
  readonly writer: Writer;
  /** Writers for the concurrent-writers workload (own instance/connection or shared, per subject). */
  concurrentWriters(count: number): Promise<Writer[]>;
  /** Reads a whole stream in revision order and returns how many events it held. */
  readStream(streamId: string): Promise<number>;
  /** Reads the global log from the start in batches until `count` events were seen; returns how many. */
  catchUp(count: number, batchSize: number, streamPrefix: string): Promise<number>;
  /**
   * Called before each timed slice when stores take turns: puts any process-wide state this
   * store needs in place (emmett-postgresql's pg type parsers).
   */
  activate?(): void | Promise<void>;
  /** Closes connections and deletes the store's files, schema or tables. */
  dispose(): Promise<void>;
}

export interface Subject {
  readonly name: string;
  readonly family: Family;
  readonly role: Role;
  /** The workloads this subject runs; all when absent. */
  readonly workloads?: readonly WorkloadId[];
  /** Measured to explain the others (e.g. without fsync), shown apart from the main table. */
  readonly diagnostic?: boolean;
  open(tag: string): Promise<OpenSubject>;
}

export interface Sizes {
  /** Workload 1: single-event appends to this many new streams. */
  readonly singleAppends: number;
  /** Workload 2: concurrent writers and appends per writer. */
  readonly writers: number;
  readonly appendsPerWriter: number;
  /** Workload 3: this many appends of `batchSize` events. */
  readonly batchAppends: number;
  readonly batchSize: number;
  /** Workload 4: events in the one stream read, and how many timed reads. */
  readonly streamLength: number;
  readonly streamReads: number;
  /** Workload 5: events in the log the subscription catches up on, and its batch size. */
  readonly catchUpEvents: number;
  readonly catchUpBatchSize: number;
}

export function sizesFor(scale: number): Sizes {
  const scaled = (n: number, min: number): number => Math.max(min, Math.round(n * scale));
  return {
    singleAppends: scaled(10_000, 100),
    writers: 10,
    appendsPerWriter: scaled(1_000, 10),
    batchAppends: scaled(100, 5),
    batchSize: 100,
    streamLength: scaled(10_000, 1_000),
    streamReads: 5,
    catchUpEvents: scaled(100_000, 2_000),
    catchUpBatchSize: 1_000,
  };
}

export type WorkloadId = 'single' | 'concurrent' | 'batch' | 'read' | 'catch-up';

export interface Measurement {
  readonly workload: WorkloadId;
  readonly subject: string;
  readonly diagnostic: boolean;
  readonly family: Family;
  readonly role: Role;
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  readonly p50Ms?: number;
  readonly p99Ms?: number;
  readonly failed?: number;
  /** True when the workload stopped at `failureCap` failed appends. */
  readonly stoppedEarly?: boolean;
  /** The first failure's message, when some appends failed. */
  readonly firstError?: string;
}

const gemeenten = ['GM0363', 'GM0518', 'GM0599', 'GM0344', 'GM0014'];

/** A realistic small event: an enforcement case opened (about 250 bytes of JSON). */
export function benchEvent(i: number): BenchEvent {
  return {
    type: 'ToezichtzaakGeopend',
    data: {
      zaakId: randomUUID(),
      volgnummer: i,
      omschrijving: `Controle bouwvergunning Stationsstraat ${i % 500}, overtreding artikel 2.1 Wabo`,
      gemeente: gemeenten[i % gemeenten.length],
      boetebedrag: 12_500 + (i % 100),
      geconstateerdOp: '2025-03-14',
    },
  };
}

export function benchMetadata(i: number): BenchMetadata {
  return {
    commandId: randomUUID(),
    correlationId: randomUUID(),
    userId: `toezichthouder-${i % 20}`,
    gemeente: gemeenten[i % gemeenten.length],
  };
}

export function events(count: number, from = 0): BenchEvent[] {
  return Array.from({ length: count }, (_, index) => benchEvent(from + index));
}

function elapsedSeconds(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function percentile(sortedMs: readonly number[], fraction: number): number {
  if (sortedMs.length === 0) return NaN;
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil(fraction * sortedMs.length) - 1));
  return sortedMs[index];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function measurement(subject: Subject, workload: WorkloadId, count: number, seconds: number, extra: Partial<Measurement> = {}): Measurement {
  return {
    workload,
    subject: subject.name,
    diagnostic: subject.diagnostic === true,
    family: subject.family,
    role: subject.role,
    events: count,
    seconds,
    eventsPerSecond: count / seconds,
    ...extra,
  };
}

/** Opens a fresh store, runs `body` on it and always disposes of it. */
async function withSubject<T>(subject: Subject, tag: string, body: (open: OpenSubject) => Promise<T>): Promise<T> {
  const open = await subject.open(tag);
  try {
    return await body(open);
  } finally {
    await open.dispose();
  }
}

/**
 * After this many failed appends a workload stops early: a store that fails that often has
 * made its point, and waiting out every lock timeout would take the run hours.
 */
export const failureCap = 200;

/** Counts failed appends (any thrown error) and keeps the first message. */
class Failures {
  count = 0;
  first: string | undefined;

  get capped(): boolean {
    return this.count >= failureCap;
  }

  record(error: unknown): void {
    this.count += 1;
    this.first ??= error instanceof Error ? error.message : String(error);
  }
}

/**
 * 1. Sequential single-event appends, each to a new stream, for several stores at once: the
 * appends are split into rounds and the stores take turns, round by round, so that a change in
 * the shared machine's load (other processes, disk) falls on all of them alike. A failed
 * append is counted, not fatal. Returns one measurement per store, or the error that stopped it.
 */
export async function singleAppendsRoundRobin(
  subjects: readonly Subject[],
  sizes: Sizes,
  runId: string,
  rounds: number,
): Promise<Array<Measurement | { subject: Subject; error: unknown }>> {
  interface Lane {
    readonly subject: Subject;
    open?: OpenSubject;
    error?: unknown;
    readonly failures: Failures;
    readonly latenciesMs: number[];
    nanoseconds: bigint;
    next: number;
  }
  const lanes: Lane[] = subjects.map((subject) => ({ subject, failures: new Failures(), latenciesMs: [], nanoseconds: 0n, next: 0 }));
  const warmup = Math.max(50, Math.round(sizes.singleAppends / 20));
  const perRound = Math.ceil(sizes.singleAppends / rounds);
  try {
    for (const lane of lanes) {
      try {
        lane.open = await lane.subject.open('w1');
        const open = lane.open;
        await open.activate?.();
        for (let i = 0; i < warmup; i++) {
          await open.writer.append(`${runId}-w1warm-${i}`, [benchEvent(i)], 0, benchMetadata(i)).catch((error) => lane.failures.record(error));
        }
      } catch (error) {
        lane.error = error;
      }
    }
    for (let round = 0; round < rounds; round++) {
      for (const lane of lanes) {
        const open = lane.open;
        if (!open || lane.error !== undefined || lane.failures.capped) continue;
        try {
          await open.activate?.();
        } catch (error) {
          lane.error = error;
          continue;
        }
        const until = Math.min(sizes.singleAppends, lane.next + perRound);
        const start = process.hrtime.bigint();
        for (; lane.next < until && !lane.failures.capped; lane.next++) {
          const i = lane.next;
          const event = [benchEvent(i)];
          const metadata = benchMetadata(i);
          const t0 = process.hrtime.bigint();
          try {
            await open.writer.append(`${runId}-w1-${i}`, event, 0, metadata);
            lane.latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
          } catch (error) {
            lane.failures.record(error);
          }
        }
        lane.nanoseconds += process.hrtime.bigint() - start;
      }
    }
  } finally {
    for (const lane of lanes) {
      await lane.open?.dispose().catch((error: unknown) => {
        lane.error ??= error;
      });
    }
  }
  return lanes.map((lane) => {
    if (lane.error !== undefined) return { subject: lane.subject, error: lane.error };
    const sorted = [...lane.latenciesMs].sort((a, b) => a - b);
    return measurement(lane.subject, 'single', sorted.length, Number(lane.nanoseconds) / 1e9, {
      p50Ms: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
      failed: lane.failures.count,
      stoppedEarly: lane.failures.capped,
      firstError: lane.failures.first,
    });
  });
}

/** 2. Concurrent writers, each appending single events to its own new streams; any error is a failure. */
export async function concurrentWriters(subject: Subject, sizes: Sizes, runId: string): Promise<Measurement> {
  return withSubject(subject, 'w2', async (open) => {
    const writers = await open.concurrentWriters(sizes.writers);
    const failures = new Failures();
    let succeeded = 0;
    const loop = async (writer: Writer, w: number, prefix: string, count: number): Promise<void> => {
      for (let i = 0; i < count && !failures.capped; i++) {
        try {
          await writer.append(`${prefix}-${w}-${i}`, [benchEvent(i)], 0, benchMetadata(i));
          succeeded += 1;
        } catch (error) {
          failures.record(error);
        }
      }
    };
    const warmup = Math.max(5, Math.round(sizes.appendsPerWriter / 50));
    await Promise.all(writers.map((writer, w) => loop(writer, w, `${runId}-w2warm`, warmup)));
    succeeded = 0;
    const start = process.hrtime.bigint();
    await Promise.all(writers.map((writer, w) => loop(writer, w, `${runId}-w2`, sizes.appendsPerWriter)));
    const seconds = elapsedSeconds(start);
    // A failure during warm-up is a failure too: reported, not hidden.
    return measurement(subject, 'concurrent', succeeded, seconds, {
      failed: failures.count,
      stoppedEarly: failures.capped,
      firstError: failures.first,
    });
  });
}

/** 3. Appends of `batchSize` events, each to a new stream. */
export async function batchAppends(subject: Subject, sizes: Sizes, runId: string): Promise<Measurement> {
  return withSubject(subject, 'w3', async ({ writer }) => {
    const failures = new Failures();
    for (let i = 0; i < 3; i++) {
      await writer.append(`${runId}-w3warm-${i}`, events(sizes.batchSize), 0, benchMetadata(i)).catch((error) => failures.record(error));
    }
    const batches = Array.from({ length: sizes.batchAppends }, (_, i) => events(sizes.batchSize, i * sizes.batchSize));
    let appended = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < batches.length && !failures.capped; i++) {
      try {
        await writer.append(`${runId}-w3-${i}`, batches[i], 0, benchMetadata(i));
        appended += batches[i].length;
      } catch (error) {
        failures.record(error);
      }
    }
    const seconds = elapsedSeconds(start);
    return measurement(subject, 'batch', appended, seconds, {
      failed: failures.count,
      stoppedEarly: failures.capped,
      firstError: failures.first,
    });
  });
}

/** 4. Reading one stream of `streamLength` events: the median of several reads. */
export async function readOneStream(subject: Subject, sizes: Sizes, runId: string): Promise<Measurement> {
  return withSubject(subject, 'w4', async (open) => {
    const streamId = `${runId}-w4-stream`;
    const chunk = 1_000;
    for (let existing = 0; existing < sizes.streamLength; existing += chunk) {
      const size = Math.min(chunk, sizes.streamLength - existing);
      await open.writer.append(streamId, events(size, existing), existing, benchMetadata(existing));
    }
    const warm = await open.readStream(streamId);
    if (warm !== sizes.streamLength) throw new Error(`${subject.name} read ${warm} of ${sizes.streamLength} events`);
    const seconds: number[] = [];
    for (let read = 0; read < sizes.streamReads; read++) {
      const start = process.hrtime.bigint();
      const count = await open.readStream(streamId);
      seconds.push(elapsedSeconds(start));
      if (count !== sizes.streamLength) throw new Error(`${subject.name} read ${count} of ${sizes.streamLength} events`);
    }
    return measurement(subject, 'read', sizes.streamLength, median(seconds));
  });
}

/** 5. Catching up on a log of `catchUpEvents` events, from the start, in batches. */
export async function catchUp(subject: Subject, sizes: Sizes, runId: string): Promise<Measurement> {
  return withSubject(subject, 'w5', async (open) => {
    const perStream = 1_000;
    const prefix = `${runId}-w5-`;
    for (let appended = 0, s = 0; appended < sizes.catchUpEvents; appended += perStream, s++) {
      const size = Math.min(perStream, sizes.catchUpEvents - appended);
      await open.writer.append(`${prefix}${s}`, events(size, appended), 0, benchMetadata(appended));
    }
    const warm = Math.min(sizes.catchUpEvents, 10_000);
    const warmSeen = await open.catchUp(warm, sizes.catchUpBatchSize, prefix);
    if (warmSeen < warm) throw new Error(`${subject.name} caught up on ${warmSeen} of ${warm} events`);
    const start = process.hrtime.bigint();
    const seen = await open.catchUp(sizes.catchUpEvents, sizes.catchUpBatchSize, prefix);
    const seconds = elapsedSeconds(start);
    if (seen < sizes.catchUpEvents) throw new Error(`${subject.name} caught up on ${seen} of ${sizes.catchUpEvents} events`);
    return measurement(subject, 'catch-up', sizes.catchUpEvents, seconds);
  });
}

/** The workloads in table order; `single` runs all stores in turns (singleAppendsRoundRobin). */
export const workloads: ReadonlyArray<{
  readonly id: WorkloadId;
  readonly run?: (subject: Subject, sizes: Sizes, runId: string) => Promise<Measurement>;
}> = [
  { id: 'single' },
  { id: 'concurrent', run: concurrentWriters },
  { id: 'batch', run: batchAppends },
  { id: 'read', run: readOneStream },
  { id: 'catch-up', run: catchUp },
];
