import { fold, HERINNERING_VERSTUURD, VREEMDE_EVENTS, verdraagtVreemdeEvents } from '@handhaving/domain-shared';
import { trajectDecider } from './traject.decider';
import type { TrajectEvent } from './traject.events';
import { evolveTraject } from './traject.evolve';
import { bestuursdwang, beslist, bezwaarIngediend, dwangsomGekozen, geconstateerd, hercontrole, inBeroep, lastOpgelegd, naHercontrole, nietNageleefd, opgelegd, stap, zaakId } from './stappen/traject.spec-support';

const vreemd = VREEMDE_EVENTS as unknown as TrajectEvent[];

describe('kamerverhuur traject: evolve', () => {
  it('passes by events it does not know (a HerinneringVerstuurd, a newer version’s type) at every stage', () => {
    expect(vreemd.map((e) => e.type)).toContain(HERINNERING_VERSTUURD);
    for (const events of [[geconstateerd], naHercontrole, opgelegd, nietNageleefd, bestuursdwang, inBeroep, [geconstateerd, dwangsomGekozen()]]) {
      const state = fold(trajectDecider, events);
      for (const event of vreemd) expect(evolveTraject(state, event)).toBe(state);
    }
    expect(evolveTraject({ status: 'onbekend' }, vreemd[0])).toEqual({ status: 'onbekend' });
  });

  it('decides the same with foreign events mixed into the stream', () => {
    verdraagtVreemdeEvents(trajectDecider, opgelegd, hercontrole('2020-05-14', 'overtreding'));
    verdraagtVreemdeEvents(trajectDecider, inBeroep, { type: 'RegistreerUitspraakOpBeroep', ...stap, uitkomst: 'ongegrond', uitspraakdatum: '2020-11-10', datum: '2020-11-10' });
  });

  it('leaves the state as it was for an event out of place: a last before the zienswijzefase, a bezwaar without a last, a second constatering', () => {
    const gevonden = fold(trajectDecider, [geconstateerd]);
    expect(evolveTraject(gevonden, lastOpgelegd)).toBe(gevonden);
    expect(evolveTraject(gevonden, bezwaarIngediend)).toBe(gevonden);
    expect(evolveTraject(gevonden, beslist('gegrond'))).toBe(gevonden);
    expect(evolveTraject(gevonden, { ...geconstateerd, soort: 'woningsplitsing' })).toBe(gevonden);
    expect(evolveTraject({ status: 'onbekend' }, bezwaarIngediend)).toEqual({ status: 'onbekend' });
  });

  it('folds the bestuursdwang route into one state', () => {
    expect(fold(trajectDecider, bestuursdwang)).toEqual({
      status: 'bestuursdwang-toegepast',
      zaak: { zaakId, gemeente: 'GM0928', registerZaakId: '0b6c5a1e-7c1f-5d1e-9c39-3f1f2d6a8b10', pandSleutel: 'adres:6461AB-12', soort: 'kamerverhuur', overtrederId: 'b-eigenaar', constateringsdatum: '2020-02-06' },
      hercontroles: [
        { controledatum: '2020-02-25', uitkomst: 'overtreding', na: 'vooraankondiging' },
        { controledatum: '2020-05-14', uitkomst: 'overtreding', na: 'last-onder-bestuursdwang' },
      ],
      vooraankondiging: { verzenddatum: '2020-02-10', hersteltermijnEinde: '2020-02-24' },
      voornemen: { verzenddatum: '2020-03-03', zienswijzetermijnEinde: '2020-03-17', aan: ['b-eigenaar'], zienswijzen: [], termijnVerstreken: true },
      last: {
        besluitdatum: '2020-03-18',
        bekendmakingsdatum: '2020-03-18',
        begunstigingstermijn: { einde: '2020-05-13', lengte: { aantal: 8, eenheid: 'weken' }, verlengdAlsAtw: true },
        omschrijving: 'beëindig de verhuur van kamers aan meer dan één huishouden',
        bezwaartermijnEinde: '2020-04-29',
      },
      toepassing: { uitvoeringsdatum: '2020-06-02', kosten: { bedragCent: 125_000 } },
      laatsteStap: '2020-06-02',
    });
  });
});
