import { readCheckpoint } from '@handhaving/projections';
import type { Queue } from 'bullmq';
import type { HerinneringJobData } from '../herinneringen/herinnering-job';
import { PLANNING_PROJECTIE } from '../herinneringen/planning.projection';
import { totdat, type HandmatigeKlok, type SchedulerInstantie, type SchedulerOmgeving } from './scheduler-harness';

/** A step recorded at a moment: `doe` appends it and returns the position of its last event. */
export interface Handeling {
  readonly op: string;
  readonly doe: () => Promise<bigint>;
}

/**
 * Runs the clock from reminder moment to reminder moment (and to the moments steps are recorded)
 * until `tot`, each time waiting until every reminder due has been handled.
 */
export async function draai(omgeving: SchedulerOmgeving, klok: HandmatigeKlok, schedulers: readonly SchedulerInstantie[], tot: string, handelingen: Handeling[] = []): Promise<void> {
  const queue = schedulers[0].service.queue as unknown as Queue<HerinneringJobData>;
  const wacht = [...handelingen].sort((a, b) => (a.op < b.op ? -1 : 1));
  for (;;) {
    const delayed = await queue.getDelayed(0, -1);
    const momenten = delayed.filter((job) => job.attemptsMade === 0).map((job) => Date.parse(job.data.moment));
    const volgendeHerinnering = momenten.length === 0 ? Infinity : Math.min(...momenten);
    const volgendeHandeling = wacht.length === 0 ? Infinity : Date.parse(wacht[0].op);
    const volgende = Math.min(volgendeHerinnering, volgendeHandeling);
    if (volgende > Date.parse(tot)) return;
    klok.zet(Math.max(volgende, klok.now().getTime()));
    if (volgendeHandeling <= volgendeHerinnering) {
      const handeling = wacht.shift();
      if (handeling === undefined) break;
      const positie = await handeling.doe();
      // Whichever instance runs the planning processor (the other is fenced out): its checkpoint is in Redis.
      await totdat(() => readCheckpoint(omgeving.redis, omgeving.keyPrefix, PLANNING_PROJECTIE), (c) => (c ?? 0n) >= positie, 10_000, 'planning');
      continue;
    }
    await totdat(
      async () => {
        const counts = await queue.getJobCounts('wait', 'active', 'prioritized');
        const nogTeDoen = (await queue.getDelayed(0, -1)).filter((job) => Date.parse(job.data.moment) <= klok.now().getTime()).length;
        return counts['wait'] + counts['active'] + counts['prioritized'] + nogTeDoen;
      },
      (open) => open === 0,
      15_000,
      `herinneringen van ${klok.now().toISOString()} afgehandeld`,
    );
  }
}
