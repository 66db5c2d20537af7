import { DeciderSpecification } from '@handhaving/domain-shared';
import { damoclesDecider } from '../damocles.decider';
import { door, stappen, zaakId, zaakNa } from './zaak.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;
// Sluitingsbesluit of Wednesday 10 March 2021 with a begunstigingstermijn through Wednesday 24 March.
const besloten = zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.termijnVerstreken(), stappen.sluiting('2021-03-10')]);

/** Art. 5:24 lid 2 Awb: within the begunstigingstermijn the owner may close the premises himself. */
describe('damocles: registreer sluiting uitgevoerd', () => {
  it('refuses a closure carried out on the last day of the begunstigingstermijn', () => {
    given(besloten).when({ type: 'RegistreerSluitingUitgevoerd', zaakId, sluitingsdatum: '2021-03-24', datum: '2021-03-24', door }).thenRefuses('damocles/binnen-begunstigingstermijn', 'sluitingsdatum');
  });

  it('records it the day after; the closure runs three calendar months from then', () => {
    given(besloten)
      .when({ type: 'RegistreerSluitingUitgevoerd', zaakId, sluitingsdatum: '2021-03-25', datum: '2021-03-25', door })
      .then([{ type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-03-25', eindeSluiting: '2021-06-24', datum: '2021-03-25', door }]);
  });

  it('a spoedeisende sluiting (art. 4:11 Awb) may be carried out at once', () => {
    const spoed = zaakNa([
      stappen.rapportage(),
      stappen.voorstel(),
      { type: 'NeemSpoedeisendeSluiting', zaakId, motivering: 'Acuut brandgevaar door illegale stroomaansluiting', duurMaanden: 3, begunstigingstermijn: { einde: '2021-02-19' }, bekendmakingsdatum: '2021-02-17', datum: '2021-02-17', door },
    ]);
    given(spoed).when({ type: 'RegistreerSluitingUitgevoerd', zaakId, sluitingsdatum: '2021-02-18', datum: '2021-02-18', door }).then([
      { type: 'SluitingUitgevoerd', zaakId, sluitingsdatum: '2021-02-18', eindeSluiting: '2021-05-17', datum: '2021-02-18', door },
    ]);
  });

  it('no sluitingsdatum after the day it is recorded', () => {
    given(besloten).when({ type: 'RegistreerSluitingUitgevoerd', zaakId, sluitingsdatum: '9999-12-31', datum: '2021-03-25', door, vandaag: '2021-03-25' }).thenRefuses('damocles/datum-in-de-toekomst', 'sluitingsdatum');
  });
});
