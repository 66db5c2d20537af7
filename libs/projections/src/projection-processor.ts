import type { EventStore, EventSubscription, GlobalPosition, SubscriptionBatch } from '@handhaving/event-store';
import type { ChainableCommander, Redis } from 'ioredis';
import { assertValidProjectionName, type Projection, type ProjectionContext } from './projection';
import {
  isProjectionFault,
  messageOf,
  ProjectionConflictError,
  ProjectionHandlerError,
  ProjectionWriteError,
} from './projection-errors';
import { checkpointKey, defaultKeyPrefix, parseCheckpoint, projectionKeyPrefix } from './projection-keys';
import { consoleProjectionLogger, type ProjectionLogger } from './projection-logger';
import { deleteKeysWithPrefix } from './redis-keys';

/** `catching-up` until the processor has read what was stored when it started, then `live`. */
export type ProcessorState = 'catching-up' | 'live' | 'stopped' | 'failed';

export interface ProjectionStatus {
  readonly name: string;
  /** The state of the processor in this process (`stopped` when it runs elsewhere or nowhere). */
  readonly state: ProcessorState;
  /** Global position of the last event applied, as stored in Redis; 0 when none. */
  readonly checkpoint: GlobalPosition;
  readonly head: GlobalPosition;
  /**
   * Positions between the checkpoint and the head, 0 when none of them holds an event this
   * projection takes. With a filter (or EventStoreDB's sparse positions) an upper bound of the
   * events still to apply.
   */
  readonly lag: bigint;
  /** Why the processor stopped, when `state` is `failed`. */
  readonly error?: string;
}

export interface RebuildProgress {
  readonly name: string;
  /** Events applied since the replay began. */
  readonly processed: number;
  readonly checkpoint: GlobalPosition;
  /** The head when the rebuild began: where it stops. */
  readonly head: GlobalPosition;
  readonly elapsedMs: number;
  readonly eventsPerSecond: number;
}

export interface RebuildResult extends RebuildProgress {
  /** False when `stop()` interrupted the rebuild; the next start continues from the checkpoint. */
  readonly completed: boolean;
  /** Keys removed before the replay, the checkpoint included. */
  readonly deletedKeys: number;
}

export interface RebuildOptions {
  /** Called when the replay begins and after every batch. */
  readonly onProgress?: (progress: RebuildProgress) => void;
}

export interface ProjectionProcessorOptions {
  readonly eventStore: EventStore;
  /**
   * Reads (the handler's and the checkpoint's). Writes go over a connection of the processor's
   * own, duplicated from this one. Must not have an ioredis `keyPrefix`: keys are built here.
   */
  readonly redis: Redis;
  /** Per installation or test run; `hh:` when absent. */
  readonly keyPrefix?: string;
  /** Events per MULTI/EXEC; 500 when absent. */
  readonly batchSize?: number;
  readonly logger?: ProjectionLogger;
  /** Called after every committed batch. */
  readonly onCommit?: (projectionName: string, checkpoint: GlobalPosition) => void;
  /**
   * After a failure that is not the projection's own (Redis or the event store unreachable), start
   * again after this delay, doubled on every further failure up to 30 s; 1000 when absent,
   * `false` never. A handler error, a refused write or a second processor is never retried: the
   * processor stays `failed` until it is fixed and started again.
   */
  readonly restartDelayMs?: number | false;
}

export const defaultBatchSize = 500;
const defaultRestartDelayMs = 1000;
const maxRestartDelayMs = 30_000;

interface RunMode {
  /** Stop once everything this projection takes up to this position is applied (a rebuild). */
  readonly until?: GlobalPosition;
  readonly onBatch?: (processed: number, checkpoint: GlobalPosition) => void;
}

interface Run {
  readonly generation: number;
  stopRequested: boolean;
  subscription?: EventSubscription;
  finished: Promise<{ reached: boolean }>;
}

/**
 * Feeds one projection from the event store's global subscription, from its checkpoint in Redis.
 * Each batch is one MULTI/EXEC holding the handler's writes and the new checkpoint, so a crash
 * at any point resumes exactly after the last committed batch: no event applied twice, none
 * skipped.
 *
 * Exactly one processor may write a projection. That is not left to hope: before each batch the
 * processor WATCHes its checkpoint and checks it still holds what this processor last wrote, so
 * the EXEC of a second processor (or of one running while a rebuild wiped the keys) is refused
 * and that processor fails with a `ProjectionConflictError` instead of applying a batch twice.
 */
export class ProjectionProcessor {
  readonly name: string;
  private readonly eventStore: EventStore;
  private readonly redis: Redis;
  private readonly keyPrefix: string;
  private readonly batchSize: number;
  private readonly logger: ProjectionLogger;
  private readonly prefix: string;
  private readonly checkpointKey: string;
  private readonly key: (...parts: ReadonlyArray<string | number>) => string;

  private state: ProcessorState = 'stopped';
  private failure: Error | undefined;
  private lastCheckpoint: GlobalPosition = 0n;
  /**
   * What reading the log taught about a filtered projection: no event it takes lies in
   * (van, tot]. The log never changes, so a later question after `van` reads on from `tot` instead
   * of again through the whole stretch of other events (a dwangsom read model asked "have you
   * reached P?" in a log of a million Damocles events).
   */
  private zonderEvents: { van: GlobalPosition; tot: GlobalPosition } = { van: 0n, tot: 0n };
  private run: Run | undefined;
  /** Bumped by every `stop()`: a start or rebuild asked for before it then does nothing. */
  private stopGeneration = 0;
  private operations: Promise<unknown> = Promise.resolve();
  private restartTimer: NodeJS.Timeout | undefined;
  private nextRestartDelayMs: number;

  constructor(
    readonly projection: Projection,
    private readonly options: ProjectionProcessorOptions,
  ) {
    assertValidProjectionName(projection.name);
    if (options.redis.options.keyPrefix) {
      throw new Error(
        `Projection ${projection.name}: pass a Redis client without ioredis keyPrefix; set the processor's keyPrefix instead`,
      );
    }
    const batchSize = options.batchSize ?? defaultBatchSize;
    if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`batchSize must be a positive integer: ${batchSize}`);
    this.name = projection.name;
    this.eventStore = options.eventStore;
    this.redis = options.redis;
    this.keyPrefix = options.keyPrefix ?? defaultKeyPrefix;
    this.batchSize = batchSize;
    this.logger = options.logger ?? consoleProjectionLogger;
    this.nextRestartDelayMs = options.restartDelayMs || defaultRestartDelayMs;
    this.prefix = projectionKeyPrefix(this.keyPrefix, this.name);
    this.checkpointKey = checkpointKey(this.keyPrefix, this.name);
    const prefix = this.prefix;
    const name = this.name;
    this.key = (...parts) => {
      if (parts.length === 0) throw new Error(`Projection ${name}: key() needs at least one part`);
      if (parts.length === 1 && parts[0] === 'checkpoint') {
        throw new Error(`Projection ${name}: the key "checkpoint" is the processor's own`);
      }
      return prefix + parts.join(':');
    };
  }

  /** Every key of this projection starts with this, its checkpoint included. */
  get keyNamespace(): string {
    return this.prefix;
  }

  get currentState(): ProcessorState {
    return this.state;
  }

  /** Failed for a reason outside the projection, and about to start again by itself. */
  get restartPending(): boolean {
    return this.restartTimer !== undefined;
  }

  /** Resolves once the processor has read its checkpoint and subscribed; rejects if it could not. */
  start(): Promise<void> {
    const generation = this.stopGeneration;
    return this.exclusively(async () => {
      if (generation !== this.stopGeneration || this.run) return;
      this.cancelRestart();
      this.failure = undefined;
      await this.launch(generation, {}).ready;
    });
  }

  /** Lets the batch in flight commit, then stops. Resolves when nothing runs any more. */
  async stop(): Promise<void> {
    this.stopGeneration += 1;
    this.cancelRestart();
    const run = this.run;
    if (run) {
      run.stopRequested = true;
      await run.subscription?.stop();
    }
    await this.exclusively(async () => undefined);
    await this.run?.finished;
  }

  /**
   * Deletes the projection's keys (its checkpoint first, which fences out any other processor of
   * it), then replays the log from the start up to the head as it was when the rebuild began. A
   * processor that was running continues live afterwards.
   */
  rebuild(options: RebuildOptions = {}): Promise<RebuildResult> {
    const generation = this.stopGeneration;
    return this.exclusively(async () => {
      const wasRunning = this.run !== undefined || this.restartPending;
      if (this.run) await this.halt(this.run);
      this.cancelRestart();
      this.failure = undefined;
      this.state = 'catching-up';
      let head: GlobalPosition;
      let deletedKeys: number;
      try {
        head = await this.eventStore.readHeadPosition();
        deletedKeys = await this.redis.unlink(this.checkpointKey);
        deletedKeys += await deleteKeysWithPrefix(this.redis, this.prefix);
      } catch (error) {
        this.fail(error);
        throw error;
      }
      this.lastCheckpoint = 0n;
      this.logger.info(`Rebuilding projection ${this.name}`, { projection: this.name, deletedKeys, head: String(head) });

      const began = performance.now();
      let processed = 0;
      let checkpoint: GlobalPosition = 0n;
      const progress = (): RebuildProgress => {
        const elapsedMs = performance.now() - began;
        const eventsPerSecond = elapsedMs > 0 ? Math.round((processed * 1000) / elapsedMs) : 0;
        return { name: this.name, processed, checkpoint, head, elapsedMs, eventsPerSecond };
      };
      options.onProgress?.(progress());
      if (generation !== this.stopGeneration) {
        this.state = 'stopped';
        return { ...progress(), completed: false, deletedKeys };
      }
      const { finished } = this.launch(generation, {
        until: head,
        onBatch: (count, position) => {
          processed = count;
          checkpoint = position;
          options.onProgress?.(progress());
        },
      });
      const { reached } = await finished;
      if (this.failure) throw this.failure;
      const result: RebuildResult = { ...progress(), completed: reached, deletedKeys };
      this.logger.info(`Rebuilt projection ${this.name}`, {
        projection: this.name,
        processed,
        elapsedMs: Math.round(result.elapsedMs),
        eventsPerSecond: result.eventsPerSecond,
      });
      if (wasRunning && reached && generation === this.stopGeneration) await this.launch(generation, {}).ready;
      return result;
    });
  }

  async status(head?: GlobalPosition): Promise<ProjectionStatus> {
    const [headPosition, stored] = await Promise.all([
      head ?? this.eventStore.readHeadPosition(),
      this.redis.get(this.checkpointKey),
    ]);
    const checkpoint = parseCheckpoint(this.name, stored) ?? 0n;
    const lag = (await this.hasPendingEvents(checkpoint, headPosition)) ? headPosition - checkpoint : 0n;
    return {
      name: this.name,
      state: this.state,
      checkpoint,
      head: headPosition,
      lag,
      ...(this.state === 'failed' && this.failure ? { error: this.failure.message } : {}),
    };
  }

  /**
   * Whether a processor at `checkpoint` has applied everything this projection takes up to
   * `position`. Past the checkpoint of a filtered projection there may be only events it does
   * not take: then it has reached the position although its checkpoint is lower.
   */
  async hasReached(position: GlobalPosition, checkpoint: GlobalPosition): Promise<boolean> {
    if (checkpoint >= position) return true;
    if (!this.projection.filter) return false;
    if (position > (await this.eventStore.readHeadPosition())) return false;
    return !(await this.hasPendingEvents(checkpoint, position));
  }

  /** Whether the log holds an event for this projection after `after`, up to `upTo` (never beyond a head already read: what is found there is learned for good). */
  private async hasPendingEvents(after: GlobalPosition, upTo: GlobalPosition): Promise<boolean> {
    if (after >= upTo) return false;
    if (!this.projection.filter) return true;
    const bekend = this.zonderEvents;
    const aansluitend = after >= bekend.van && after <= bekend.tot;
    const vanaf = aansluitend ? bekend.tot : after;
    if (vanaf >= upTo) return false;
    const [first] = await this.eventStore.readAll({ after: vanaf, maxCount: 1, filter: this.projection.filter });
    // Nothing found: none up to `upTo` (which the caller read as at most the head); else none before the first.
    const leegTot = first === undefined ? upTo : first.globalPosition - 1n;
    if (leegTot > vanaf) this.zonderEvents = { van: aansluitend ? bekend.van : after, tot: leegTot };
    return first !== undefined && first.globalPosition <= upTo;
  }

  private launch(generation: number, mode: RunMode): { ready: Promise<void>; finished: Promise<{ reached: boolean }> } {
    let markReady!: () => void;
    let refuse!: (error: unknown) => void;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      refuse = reject;
    });
    ready.catch(() => undefined);
    this.state = 'catching-up';
    const run: Run = { generation, stopRequested: false, finished: Promise.resolve({ reached: false }) };
    run.finished = this.consume(run, mode, markReady).then(
      (result) => {
        this.state = 'stopped';
        markReady();
        return result;
      },
      (error: unknown) => {
        this.fail(error);
        refuse(error);
        // A rebuild reports its failure to its caller instead.
        if (mode.until === undefined) this.scheduleRestart(generation, error);
        return { reached: false };
      },
    );
    this.run = run;
    void run.finished.then(() => {
      if (this.run === run) this.run = undefined;
    });
    return { ready, finished: run.finished };
  }

  private async halt(run: Run): Promise<void> {
    run.stopRequested = true;
    await run.subscription?.stop();
    await run.finished;
  }

  private stopRequested(run: Run): boolean {
    return run.stopRequested || run.generation !== this.stopGeneration;
  }

  private async consume(run: Run, mode: RunMode, ready: () => void): Promise<{ reached: boolean }> {
    // A connection of its own, because WATCH is per connection. It never reconnects: a WATCH
    // does not survive a reconnect, and a batch whose reply was lost must fail, not be sent
    // again (it may have been applied). The run fails instead and restarts from the checkpoint.
    const writer = this.redis.duplicate({
      lazyConnect: true,
      enableOfflineQueue: false,
      autoResendUnfulfilledCommands: false,
      retryStrategy: () => null,
      connectionName: `projection:${this.name}`,
    });
    writer.on('error', (error: Error) =>
      this.logger.warn(`Projection ${this.name}: Redis connection error: ${error.message}`, { projection: this.name }),
    );
    try {
      await writer.connect();
      let checkpoint = parseCheckpoint(this.name, await writer.get(this.checkpointKey)) ?? 0n;
      const head = await this.eventStore.readHeadPosition();
      if (mode.until === undefined && checkpoint > head) {
        // Read after the checkpoint, the head of the same log is never below it: this read model
        // was built from another event store (a data folder deleted or swapped under a Redis that
        // stayed). It would show that store's cases; build it again from this log.
        this.logger.warn(
          `Projection ${this.name}: checkpoint ${checkpoint} ligt voorbij het einde van de log (${head}); het leesmodel hoort bij een andere event store en wordt opnieuw opgebouwd`,
          { projection: this.name, checkpoint: String(checkpoint), head: String(head) },
        );
        await writer.unlink(this.checkpointKey);
        await deleteKeysWithPrefix(this.redis, this.prefix);
        checkpoint = 0n;
      }
      this.lastCheckpoint = checkpoint;
      const pending = await this.hasPendingEvents(checkpoint, mode.until ?? head);
      if (!pending && mode.until === undefined) this.state = 'live';
      this.logger.info(`Projection ${this.name} starts after position ${checkpoint}`, {
        projection: this.name,
        checkpoint: String(checkpoint),
        head: String(head),
      });
      ready();
      if (mode.until !== undefined && !pending) return { reached: true };
      if (this.stopRequested(run)) return { reached: false };

      const subscription = this.eventStore.subscribeToAll({
        from: checkpoint > 0n ? checkpoint : 'start',
        filter: this.projection.filter,
        batchSize: this.batchSize,
      });
      run.subscription = subscription;
      if (this.stopRequested(run)) await subscription.stop();
      const iterator = subscription[Symbol.asyncIterator]();
      let next: Promise<IteratorResult<SubscriptionBatch>> | undefined = iterator.next();
      let processed = 0;
      try {
        while (next) {
          const result: IteratorResult<SubscriptionBatch> = await next;
          next = undefined;
          if (result.done) break;
          const { events, checkpoint: batchCheckpoint } = result.value;

          await this.fence(writer, checkpoint);
          const multi = writer.multi();
          try {
            await this.projection.handle(events, this.contextFor(multi));
          } catch (error) {
            throw new ProjectionHandlerError(
              this.name,
              error,
              events[0].globalPosition,
              events[events.length - 1].globalPosition,
            );
          }
          multi.set(this.checkpointKey, batchCheckpoint.toString());
          const targetPassed = mode.until !== undefined && batchCheckpoint >= mode.until;
          // Send the batch first, then read the next one while Redis executes it; the next
          // batch is handled only once this one has committed.
          const execution = this.execute(multi, checkpoint);
          if (!targetPassed && !this.stopRequested(run)) {
            next = iterator.next();
            next.catch(() => undefined);
          }
          await execution;

          checkpoint = batchCheckpoint;
          this.lastCheckpoint = checkpoint;
          this.nextRestartDelayMs = this.options.restartDelayMs || defaultRestartDelayMs;
          processed += events.length;
          if (mode.until === undefined && this.state === 'catching-up') {
            // A short batch means the read reached the end of the log; a full one may have too.
            if (events.length < this.batchSize || !(await this.hasPendingEvents(checkpoint, head))) this.state = 'live';
          }
          this.options.onCommit?.(this.name, checkpoint);
          mode.onBatch?.(processed, checkpoint);

          if (targetPassed) return { reached: true };
          // A rebuild stops once nothing it takes lies ahead up to its target, also after a full
          // batch: when the events it takes end exactly on a batch and the log's last events are
          // others, no further batch would ever come.
          if (mode.until !== undefined && !(await this.hasPendingEvents(checkpoint, mode.until))) return { reached: true };
          if (this.stopRequested(run)) break;
        }
        return { reached: false };
      } finally {
        run.subscription = undefined;
        await subscription.stop();
        if (next) await next.catch(() => undefined);
        await iterator.return?.();
      }
    } finally {
      await writer.quit().catch(() => writer.disconnect());
    }
  }

  /**
   * WATCHes the checkpoint and checks it is still the one this processor wrote: from here to
   * the EXEC, any other writer of the checkpoint makes the EXEC fail.
   */
  private async fence(writer: Redis, expected: GlobalPosition): Promise<void> {
    const replies = (await writer.pipeline().watch(this.checkpointKey).get(this.checkpointKey).exec()) ?? [];
    for (const [error] of replies) if (error) throw error;
    const found = parseCheckpoint(this.name, (replies[1]?.[1] as string | null | undefined) ?? null);
    if ((found ?? 0n) !== expected) throw new ProjectionConflictError(this.name, expected, found);
  }

  private async execute(multi: ChainableCommander, expected: GlobalPosition): Promise<void> {
    const replies = await multi.exec();
    if (replies === null) {
      const found = parseCheckpoint(this.name, await this.redis.get(this.checkpointKey));
      throw new ProjectionConflictError(this.name, expected, found);
    }
    for (const [error] of replies) if (error) throw new ProjectionWriteError(this.name, messageOf(error));
  }

  private contextFor(multi: ChainableCommander): ProjectionContext {
    return { projectionName: this.name, redis: this.redis, multi, key: this.key };
  }

  private fail(error: unknown): void {
    this.state = 'failed';
    this.failure = error instanceof Error ? error : new Error(String(error));
    this.logger.error(`Projection ${this.name} stopped: ${this.failure.message}`, {
      projection: this.name,
      checkpoint: String(this.lastCheckpoint),
      error: this.failure.message,
    });
  }

  private scheduleRestart(generation: number, error: unknown): void {
    if (this.options.restartDelayMs === false || isProjectionFault(error) || generation !== this.stopGeneration) return;
    const delayMs = this.nextRestartDelayMs;
    this.nextRestartDelayMs = Math.min(delayMs * 2, maxRestartDelayMs);
    this.logger.warn(`Projection ${this.name} restarts in ${delayMs} ms`, { projection: this.name, delayMs });
    this.cancelRestart();
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      this.start().catch(() => undefined);
    }, delayMs);
    // A pending restart does not keep a process (a CLI, a test) alive.
    this.restartTimer.unref();
  }

  private cancelRestart(): void {
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = undefined;
  }

  /** start, stop and rebuild one after another, never interleaved. */
  private exclusively<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.operations.then(operation);
    this.operations = result.catch(() => undefined);
    return result;
  }
}
