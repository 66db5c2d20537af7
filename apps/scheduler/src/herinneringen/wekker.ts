import type { Clock } from '@handhaving/event-store';
import type { Queue } from 'bullmq';
import type { HerinneringJobData } from './herinnering-job';

/**
 * With a clock that is not the machine's (a test running a year in seconds), BullMQ's own delays
 * say nothing: the wekker promotes every delayed reminder whose moment that clock has passed.
 * It reads every delayed job, so it runs only with such a clock; with the system clock BullMQ's
 * delays fire the jobs by themselves.
 */
export async function wekDoorDeKlok(queue: Queue, clock: Clock, pagina = 500): Promise<number> {
  const nu = clock.now().getTime();
  const due: { promote(): Promise<void> }[] = [];
  for (let start = 0; ; start += pagina) {
    const jobs = await queue.getDelayed(start, start + pagina - 1);
    for (const job of jobs) {
      // A retry waits for its back-off, not for the clock.
      if (job.attemptsMade === 0 && Date.parse((job.data as HerinneringJobData).moment) <= nu) due.push(job);
    }
    if (jobs.length < pagina) break;
  }
  let gewekt = 0;
  for (const job of due) {
    await job.promote().then(
      () => (gewekt += 1),
      () => undefined, // fired or moved meanwhile
    );
  }
  return gewekt;
}
