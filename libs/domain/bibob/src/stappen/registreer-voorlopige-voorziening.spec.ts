import { given, geweigerd, metBezwaar, zaakId, door, stap } from './zaak.spec-support';

const vv = (s: 'gevraagd' | 'toegewezen' | 'afgewezen') => ({ type: 'RegistreerVoorlopigeVoorziening', ...stap, stap: s, datum: '2024-01-15' }) as const;

describe('bibob: voorlopige voorziening (art. 8:81 Awb)', () => {
  it('asked pending the bezwaar, then decided', () => {
    given(metBezwaar).when(vv('gevraagd')).then([{ type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2024-01-15', door }]);
    given([...metBezwaar, { type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2024-01-15', door }]).when(vv('afgewezen')).then([{ type: 'VoorlopigeVoorzieningAfgewezen', zaakId, datum: '2024-01-15', door }]);
    given(geweigerd).when(vv('gevraagd')).thenRefuses('bibob/voorziening-zonder-bezwaar', 'stap');
  });
});
