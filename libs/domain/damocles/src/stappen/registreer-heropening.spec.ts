import { DeciderSpecification, fold } from '@handhaving/domain-shared';
import type { DamoclesCommand } from '../damocles.commands';
import { damoclesDecider } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { bezwaar, herroepen, totSluitingsbesluit, uitgevoerd } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

describe('damocles: registreer heropening', () => {
  it('reopens the pand and closes the case; not before the closure', () => {
    const heropen = (heropeningsdatum: string): DamoclesCommand => ({ type: 'RegistreerHeropening', zaakId, heropeningsdatum, datum: heropeningsdatum, door });
    const heropend = { type: 'PandHeropend', zaakId, heropeningsdatum: '2021-06-25', datum: '2021-06-25', door } as const;
    given([...totSluitingsbesluit, uitgevoerd]).when(heropen('2021-06-25')).then([heropend]);
    expect(fold(damoclesDecider, [...totSluitingsbesluit, uitgevoerd, heropend])).toMatchObject({ status: 'afgesloten', afloop: 'heropend', sinds: '2021-06-25' });
    given(totSluitingsbesluit).when(heropen('2021-06-25')).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given([...totSluitingsbesluit, uitgevoerd]).when(heropen('2021-03-24')).thenRefuses('damocles/datum-voor-vorige-stap', 'heropeningsdatum');
  });

  it('lets a pand whose closure was revoked after it was carried out reopen', () => {
    const state = fold(damoclesDecider, [...totSluitingsbesluit, uitgevoerd, bezwaar, herroepen]);
    expect(state).toMatchObject({ status: 'pand-gesloten', besluit: { herroepen: true } });
    given([...totSluitingsbesluit, uitgevoerd, bezwaar, herroepen])
      .when({ type: 'RegistreerHeropening', zaakId, heropeningsdatum: '2021-05-13', datum: '2021-05-13', door })
      .then([{ type: 'PandHeropend', zaakId, heropeningsdatum: '2021-05-13', datum: '2021-05-13', door }]);
  });
});
