import { DeciderSpecification } from '@handhaving/domain-shared';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { beslistermijnNa, bezwaar, registreerBezwaar, totBesluit, totSluitingsbesluit } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

describe('damocles: registreer bezwaar (art. 6:7 en 6:9 Awb)', () => {
  it('records an objection within the term as tijdig', () => {
    given(totSluitingsbesluit).when(registreerBezwaar('2021-04-01')).then([bezwaar]);
  });

  it('records a late objection and flags it, without refusing it', () => {
    given(totSluitingsbesluit)
      .when(registreerBezwaar('2021-04-22'))
      .then([{ ...bezwaar, ontvangstdatum: '2021-04-22', tijdig: false, datum: '2021-04-22' }]);
  });

  it('counts an objection posted within the term and received within a week after as tijdig (art. 6:9 Awb)', () => {
    given(totSluitingsbesluit)
      .when(registreerBezwaar('2021-04-28', '2021-04-21'))
      .then([{ type: 'BezwaarIngediend', zaakId, ontvangstdatum: '2021-04-28', verzenddatum: '2021-04-21', bezwaartermijnEinde: '2021-04-21', tijdig: true, datum: '2021-04-28', door }]);
    given(totSluitingsbesluit)
      .when(registreerBezwaar('2021-04-29', '2021-04-21'))
      .then([{ type: 'BezwaarIngediend', zaakId, ontvangstdatum: '2021-04-29', verzenddatum: '2021-04-21', bezwaartermijnEinde: '2021-04-21', tijdig: false, datum: '2021-04-29', door }]);
  });

  /*
   * The bezwaartermijn ended Wednesday 21 April 2021; the beslistermijn counts from the day after
   * (art. 7:10 lid 1 Awb): six weeks run through Wednesday 2 June, twelve through Wednesday 14 July.
   */
  it('art. 7:10 lid 1 en 7:13 Awb: records whether an adviescommissie advises; with one the beslistermijn is twelve weeks (through 14 July 2021), without six (2 June)', () => {
    const { datum, door: doorWie, ...ontvangst } = bezwaar;
    given(totSluitingsbesluit).when(registreerBezwaar('2021-04-01', undefined, true)).then([{ ...ontvangst, adviescommissie: true, datum, door: doorWie }]);
    expect(beslistermijnNa([...totSluitingsbesluit, { ...bezwaar, adviescommissie: true }])).toBe('2021-07-14');
    given(totSluitingsbesluit).when(registreerBezwaar('2021-04-01', undefined, false)).then([{ ...ontvangst, adviescommissie: false, datum, door: doorWie }]);
    expect(beslistermijnNa([...totSluitingsbesluit, { ...bezwaar, adviescommissie: false }])).toBe('2021-06-02');
    // A bezwaar recorded before the choice was kept: six weeks, as when it was recorded.
    expect(beslistermijnNa([...totSluitingsbesluit, bezwaar])).toBe('2021-06-02');
  });

  it('refuses an adviescommissie that is not true or false', () => {
    given(totSluitingsbesluit)
      .when(registreerBezwaar('2021-04-01', undefined, 'ja' as unknown as boolean))
      .thenRefuses('damocles/adviescommissie-ongeldig', 'adviescommissie');
  });

  it('refuses a second objection, and one before a sluitingsbesluit or before its bekendmaking', () => {
    given([...totSluitingsbesluit, bezwaar]).when(registreerBezwaar('2021-04-02')).thenRefuses('damocles/bezwaar-al-ingediend', 'zaakId');
    given(totBesluit).when(registreerBezwaar('2021-04-01')).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given(totSluitingsbesluit).when(registreerBezwaar('2021-03-09')).thenRefuses('damocles/datum-voor-vorige-stap', 'ontvangstdatum');
  });
});
