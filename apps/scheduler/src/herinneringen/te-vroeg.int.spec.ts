import { describeWith, redisForTests } from '@handhaving/testing';
import { tijdstipInAmsterdam } from '@handhaving/termijnen';
import { damocles, HandmatigeKlok, SchedulerOmgeving, totdat } from '../test-support/scheduler-harness';

const redisUrl = redisForTests('scheduler: te vroeg');

describeWith(redisUrl)('a reminder promoted before its moment is not delivered early (real Redis, embedded store)', () => {
  let omgeving: SchedulerOmgeving;

  beforeAll(async () => {
    omgeving = await new SchedulerOmgeving(redisUrl ?? '').start();
  });

  afterAll(async () => {
    await omgeving.close();
  });

  it('promoted 19 days early on the board: not delivered nor recorded, delayed again until its moment, then delivered once', async () => {
    // Monday 20 December 2027, 08:00 in Kerkrade: the reminder on the last day of a zienswijzetermijn.
    const moment = new Date(Date.parse(tijdstipInAmsterdam('2027-12-20', 8, 0))).toISOString();
    const klok = new HandmatigeKlok(Date.parse(moment) - 19 * 24 * 3_600_000);
    const scheduler = await omgeving.scheduler({ http: true, config: { reconcileIntervalMs: 24 * 3_600_000 }, overrides: { clock: klok, wekkerMs: 20 } });
    const zaakId = '00000000-0000-4000-8000-000000000e01';
    const s = `damocles-${zaakId}`;
    const jobId = `${s}.zienswijzetermijn.op-einddag-0800`;
    const herinneringId = `${jobId}.2027-12-20`;
    await omgeving.leg(s, [damocles.rapportage(zaakId, '2027-11-29'), damocles.voornemen(zaakId, '2027-11-29', '2027-12-20')]);
    const { queue } = scheduler.service;
    await totdat(() => queue.getJob(jobId), (job) => job !== undefined, 10_000, 'herinnering gepland');
    expect(await queue.getJobState(jobId)).toBe('delayed');

    const token = await omgeving.token(['installatiebeheer']);
    const promoted = await fetch(`${scheduler.url}/admin/queues/api/queues/herinneringen/${encodeURIComponent(jobId)}/promote`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(promoted.status).toBeLessThan(300);

    // The worker takes it, finds its moment 19 days ahead and puts it back.
    const terug = await totdat(
      async () => {
        const job = await queue.getJob(jobId);
        return { state: await queue.getJobState(jobId), processedOn: job?.processedOn, delay: job?.delay, attemptsMade: job?.attemptsMade };
      },
      (j) => j.processedOn !== undefined && j.state === 'delayed',
      10_000,
      'weer uitgesteld',
    );
    expect(terug.attemptsMade).toBe(0);
    expect(Math.abs((terug.delay ?? 0) - (Date.parse(moment) - klok.now().getTime()))).toBeLessThan(10_000);
    expect(await omgeving.verstuurd(s)).toEqual([]);
    expect(omgeving.webhook.aantal(herinneringId)).toBe(0);

    // Its moment comes: delivered once, recorded once, as planned.
    klok.zet(moment);
    const verstuurd = await totdat(
      async () => (await omgeving.verstuurd(s)).filter((v) => v.herinneringId === herinneringId),
      (v) => v.length > 0,
      10_000,
      'verstuurd op het moment',
    );
    expect(verstuurd).toEqual([expect.objectContaining({ herinneringId, gepland: moment, verstuurdOp: moment })]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(omgeving.webhook.aantal(herinneringId)).toBe(1);
    expect((await omgeving.verstuurd(s)).filter((v) => v.herinneringId === herinneringId)).toHaveLength(1);
    await scheduler.stop();
  }, 60_000);
});
