import { describeWith, redisForTests } from '@handhaving/testing';
import { tijdstipInAmsterdam } from '@handhaving/termijnen';
import { damocles, SchedulerOmgeving, totdat, verschovenKlok } from '../test-support/scheduler-harness';
import { PLANNING_PROJECTIE } from './planning.projection';

const redisUrl = redisForTests('scheduler: real time');

describeWith(redisUrl)('scheduler in real time: BullMQ delays, the machine clock shifted to a chosen day (real Redis)', () => {
  let omgeving: SchedulerOmgeving;

  beforeAll(async () => {
    omgeving = await new SchedulerOmgeving(redisUrl ?? '').start();
  });

  afterAll(async () => {
    await omgeving.close();
  });

  it('a reminder fires at its moment, within 1 s, and is recorded on the case', async () => {
    // Wednesday 15 December 2027, 08:00 in Kerkrade, arrives 2 s from now.
    const moment = Date.parse(tijdstipInAmsterdam('2027-12-15', 8, 0));
    const aankomst = Date.now() + 2_000;
    const klok = verschovenKlok(moment - aankomst);
    const scheduler = await omgeving.scheduler({ overrides: { clock: klok } });
    const id = '00000000-0000-4000-8000-000000000777';
    const s = `damocles-${id}`;
    // A zienswijzetermijn ending today: only the reminder on the last day is still to come
    // (the one 5 werkdagen before was missed by more than the inhaalvenster, the one after is tomorrow).
    const positie = await omgeving.leg(s, [damocles.rapportage(id, '2027-12-01'), damocles.voornemen(id, '2027-12-01', '2027-12-15')]);
    expect(await scheduler.service.leesmodellen.waitForPosition(positie, 10_000, PLANNING_PROJECTIE)).toBe(true);
    expect(Date.now()).toBeLessThan(aankomst);

    const [verstuurd] = await totdat(() => omgeving.verstuurd(s), (v) => v.length > 0, 8_000, 'HerinneringVerstuurd');
    const ontvangst = omgeving.webhook.ontvangen[0];
    expect(ontvangst.herinneringId).toBe(`${s}.zienswijzetermijn.op-einddag-0800.2027-12-15`);
    const teLaat = ontvangst.ontvangenOp - aankomst;
    process.stdout.write(`real-time reminder delivered ${teLaat} ms after its moment\n`);
    expect(teLaat).toBeGreaterThanOrEqual(0);
    expect(teLaat).toBeLessThan(1_000);
    expect(verstuurd).toMatchObject({ gepland: new Date(moment).toISOString(), termijnEinde: '2027-12-15', kanalen: ['webhook'], datum: '2027-12-15' });
    expect(Date.parse(verstuurd.verstuurdOp) - moment).toBeLessThan(1_000);
    await scheduler.stop();
  });

  it('a receiver that fails is retried with back-off; when every attempt failed the job is failed and visible, nothing is recorded', async () => {
    const moment = Date.parse(tijdstipInAmsterdam('2027-12-22', 8, 0));
    const klok = verschovenKlok(moment - (Date.now() + 300));
    omgeving.webhook.gedrag = 'fout';
    const scheduler = await omgeving.scheduler({ config: { pogingen: 3, backoffMs: 100 }, overrides: { clock: klok } });
    const id = '00000000-0000-4000-8000-000000000888';
    const s = `damocles-${id}`;
    await omgeving.leg(s, [damocles.rapportage(id, '2027-12-08'), damocles.voornemen(id, '2027-12-08', '2027-12-22')]);
    const jobId = `${s}.zienswijzetermijn.op-einddag-0800`;
    const job = await totdat(() => scheduler.service.queue.getJob(jobId), (j) => j?.finishedOn !== undefined, 8_000, 'job afgerond');
    expect(await job?.getState()).toBe('failed');
    expect(job?.attemptsMade).toBe(3);
    expect(job?.failedReason).toContain('webhook antwoordde 503');
    expect(omgeving.webhook.aantal(`${jobId}.2027-12-22`)).toBe(3);
    expect(await omgeving.verstuurd(s)).toEqual([]);

    // Retried by installatiebeheer (the board's button does this) once the receiver is back: sent and recorded once.
    omgeving.webhook.gedrag = 'ok';
    await job?.retry('failed');
    await totdat(() => omgeving.verstuurd(s), (v) => v.length === 1, 8_000, 'verstuurd na opnieuw proberen');
    await scheduler.stop();
  });
});
