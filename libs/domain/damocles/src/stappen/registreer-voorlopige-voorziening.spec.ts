import { DeciderSpecification } from '@handhaving/domain-shared';
import type { DamoclesCommand } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { bezwaar, totSluitingsbesluit } from './zaak-events.spec-support';

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
});
