import { fold } from '@handhaving/domain-shared';
import { vergunningDecider } from '../vergunning.decider';
import { aangevuld, door, geweigerd, given, ingetrokken, stap, stappen, verleend, weigeringMetBezwaar, zaakId } from './vergunning.spec-support';

const ingediend = (ontvangstdatum: string, bezwaartermijnEinde: string, tijdig: boolean, van = 'b-eigenaar') =>
  ({ type: 'BezwaarIngediend', zaakId, van, ontvangstdatum, bezwaartermijnEinde, tijdig, datum: ontvangstdatum, door }) as const;

describe('kamerverhuur: registreer bezwaar tegen de weigering of de intrekking (art. 6:7–6:9 Awb)', () => {
  it('against the weigering made known 26 February 2020: on time through 8 April, late after', () => {
    given(geweigerd).when(stappen.bezwaar('2020-03-20')).then([ingediend('2020-03-20', '2020-04-08', true)]);
    given(geweigerd).when(stappen.bezwaar('2020-04-09')).then([ingediend('2020-04-09', '2020-04-08', false)]);
  });

  it('against the intrekking made known 21 October 2020: on time through 2 December; a tenant may object too, once', () => {
    given(ingetrokken).when(stappen.bezwaar('2020-11-25')).then([ingediend('2020-11-25', '2020-12-02', true)]);
    const eigenaar = [...ingetrokken, ingediend('2020-11-25', '2020-12-02', true)];
    given(eigenaar).when({ ...stappen.bezwaar('2020-11-30'), van: 'b-huurder' } as never).then([ingediend('2020-11-30', '2020-12-02', true, 'b-huurder')]);
    expect(fold(vergunningDecider, eigenaar)).toMatchObject({ bestreden: { rechtsbescherming: { bezwaar: { ontvangstdatum: '2020-11-25', tijdig: true } } } });
  });

  it('refuses a second bezwaar of the same betrokkene, one before the bekendmaking, and one without weigering or intrekking', () => {
    given(weigeringMetBezwaar).when(stappen.bezwaar('2020-03-27')).thenRefuses('kamerverhuur/bezwaar-al-ingediend', 'van');
    given(geweigerd).when(stappen.bezwaar('2020-02-25')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'ontvangstdatum');
    given(verleend).when(stappen.bezwaar('2020-03-20')).thenRefuses('kamerverhuur/geen-bestreden-besluit', 'zaakId');
    given(aangevuld).when(stappen.bezwaar('2020-03-20')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given(geweigerd).when({ type: 'RegistreerBezwaar', ...stap, ontvangstdatum: '2020-03-20', adviescommissie: 'ja', datum: '2020-03-20' } as never).thenRefuses('kamerverhuur/adviescommissie-ongeldig', 'adviescommissie');
  });
});
