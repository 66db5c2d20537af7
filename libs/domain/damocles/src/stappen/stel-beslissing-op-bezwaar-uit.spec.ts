import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import type { StelBeslissingOpBezwaarUit } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import type { BeslistermijnBezwaarUitgesteld } from '../damocles.events';
import { door, zaakId } from './zaak.spec-support';
import { beslistermijnNa, bezwaar, totBezwaar, totSluitingsbesluit, verdaagd } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

const reden = 'bezwaarmaker wil eerst een deskundigenrapport overleggen';

const stelUit = (datum = '2021-05-20', velden: Partial<StelBeslissingOpBezwaarUit> = {}): StelBeslissingOpBezwaarUit => ({
  type: 'StelBeslissingOpBezwaarUit',
  zaakId,
  lengte: { aantal: 8, eenheid: 'weken' },
  reden,
  instemming: { indienerOp: '2021-05-18', andereBelanghebbenden: 'niet-geschaad' },
  datum,
  door,
  ...velden,
});

const uitgesteld = (beslistermijnEinde: string, velden: Partial<BeslistermijnBezwaarUitgesteld> = {}): BeslistermijnBezwaarUitgesteld => ({
  type: 'BeslistermijnBezwaarUitgesteld',
  zaakId,
  lengte: { aantal: 8, eenheid: 'weken' },
  reden,
  instemming: { indienerOp: '2021-05-18', andereBelanghebbenden: 'niet-geschaad' },
  beslistermijnEinde,
  datum: '2021-05-20',
  door,
  ...velden,
});

/*
 * The beslistermijn op bezwaar of this case: the bezwaartermijn ended Wednesday 21 April 2021, so
 * the six weeks of art. 7:10 lid 1 Awb run 22 April through Wednesday 2 June 2021.
 */
describe('damocles: stel beslissing op bezwaar uit met instemming (art. 7:10 lid 4 Awb)', () => {
  it('art. 7:10 lid 4 Awb: postpones the term with the bezwaarmaker’s consent, without a verdaging first (2 June + 8 weeks = Wednesday 28 July)', () => {
    given(totBezwaar).when(stelUit()).then([uitgesteld('2021-07-28')]);
    const na = [...totBezwaar, uitgesteld('2021-07-28')];
    expect(beslistermijnNa(na)).toBe('2021-07-28');
    expect(fold(damoclesDecider, na)).toMatchObject({
      rechtsbescherming: { beslistermijn: { verdagingen: [{ soort: 'uitstel', lengte: { aantal: 8, eenheid: 'weken' } }], laatsteStap: '2021-05-20' } },
    });
    // Other belanghebbenden who consented serve as well as ones who cannot be harmed.
    const ingestemd = { indienerOp: '2021-05-18', andereBelanghebbenden: 'ingestemd' } as const;
    given(totBezwaar).when(stelUit('2021-05-20', { instemming: ingestemd })).then([uitgesteld('2021-07-28', { instemming: ingestemd })]);
  });

  it('art. 7:10 lid 3 en 4 Awb: "verder uitstel" after the verdaging (14 July + 4 weeks = Wednesday 11 August), more than once, and a verdaging may still follow an uitstel', () => {
    const naVerdaging = [...totBezwaar, verdaagd('2021-07-14')];
    const vierWeken = { lengte: { aantal: 4, eenheid: 'weken' } } as const;
    given(naVerdaging)
      .when(stelUit('2021-07-01', { ...vierWeken, instemming: { indienerOp: '2021-06-30', andereBelanghebbenden: 'niet-geschaad' } }))
      .then([uitgesteld('2021-08-11', { ...vierWeken, instemming: { indienerOp: '2021-06-30', andereBelanghebbenden: 'niet-geschaad' }, datum: '2021-07-01' })]);
    // A second uitstel of two weeks on the 28 July end: 11 August.
    const eersteUitstel = uitgesteld('2021-07-28');
    given([...totBezwaar, eersteUitstel])
      .when(stelUit('2021-07-20', { lengte: { aantal: 2, eenheid: 'weken' } }))
      .then([uitgesteld('2021-08-11', { lengte: { aantal: 2, eenheid: 'weken' }, datum: '2021-07-20' })]);
    // The verdaging of lid 3 was not used: six weeks on 28 July is Wednesday 8 September.
    given([...totBezwaar, eersteUitstel]).when({ type: 'VerdaagBeslistermijnBezwaar', zaakId, lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies volgt later', datum: '2021-06-01', door }).then([
      { type: 'BeslistermijnBezwaarVerdaagd', zaakId, lengte: { aantal: 6, eenheid: 'weken' }, reden: 'advies volgt later', beslistermijnEinde: '2021-09-08', datum: '2021-06-01', door },
    ]);
  });

  it('art. 7:10 lid 1, 4 en 7:13 Awb: with an adviescommissie it postpones the twelve-week end (14 July + 8 weeks = Wednesday 8 September)', () => {
    given([...totSluitingsbesluit, { ...bezwaar, adviescommissie: true }]).when(stelUit('2021-06-10')).then([uitgesteld('2021-09-08', { datum: '2021-06-10' })]);
  });

  it('art. 7:10 lid 4 Awb: refuses without the bezwaarmaker’s consent, when others may be harmed, without reason, after the term ended, and out of order', () => {
    given(totBezwaar)
      .when(stelUit('2021-05-20', { instemming: undefined as unknown as StelBeslissingOpBezwaarUit['instemming'] }))
      .thenRefuses('damocles/uitstel-zonder-instemming', 'instemming');
    given(totBezwaar)
      .when(stelUit('2021-05-20', { instemming: { indienerOp: '2021-05-18', andereBelanghebbenden: 'geschaad' as 'ingestemd' } }))
      .thenRefuses('damocles/uitstel-schaadt-anderen', 'instemming.andereBelanghebbenden');
    given(totBezwaar).when(stelUit('2021-05-20', { reden: ' ' })).thenRefuses('damocles/uitstel-zonder-reden', 'reden');
    given(totBezwaar).when(stelUit('2021-05-20', { lengte: { aantal: 0, eenheid: 'weken' } })).thenRefuses('damocles/termijn-ongeldig', 'lengte');
    // The term ran through 2 June: on 3 June there is nothing left to postpone.
    given(totBezwaar).when(stelUit('2021-06-03')).thenRefuses('damocles/beslistermijn-verstreken', 'datum');
    given(totBezwaar).when(stelUit('2021-06-02')).then([uitgesteld('2021-07-28', { datum: '2021-06-02' })]);
    given(totBezwaar)
      .when(stelUit('2021-05-20', { instemming: { indienerOp: '2021-03-31', andereBelanghebbenden: 'niet-geschaad' } }))
      .thenRefuses('damocles/datum-voor-vorige-stap', 'instemming.indienerOp');
    given(totBezwaar)
      .when(stelUit('2021-05-17'))
      .thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    given(totBezwaar)
      .when({ ...stelUit('2021-05-20', { instemming: { indienerOp: '2021-05-22', andereBelanghebbenden: 'niet-geschaad' } }), vandaag: '2021-05-20' })
      .thenRefuses('damocles/datum-in-de-toekomst', 'instemming.indienerOp');
    given(totSluitingsbesluit).when(stelUit()).thenRefuses('damocles/geen-bezwaar', 'zaakId');
    const beslist = { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door } as const;
    given([...totBezwaar, beslist]).when(stelUit()).thenRefuses('damocles/bezwaar-al-beslist', 'zaakId');
  });
});
