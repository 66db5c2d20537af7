import { damoclesStreamId, type DamoclesEvent } from '@handhaving/domain-damocles';
import { EmbeddedEventStore, type GlobalPosition } from '@handhaving/event-store';
import { deleteKeysWithPrefix, ProjectionRunner, type Projection, type ProjectionLogger } from '@handhaving/projections';
import Redis from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KERKRADE } from './damocles-events';

/** Start-up lines are noise in these tests; warnings and errors still show. */
const stil: ProjectionLogger = { info: () => undefined, warn: console.warn, error: console.error };

/**
 * A Damocles read model under test: an embedded event store in a temporary folder whose clock
 * the test sets (`nu`), a Redis key prefix of its own, and the projections running on it.
 */
export class DamoclesLeesmodel {
  private readonly gemeenten = new Map<string, string>();

  private constructor(
    /** The store's clock: `klok.nu` is the `recordedAt` the next append gets. */
    readonly klok: { nu: Date },
    readonly redis: Redis,
    readonly store: EmbeddedEventStore,
    readonly runner: ProjectionRunner,
    readonly keyPrefix: string,
    private readonly dataDir: string,
  ) {}

  static async start(naam: string, redisUrl: string, projections: readonly Projection[]): Promise<DamoclesLeesmodel> {
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
    const dataDir = mkdtempSync(join(tmpdir(), `handhaving-${naam}-`));
    const klok = { nu: new Date('2000-01-01T00:00:00Z') };
    const store = new EmbeddedEventStore({ dataDir, synchronous: 'NORMAL', pollIntervalMs: 20, clock: { now: () => klok.nu } });
    const keyPrefix = `hhtest:${naam}:${process.pid}:${Math.random().toString(36).slice(2, 10)}:`;
    const runner = new ProjectionRunner({ eventStore: store, redis, projections: [...projections], keyPrefix, logger: stil });
    const leesmodel = new DamoclesLeesmodel(klok, redis, store, runner, keyPrefix, dataDir);
    await runner.start();
    return leesmodel;
  }

  /**
   * Appends each event to its case's stream as the command pipeline does (the case's gemeente and
   * the user in the metadata; a case's gemeente is that of its rapportage, else Kerkrade), each at
   * the moment `opMoment` gives (default: the clock as it stands); waits until the projections applied them.
   */
  async legVast(events: readonly DamoclesEvent[], opMoment?: (event: DamoclesEvent, index: number) => Date): Promise<GlobalPosition> {
    let laatste = 0n;
    for (const [index, event] of events.entries()) {
      if (opMoment) this.klok.nu = opMoment(event, index);
      if (event.type === 'RapportageOntvangen') this.gemeenten.set(event.zaakId, event.gemeente);
      const { type, ...data } = event;
      const metadata = { gemeente: this.gemeenten.get(event.zaakId) ?? KERKRADE, userId: event.door };
      laatste = (await this.store.appendToStream(damoclesStreamId(event.zaakId), [{ type, data }], { expectedRevision: 'any', metadata })).lastPosition;
    }
    if (!(await this.runner.waitForPosition(laatste, 20_000))) throw new Error(`De leesmodellen haalden positie ${laatste} niet binnen 20 s`);
    return laatste;
  }

  /**
   * Appends events of another context (e.g. `dwangsom-{zaakId}`) to `streamId` in the same log,
   * now by the clock, with the gemeente in the metadata; waits until the projections passed them.
   */
  async legVastOpStroom(streamId: string, events: ReadonlyArray<{ type: string; data: Record<string, unknown> }>, gemeente = KERKRADE): Promise<GlobalPosition> {
    const { lastPosition } = await this.store.appendToStream(streamId, [...events], { expectedRevision: 'any', metadata: { gemeente, userId: 'mw-3' } });
    if (!(await this.runner.waitForPosition(lastPosition, 20_000))) throw new Error(`De leesmodellen haalden positie ${lastPosition} niet binnen 20 s`);
    return lastPosition;
  }

  async stop(): Promise<void> {
    await this.runner.stop();
    await this.store.close();
    await deleteKeysWithPrefix(this.redis, this.keyPrefix);
    await this.redis.quit();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
