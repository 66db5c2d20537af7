import { DeciderSpecification } from '@handhaving/domain-shared';
import type { DamoclesCommand } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { beroep, bezwaar, ongegrond, totSluitingsbesluit, uitspraak, voorziening as gebeurd } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

const voorziening = (stap: 'gevraagd' | 'toegewezen' | 'afgewezen', datum = '2021-04-02'): DamoclesCommand => ({ type: 'RegistreerVoorlopigeVoorziening', zaakId, stap, datum, door });

describe('damocles: registreer voorlopige voorziening', () => {
  it('records a voorlopige voorziening asked for pending the objection, then granted or refused', () => {
    given([...totSluitingsbesluit, bezwaar]).when(voorziening('gevraagd')).then([{ type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2021-04-02', door }]);
    const gevraagd = [...totSluitingsbesluit, bezwaar, { type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2021-04-02', door } as const];
    given(gevraagd).when(voorziening('toegewezen', '2021-04-20')).then([{ type: 'VoorlopigeVoorzieningToegewezen', zaakId, datum: '2021-04-20', door }]);
    given(gevraagd).when(voorziening('afgewezen', '2021-04-20')).then([{ type: 'VoorlopigeVoorzieningAfgewezen', zaakId, datum: '2021-04-20', door }]);
    given(gevraagd).when(voorziening('gevraagd')).thenRefuses('damocles/voorziening-al-gevraagd', 'stap');
  });

  it('refuses a voorziening without an objection, and a ruling on one never asked', () => {
    given(totSluitingsbesluit).when(voorziening('gevraagd')).thenRefuses('damocles/voorziening-zonder-bezwaar', 'stap');
    given([...totSluitingsbesluit, bezwaar]).when(voorziening('toegewezen')).thenRefuses('damocles/voorziening-niet-gevraagd', 'stap');
  });

  it('pending the beroep (art. 8:81 lid 1 Awb): asked anew after one refused pending the bezwaar; not while one granted runs on', () => {
    const inBeroep = [...totSluitingsbesluit, bezwaar, gebeurd('gevraagd', '2021-04-02'), gebeurd('afgewezen', '2021-04-20'), ongegrond, beroep];
    given(inBeroep).when(voorziening('gevraagd', '2021-06-03')).then([{ type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2021-06-03', door }]);
    given([...totSluitingsbesluit, bezwaar, ongegrond, beroep]).when(voorziening('gevraagd', '2021-06-03')).then([{ type: 'VoorlopigeVoorzieningGevraagd', zaakId, datum: '2021-06-03', door }]);
    given([...totSluitingsbesluit, bezwaar, gebeurd('gevraagd', '2021-04-02'), gebeurd('toegewezen', '2021-04-20'), ongegrond, beroep])
      .when(voorziening('gevraagd', '2021-06-03'))
      .thenRefuses('damocles/voorziening-al-gevraagd', 'stap');
  });

  it('refuses a request between the beslissing op bezwaar and a beroep, and after the uitspraak', () => {
    given([...totSluitingsbesluit, bezwaar, ongegrond]).when(voorziening('gevraagd', '2021-05-20')).thenRefuses('damocles/bezwaar-al-beslist', 'stap');
    given([...totSluitingsbesluit, bezwaar, ongegrond, beroep, uitspraak()]).when(voorziening('gevraagd', '2021-10-06')).thenRefuses('damocles/uitspraak-al-gedaan', 'stap');
  });
});
