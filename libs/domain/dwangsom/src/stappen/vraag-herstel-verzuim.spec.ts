import { fold } from '@handhaving/domain-shared';
import { dwangsomDecider } from '../dwangsom.decider';
import { beschikking1, bezwaarTegenBeschikking, given, ingevorderd, stap, door, zaakId } from './zaak.spec-support';

const vraag = (datum: string, hersteltermijnEinde = '2021-08-16') =>
  ({ type: 'VraagHerstelVerzuim', ...stap, tegen: beschikking1, verzuim: 'de gronden ontbreken', hersteltermijnEinde, datum }) as const;

describe('dwangsom: vraag herstel verzuim in een bezwaar (art. 6:6, 7:10 lid 2 Awb)', () => {
  it('asked Monday 2 August 2021 in the bezwaar against invorderingsbeschikking 1: its beslistermijn stands still from 3 August', () => {
    given(bezwaarTegenBeschikking)
      .when(vraag('2021-08-02'))
      .then([{ type: 'HerstelVerzuimGevraagd', zaakId, tegen: beschikking1, verzuim: 'de gronden ontbreken', hersteltermijnEinde: '2021-08-16', opgeschortVanaf: '2021-08-03', datum: '2021-08-02', door }]);
  });

  it('refuses without a bezwaar against that besluit, a second request while one runs, and one after the term ended (7 September)', () => {
    given(ingevorderd).when(vraag('2021-08-02')).thenRefuses('dwangsom/geen-bezwaar', 'tegen');
    const gevraagd = dwangsomDecider.decide(vraag('2021-08-02'), fold(dwangsomDecider, bezwaarTegenBeschikking));
    given([...bezwaarTegenBeschikking, ...gevraagd]).when(vraag('2021-08-04')).thenRefuses('dwangsom/opschorting-loopt-al', 'zaakId');
    given(bezwaarTegenBeschikking).when(vraag('2021-09-07', '2021-09-21')).thenRefuses('dwangsom/beslistermijn-verstreken', 'datum');
  });
});
