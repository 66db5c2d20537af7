import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import type { Clock, EventStore } from '@handhaving/event-store';
import { ProjectionRunner, type ProjectionLogger } from '@handhaving/projections';
import { DEADLINES_PROJECTIE, deadlinesProjectie } from '@handhaving/read-models';
import { Worker, type Job, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { SchedulerConfig } from '../config/scheduler-config';
import { NotificatieKanalenToken, type Notificatiekanaal } from '../notificatie/notificatie.port';
import { controleerRedis } from '../platform/redis-controle';
import { redisOpties } from '../platform/redis-verbinding';
import { ClockToken, EventStoreToken, RedisToken, SchedulerConfigToken, SchedulerOptiesToken } from '../platform/tokens';
import { HerinneringBeleid } from './herinnering-beleid';
import { HERINNERINGEN_QUEUE, herinneringIdVan, type HerinneringJobData, type HerinneringUitkomst } from './herinnering-job';
import { HerinneringPlanning } from './herinnering-planning';
import { HerinneringVerzending } from './herinnering-verzending';
import { PLANNING_PROJECTIE, planningProjectie } from './planning.projection';
import { Reconciler, type ReconcileResultaat } from './reconciler';
import { VERSTUURD_PROJECTIE, verstuurdProjectie } from './verstuurd.projection';
import { wekDoorDeKlok } from './wekker';

/** Settings that tests change; production takes the defaults. */
export interface SchedulerOpties {
  /**
   * With a clock that is not the machine's (a test running a year in seconds): how often the
   * wekker promotes the reminders that clock has passed. Not set: BullMQ's delays alone.
   */
  readonly wekkerMs?: number;
  /** How often a processor fenced out by another instance tries again; 10 s by default. */
  readonly standbyMs?: number;
  /** Run the worker in this process (false: only planning and reconciling). */
  readonly worker?: boolean;
}

/**
 * The scheduler's moving parts: the planning and verstuurd processors on the event store
 * subscription (and the deadlines read model when configured), the BullMQ worker that fires
 * reminders, the reconciler (on start and every few minutes) and, with a test clock, the wekker.
 */
@Injectable()
export class HerinneringenService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Herinneringen');
  readonly planning: HerinneringPlanning;
  readonly reconciler: Reconciler;
  readonly verzending: HerinneringVerzending;
  readonly leesmodellen: ProjectionRunner;
  private worker: Worker<HerinneringJobData, HerinneringUitkomst> | undefined;
  private readonly timers: NodeJS.Timeout[] = [];
  private gestopt = false;
  private beleidGewijzigd = false;
  /** The first reconcile after start (undefined when it was put off). */
  eersteReconcile: Promise<ReconcileResultaat | undefined> = Promise.resolve(undefined);

  constructor(
    @Inject(SchedulerConfigToken) private readonly config: SchedulerConfig,
    @Inject(SchedulerOptiesToken) private readonly opties: SchedulerOpties,
    @InjectQueue(HERINNERINGEN_QUEUE) readonly queue: Queue<HerinneringJobData, HerinneringUitkomst>,
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(ClockToken) private readonly clock: Clock,
    @Inject(NotificatieKanalenToken) kanalen: readonly Notificatiekanaal[],
  ) {
    const keyPrefix = config.redisKeyPrefix;
    const queueAlsGeheel = queue as unknown as Queue;
    const beleid = new HerinneringBeleid(store);
    this.planning = new HerinneringPlanning(queueAlsGeheel, redis, keyPrefix, beleid, clock, {
      inhaalvensterMs: config.inhaalvensterMs,
      pogingen: config.pogingen,
      backoffMs: config.backoffMs,
    });
    const projectionLogger: ProjectionLogger = {
      info: (bericht) => this.logger.debug(bericht),
      warn: (bericht) => this.logger.warn(bericht),
      error: (bericht) => this.logger.error(bericht),
    };
    const deadlines = new ProjectionRunner({ eventStore: store, redis, keyPrefix, projections: [deadlinesProjectie], logger: projectionLogger });
    this.leesmodellen = new ProjectionRunner({
      eventStore: store,
      redis,
      keyPrefix,
      logger: projectionLogger,
      projections: [
        deadlinesProjectie,
        verstuurdProjectie,
        planningProjectie({
          planning: this.planning,
          deadlines,
          redis,
          keyPrefix,
          beleidGewijzigd: () => {
            beleid.vergeet();
            this.beleidGewijzigd = true;
          },
          gestopt: () => this.gestopt,
          waarschuw: (bericht) => this.logger.warn(bericht),
        }),
      ],
    });
    this.verzending = new HerinneringVerzending({ store, redis, keyPrefix, kanalen, clock, deadlines, waarschuw: (bericht) => this.logger.warn(bericht) });
    this.reconciler = new Reconciler({
      store,
      redis,
      keyPrefix,
      queue: queueAlsGeheel,
      planning: this.planning,
      leesmodellen: this.leesmodellen,
      log: (bericht, velden) => this.logger.log(velden ? `${bericht} ${JSON.stringify(velden)}` : bericht),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    for (const probleem of await controleerRedis(this.redis)) this.logger.warn(`⚠️  ${probleem}`);
    const namen = [VERSTUURD_PROJECTIE, PLANNING_PROJECTIE, ...(this.config.runsReadModels ? [DEADLINES_PROJECTIE] : [])];
    await this.leesmodellen.start(namen);
    if (this.opties.worker !== false) this.startWorker();

    this.eersteReconcile = this.reconcileNaStart();
    this.herhaal(this.config.reconcileIntervalMs, async () => {
      this.beleidGewijzigd = false;
      await this.reconciler.run();
    });
    // A policy change moves reminders of many terms: reconcile soon, not only at the next interval.
    this.herhaal(5_000, async () => {
      if (this.beleidGewijzigd) {
        this.beleidGewijzigd = false;
        await this.reconciler.run();
      }
    });
    // Of several instances one runs each processor; the others are fenced out (a conflict on the
    // checkpoint) and stand by: they try again now and then, and take over when it stopped.
    this.herhaal(this.opties.standbyMs ?? 10_000, async () => {
      for (const naam of namen) {
        const processor = this.leesmodellen.processor(naam);
        if (processor.currentState === 'failed' && !processor.restartPending) await processor.start().catch(() => undefined);
      }
    });
    if (this.opties.wekkerMs !== undefined) this.herhaal(this.opties.wekkerMs, () => wekDoorDeKlok(this.queue as unknown as Queue, this.clock));
  }

  async onApplicationShutdown(): Promise<void> {
    this.gestopt = true;
    for (const timer of this.timers) clearInterval(timer);
    await this.worker?.close();
    await this.leesmodellen.stop();
  }

  /** After a start (on a wiped Redis: once the read models are rebuilt), one full reconcile. */
  private async reconcileNaStart(): Promise<ReconcileResultaat | undefined> {
    while (!this.gestopt) {
      const resultaat = await this.reconciler.run().catch((error: unknown) => {
        this.logger.error(`Reconcile mislukt: ${(error as Error).message}`);
        return undefined;
      });
      if (resultaat !== undefined) return resultaat;
      await new Promise((resolve) => setTimeout(resolve, 2_000).unref());
    }
    return undefined;
  }

  private startWorker(): void {
    const worker = new Worker<HerinneringJobData, HerinneringUitkomst>(HERINNERINGEN_QUEUE, (job: Job<HerinneringJobData>, token?: string) => this.verzending.verwerkJob(job, token), {
      connection: redisOpties(this.config.redisUrl),
      prefix: bullPrefix(this.config.redisKeyPrefix),
      concurrency: this.config.concurrency,
      lockDuration: this.config.lockDurationMs,
      stalledInterval: Math.max(500, Math.round(this.config.lockDurationMs / 2)),
      // A worker killed mid-delivery leaves its job stalled; it is handed out again, not failed.
      maxStalledCount: 10,
    });
    worker.on('failed', (job, error) => {
      const laatste = job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1);
      const bericht = `Herinnering ${job ? herinneringIdVan(job.data) : '?'} niet verstuurd (poging ${job?.attemptsMade ?? '?'}): ${error.message}`;
      if (laatste) this.logger.error(`${bericht} — opgegeven; zie /admin/queues`);
      else this.logger.warn(bericht);
    });
    worker.on('completed', (job, uitkomst) => {
      if (uitkomst.uitkomst === 'verstuurd') this.logger.log(`Herinnering ${uitkomst.herinneringId} verstuurd via ${uitkomst.kanalen.join(', ')}`);
      else this.logger.debug(`Herinnering ${herinneringIdVan(job.data)}: ${uitkomst.uitkomst}`);
    });
    worker.on('error', (error) => this.logger.error(`Worker: ${error.message}`));
    this.worker = worker;
  }

  private herhaal(ms: number, taak: () => Promise<unknown>): void {
    let bezig = false;
    const timer = setInterval(() => {
      if (bezig || this.gestopt) return;
      bezig = true;
      taak()
        .catch((error: unknown) => this.logger.error((error as Error).message))
        .finally(() => (bezig = false));
    }, ms);
    timer.unref();
    this.timers.push(timer);
  }
}

/** BullMQ's keys live under the installation's prefix too, so one prefix holds everything of it. */
export function bullPrefix(keyPrefix: string): string {
  return `${keyPrefix}bull`;
}
