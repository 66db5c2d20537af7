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
    given([...totSluitingsbesluit, bezwaar]).when(registreerBezwaar('2021-04-02')).thenRefuses('damocles/bezwaar-al-ingediend', 'van');
    given(totBesluit).when(registreerBezwaar('2021-04-01')).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given(totSluitingsbesluit).when(registreerBezwaar('2021-03-09')).thenRefuses('damocles/datum-voor-vorige-stap', 'ontvangstdatum');
  });

  describe('one bezwaar per betrokkene (art. 6:7, 8:1 Awb: each belanghebbende may object)', () => {
    const van = (wie: string, ontvangstdatum: string) => ({ ...registreerBezwaar(ontvangstdatum), van: wie });
    const vanEigenaar = { type: 'BezwaarIngediend', van: 'b-eigenaar', zaakId, ontvangstdatum: '2021-04-01', bezwaartermijnEinde: '2021-04-21', tijdig: true, datum: '2021-04-01', door } as const;

    it('the eigenaar and the huurder each object; the second needs to say whose it is', () => {
      given(totSluitingsbesluit).when(van('b-eigenaar', '2021-04-01')).then([{ type: 'BezwaarIngediend', zaakId, van: 'b-eigenaar', ontvangstdatum: '2021-04-01', bezwaartermijnEinde: '2021-04-21', tijdig: true, datum: '2021-04-01', door }]);
      given([...totSluitingsbesluit, vanEigenaar])
        .when(van('b-huurder', '2021-04-08'))
        .then([{ type: 'BezwaarIngediend', zaakId, van: 'b-huurder', ontvangstdatum: '2021-04-08', bezwaartermijnEinde: '2021-04-21', tijdig: true, datum: '2021-04-08', door }]);
      given([...totSluitingsbesluit, vanEigenaar]).when(registreerBezwaar('2021-04-08')).thenRefuses('damocles/bezwaar-al-ingediend', 'van');
    });

    it('refuses a second bezwaar of the same betrokkene, and one of someone who is no betrokkene', () => {
      given([...totSluitingsbesluit, vanEigenaar]).when(van('b-eigenaar', '2021-04-08')).thenRefuses('damocles/bezwaar-al-ingediend', 'van');
      given(totSluitingsbesluit).when(van('b-buurman', '2021-04-08')).thenRefuses('damocles/bezwaar-van-onbekend', 'van');
    });

    it('a bezwaar recorded before it said whose (the old events) still stops an unnamed second one, not a named one', () => {
      given([...totSluitingsbesluit, bezwaar]).when(registreerBezwaar('2021-04-08')).thenRefuses('damocles/bezwaar-al-ingediend');
      given([...totSluitingsbesluit, bezwaar]).when(van('b-huurder', '2021-04-08')).then([{ type: 'BezwaarIngediend', zaakId, van: 'b-huurder', ontvangstdatum: '2021-04-08', bezwaartermijnEinde: '2021-04-21', tijdig: true, datum: '2021-04-08', door }]);
    });

    it('the beslistermijn runs once, from the bezwaartermijn both were lodged in: a second bezwaar does not move it', () => {
      expect(beslistermijnNa([...totSluitingsbesluit, vanEigenaar, { ...vanEigenaar, van: 'b-huurder', ontvangstdatum: '2021-04-20', datum: '2021-04-20' }])).toBe('2021-06-02');
    });
  });
});
