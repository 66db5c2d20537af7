import { ChangeSignal, type EventStore, type GlobalPosition } from '@handhaving/event-store';
import type { Redis } from 'ioredis';
import type { Projection } from './projection';
import { UnknownProjectionError } from './projection-errors';
import { checkpointKey, defaultKeyPrefix, parseCheckpoint } from './projection-keys';
import type { ProjectionLogger } from './projection-logger';
import {
  ProjectionProcessor,
  type ProjectionStatus,
  type RebuildOptions,
  type RebuildResult,
} from './projection-processor';

export interface ProjectionRunnerOptions {
  readonly eventStore: EventStore;
  /** Must not have an ioredis `keyPrefix`; see `keyPrefix`. */
  readonly redis: Redis;
  readonly projections: readonly Projection[];
  /** Per installation or test run; `hh:` when absent. */
  readonly keyPrefix?: string;
  /** Events per MULTI/EXEC; 500 when absent. */
  readonly batchSize?: number;
  readonly logger?: ProjectionLogger;
  /**
   * How often `waitForPosition` looks at checkpoints when no processor of this process commits
   * (they may be written by another process); 50 ms when absent.
   */
  readonly pollIntervalMs?: number;
  /** See `ProjectionProcessorOptions.restartDelayMs`. */
  readonly restartDelayMs?: number | false;
}

/**
 * The processors of a set of projections, one subscription each. An app that only queries (and
 * lets another process run the processors) can build one without starting it, for `status()`
 * and `waitForPosition()`.
 */
export class ProjectionRunner {
  readonly keyPrefix: string;
  private readonly processors = new Map<string, ProjectionProcessor>();
  private readonly commits = new ChangeSignal();
  private readonly redis: Redis;
  private readonly eventStore: EventStore;
  private readonly pollIntervalMs: number;

  constructor(options: ProjectionRunnerOptions) {
    this.keyPrefix = options.keyPrefix ?? defaultKeyPrefix;
    this.redis = options.redis;
    this.eventStore = options.eventStore;
    this.pollIntervalMs = options.pollIntervalMs ?? 50;
    for (const projection of options.projections) {
      if (this.processors.has(projection.name)) throw new Error(`Projection ${projection.name} is registered twice`);
      this.processors.set(
        projection.name,
        new ProjectionProcessor(projection, {
          eventStore: options.eventStore,
          redis: options.redis,
          keyPrefix: this.keyPrefix,
          batchSize: options.batchSize,
          logger: options.logger,
          restartDelayMs: options.restartDelayMs,
          onCommit: () => this.commits.notify(),
        }),
      );
    }
  }

  get names(): string[] {
    return [...this.processors.keys()];
  }

  processor(name: string): ProjectionProcessor {
    const processor = this.processors.get(name);
    if (!processor) throw new UnknownProjectionError(name, this.names);
    return processor;
  }

  /** Starts the named processors (all when none are named), each from its own checkpoint. */
  async start(names?: readonly string[]): Promise<void> {
    await Promise.all(this.select(names).map((processor) => processor.start()));
  }

  /** Lets every batch in flight commit, then stops all processors. */
  async stop(): Promise<void> {
    await Promise.all([...this.processors.values()].map((processor) => processor.stop()));
  }

  async status(): Promise<ProjectionStatus[]> {
    const processors = [...this.processors.values()];
    if (processors.length === 0) return [];
    const head = await this.eventStore.readHeadPosition();
    return Promise.all(processors.map((processor) => processor.status(head)));
  }

  rebuild(name: string, options?: RebuildOptions): Promise<RebuildResult> {
    return this.processor(name).rebuild(options);
  }

  /**
   * Read-your-writes: true once every projection (or the named ones) has applied everything it
   * takes up to `position` (e.g. the `lastPosition` of an append); false after `timeoutMs`, or
   * at once when one of them has failed in this process for good (no restart pending). Wakes on every batch committed here and
   * polls every `pollIntervalMs` for checkpoints written by other processes.
   */
  async waitForPosition(
    position: GlobalPosition,
    timeoutMs: number,
    names?: string | readonly string[],
  ): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    let waiting = this.select(typeof names === 'string' ? [names] : names);
    for (;;) {
      const version = this.commits.version;
      const stored = waiting.length === 0 ? [] : await this.redis.mget(waiting.map((p) => checkpointKey(this.keyPrefix, p.name)));
      const reached = await Promise.all(
        waiting.map((processor, index) =>
          processor.hasReached(position, parseCheckpoint(processor.name, stored[index] ?? null) ?? 0n),
        ),
      );
      waiting = waiting.filter((_, index) => !reached[index]);
      if (waiting.length === 0) return true;
      if (waiting.some((processor) => processor.currentState === 'failed' && !processor.restartPending)) return false;
      const left = deadline - performance.now();
      if (left <= 0) return false;
      await this.commits.wait(version, Math.min(left, this.pollIntervalMs));
    }
  }

  private select(names: readonly string[] | undefined): ProjectionProcessor[] {
    return names === undefined ? [...this.processors.values()] : names.map((name) => this.processor(name));
  }
}
