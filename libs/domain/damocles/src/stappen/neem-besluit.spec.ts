import { DeciderSpecification } from '@handhaving/domain-shared';
import { damoclesDecider } from '../damocles.decider';
import { stappen, zaakNa } from './zaak.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

/*
 * Art. 4:8 Awb: the betrokkenen are heard before the besluit. Voornemen sent Wednesday 17 February
 * 2021 to the eigenaar and the huurder, zienswijzetermijn through Wednesday 3 March.
 */
describe('damocles: neem besluit after the zienswijzefase (art. 4:8 Awb)', () => {
  it('refuses a sluitingsbesluit dated within the term when the term was recorded as passed but the besluit carries an earlier date', () => {
    given(zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.termijnVerstreken()]))
      .when(stappen.sluiting('2021-02-17'))
      .thenRefuses('damocles/besluit-binnen-zienswijzetermijn', 'datum');
  });

  it('takes it the day after the term ended', () => {
    const [, , , , besluit] = zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.termijnVerstreken(), stappen.sluiting('2021-03-04')]);
    expect(besluit).toMatchObject({ type: 'SluitingsbesluitGenomen', datum: '2021-03-04', bekendmakingsdatum: '2021-03-04' });
  });

  it('one of two betrokkenen heard: the phase is not over, the besluit waits', () => {
    given(zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.zienswijze('2021-02-20', 'b-eigenaar')]))
      .when(stappen.sluiting('2021-02-22'))
      .thenRefuses('damocles/zienswijzefase-niet-afgerond', 'besluit');
  });

  it('both heard before the end: the besluit may follow at once, not before the last zienswijze', () => {
    const gehoord = zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.zienswijze('2021-02-20', 'b-eigenaar'), stappen.zienswijze('2021-02-24', 'b-huurder')]);
    given(gehoord).when(stappen.sluiting('2021-02-23')).thenRefuses('damocles/datum-voor-vorige-stap', 'datum');
    const besluit = damoclesDecider.decide(stappen.sluiting('2021-02-24'), gehoord.reduce(damoclesDecider.evolve, damoclesDecider.initialState()));
    expect(besluit).toMatchObject([{ type: 'SluitingsbesluitGenomen', datum: '2021-02-24' }]);
  });

  it('a besluit is not made known before the day it was taken', () => {
    given(zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.termijnVerstreken()]))
      .when(stappen.sluiting('2021-03-10', '2021-03-09'))
      .thenRefuses('damocles/datum-voor-vorige-stap', 'besluit.bekendmakingsdatum');
  });

  it('no date of a step after the day it is recorded; the bekendmaking may be planned ahead', () => {
    const klaar = zaakNa([stappen.rapportage(), stappen.voorstel(), stappen.voornemen(), stappen.termijnVerstreken()]);
    given(klaar).when({ ...stappen.sluiting('2021-03-10'), vandaag: '2021-03-09' }).thenRefuses('damocles/datum-in-de-toekomst', 'datum');
    const besluit = damoclesDecider.decide({ ...stappen.sluiting('2021-03-10', '2021-03-15'), vandaag: '2021-03-10' }, klaar.reduce(damoclesDecider.evolve, damoclesDecider.initialState()));
    expect(besluit).toMatchObject([{ type: 'SluitingsbesluitGenomen', bekendmakingsdatum: '2021-03-15' }]);
  });
});
