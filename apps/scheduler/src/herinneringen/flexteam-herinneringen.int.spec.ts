import { verzoekContext, verzoekDecider, type VerzoekCommand, type VerzoekEvent } from '@handhaving/domain-flexteam';
import { fold, type Decider } from '@handhaving/domain-shared';
import { voorbeeldBeleid } from '@handhaving/policy';
import { describeWith, redisForTests } from '@handhaving/testing';
import { draai } from '../test-support/draai';
import { HandmatigeKlok, SchedulerOmgeving } from '../test-support/scheduler-harness';
import { herinneringsmomenten } from './herinneringsmomenten';

/*
 * Kerkrade, 2027. A flexteam control on Monday 1 March found a registration in the BRP wrong at
 * one address and an unsafe fire escape at another: two requests, each answered within four weeks
 * (the gemeente's term, not the law's: through Monday 29 March, not extended). The BRP answers on
 * Thursday 25 March, after the first reminders were recorded on its stream; bouw- en
 * woningtoezicht never answers, so every reminder of its term goes out, the last after it.
 */

const redisUrl = redisForTests('scheduler: flexteam reminders');
const beleid = voorbeeldBeleid();
const door = 'toezichthouder@gemeente.example';

describeWith(redisUrl)('scheduler: the reminders of an outgoing request’s antwoordtermijn (real Redis, embedded store)', () => {
  let omgeving: SchedulerOmgeving;

  beforeEach(async () => {
    omgeving = await new SchedulerOmgeving(redisUrl ?? '').start();
  });

  afterEach(async () => {
    await omgeving.close();
  });

  /** Decides the commands against the stream as stored (reminders included) and appends what they give. */
  function beslisser(streamId: string) {
    const decider = verzoekDecider as Decider<VerzoekCommand, VerzoekEvent, unknown>;
    return async (commands: VerzoekCommand[]): Promise<bigint> => {
      const events = (await omgeving.store.readStream(streamId)).map((e) => ({ ...(e.data as object), type: e.type }) as VerzoekEvent);
      const nieuw = commands.flatMap((command) => decider.decide(command, fold(decider, events)));
      return omgeving.leg(streamId, nieuw.map((event) => ({ ...event })), door);
    };
  }

  it('remind of the answer until it comes; an answer after a reminder is recorded meets the term', async () => {
    const klok = new HandmatigeKlok('2027-03-01T07:00:00Z');
    const scheduler = await omgeving.scheduler({ config: { reconcileIntervalMs: 24 * 3_600_000 }, overrides: { clock: klok, wekkerMs: 20 } });
    const brpId = '00000000-0000-4000-8000-00000000f0a1';
    const bwtId = '00000000-0000-4000-8000-00000000f0a2';
    const brp = verzoekContext.streamId(brpId);
    const bwt = verzoekContext.streamId(bwtId);
    const herkomst = (pandSleutel: string, bevinding: 'brp-onjuist' | 'brandonveilig') => ({ context: 'flexteam', zaakId: '00000000-0000-4000-8000-00000000f0a0', pandSleutel, bevinding }) as const;
    const stap = (zaakId: string, datum: string) => ({ zaakId, datum, door, vandaag: datum });

    await draai(omgeving, klok, [scheduler], '2027-04-10T00:00:00Z', [
      {
        op: '2027-03-01T15:00:00Z',
        doe: async () => {
          await beslisser(brp)([{ type: 'VerstuurVerzoek', ...stap(brpId, '2027-03-01'), gemeente: 'GM0928', aan: 'brp', pand: { postcode: '6461AB', huisnummer: 10 }, herkomst: herkomst('adres:6461AB-10', 'brp-onjuist') }]);
          return beslisser(bwt)([{ type: 'VerstuurVerzoek', ...stap(bwtId, '2027-03-01'), gemeente: 'GM0928', aan: 'bouw-en-woningtoezicht', pand: { postcode: '6461AB', huisnummer: 14 }, herkomst: herkomst('adres:6461AB-14', 'brandonveilig') }]);
        },
      },
      { op: '2027-03-25T09:00:00Z', doe: () => beslisser(brp)([{ type: 'RegistreerAntwoord', ...stap(brpId, '2027-03-25'), uitkomst: 'gecorrigeerd' }]) },
    ]);

    const momenten = (streamId: string) => herinneringsmomenten(`${streamId}.antwoordtermijn`, '2027-03-29', beleid.herinneringen.standaard).map((m) => ({ herinneringId: m.herinneringId, gepland: m.moment }));
    const van = async (streamId: string) => (await omgeving.verstuurd(streamId)).filter((r) => r.deadlineId === `${streamId}.antwoordtermijn`).map((r) => ({ herinneringId: r.herinneringId, gepland: r.gepland }));

    // The BRP: only the reminders before its answer; bouw- en woningtoezicht: all of them.
    const voorHetAntwoord = momenten(brp).filter((m) => m.gepland < '2027-03-25T09:00:00Z');
    expect(voorHetAntwoord.length).toBeGreaterThan(0);
    expect(await van(brp)).toEqual(voorHetAntwoord);
    expect(await van(bwt)).toEqual(momenten(bwt));

    // The answer came after a reminder was recorded on the request's stream, and was taken.
    const typen = (await omgeving.store.readStream(brp)).map((e) => e.type);
    expect(typen.indexOf('HerinneringVerstuurd')).toBeGreaterThan(-1);
    expect(typen.indexOf('HerinneringVerstuurd')).toBeLessThan(typen.indexOf('VerzoekBeantwoord'));
  });
});
