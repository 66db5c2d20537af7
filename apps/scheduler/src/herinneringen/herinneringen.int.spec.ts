import { fold } from '@handhaving/domain-shared';
import { dwangsomDecider, dwangsomStreamId, type DwangsomCommand, type DwangsomEvent } from '@handhaving/domain-dwangsom';
import { redisForTests, describeWith } from '@handhaving/testing';
import { herinneringenVoor, voorbeeldBeleid, type HerinneringTermijnsoort } from '@handhaving/policy';
import { DEADLINES_PROJECTIE } from '@handhaving/read-models';
import type { Queue } from 'bullmq';
import { draai } from '../test-support/draai';
import { damocles, HandmatigeKlok, SchedulerOmgeving, totdat } from '../test-support/scheduler-harness';
import { herinneringIdVan, type HerinneringJobData } from './herinnering-job';
import { herinneringsmomenten } from './herinneringsmomenten';
import { PLANNING_PROJECTIE } from './planning.projection';

const redisUrl = redisForTests('scheduler: herinneringen');
const beleid = voorbeeldBeleid();

const zaak = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const stream = (zaakId: string): string => `damocles-${zaakId}`;

/** The reminders the standard policy sets for a term, as herinneringIds with their moments. */
function verwacht(streamId: string, soort: string, einde: string, behalve: string[] = []): { herinneringId: string; gepland: string }[] {
  return herinneringsmomenten(`${streamId}.${soort}`, einde, herinneringenVoor(beleid, soort as HerinneringTermijnsoort))
    .filter((m) => !behalve.includes(m.soort))
    .map((m) => ({ herinneringId: m.herinneringId, gepland: m.moment }));
}

describeWith(redisUrl)('scheduler: reminders on BullMQ with a clock the test moves (real Redis, embedded store)', () => {
  let omgeving: SchedulerOmgeving;

  beforeEach(async () => {
    omgeving = await new SchedulerOmgeving(redisUrl ?? '').start();
  });

  afterEach(async () => {
    await omgeving.close();
  });

  it('a year of one case: every reminder fires once at its moment; a step met voids the rest; a term that moves takes its reminders along', async () => {
    const klok = new HandmatigeKlok('2027-03-01T07:00:00Z'); // Monday 1 March 2027, 08:00 in Kerkrade
    // No reconciliation in the middle of the year: it repairs the queue on a real-time interval
    // (replacing a job it finds stale), and a job briefly away from the delayed set lets `draai`
    // jump past its moment on a loaded machine (a reminder then went out two weeks late).
    // Reconciliation has its own tests.
    const scheduler = await omgeving.scheduler({ config: { reconcileIntervalMs: 24 * 3_600_000 }, overrides: { clock: klok, wekkerMs: 20 } });
    const id = zaak(1);
    const s = stream(id);
    await draai(omgeving, klok, [scheduler], '2028-03-01T00:00:00Z', [
      { op: '2027-03-01T07:00:00Z', doe: () => omgeving.leg(s, [damocles.rapportage(id, '2027-03-01'), damocles.voornemen(id, '2027-03-01', '2027-03-15')]) },
      // No zienswijze: all three reminders of the zienswijzetermijn go out.
      { op: '2027-03-22T09:00:00Z', doe: () => omgeving.leg(s, [damocles.sluitingsbesluit(id, '2027-03-22', '2027-05-03', '2027-04-12')]) },
      // Closed on the last day of the begunstigingstermijn, before its 08:00 reminder: that one and the one after are void.
      { op: '2027-04-12T05:30:00Z', doe: () => omgeving.leg(s, [damocles.sluitingUitgevoerd(id, '2027-04-12', '2027-10-12')]) },
      // On objection the closure is shortened to three months: the sluitingsduur now ends 12 July.
      { op: '2027-06-15T10:00:00Z', doe: () => omgeving.leg(s, [damocles.sluitingGewijzigdOpBezwaar(id, '2027-06-15', '2027-07-27', '2027-07-12')]) },
    ]);

    const verstuurd = await omgeving.verstuurd(s);
    const gepland = [
      ...verwacht(s, 'zienswijzetermijn', '2027-03-15'),
      ...verwacht(s, 'begunstigingstermijn', '2027-04-12', ['op-einddag-0800', 'na-einde-1wd-0800']),
      ...verwacht(s, 'bezwaartermijn', '2027-05-03'),
      ...verwacht(s, 'sluitingsduur', '2027-07-12'),
      ...verwacht(s, 'beroepstermijn', '2027-07-27'),
    ].sort((a, b) => (a.gepland < b.gepland ? -1 : 1));
    expect(verstuurd.map((v) => ({ herinneringId: v.herinneringId, gepland: v.gepland }))).toEqual(gepland);
    // Each at its moment by the clock; the clock jumped exactly there.
    for (const v of verstuurd) expect(Date.parse(v.verstuurdOp) - Date.parse(v.gepland)).toBeLessThan(60_000);
    // The sluitingsduur's reminders for its old end (12 October) never went out.
    expect(verstuurd.some((v) => v.termijnEinde === '2027-10-12')).toBe(false);
    // Delivered once each, under the reminder's id as idempotency key.
    expect(omgeving.webhook.ontvangen.map((o) => o.idempotencyKey).sort()).toEqual(gepland.map((g) => g.herinneringId).sort());
  });

  /*
   * Art. 7:10 Awb. Sluitingsbesluit bekendgemaakt Monday 22 March 2027: bezwaartermijn through
   * Monday 3 May; an objection's beslistermijn runs 4 May through Monday 14 June 2027 (lid 1).
   */
  it('a suspension of the beslistermijn op bezwaar moves its reminders (art. 7:10 lid 2 Awb), and so does a verdaging (lid 3): the old moments never fire, the new ones once', async () => {
    const klok = new HandmatigeKlok('2027-03-01T07:00:00Z');
    const scheduler = await omgeving.scheduler({ config: { reconcileIntervalMs: 24 * 3_600_000 }, overrides: { clock: klok, wekkerMs: 20 } });
    const queue = scheduler.service.queue as unknown as Queue<HerinneringJobData>;
    const a = zaak(400);
    const b = zaak(401);
    const [sa, sb] = [stream(a), stream(b)];
    let laatste = 0n;
    const leg = async (streamId: string, events: { type: string; [veld: string]: unknown }[]): Promise<bigint> => (laatste = await omgeving.leg(streamId, events));
    const beslistermijnJobs = async (streamId: string) => (await queue.getDelayed(0, -1)).filter((job) => job.data.deadlineId === `${streamId}.beslistermijn-bezwaar`).map((job) => job.data);

    await draai(omgeving, klok, [scheduler], '2027-08-15T00:00:00Z', [
      ...[a, b].map((id) => ({
        op: '2027-03-22T09:00:00Z',
        doe: () => leg(stream(id), [damocles.rapportage(id, '2027-03-01'), damocles.sluitingsbesluit(id, '2027-03-22', '2027-05-03', '2027-04-12')]),
      })),
      ...[a, b].map((id) => ({ op: '2027-04-20T09:00:00Z', doe: () => leg(stream(id), [damocles.bezwaar(id, '2027-04-20', '2027-05-03')]) })),
      // A: asked Monday 10 May to repair an omission; the term stands still from 11 May: no reminder while it does.
      { op: '2027-05-10T09:00:00Z', doe: () => leg(sa, [damocles.herstelVerzuimGevraagd(a, '2027-05-10', '2027-05-11', '2027-05-24')]) },
      {
        op: '2027-05-15T09:00:00Z',
        doe: async () => {
          expect(await beslistermijnJobs(sa)).toEqual([]);
          expect((await beslistermijnJobs(sb)).map((job) => job.termijnEinde)).toEqual(['2027-06-14', '2027-06-14', '2027-06-14']);
          return laatste;
        },
      },
      // Repaired Thursday 20 May: 11 through 19 May stood still, nine days: 14 June + 9 = Wednesday 23 June.
      { op: '2027-05-20T09:00:00Z', doe: () => leg(sa, [damocles.verzuimHersteld(a, '2027-05-20', '2027-05-11', '2027-05-19')]) },
      // B: postponed by six weeks on Tuesday 8 June, after the reminder 5 werkdagen before 14 June went out: 14 June + 6 weeks = Monday 26 July.
      { op: '2027-06-08T09:00:00Z', doe: () => leg(sb, [damocles.beslistermijnVerdaagd(b, '2027-06-08', 6, '2027-07-26')]) },
    ]);

    const vanBeslistermijn = async (streamId: string) => (await omgeving.verstuurd(streamId)).filter((v) => v.termijnsoort === 'beslistermijn-bezwaar');
    const volgorde = (lijst: { herinneringId: string; gepland: string }[]) => [...lijst].sort((x, y) => (x.gepland < y.gepland ? -1 : 1));
    const verstuurdA = await vanBeslistermijn(sa);
    expect(verstuurdA.map((v) => ({ herinneringId: v.herinneringId, gepland: v.gepland }))).toEqual(volgorde(verwacht(sa, 'beslistermijn-bezwaar', '2027-06-23')));
    const verstuurdB = await vanBeslistermijn(sb);
    expect(verstuurdB.map((v) => ({ herinneringId: v.herinneringId, gepland: v.gepland }))).toEqual(
      volgorde([...verwacht(sb, 'beslistermijn-bezwaar', '2027-06-14', ['op-einddag-0800', 'na-einde-1wd-0800']), ...verwacht(sb, 'beslistermijn-bezwaar', '2027-07-26')]),
    );
    // Each at its moment, recorded and delivered once.
    for (const v of [...verstuurdA, ...verstuurdB]) expect(Date.parse(v.verstuurdOp) - Date.parse(v.gepland)).toBeLessThan(60_000);
    const ids = [...verstuurdA, ...verstuurdB].map((v) => v.herinneringId);
    expect(new Set(ids).size).toBe(ids.length);
    const afgeleverd = omgeving.webhook.ontvangen.map((o) => o.idempotencyKey).filter((key) => key.includes('.beslistermijn-bezwaar.'));
    expect(afgeleverd.sort()).toEqual([...ids].sort());
  });

  /*
   * Art. 7:10 lid 1 en 7:13 Awb: the same bezwaartermijn (through Monday 3 May 2027), but an
   * adviescommissie advises: twelve weeks, through Monday 26 July 2027. Only that end is reminded.
   */
  it('a bezwaar with an adviescommissie is reminded of its twelve-week end (art. 7:10 lid 1, 7:13 Awb), never of the six-week one', async () => {
    const klok = new HandmatigeKlok('2027-03-01T07:00:00Z');
    const scheduler = await omgeving.scheduler({ config: { reconcileIntervalMs: 24 * 3_600_000 }, overrides: { clock: klok, wekkerMs: 20 } });
    const c = zaak(402);
    const sc = stream(c);
    await draai(omgeving, klok, [scheduler], '2027-08-15T00:00:00Z', [
      { op: '2027-03-22T09:00:00Z', doe: () => omgeving.leg(sc, [damocles.rapportage(c, '2027-03-01'), damocles.sluitingsbesluit(c, '2027-03-22', '2027-05-03', '2027-04-12')]) },
      { op: '2027-04-20T09:00:00Z', doe: () => omgeving.leg(sc, [{ ...damocles.bezwaar(c, '2027-04-20', '2027-05-03'), adviescommissie: true }]) },
    ]);
    const verstuurd = (await omgeving.verstuurd(sc)).filter((v) => v.termijnsoort === 'beslistermijn-bezwaar');
    expect(verstuurd.map((v) => ({ herinneringId: v.herinneringId, gepland: v.gepland }))).toEqual(
      [...verwacht(sc, 'beslistermijn-bezwaar', '2027-07-26')].sort((x, y) => (x.gepland < y.gepland ? -1 : 1)),
    );
    expect(verstuurd.some((v) => v.termijnEinde === '2027-06-14')).toBe(false);
  });

  /*
   * A dwangsom case driven through its own decider, on a stream that also receives the
   * scheduler's HerinneringVerstuurd: each later step must still be taken (a reminder recorded
   * on a dwangsom case once made every later command fail). The planning processor alone plans
   * the terms a case has one of per subject (a verjaring per verbeuring, art. 5:35 Awb; a
   * bezwaartermijn per invorderingsbeschikking): the reconciler does not run during the test.
   */
  it('dwangsom: each verbeuring’s verjaring and each invorderingsbeschikking’s bezwaartermijn are planned live, and steps after a recorded reminder still go through', async () => {
    const klok = new HandmatigeKlok('2027-03-01T07:00:00Z');
    const scheduler = await omgeving.scheduler({ config: { reconcileIntervalMs: 24 * 3_600_000 }, overrides: { clock: klok, wekkerMs: 20 } });
    const id = zaak(500);
    const s = dwangsomStreamId(id);
    const door = 'medewerker@gemeente.example';
    const decideer = async (commands: DwangsomCommand[]): Promise<bigint> => {
      let events: DwangsomEvent[] = (await omgeving.store.readStream(s)).map((e) => ({ ...(e.data as object), type: e.type }) as DwangsomEvent);
      const nieuw: DwangsomEvent[] = [];
      for (const command of commands) {
        const besloten = dwangsomDecider.decide(command, fold(dwangsomDecider, events));
        events = [...events, ...besloten];
        nieuw.push(...besloten);
      }
      return omgeving.leg(s, nieuw.map((event) => ({ ...event })));
    };
    const controle = (dag: string, van: string): DwangsomCommand => ({
      type: 'RegistreerControle',
      zaakId: id,
      controledatum: dag,
      uitkomst: { soort: 'overtreding', van, omschrijving: 'dealen gezien door BOA' },
      datum: dag,
      door,
    });

    await draai(omgeving, klok, [scheduler], '2028-05-01T00:00:00Z', [
      {
        op: '2027-03-01T07:00:00Z',
        doe: () =>
          decideer([
            {
              type: 'OpenDwangsomzaak',
              zaakId: id,
              gemeente: 'GM0928',
              grondslag: { soort: 'apv', artikel: 'art. 2:74a APV Kerkrade' },
              overtrederId: 'b-dealer',
              overtreding: 'handel in drugs op straat',
              constateringsdatum: '2027-03-01',
              thema: 'drugshandel',
              datum: '2027-03-01',
              door,
            },
            { type: 'VerzendVoornemen', zaakId: id, verzenddatum: '2027-03-01', zienswijzetermijn: { einde: '2027-03-15' }, datum: '2027-03-01', door },
          ]),
      },
      // No zienswijze: its three reminders are recorded on the stream before the last is imposed.
      {
        op: '2027-03-22T09:00:00Z',
        doe: () =>
          decideer([
            { type: 'StelVastDatZienswijzetermijnVerstreken', zaakId: id, datum: '2027-03-22', door },
            {
              type: 'LegLastOp',
              zaakId: id,
              vorm: { soort: 'preventieve-last' },
              bedrag: { soort: 'per-overtreding', bedragCent: 250_000 },
              maximumCent: 1_000_000,
              bekendmakingsdatum: '2027-03-22',
              datum: '2027-03-22',
              door,
            },
          ]),
      },
      { op: '2027-04-06T09:00:00Z', doe: () => decideer([controle('2027-04-06', '2027-04-05')]) },
      { op: '2027-04-20T09:00:00Z', doe: () => decideer([controle('2027-04-20', '2027-04-19')]) },
      // Verbeuring 1 is collected in time: its verjaring is met; verbeuring 2 is left to run towards its verjaring.
      { op: '2027-05-10T09:00:00Z', doe: () => decideer([{ type: 'VerzendInvorderingsbeschikking', zaakId: id, verbeuring: 1, bekendmakingsdatum: '2027-05-10', datum: '2027-05-10', door }]) },
    ]);

    const verstuurd = await omgeving.verstuurd(s);
    const van = (deadlineId: string) => verstuurd.filter((v) => v.deadlineId === deadlineId).map((v) => ({ herinneringId: v.herinneringId, gepland: v.gepland }));
    const momenten = (deadlineId: string, soort: HerinneringTermijnsoort, einde: string) =>
      herinneringsmomenten(deadlineId, einde, herinneringenVoor(beleid, soort)).map((m) => ({ herinneringId: m.herinneringId, gepland: m.moment }));

    // The zienswijzetermijn's reminders went out before the steps that followed them.
    expect(van(`${s}.zienswijzetermijn`)).toEqual(momenten(`${s}.zienswijzetermijn`, 'zienswijzetermijn', '2027-03-15'));
    // Art. 5:35 Awb: verbeuring 2 (19 April 2027) verjaart after 19 April 2028; reminders 20 and 5 werkdagen before, and on the day.
    expect(van(`${s}.verjaring-dwangsom.verbeuring-2`)).toEqual(momenten(`${s}.verjaring-dwangsom.verbeuring-2`, 'verjaring-dwangsom', '2028-04-19'));
    // Verbeuring 1 was collected on 10 May 2027: none of its verjaring reminders went out.
    expect(van(`${s}.verjaring-dwangsom.verbeuring-1`)).toEqual([]);
    // The invorderingsbeschikking of Monday 10 May 2027: bezwaar through Monday 21 June (art. 6:7, 6:8 Awb).
    expect(van(`${s}.bezwaartermijn.invordering-1`)).toEqual(momenten(`${s}.bezwaartermijn.invordering-1`, 'bezwaartermijn', '2027-06-21'));
    // The case took every step after reminders were recorded on it, and reads as the decider left it.
    const events = (await omgeving.store.readStream(s)).map((e) => ({ ...(e.data as object), type: e.type }) as DwangsomEvent);
    expect(fold(dwangsomDecider, events)).toMatchObject({ status: 'last-van-kracht', invorderingen: [{ invordering: 1, verbeuring: 1 }] });
  });

  it('meeting the step removes the waiting reminders at once, not only when they would fire', async () => {
    const klok = new HandmatigeKlok('2027-03-01T07:00:00Z');
    const scheduler = await omgeving.scheduler({ config: { reconcileIntervalMs: 24 * 3_600_000 }, overrides: { clock: klok, wekkerMs: 20 } });
    const queue = scheduler.service.queue;
    const id = zaak(2);
    const s = stream(id);
    const positie = await omgeving.leg(s, [damocles.rapportage(id, '2027-03-01'), damocles.voornemen(id, '2027-03-01', '2027-03-15')]);
    await scheduler.service.leesmodellen.waitForPosition(positie, 10_000, PLANNING_PROJECTIE);
    expect((await queue.getDelayed(0, -1)).map((job) => job.id).sort()).toEqual(
      ['na-einde-1wd-0800', 'op-einddag-0800', 'voor-einde-5wd-0800'].map((soort) => `${s}.zienswijzetermijn.${soort}`),
    );
    const gemeld = await omgeving.leg(s, [damocles.zienswijze(id, '2027-03-03')]);
    await scheduler.service.leesmodellen.waitForPosition(gemeld, 10_000, PLANNING_PROJECTIE);
    expect(await queue.getDelayed(0, -1)).toEqual([]);
    await draai(omgeving, klok, [scheduler], '2027-04-01T00:00:00Z');
    expect(await omgeving.verstuurd(s)).toEqual([]);
    expect(omgeving.webhook.ontvangen).toEqual([]);
  });

  it('a job that fires right after its term was met or moved is void: the worker judges by the term after the case\'s last step', async () => {
    const klok = new HandmatigeKlok('2027-03-01T07:00:00Z');
    // No worker: the test fires the jobs itself, before the planning had a chance to remove them.
    const scheduler = await omgeving.scheduler({ overrides: { clock: klok, worker: false } });
    const { verzending, leesmodellen } = scheduler.service;
    const job = (deadlineId: string, soort: string, einde: string): HerinneringJobData => {
      const gepland = herinneringsmomenten(deadlineId, einde, herinneringenVoor(beleid, deadlineId.split('.')[1] as HerinneringTermijnsoort)).find((m) => m.soort === soort);
      if (gepland === undefined) throw new Error(`geen herinnering ${soort}`);
      return { deadlineId, herinneringSoort: soort, termijnEinde: einde, moment: gepland.moment };
    };

    // Met: the zienswijze is recorded and the reminder fires the same instant.
    const a = zaak(300);
    const sa = stream(a);
    await leesmodellen.waitForPosition(await omgeving.leg(sa, [damocles.rapportage(a, '2027-03-01'), damocles.voornemen(a, '2027-03-01', '2027-03-15')]), 10_000, DEADLINES_PROJECTIE);
    await omgeving.leg(sa, [damocles.zienswijze(a, '2027-03-03')]);
    klok.zet('2027-03-15T07:00:00Z'); // the reminder's moment: before it, a job is put back (te-vroeg.int.spec.ts)
    expect(await verzending.verwerk(job(`${sa}.zienswijzetermijn`, 'op-einddag-0800', '2027-03-15'))).toMatchObject({ uitkomst: 'vervallen', reden: 'termijn voldaan: zienswijze ontvangen' });

    // Moved: the closure is shortened on objection; the reminder for its old end fires the same instant.
    const b = zaak(301);
    const sb = stream(b);
    const uitgevoerd = await omgeving.leg(sb, [
      damocles.rapportage(b, '2027-03-01'),
      damocles.voornemen(b, '2027-03-01', '2027-03-15'),
      damocles.sluitingsbesluit(b, '2027-03-22', '2027-05-03', '2027-04-12'),
      damocles.sluitingUitgevoerd(b, '2027-04-12', '2027-10-12'),
    ]);
    await leesmodellen.waitForPosition(uitgevoerd, 10_000, DEADLINES_PROJECTIE);
    await omgeving.leg(sb, [damocles.sluitingGewijzigdOpBezwaar(b, '2027-06-15', '2027-07-27', '2027-07-12')]);
    klok.zet('2027-10-12T06:00:00Z');
    expect(await verzending.verwerk(job(`${sb}.sluitingsduur`, 'op-einddag-0800', '2027-10-12'))).toMatchObject({
      uitkomst: 'vervallen',
      reden: 'termijn eindigt nu op 2027-07-12, niet op 2027-10-12',
    });
    expect(omgeving.webhook.ontvangen).toEqual([]);

    // The reminder for the new end goes out, once; firing it again finds it on the case stream.
    const nieuw = job(`${sb}.sluitingsduur`, 'op-einddag-0800', '2027-07-12');
    expect(await verzending.verwerk(nieuw)).toMatchObject({ uitkomst: 'verstuurd', herinneringId: herinneringIdVan(nieuw) });
    expect(await verzending.verwerk(nieuw)).toEqual({ uitkomst: 'al-verstuurd', herinneringId: herinneringIdVan(nieuw) });
    expect(omgeving.webhook.ontvangen.map((o) => o.idempotencyKey)).toEqual([herinneringIdVan(nieuw)]);
    expect(await omgeving.verstuurd(sa)).toEqual([]);
    expect((await omgeving.verstuurd(sb)).map((v) => v.herinneringId)).toEqual([herinneringIdVan(nieuw)]);
  });

  it('FLUSHALL and a restart lose no reminder still due and send none again that went out (read models rebuilt, queue reconciled)', async () => {
    const klok = new HandmatigeKlok('2027-03-01T07:00:00Z');
    let scheduler = await omgeving.scheduler({ overrides: { clock: klok, wekkerMs: 20 } });
    const zaken = Array.from({ length: 20 }, (_, i) => zaak(100 + i));
    let positie = 0n;
    for (const [i, id] of zaken.entries()) {
      const einde = `2027-03-${String(15 + (i % 3)).padStart(2, '0')}`; // 15, 16, 17 March
      positie = await omgeving.leg(stream(id), [damocles.rapportage(id, '2027-03-01'), damocles.voornemen(id, '2027-03-01', einde)]);
    }
    await scheduler.service.leesmodellen.waitForPosition(positie, 10_000, PLANNING_PROJECTIE);
    expect(await scheduler.service.queue.getDelayedCount()).toBe(60);
    // The reminders 5 werkdagen before go out.
    await draai(omgeving, klok, [scheduler], '2027-03-10T12:00:00Z');
    const voor = (await Promise.all(zaken.map((id) => omgeving.verstuurd(stream(id))))).flat();
    expect(voor).toHaveLength(20);

    await scheduler.stop();
    await omgeving.wisRedis();
    scheduler = await omgeving.scheduler({ overrides: { clock: klok, wekkerMs: 20 } });
    const reconcile = await totdat(() => scheduler.service.reconciler.run(), (r) => r !== undefined, 20_000, 'reconcile na herstart');
    expect(reconcile).toMatchObject({ deadlines: 20 });
    // Every reminder still due is back; none of those already sent is planned again.
    const ids = (await scheduler.service.queue.getDelayed(0, -1)).map((job) => herinneringIdVan(job.data));
    expect(ids).toHaveLength(40);
    for (const v of voor) expect(ids).not.toContain(v.herinneringId);

    await draai(omgeving, klok, [scheduler], '2027-04-01T00:00:00Z');
    const alles = (await Promise.all(zaken.map((id) => omgeving.verstuurd(stream(id))))).flat();
    expect(alles).toHaveLength(60);
    expect(new Set(alles.map((v) => v.herinneringId)).size).toBe(60);
    for (const v of alles) expect(omgeving.webhook.aantal(v.herinneringId)).toBe(1);
  });

  it('two scheduler instances side by side never send a reminder twice', async () => {
    const klok = new HandmatigeKlok('2027-03-01T07:00:00Z');
    const een = await omgeving.scheduler({ overrides: { clock: klok, wekkerMs: 10 } });
    const twee = await omgeving.scheduler({ config: { runsReadModels: false }, overrides: { clock: klok, wekkerMs: 10 } });
    const zaken = Array.from({ length: 30 }, (_, i) => zaak(200 + i));
    await draai(omgeving, klok, [een, twee], '2027-04-01T00:00:00Z', [
      {
        op: '2027-03-01T07:00:00Z',
        doe: async () => {
          let positie = 0n;
          for (const id of zaken) positie = await omgeving.leg(stream(id), [damocles.rapportage(id, '2027-03-01'), damocles.voornemen(id, '2027-03-01', '2027-03-15')]);
          return positie;
        },
      },
    ]);
    // Both reconcile as well (on start and now): still one job per reminder.
    await Promise.all([een.service.reconciler.run(), twee.service.reconciler.run()]);
    const alles = (await Promise.all(zaken.map((id) => omgeving.verstuurd(stream(id))))).flat();
    expect(alles).toHaveLength(90);
    expect(new Set(alles.map((v) => v.herinneringId)).size).toBe(90);
    expect(omgeving.webhook.ontvangen).toHaveLength(90);
    expect(new Set(omgeving.webhook.ontvangen.map((o) => o.idempotencyKey)).size).toBe(90);
  });
});
