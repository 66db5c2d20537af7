import type { Clock } from '@handhaving/event-store';
import type { Deadline } from '@handhaving/read-models';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { HerinneringBeleid } from './herinnering-beleid';
import { HERINNERING_JOB, herinneringIdVan, herinneringJobId, type HerinneringJobData } from './herinnering-job';
import { herinneringsmomenten, herinneringSoort } from './herinneringsmomenten';
import { verstuurdHash } from './verstuurd.projection';

export interface PlanningOpties {
  /** A reminder whose moment lies further back than this is not planned any more (it was missed). */
  readonly inhaalvensterMs: number;
  readonly pogingen: number;
  readonly backoffMs: number;
}

export interface PlanningTelling {
  deadlines: number;
  toegevoegd: number;
  verplaatst: number;
  verwijderd: number;
  ongewijzigd: number;
  /** Reminders the case stream (through the verstuurd read model) says were sent: never planned again. */
  alVerstuurd: number;
  /** Missed by more than the inhaalvenster: not sent any more. */
  gemist: number;
  /** A job being delivered right now: left alone, the next reconcile looks again. */
  bezet: number;
}

export function legeTelling(): PlanningTelling {
  return { deadlines: 0, toegevoegd: 0, verplaatst: 0, verwijderd: 0, ongewijzigd: 0, alVerstuurd: 0, gemist: 0, bezet: 0 };
}

export function telOp(totaal: PlanningTelling, deel: PlanningTelling): PlanningTelling {
  for (const key of Object.keys(totaal) as (keyof PlanningTelling)[]) totaal[key] += deel[key];
  return totaal;
}

/**
 * For each job key: its data and finishedOn, and whether the reminder (ARGV, '' for none) is in
 * the verstuurd hash (KEYS[1]). One call per page instead of two commands per reminder.
 */
const BEKIJK_JOBS = `
local uit = {}
for i = 2, #KEYS do
  local job = redis.call('hmget', KEYS[i], 'data', 'finishedOn')
  local verstuurd = 0
  if ARGV[i - 1] ~= '' then verstuurd = redis.call('hexists', KEYS[1], ARGV[i - 1]) end
  uit[i - 1] = { job[1] or false, job[2] or false, verstuurd }
end
return uit
`;
const BEKIJK_PER_EVAL = 1_000;

interface Plaats {
  readonly jobId: string;
  readonly gewenst?: HerinneringJobData;
}

/**
 * Brings the queue in line with the deadlines read model for a set of terms: one delayed job per
 * reminder still to send of every running term; none for a term that was met, lapsed or ended.
 * Idempotent: running it twice, or from two processes, gives the same jobs.
 */
export class HerinneringPlanning {
  constructor(
    private readonly queue: Queue,
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly beleid: HerinneringBeleid,
    private readonly clock: Clock,
    private readonly opties: PlanningOpties,
  ) {}

  /** The reminders of a running term by the policy, each as the job that fires it. */
  herinneringenVan(deadline: Deadline): HerinneringJobData[] {
    if (deadline.status !== 'lopend') return [];
    return herinneringsmomenten(deadline.id, deadline.einde, this.beleid.voor(deadline)).map((gepland) => ({
      deadlineId: deadline.id,
      herinneringSoort: gepland.soort,
      termijnEinde: deadline.einde,
      moment: gepland.moment,
    }));
  }

  /**
   * Plans the reminders of these terms. `gepland` (when given) collects the job ids that should
   * exist, for the reconciler's sweep of jobs no term wants any more.
   */
  async synchroniseer(deadlines: readonly Deadline[], gepland?: Set<string>): Promise<PlanningTelling> {
    const telling = legeTelling();
    telling.deadlines = deadlines.length;
    if (deadlines.length === 0) return telling;
    await this.beleid.laad(deadlines.map((d) => d.gemeente));
    const grens = this.clock.now().getTime() - this.opties.inhaalvensterMs;

    const plaatsen: Plaats[] = [];
    for (const deadline of deadlines) {
      const gewenst = this.herinneringenVan(deadline);
      const soorten = new Set([...gewenst.map((h) => h.herinneringSoort), ...this.beleid.voor(deadline).map(herinneringSoort)]);
      for (const soort of soorten) {
        const herinnering = gewenst.find((h) => h.herinneringSoort === soort);
        plaatsen.push({ jobId: herinneringJobId(deadline.id, soort), ...(herinnering === undefined ? {} : { gewenst: herinnering }) });
      }
    }

    // One round trip for the jobs as they are and for what the case streams say was sent (only
    // a reminder whose moment has come can have been sent).
    const antwoord = await this.bekijk(plaatsen);
    const toevoegen: HerinneringJobData[] = [];
    for (const [index, plaats] of plaatsen.entries()) {
      const [dataJson, finishedOn, verstuurd] = antwoord[index];
      const bestaand = dataJson === null ? undefined : (JSON.parse(dataJson) as HerinneringJobData);
      const bestaandId = bestaand === undefined ? undefined : herinneringIdVan(bestaand);
      let gewenst = plaats.gewenst;
      if (gewenst) {
        if (verstuurd === 1) {
          telling.alVerstuurd += 1;
          gewenst = undefined;
        } else if (Date.parse(gewenst.moment) < grens && bestaandId !== herinneringIdVan(gewenst)) {
          telling.gemist += 1;
          gewenst = undefined;
        }
      }
      if (gewenst) gepland?.add(plaats.jobId);

      if (gewenst === undefined) {
        // A finished job stays (it shows what happened); one still waiting is void.
        if (bestaand === undefined || finishedOn !== null) continue;
        // Still the term's own reminder (late, or retrying): the worker decides, by the case stream.
        if (plaats.gewenst && bestaandId === herinneringIdVan(plaats.gewenst)) continue;
        if ((await this.queue.remove(plaats.jobId)) === 1) telling.verwijderd += 1;
        else telling.bezet += 1;
        continue;
      }
      if (bestaand === undefined) {
        toevoegen.push(gewenst);
        telling.toegevoegd += 1;
      } else if (bestaandId === herinneringIdVan(gewenst) && bestaand.moment === gewenst.moment) {
        telling.ongewijzigd += 1;
      } else if ((await this.queue.remove(plaats.jobId)) === 1) {
        toevoegen.push(gewenst);
        telling.verplaatst += 1;
      } else {
        telling.bezet += 1;
      }
    }
    await this.voegToe(toevoegen);
    return telling;
  }

  /**
   * Per place: the job's data and finishedOn, and whether the verstuurd read model has its
   * reminder. One EVAL per 1,000 places (it blocks Redis while it runs: a few ms), all of them in
   * one pipeline. Every key is passed in KEYS, already under the installation's prefix.
   */
  private async bekijk(plaatsen: readonly Plaats[]): Promise<[string | null, string | null, number][]> {
    const nu = this.clock.now().getTime();
    const verstuurd = verstuurdHash(this.keyPrefix);
    const pipeline = this.redis.pipeline();
    for (let i = 0; i < plaatsen.length; i += BEKIJK_PER_EVAL) {
      const stuk = plaatsen.slice(i, i + BEKIJK_PER_EVAL);
      const keys = [verstuurd, ...stuk.map((plaats) => this.queue.toKey(plaats.jobId))];
      const argv = stuk.map((plaats) => (plaats.gewenst !== undefined && Date.parse(plaats.gewenst.moment) <= nu ? herinneringIdVan(plaats.gewenst) : ''));
      pipeline.eval(BEKIJK_JOBS, keys.length, ...keys, ...argv);
    }
    const antwoord: [string | null, string | null, number][] = [];
    for (const [fout, stuk] of (await pipeline.exec()) ?? []) {
      if (fout) throw fout;
      antwoord.push(...(stuk as [string | null, string | null, number][]));
    }
    if (antwoord.length !== plaatsen.length) throw new Error(`Planning: ${antwoord.length} antwoorden op ${plaatsen.length} jobs`);
    return antwoord;
  }

  private async voegToe(jobs: readonly HerinneringJobData[]): Promise<void> {
    const nu = this.clock.now().getTime();
    const stukken: HerinneringJobData[][] = [];
    for (let i = 0; i < jobs.length; i += 500) stukken.push(jobs.slice(i, i + 500));
    // A few bulks in flight at once: the cost is mostly round trips and BullMQ's own work per job.
    await inParallel(stukken, 4, (stuk) =>
      this.queue.addBulk(
        stuk.map((data) => ({
          name: HERINNERING_JOB,
          data,
          opts: {
            jobId: herinneringJobId(data.deadlineId, data.herinneringSoort),
            delay: Math.max(0, Date.parse(data.moment) - nu),
            attempts: this.opties.pogingen,
            backoff: { type: 'exponential', delay: this.opties.backoffMs },
            // Sent reminders are on the case stream; the queue keeps them a week to show.
            removeOnComplete: { age: 7 * 24 * 3600 },
            removeOnFail: false,
          },
        })),
      ),
    );
  }
}

/** Runs `taak` over the items with at most `tegelijk` at a time. */
export async function inParallel<T>(items: readonly T[], tegelijk: number, taak: (item: T) => Promise<unknown>): Promise<void> {
  let volgende = 0;
  const werkers = Array.from({ length: Math.min(tegelijk, items.length) }, async () => {
    while (volgende < items.length) await taak(items[volgende++]);
  });
  await Promise.all(werkers);
}
