import { door, given, inBeroep, inBezwaar, opgelegd, stap, zaakId } from './traject.spec-support';

const voorziening = (s: string, datum: string) => ({ type: 'RegistreerVoorlopigeVoorziening', ...stap, stap: s as never, datum }) as const;
const gevraagd = { type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2020-05-15', door } as const;

describe('kamerverhuur traject: voorlopige voorziening tegen de last (art. 8:81 Awb)', () => {
  it('is asked pending the bezwaar or the beroep, and answered', () => {
    given(inBezwaar).when(voorziening('gevraagd', '2020-05-15')).then([gevraagd]);
    given([...inBezwaar, gevraagd]).when(voorziening('toegewezen', '2020-05-25')).then([{ type: 'VoorlopigeVoorzieningToegewezen', zaakId, datum: '2020-05-25', door }]);
    given([...inBezwaar, gevraagd]).when(voorziening('afgewezen', '2020-05-25')).then([{ type: 'VoorlopigeVoorzieningAfgewezen', zaakId, datum: '2020-05-25', door }]);
    given(inBeroep).when(voorziening('gevraagd', '2020-07-02')).then([{ ...gevraagd, datum: '2020-07-02' }]);
  });

  it('refuses one without a pending bezwaar, a second request, an answer to none, and an unknown step', () => {
    given(opgelegd).when(voorziening('gevraagd', '2020-05-15')).thenRefuses('kamerverhuur/voorziening-zonder-bezwaar', 'stap');
    given([...inBezwaar, gevraagd]).when(voorziening('gevraagd', '2020-05-16')).thenRefuses('kamerverhuur/voorziening-al-gevraagd', 'stap');
    given(inBezwaar).when(voorziening('toegewezen', '2020-05-25')).thenRefuses('kamerverhuur/voorziening-niet-gevraagd', 'stap');
    given(inBezwaar).when(voorziening('ingetrokken', '2020-05-25')).thenRefuses('kamerverhuur/voorziening-stap-onbekend', 'stap');
  });
});
