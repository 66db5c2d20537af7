import { afgesloten, bestuursdwang, bezwaarIngediend, door, dwangsomGekozen, geconstateerd, given, inBezwaar, opgelegd, stap, zaakId } from './traject.spec-support';

const bezwaar = (ontvangstdatum: string, velden: object = {}) => ({ type: 'RegistreerBezwaar', ...stap, ontvangstdatum, datum: ontvangstdatum, ...velden }) as const;
const ingediend = (ontvangstdatum: string, tijdig: boolean, velden: object = {}) =>
  ({ type: 'BezwaarIngediend', zaakId, ontvangstdatum, ...velden, bezwaartermijnEinde: '2020-04-29', tijdig, datum: ontvangstdatum, door }) as const;

describe('kamerverhuur traject: registreer bezwaar tegen de last onder bestuursdwang (art. 6:7–6:9 Awb)', () => {
  it('records a bezwaar on time (through Wednesday 29 April 2020), late, or posted in time', () => {
    given(opgelegd).when(bezwaar('2020-04-20')).then([bezwaarIngediend]);
    given(opgelegd).when(bezwaar('2020-04-30')).then([ingediend('2020-04-30', false)]);
    given(opgelegd).when(bezwaar('2020-05-04', { verzenddatum: '2020-04-29' })).then([ingediend('2020-05-04', true, { verzenddatum: '2020-04-29' })]);
    given(opgelegd).when(bezwaar('2020-04-20', { adviescommissie: true })).then([{ type: 'BezwaarIngediend', zaakId, ontvangstdatum: '2020-04-20', bezwaartermijnEinde: '2020-04-29', tijdig: true, adviescommissie: true, datum: '2020-04-20', door }]);
  });

  it('records one after bestuursdwang was applied, and after the traject was closed', () => {
    given(bestuursdwang).when(bezwaar('2020-06-03')).then([ingediend('2020-06-03', false)]);
    given([...opgelegd, afgesloten('gelegaliseerd', '2020-04-01', 'vergunning verleend')]).when(bezwaar('2020-04-20')).then([bezwaarIngediend]);
  });

  it('refuses a second bezwaar, and one received before the bekendmaking', () => {
    given(inBezwaar).when(bezwaar('2020-04-21')).thenRefuses('kamerverhuur/bezwaar-al-ingediend', 'zaakId');
    given(opgelegd).when(bezwaar('2020-03-17')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'ontvangstdatum');
  });

  it('refuses a bezwaar without a last onder bestuursdwang; on the dwangsom route it points to the dwangsom case', () => {
    given([geconstateerd]).when(bezwaar('2020-04-20')).thenRefuses('kamerverhuur/geen-last', 'zaakId');
    const refusal = given([geconstateerd, dwangsomGekozen()]).when(bezwaar('2020-04-20')).thenRefuses('kamerverhuur/geen-last', 'zaakId');
    expect(refusal.detail).toContain('dwangsomzaak 6d2e9b1c-8a4f-4c3e-9d7b-1f2a3b4c5d6e');
    given([]).when(bezwaar('2020-04-20')).thenRefuses('kamerverhuur/zaak-onbekend', 'zaakId');
  });
});
