import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import type { VerdaagBeslistermijnBezwaar } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { beslistermijnNa, bezwaar, hersteld, herstelGevraagd, totBezwaar, totSluitingsbesluit, verdaagd } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

const verdaag = (datum = '2021-05-20', velden: Partial<VerdaagBeslistermijnBezwaar> = {}): VerdaagBeslistermijnBezwaar => ({
  type: 'VerdaagBeslistermijnBezwaar',
  zaakId,
  lengte: { aantal: 6, eenheid: 'weken' },
  reden: 'advies van de bezwaarcommissie volgt later',
  datum,
  door,
  ...velden,
});

/*
 * The beslistermijn op bezwaar of this case: the bezwaartermijn ended Wednesday 21 April 2021, so
 * the six weeks of art. 7:10 lid 1 Awb run 22 April through Wednesday 2 June 2021.
 */
describe('damocles: verdaag beslistermijn op bezwaar (art. 7:10 lid 3 Awb)', () => {
  it('art. 7:10 lid 3 Awb: postpones the term once by six weeks, by notice before it ends (2 June + 6 weeks = Wednesday 14 July)', () => {
    given(totBezwaar).when(verdaag()).then([verdaagd('2021-07-14')]);
    expect(beslistermijnNa([...totBezwaar, verdaagd('2021-07-14')])).toBe('2021-07-14');
    expect(fold(damoclesDecider, [...totBezwaar, verdaagd('2021-07-14')])).toMatchObject({
      rechtsbescherming: { beslistermijn: { verdagingen: [{ soort: 'verdaging', lengte: { aantal: 6, eenheid: 'weken' } }], laatsteStap: '2021-05-20' } },
    });
    // On the last day of the term the notice is still in time.
    given(totBezwaar).when(verdaag('2021-06-02')).then([verdaagd('2021-07-14', '2021-06-02')]);
    // Less than six weeks is allowed.
    given(totBezwaar)
      .when(verdaag('2021-05-20', { lengte: { aantal: 3, eenheid: 'weken' } }))
      .then([{ ...verdaagd('2021-06-23'), lengte: { aantal: 3, eenheid: 'weken' } }]);
  });

  it('art. 7:10 lid 2 en 3 Awb: a verdaging after a suspension counts from the moved end, and one during a running suspension by its days so far', () => {
    // Nine days suspended: 11 June; 6 weeks later: 23 July.
    given([...totBezwaar, herstelGevraagd, hersteld]).when(verdaag()).then([verdaagd('2021-07-23')]);
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd, hersteld, verdaagd('2021-07-23')])).toBe('2021-07-23');
    // Notice on Thursday 29 April during the suspension (27 through 29 April so far: three days): 14 July + 3 = 17 July, a Saturday, so Monday 19 July.
    given([...totBezwaar, herstelGevraagd]).when(verdaag('2021-04-29')).then([verdaagd('2021-07-19', '2021-04-29')]);
  });

  it('art. 7:10 lid 1, 3 en 7:13 Awb: with an adviescommissie the term is twelve weeks (through Wednesday 14 July) and a verdaging adds at most six (Wednesday 25 August)', () => {
    const metCommissie = [...totSluitingsbesluit, { ...bezwaar, adviescommissie: true }];
    // 3 June is past the six weeks but within the twelve: still in time.
    given(metCommissie).when(verdaag('2021-06-03')).then([verdaagd('2021-08-25', '2021-06-03')]);
    expect(beslistermijnNa([...metCommissie, verdaagd('2021-08-25', '2021-06-03')])).toBe('2021-08-25');
    given(metCommissie).when(verdaag('2021-07-14')).then([verdaagd('2021-08-25', '2021-07-14')]);
    given(metCommissie).when(verdaag('2021-07-15')).thenRefuses('damocles/beslistermijn-verstreken', 'datum');
    given(metCommissie).when(verdaag('2021-06-03', { lengte: { aantal: 7, eenheid: 'weken' } })).thenRefuses('damocles/verdaging-te-lang', 'lengte');
  });

  it('art. 7:10 lid 3 Awb: refuses a second verdaging, one longer than six weeks, one after the term ended, without reason or objection, and after the beslissing', () => {
    given([...totBezwaar, verdaagd('2021-07-14')]).when(verdaag('2021-06-01')).thenRefuses('damocles/verdaging-al-gebruikt', 'zaakId');
    given(totBezwaar).when(verdaag('2021-05-20', { lengte: { aantal: 7, eenheid: 'weken' } })).thenRefuses('damocles/verdaging-te-lang', 'lengte');
    given(totBezwaar).when(verdaag('2021-05-20', { lengte: { aantal: 2, eenheid: 'maanden' } })).thenRefuses('damocles/verdaging-te-lang', 'lengte');
    given(totBezwaar).when(verdaag('2021-05-20', { lengte: { aantal: 0, eenheid: 'weken' } })).thenRefuses('damocles/termijn-ongeldig', 'lengte');
    given(totBezwaar).when(verdaag('2021-06-03')).thenRefuses('damocles/beslistermijn-verstreken', 'datum');
    // After nine days of suspension the term runs through 11 June: a notice on 3 June is in time.
    given([...totBezwaar, herstelGevraagd, hersteld]).when(verdaag('2021-06-03')).then([verdaagd('2021-07-23', '2021-06-03')]);
    given(totBezwaar).when(verdaag('2021-05-20', { reden: '' })).thenRefuses('damocles/verdaging-zonder-reden', 'reden');
    given(totSluitingsbesluit).when(verdaag()).thenRefuses('damocles/geen-bezwaar', 'zaakId');
    given(totBezwaar).when(verdaag('2021-03-31')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    given([...totBezwaar, herstelGevraagd, hersteld]).when(verdaag('2021-05-05')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    const beslist = { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door } as const;
    given([...totBezwaar, beslist]).when(verdaag()).thenRefuses('damocles/bezwaar-al-beslist', 'zaakId');
  });
});
