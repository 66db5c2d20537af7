import { door, geweigerd, given, intrekkingMetBezwaar, stap, verleend, zaakId, zaakNa } from './vergunning.spec-support';

const vv = (s: 'gevraagd' | 'toegewezen' | 'afgewezen', datum: string) => ({ type: 'RegistreerVoorlopigeVoorziening', ...stap, stap: s, datum }) as const;

describe('kamerverhuur: voorlopige voorziening tegen de intrekking (art. 8:81 Awb)', () => {
  it('asked pending the bezwaar on 26 November 2020, granted on 10 December: the intrekking is suspended', () => {
    given(intrekkingMetBezwaar).when(vv('gevraagd', '2020-11-26')).then([{ type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2020-11-26', door }]);
    const gevraagd = zaakNa(intrekkingMetBezwaar, [vv('gevraagd', '2020-11-26')]);
    given(gevraagd).when(vv('toegewezen', '2020-12-10')).then([{ type: 'VoorlopigeVoorzieningToegewezen', zaakId, datum: '2020-12-10', door }]);
    given(gevraagd).when(vv('afgewezen', '2020-12-10')).then([{ type: 'VoorlopigeVoorzieningAfgewezen', zaakId, datum: '2020-12-10', door }]);
  });

  it('refuses it without bezwaar, twice, a judge’s answer nobody asked for, and without weigering or intrekking', () => {
    given(geweigerd).when(vv('gevraagd', '2020-03-20')).thenRefuses('kamerverhuur/voorziening-zonder-bezwaar', 'stap');
    given(zaakNa(intrekkingMetBezwaar, [vv('gevraagd', '2020-11-26')])).when(vv('gevraagd', '2020-11-27')).thenRefuses('kamerverhuur/voorziening-al-gevraagd', 'stap');
    given(intrekkingMetBezwaar).when(vv('toegewezen', '2020-12-10')).thenRefuses('kamerverhuur/voorziening-niet-gevraagd', 'stap');
    given(verleend).when(vv('gevraagd', '2020-03-20')).thenRefuses('kamerverhuur/geen-bestreden-besluit', 'zaakId');
  });
});
