import { kamerverhuurtrajectContext, kamerverhuurvergunningContext, trajectDecider, vergunningDecider, type TrajectCommand, type TrajectEvent, type VergunningCommand, type VergunningEvent } from '@handhaving/domain-kamerverhuur';
import { fold, type Decider } from '@handhaving/domain-shared';
import { herinneringenVoor, voorbeeldBeleid, type HerinneringTermijnsoort } from '@handhaving/policy';
import { describeWith, redisForTests } from '@handhaving/testing';
import { draai } from '../test-support/draai';
import { HandmatigeKlok, SchedulerOmgeving } from '../test-support/scheduler-harness';
import { herinneringsmomenten } from './herinneringsmomenten';

/*
 * Kerkrade, 2027. A pand at 6461 AB 12: an aanvraag for a kamerverhuurvergunning received Monday
 * 1 March (eight weeks, through Monday 26 April: art. 4:13 Awb), granted on Monday 12 April for a
 * period through Wednesday 30 June; meanwhile a traject about its woningsplitsing sends a voornemen
 * on Monday 3 May with two weeks for a zienswijze: through Monday 17 May, Pinkstermaandag, so
 * Tuesday 18 May (art. 1 Atw). The reminders of each term go out at their moments and no later
 * than the step that meets them; the permit's expiry is reminded of as a term of its own; and after
 * reminders were recorded on their streams, both cases take their next step.
 */

const redisUrl = redisForTests('scheduler: kamerverhuur reminders');
const beleid = voorbeeldBeleid();
const door = 'medewerker@gemeente.example';

describeWith(redisUrl)('scheduler: the reminders of a kamerverhuurvergunning and a handhavingstraject (real Redis, embedded store)', () => {
  let omgeving: SchedulerOmgeving;

  beforeEach(async () => {
    omgeving = await new SchedulerOmgeving(redisUrl ?? '').start();
  });

  afterEach(async () => {
    await omgeving.close();
  });

  /** Decides the commands against the stream as stored (reminders included) and appends what they give. */
  function beslisser<C, E extends { type: string }, S>(decider: Decider<C, E, S>, streamId: string) {
    return async (commands: C[]): Promise<bigint> => {
      let events = (await omgeving.store.readStream(streamId)).map((e) => ({ ...(e.data as object), type: e.type }) as E);
      const nieuw: E[] = [];
      for (const command of commands) {
        const besloten = decider.decide(command, fold(decider, events));
        events = [...events, ...besloten];
        nieuw.push(...besloten);
      }
      return omgeving.leg(streamId, nieuw.map((event) => ({ ...event })), door);
    };
  }

  it('remind of the beslistermijn until the permit is granted, of its expiry, and of the zienswijzetermijn; the cases go on after their reminders', async () => {
    const klok = new HandmatigeKlok('2027-03-01T07:00:00Z');
    const scheduler = await omgeving.scheduler({ config: { reconcileIntervalMs: 24 * 3_600_000 }, overrides: { clock: klok, wekkerMs: 20 } });
    const vergunningId = '00000000-0000-4000-8000-00000000c0a1';
    const trajectId = '00000000-0000-4000-8000-00000000c0a2';
    const v = kamerverhuurvergunningContext.streamId(vergunningId);
    const t = kamerverhuurtrajectContext.streamId(trajectId);
    const vergunning = beslisser<VergunningCommand, VergunningEvent, unknown>(vergunningDecider as Decider<VergunningCommand, VergunningEvent, unknown>, v);
    const traject = beslisser<TrajectCommand, TrajectEvent, unknown>(trajectDecider as Decider<TrajectCommand, TrajectEvent, unknown>, t);
    const pand = { registerZaakId: '00000000-0000-4000-8000-00000000c0a0', pandSleutel: 'adres:6461AB-12' };
    const stap = (zaakId: string, datum: string) => ({ zaakId, datum, door, vandaag: datum });

    await draai(omgeving, klok, [scheduler], '2027-07-15T00:00:00Z', [
      {
        op: '2027-03-01T09:00:00Z',
        doe: () => vergunning([{ type: 'VraagVergunningAan', ...stap(vergunningId, '2027-03-01'), gemeente: 'GM0928', ...pand, aanvragerId: 'b-aanvrager', aantalKamers: 4, ontvangstdatum: '2027-03-01' }]),
      },
      { op: '2027-04-12T09:00:00Z', doe: () => vergunning([{ type: 'VerleenVergunning', ...stap(vergunningId, '2027-04-12'), ingangsdatum: '2027-04-12', einddatum: '2027-06-30' }]) },
      {
        op: '2027-05-03T09:00:00Z',
        doe: () =>
          traject([
            {
              type: 'RegistreerConstatering',
              ...stap(trajectId, '2027-05-03'),
              gemeente: 'GM0928',
              ...pand,
              soort: 'woningsplitsing',
              overtrederId: 'b-eigenaar',
              constateringsdatum: '2027-05-03',
              toezichthouder: 'toezichthouder J. Smeets',
              bevindingen: 'twee woningen met eigen voordeur achter één adres',
            },
            { type: 'VerzendVoornemen', ...stap(trajectId, '2027-05-03'), verzenddatum: '2027-05-03', zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true } },
          ]),
      },
      // After the zienswijzetermijn's reminders were recorded on the traject's stream: its next steps.
      {
        op: '2027-05-20T09:00:00Z',
        doe: () =>
          traject([
            { type: 'StelVastDatZienswijzetermijnVerstreken', ...stap(trajectId, '2027-05-20') },
            {
              type: 'LegLastOnderBestuursdwangOp',
              ...stap(trajectId, '2027-05-20'),
              besluitdatum: '2027-05-20',
              begunstigingstermijn: { lengte: { aantal: 8, eenheid: 'weken' }, verlengAlsAtw: true },
              omschrijving: 'maak de splitsing ongedaan: één woning achter één voordeur',
            },
          ]),
      },
    ]);

    const momenten = (streamId: string, soort: HerinneringTermijnsoort | 'looptijd', einde: string) =>
      herinneringsmomenten(`${streamId}.${soort}`, einde, soort === 'looptijd' ? beleid.herinneringen.standaard : herinneringenVoor(beleid, soort)).map((m) => ({ herinneringId: m.herinneringId, gepland: m.moment }));
    const van = async (streamId: string, soort: string) => (await omgeving.verstuurd(streamId)).filter((r) => r.deadlineId === `${streamId}.${soort}`).map((r) => ({ herinneringId: r.herinneringId, gepland: r.gepland }));

    // The beslistermijn (through 26 April): only its reminders before the verlening on 12 April went out.
    const beslistermijn = momenten(v, 'beslistermijn-aanvraag', '2027-04-26').filter((m) => m.gepland < '2027-04-12T09:00:00Z');
    expect(await van(v, 'beslistermijn-aanvraag')).toEqual(beslistermijn);
    // The permit lapses on Wednesday 30 June: reminded of as the policy's standard list, the last after it (nothing recorded its verval).
    expect(await van(v, 'looptijd')).toEqual(momenten(v, 'looptijd', '2027-06-30'));
    // The zienswijzetermijn through Tuesday 18 May (Pinkstermaandag moved by the Atw).
    expect(await van(t, 'zienswijzetermijn')).toEqual(momenten(t, 'zienswijzetermijn', '2027-05-18'));

    // Reminders were recorded on both streams, and both cases took their next step after them.
    const trajectEvents = await omgeving.store.readStream(t);
    const typen = trajectEvents.map((e) => e.type);
    expect(typen.indexOf('HerinneringVerstuurd')).toBeGreaterThan(-1);
    expect(typen.indexOf('HerinneringVerstuurd')).toBeLessThan(typen.indexOf('LastOnderBestuursdwangOpgelegd'));
    expect(fold(trajectDecider, trajectEvents.map((e) => ({ ...(e.data as object), type: e.type }) as TrajectEvent))).toMatchObject({ status: 'last-opgelegd' });
    expect((await omgeving.store.readStream(v)).some((e) => e.type === 'HerinneringVerstuurd')).toBe(true);
  });
});
