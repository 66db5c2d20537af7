import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import type { VraagHerstelVerzuim } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import type { OpschortingBeslistermijnBeeindigd } from '../damocles.events';
import { door, zaakId } from './zaak.spec-support';
import { beslistermijnNa, eindeOpschorting, hersteld, herstelGevraagd, totBesluit, totBezwaar, totSluitingsbesluit } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

const vraagHerstel = (datum = '2021-04-26', velden: Partial<VraagHerstelVerzuim> = {}): VraagHerstelVerzuim => ({
  type: 'VraagHerstelVerzuim',
  zaakId,
  verzuim: 'de gronden van het bezwaar ontbreken',
  hersteltermijnEinde: '2021-05-10',
  datum,
  door,
  ...velden,
});

/*
 * The beslistermijn op bezwaar of this case: the bezwaartermijn ended Wednesday 21 April 2021, so
 * the six weeks of art. 7:10 lid 1 Awb run 22 April through Wednesday 2 June 2021.
 */
describe('damocles: vraag herstel verzuim, the beslistermijn op bezwaar suspended (art. 7:10 lid 2 Awb)', () => {
  it('art. 7:10 lid 2 Awb: a request to repair an omission suspends the term from the day after; evolve keeps it running', () => {
    given(totBezwaar).when(vraagHerstel()).then([herstelGevraagd]);
    expect(beslistermijnNa(totBezwaar)).toBe('2021-06-02');
    const state = fold(damoclesDecider, [...totBezwaar, herstelGevraagd]);
    expect(state).toMatchObject({ rechtsbescherming: { beslistermijn: { lopend: { gevraagdOp: '2021-04-26', hersteltermijnEinde: '2021-05-10', opschorting: { van: '2021-04-27' } }, laatsteStap: '2021-04-26' } } });
    // Counted through Friday 30 April: four days, 2 June + 4 = Sunday 6 June, so Monday 7 June (art. 1 Atw).
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd], '2021-04-30')).toBe('2021-06-07');
  });

  it('art. 7:10 lid 2 Awb: a second request after the first suspension ended suspends again, and both count', () => {
    const tweede = { ...herstelGevraagd, verzuim: 'de handtekening ontbreekt', hersteltermijnEinde: '2021-05-31', opgeschortVanaf: '2021-05-18', datum: '2021-05-17' };
    given([...totBezwaar, herstelGevraagd, hersteld]).when(vraagHerstel('2021-05-17', { verzuim: 'de handtekening ontbreekt', hersteltermijnEinde: '2021-05-31' })).then([tweede]);
    const tweedeHersteld: OpschortingBeslistermijnBeeindigd = { ...hersteld, opschorting: { van: '2021-05-18', totEnMet: '2021-05-19' }, datum: '2021-05-20' };
    // Nine days and two: 2 June + 11 = Sunday 13 June, so Monday 14 June (art. 1 Atw).
    expect(beslistermijnNa([...totBezwaar, herstelGevraagd, hersteld, tweede, tweedeHersteld])).toBe('2021-06-14');
  });

  it('art. 7:10 lid 2 Awb: refuses a request without an objection, after the beslissing, while one runs, without verzuim, with a hersteltermijn not after it, before the objection, or on the last day of the term', () => {
    given(totSluitingsbesluit).when(vraagHerstel()).thenRefuses('damocles/geen-bezwaar', 'zaakId');
    given(totBesluit).when(vraagHerstel()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    const beslist = { type: 'BeslissingOpBezwaarGenomen', zaakId, uitkomst: 'ongegrond', bekendmakingsdatum: '2021-05-12', beroepstermijnEinde: '2021-06-23', datum: '2021-05-12', door } as const;
    given([...totBezwaar, beslist]).when(vraagHerstel('2021-05-13')).thenRefuses('damocles/bezwaar-al-beslist', 'zaakId');
    given([...totBezwaar, herstelGevraagd]).when(vraagHerstel('2021-04-28')).thenRefuses('damocles/opschorting-loopt-al', 'zaakId');
    given(totBezwaar).when(vraagHerstel('2021-04-26', { verzuim: ' ' })).thenRefuses('damocles/verzuim-zonder-omschrijving', 'verzuim');
    given(totBezwaar).when(vraagHerstel('2021-04-26', { hersteltermijnEinde: '2021-04-26' })).thenRefuses('damocles/termijn-ongeldig', 'hersteltermijnEinde');
    given(totBezwaar).when(vraagHerstel('2021-04-26', { hersteltermijnEinde: '10-05-2021' })).thenRefuses('damocles/datum-ongeldig', 'hersteltermijnEinde');
    given(totBezwaar).when(vraagHerstel('2021-03-31')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    given([...totBezwaar, herstelGevraagd, hersteld]).when(vraagHerstel('2021-05-05')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    // On the last day the term has nothing left to stand still for; the day before still counts one day.
    given(totBezwaar).when(vraagHerstel('2021-06-02', { hersteltermijnEinde: '2021-06-16' })).thenRefuses('damocles/beslistermijn-verstreken', 'datum');
    given(totBezwaar)
      .when(vraagHerstel('2021-06-01', { hersteltermijnEinde: '2021-06-16' }))
      .then([{ ...herstelGevraagd, hersteltermijnEinde: '2021-06-16', opgeschortVanaf: '2021-06-02', datum: '2021-06-01' }]);
  });

  it('art. 7:10 lid 2 Awb: a request while the bezwaartermijn still runs suspends the beslistermijn only from its first day, 22 April', () => {
    const vroeg = { ...herstelGevraagd, hersteltermijnEinde: '2021-04-30', opgeschortVanaf: '2021-04-07', datum: '2021-04-06' };
    given(totBezwaar).when(vraagHerstel('2021-04-06', { hersteltermijnEinde: '2021-04-30' })).then([vroeg]);
    // Repaired Monday 26 April: 7 through 25 April stood still, of which 22 through 25 April in the term: 2 June + 4 = Sunday 6 June, so Monday 7 June.
    const vroegHersteld: OpschortingBeslistermijnBeeindigd = { ...hersteld, opschorting: { van: '2021-04-07', totEnMet: '2021-04-25' }, datum: '2021-04-26' };
    given([...totBezwaar, vroeg]).when(eindeOpschorting('2021-04-26')).then([vroegHersteld]);
    expect(beslistermijnNa([...totBezwaar, vroeg, vroegHersteld])).toBe('2021-06-07');
  });
});
