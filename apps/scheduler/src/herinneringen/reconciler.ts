import type { EventStore } from '@handhaving/event-store';
import type { ProjectionRunner } from '@handhaving/projections';
import { alleOpgeslagenTermijnen, DEADLINES_PROJECTIE, opgeslagenTermijnenMetIds, type Deadline } from '@handhaving/read-models';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { herinneringIdVan, type HerinneringJobData } from './herinnering-job';
import { legeTelling, telOp, type HerinneringPlanning, type PlanningTelling } from './herinnering-planning';
import { VERSTUURD_PROJECTIE } from './verstuurd.projection';

export interface ReconcileResultaat extends PlanningTelling {
  /** Jobs of terms the read model no longer has, removed. */
  wees: number;
  readonly duurMs: number;
}

export interface ReconcilerOpties {
  readonly store: EventStore;
  readonly redis: Redis;
  readonly keyPrefix: string;
  readonly queue: Queue;
  readonly planning: HerinneringPlanning;
  /** Knows the checkpoints of the deadlines and verstuurd read models. */
  readonly leesmodellen: ProjectionRunner;
  readonly log: (bericht: string, velden?: Record<string, unknown>) => void;
  /** How long a run waits for the read models to catch up with the log before it gives up. */
  readonly wachtMs?: number;
}

/**
 * Compares the deadlines read model with the queue and repairs both ways: a missing or stale job
 * is (re)planned, a waiting job no running term wants is removed. Runs on start and every few
 * minutes; after FLUSHALL it brings back every reminder still due once the read models are
 * rebuilt (and plans none the case streams say went out). Runs of several instances are
 * serialised by a lock in Redis; a run is idempotent anyway.
 */
export class Reconciler {
  private lopend: Promise<ReconcileResultaat | undefined> | undefined;

  constructor(private readonly opties: ReconcilerOpties) {}

  /** One run; a call while one runs in this process waits for that one. */
  run(): Promise<ReconcileResultaat | undefined> {
    this.lopend ??= this.voerUit().finally(() => (this.lopend = undefined));
    return this.lopend;
  }

  private async voerUit(): Promise<ReconcileResultaat | undefined> {
    const { store, redis, keyPrefix, planning, leesmodellen } = this.opties;
    const begin = performance.now();
    const head = await store.readHeadPosition();
    if (!(await leesmodellen.waitForPosition(head, this.opties.wachtMs ?? 60_000, [DEADLINES_PROJECTIE, VERSTUURD_PROJECTIE]))) {
      this.opties.log('Reconcile uitgesteld: de leesmodellen lopen nog achter op het log', { head: String(head) });
      return undefined;
    }
    const slot = `${keyPrefix}herinneringen.reconciler:slot`;
    const token = `${process.pid}-${Math.random().toString(36).slice(2)}`;
    if ((await redis.set(slot, token, 'PX', 10 * 60_000, 'NX')) !== 'OK') {
      this.opties.log('Reconcile overgeslagen: een andere scheduler reconcilieert nu');
      return undefined;
    }
    try {
      const telling = legeTelling();
      const gepland = new Set<string>();
      // Pages read one after another, planned a few at a time.
      const bezig = new Set<Promise<void>>();
      for await (const pagina of alleOpgeslagenTermijnen(redis, keyPrefix, 1000)) {
        const taak: Promise<void> = planning.synchroniseer(pagina, gepland).then((deel) => {
          telOp(telling, deel);
          bezig.delete(taak);
        });
        bezig.add(taak);
        if (bezig.size >= 4) await Promise.race(bezig);
      }
      await Promise.all(bezig);
      const wees = await this.ruimWezenOp(gepland);
      const resultaat: ReconcileResultaat = { ...telling, wees, duurMs: Math.round(performance.now() - begin) };
      this.opties.log('Reconcile klaar', { ...resultaat });
      return resultaat;
    } finally {
      // Only our own lock: a run that took longer than the lock must not free another's.
      await redis.eval("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end", 1, slot, token);
    }
  }

  /** Waiting jobs that no term planned in this run: looked at once more against the term as it is now. */
  private async ruimWezenOp(gepland: ReadonlySet<string>): Promise<number> {
    const { redis, keyPrefix, queue, planning } = this.opties;
    const ids = await queue.getRanges(['delayed', 'wait', 'prioritized'], 0, -1, true);
    const verdacht = ids.filter((id) => !gepland.has(id));
    let verwijderd = 0;
    for (let i = 0; i < verdacht.length; i += 500) {
      const stuk = verdacht.slice(i, i + 500);
      const pipeline = redis.pipeline();
      for (const id of stuk) pipeline.hget(queue.toKey(id), 'data');
      const datas = ((await pipeline.exec()) ?? []).map(([, json]) => (typeof json === 'string' ? (JSON.parse(json) as HerinneringJobData) : undefined));
      const deadlines = new Map<string, Deadline>();
      for (const deadline of await opgeslagenTermijnenMetIds(redis, keyPrefix, [...new Set(datas.flatMap((d) => (d ? [d.deadlineId] : [])))])) deadlines.set(deadline.id, deadline);
      for (const [index, id] of stuk.entries()) {
        const data = datas[index];
        if (data === undefined) continue;
        const deadline = deadlines.get(data.deadlineId);
        // Planned since this run read the term (a term that just started): leave it.
        if (deadline !== undefined && planning.herinneringenVan(deadline).some((h) => herinneringIdVan(h) === herinneringIdVan(data))) continue;
        if ((await queue.remove(id)) === 1) verwijderd += 1;
      }
    }
    return verwijderd;
  }
}
