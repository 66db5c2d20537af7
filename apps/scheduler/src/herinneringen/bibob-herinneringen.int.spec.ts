import { bibobDecider, bibobStreamId, type BibobCommand, type BibobEvent } from '@handhaving/domain-bibob';
import { fold } from '@handhaving/domain-shared';
import { herinneringenVoor, voorbeeldBeleid, type HerinneringTermijnsoort } from '@handhaving/policy';
import { describeWith, redisForTests } from '@handhaving/testing';
import { draai } from '../test-support/draai';
import { HandmatigeKlok, SchedulerOmgeving } from '../test-support/scheduler-harness';
import { herinneringsmomenten } from './herinneringsmomenten';

/*
 * A Bibob toets is secret (art. 28 Wet Bibob): its reminders name the toets and the term, never
 * its contents — not even in sealed form. The toets below carries sealed content in every step
 * that has any (as the API seals it); its terms on the shared deadline list get their reminders
 * live, and the toets takes its next steps after reminders were recorded on its stream.
 */

const redisUrl = redisForTests('scheduler: Bibob reminders');
const beleid = voorbeeldBeleid();
const ZEGEL = 'A256GCM.1.ZEGEL-7c41';
const zegel = (n: number) => ({ verzegeld: `${ZEGEL}.${n}` });

describeWith(redisUrl)('scheduler: the reminders of a Bibob toets (real Redis, embedded store)', () => {
  let omgeving: SchedulerOmgeving;

  beforeEach(async () => {
    omgeving = await new SchedulerOmgeving(redisUrl ?? '').start();
  });

  afterEach(async () => {
    await omgeving.close();
  });

  it('the LBB advice term and the zienswijzetermijn are reminded of by name, the beslistermijn stands still while suspended, and no reminder holds content', async () => {
    const klok = new HandmatigeKlok('2027-03-01T07:00:00Z');
    const scheduler = await omgeving.scheduler({ config: { reconcileIntervalMs: 24 * 3_600_000 }, overrides: { clock: klok, wekkerMs: 20 } });
    const zaakId = '00000000-0000-4000-8000-0000000b1b0b';
    const s = bibobStreamId(zaakId);
    const door = 'bibob-coordinator@gemeente.example';
    const decideer = async (commands: BibobCommand[]): Promise<bigint> => {
      let events = (await omgeving.store.readStream(s)).map((e) => ({ ...(e.data as object), type: e.type }) as BibobEvent);
      const nieuw: BibobEvent[] = [];
      for (const command of commands) {
        const besloten = bibobDecider.decide(command, fold(bibobDecider, events));
        events = [...events, ...besloten];
        nieuw.push(...besloten);
      }
      return omgeving.leg(s, nieuw.map((event) => ({ ...event })), door);
    };
    const stap = (datum: string) => ({ zaakId, datum, door });

    await draai(omgeving, klok, [scheduler], '2027-07-01T00:00:00Z', [
      {
        op: '2027-03-01T07:00:00Z',
        doe: () =>
          decideer([
            {
              type: 'StartToets',
              ...stap('2027-03-01'),
              gemeente: 'GM0928',
              startdatum: '2027-03-01',
              aanleiding: { soort: 'aanvraag', aanvraagtype: 'exploitatievergunning-horeca', ontvangstdatum: '2027-03-01', aanvragerId: 'b-exploitant' },
            },
            { type: 'VraagGegevensOp', ...stap('2027-03-01'), soort: 'vragenformulier', verzenddatum: '2027-03-01', omschrijving: zegel(1) },
          ]),
      },
      { op: '2027-03-15T09:00:00Z', doe: () => decideer([{ type: 'RegistreerOntvangstGegevens', ...stap('2027-03-15'), ontvangstdatum: '2027-03-15' }]) },
      {
        op: '2027-03-22T09:00:00Z',
        doe: () =>
          decideer([
            { type: 'RondEigenOnderzoekAf', ...stap('2027-03-22'), uitkomst: 'advies-nodig', bevindingen: zegel(2) },
            // Eight weeks for the LBB (art. 15 Wet Bibob) end on Monday 17 May 2027, Pinkstermaandag: the Atw
            // (art. 1) moves the end to Tuesday 18 May. The beslistermijn stands still meanwhile.
            { type: 'VraagLbbAdvies', ...stap('2027-03-22'), verzenddatum: '2027-03-22', betrokkeneGeinformeerdOp: '2027-03-22' },
          ]),
      },
      // The advice comes late, after its term's reminders went out: the toets goes on.
      { op: '2027-05-26T09:00:00Z', doe: () => decideer([{ type: 'RegistreerLbbAdvies', ...stap('2027-05-26'), ontvangstdatum: '2027-05-26', conclusie: 'ernstige-mate', advies: zegel(3) }]) },
      {
        op: '2027-05-28T09:00:00Z',
        doe: () =>
          decideer([
            {
              type: 'VerzendVoornemen',
              ...stap('2027-05-28'),
              strekking: 'weigeren',
              verzenddatum: '2027-05-28',
              zienswijzetermijn: { lengte: { aantal: 2, eenheid: 'weken' }, verlengAlsAtw: true },
              motivering: zegel(4),
            },
          ]),
      },
    ]);

    const verstuurd = await omgeving.verstuurd(s);
    const van = (soort: string) => verstuurd.filter((v) => v.deadlineId === `${s}.${soort}`).map((v) => ({ herinneringId: v.herinneringId, gepland: v.gepland }));
    const momenten = (soort: HerinneringTermijnsoort, einde: string) => herinneringsmomenten(`${s}.${soort}`, einde, herinneringenVoor(beleid, soort)).map((m) => ({ herinneringId: m.herinneringId, gepland: m.moment }));

    // Every reminder of the LBB's term (through 18 May 2027) went out, the last after its end: the advice came on the 26th.
    expect(van('lbb-advies')).toEqual(momenten('lbb-advies', '2027-05-18'));
    // The zienswijzetermijn of the voornemen of Friday 28 May 2027: two weeks, through Friday 11 June.
    expect(van('zienswijzetermijn')).toEqual(momenten('zienswijzetermijn', '2027-06-11'));

    // The aanvraag of Monday 1 March 2027: eight weeks to Monday 26 April (art. 4:13 Awb), standing still 13 days for the
    // vragenformulier (2–14 March, art. 4:15 lid 1 sub a Awb) and the LBB's eight weeks at most (art. 32 Wet Bibob):
    // 69 days later is Sunday 4 July, so Monday 5 July (art. 1 Atw). No reminder went out for the end it had before.
    expect(van('beslistermijn-aanvraag')).toEqual(momenten('beslistermijn-aanvraag', '2027-07-05').filter((m) => m.gepland < '2027-07-01'));
    expect(van('beslistermijn-aanvraag')).toHaveLength(1);
    // What the municipality received names the toets and the term, and holds nothing of its contents.
    const bodies = omgeving.webhook.ontvangen.map((o) => o.body);
    expect(bodies.length).toBe(verstuurd.length);
    for (const body of bodies) {
      expect(body).not.toContain(ZEGEL);
      expect(body).not.toContain('verzegeld');
      expect(JSON.parse(body)).toMatchObject({ context: 'bibob', zaakId, streamId: s });
    }
    expect(JSON.stringify(verstuurd)).not.toContain(ZEGEL);
    // The toets took every step after reminders were recorded on its stream.
    const events = (await omgeving.store.readStream(s)).map((e) => ({ ...(e.data as object), type: e.type }) as BibobEvent);
    expect(fold(bibobDecider, events)).toMatchObject({ status: 'voornemen-verzonden' });
  });
});
