import { DeciderSpecification } from '@handhaving/domain-shared';
import { damoclesDecider } from '../damocles.decider';
import type { VoornemenVerzonden } from '../damocles.events';
import { door, zaakId } from './zaak.spec-support';
import { harddrugsOntvangen, ontvangen, totVoornemen, verzend, voorgesteldTweede, voornemenSluiting } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

/** As the decider records a voornemen now: to the case's betrokkenen (`aan`), which older events lack. */
const aanBetrokkenen = (event: VoornemenVerzonden): VoornemenVerzonden => {
  const { datum, door: wie, ...rest } = event;
  return { ...rest, aan: ['b-eigenaar', 'b-huurder'], datum, door: wie };
};

describe('damocles: verzend voornemen', () => {
  it('sends the proposed measure with a zienswijzetermijn computed from the policy length', () => {
    given([ontvangen, voorgesteldTweede]).when(verzend()).then([aanBetrokkenen(voornemenSluiting)]);
  });

  it('takes an explicit end date as written in the letter', () => {
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ zienswijzetermijn: { einde: '2021-03-05' } }))
      .then([aanBetrokkenen({ ...voornemenSluiting, zienswijzetermijn: { einde: '2021-03-05' } })]);
  });

  it('extends the term past Easter only when the policy says so', () => {
    // Friday 26 March 2021 + 8 days = Saturday 3 April; Sunday is Easter, Monday tweede Paasdag.
    const achtDagen = { aantal: 8, eenheid: 'dagen' } as const;
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ verzenddatum: '2021-03-26', datum: '2021-03-26', zienswijzetermijn: { lengte: achtDagen, verlengAlsAtw: true } }))
      .then([aanBetrokkenen({ ...voornemenSluiting, verzenddatum: '2021-03-26', zienswijzetermijn: { einde: '2021-04-06', lengte: achtDagen, verlengdAlsAtw: true }, datum: '2021-03-26' })]);
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ verzenddatum: '2021-03-26', datum: '2021-03-26', zienswijzetermijn: { lengte: achtDagen, verlengAlsAtw: false } }))
      .then([aanBetrokkenen({ ...voornemenSluiting, verzenddatum: '2021-03-26', zienswijzetermijn: { einde: '2021-04-03', lengte: achtDagen, verlengdAlsAtw: false }, datum: '2021-03-26' })]);
  });

  it('records a deviation from the proposal with its motivation', () => {
    const afwijking = { motivering: 'Minderjarige kinderen in de woning; een waarschuwing is evenredig' };
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ maatregel: { soort: 'waarschuwing' }, afwijking }))
      .then([aanBetrokkenen({ type: 'VoornemenVerzonden', zaakId, maatregel: { soort: 'waarschuwing' }, afwijking, verzenddatum: '2021-02-17', zienswijzetermijn: voornemenSluiting.zienswijzetermijn, datum: '2021-02-17', door })]);
  });

  it('refuses a deviation without motivation, and a motivation without deviation', () => {
    given([ontvangen, voorgesteldTweede]).when(verzend({ maatregel: { soort: 'sluiting', duurMaanden: 6 } })).thenRefuses('damocles/afwijking-zonder-motivering', 'afwijking');
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ maatregel: { soort: 'waarschuwing' }, afwijking: { motivering: '  ' } }))
      .thenRefuses('damocles/afwijking-zonder-motivering', 'afwijking');
    given([ontvangen, voorgesteldTweede]).when(verzend({ afwijking: { motivering: 'zomaar' } })).thenRefuses('damocles/afwijking-zonder-verschil', 'afwijking');
  });

  it('refuses a warning for harddrugs, even with a motivation', () => {
    given([harddrugsOntvangen, voorgesteldTweede])
      .when(verzend({ maatregel: { soort: 'waarschuwing' }, afwijking: { motivering: 'eerste keer' } }))
      .thenRefuses('damocles/harddrugs-geen-waarschuwing', 'maatregel');
  });

  it('refuses a voornemen before the proposal, a second voornemen, a measure that is none, and a term ending before sending', () => {
    given([ontvangen]).when(verzend()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given(totVoornemen).when(verzend()).thenRefuses('damocles/stap-in-verkeerde-volgorde');
    given([ontvangen, voorgesteldTweede])
      .when(verzend({ maatregel: { soort: 'sluiting', duurMaanden: 0 } }))
      .thenRefuses('damocles/maatregel-ongeldig', 'maatregel');
    given([ontvangen, voorgesteldTweede]).when(verzend({ zienswijzetermijn: { einde: '2021-02-17' } })).thenRefuses('damocles/termijn-ongeldig', 'zienswijzetermijn.einde');
    given([ontvangen, voorgesteldTweede]).when(verzend({ verzenddatum: '2021-02-14' })).thenRefuses('damocles/datum-voor-vorige-stap', 'verzenddatum');
  });
});
