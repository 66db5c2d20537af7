import { bezwaarTegenLast, given, invordering, stap, verbeurd, geconstateerd, heel, door, zaakId } from './zaak.spec-support';

const last = { besluit: 'last' } as const;
const voorziening = (s: 'gevraagd' | 'toegewezen' | 'afgewezen', datum: string) => ({ type: 'RegistreerVoorlopigeVoorziening', ...stap, tegen: last, stap: s, datum }) as const;
const gevraagd = { type: 'VoorlopigeVoorzieningGevraagd', zaakId, tegen: last, datum: '2021-05-20', door } as const;
const toegewezen = { type: 'VoorlopigeVoorzieningToegewezen', zaakId, tegen: last, datum: '2021-06-01', door } as const;
const afgewezen = { type: 'VoorlopigeVoorzieningAfgewezen', zaakId, tegen: last, datum: '2021-06-01', door } as const;
const verbeurdNaBezwaar = [...bezwaarTegenLast, geconstateerd('2021-06-10'), verbeurd(1, '2021-06-10')];
const beschikking = { type: 'VerzendInvorderingsbeschikking', ...stap, verbeuring: 1, bekendmakingsdatum: '2021-06-15', datum: '2021-06-15' } as const;

describe('dwangsom: voorlopige voorziening against the last (art. 8:81, 8:85 Awb)', () => {
  it('is asked pending the bezwaar against the last, and answered', () => {
    given(bezwaarTegenLast).when(voorziening('gevraagd', '2021-05-20')).then([gevraagd]);
    given([...bezwaarTegenLast, gevraagd]).when(voorziening('toegewezen', '2021-06-01')).then([toegewezen]);
    given(bezwaarTegenLast.slice(0, -1)).when(voorziening('gevraagd', '2021-05-20')).thenRefuses('dwangsom/voorziening-zonder-bezwaar', 'stap');
  });

  it('holds up every invorderingsbeschikking under the last: while asked (voorziening-gevraagd), once granted (besluit-geschorst); a refused one holds nothing up', () => {
    given([...verbeurdNaBezwaar, gevraagd]).when(beschikking).thenRefuses('dwangsom/voorziening-gevraagd', 'bekendmakingsdatum');
    given([...verbeurdNaBezwaar, gevraagd, toegewezen]).when(beschikking).thenRefuses('dwangsom/besluit-geschorst', 'bekendmakingsdatum');
    given([...verbeurdNaBezwaar, gevraagd, afgewezen]).when(beschikking).then([invordering(1, 1, '2021-06-15', '2021-07-27', 250_000, heel('2021-06-10'))]);
  });
});
