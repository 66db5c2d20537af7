import { fold } from '@handhaving/domain-shared';
import { bibobDecider } from '../bibob.decider';
import { given, opSignaal, naFormulier, naEigenOnderzoek, adviesOntvangen, voornemenVerzonden, gereedVoorBesluit, zaakId, door, zegel, stappen, zaakNa } from './zaak.spec-support';

const genomen = (uitkomst: string, datum = '2023-12-06', bezwaartermijnEinde = '2024-01-17') =>
  ({ type: 'BibobBesluitGenomen', zaakId, uitkomst, bekendmakingsdatum: datum, bezwaartermijnEinde, motivering: zegel(4), datum, door }) as never;

describe('bibob: neem het besluit', () => {
  it('given the zienswijzefase over, when the aanvraag is refused Wednesday 6 December 2023, then bezwaar runs through Wednesday 17 January 2024 (art. 6:7 Awb)', () => {
    given(gereedVoorBesluit).when(stappen.besluit()).then([genomen('geweigerd')]);
    expect(fold(bibobDecider, [...gereedVoorBesluit, genomen('geweigerd')])).toMatchObject({ status: 'besloten', besluit: { uitkomst: 'geweigerd' } });
  });

  it('a milder besluit than announced is allowed, a heavier one is not', () => {
    given(gereedVoorBesluit).when(stappen.besluit('verleend-onder-voorschriften')).then([genomen('verleend-onder-voorschriften')]);
    const voorschriften = zaakNa(adviesOntvangen, [stappen.voornemen('voorschriften'), stappen.termijnVerstreken()]);
    given(voorschriften).when(stappen.besluit('geweigerd')).thenRefuses('bibob/besluit-zwaarder-dan-voornemen', 'uitkomst');
  });

  it('granting may follow the eigen onderzoek or the advice directly; refusing needs a voornemen and its zienswijzefase', () => {
    // Granted Friday 29 September 2023: bezwaar through Friday 10 November.
    given(zaakNa(naFormulier, [stappen.eigenOnderzoek('geen-gevaar')])).when(stappen.besluit('verleend', '2023-09-29')).then([genomen('verleend', '2023-09-29', '2023-11-10')]);
    given(naEigenOnderzoek).when(stappen.besluit('verleend', '2023-09-29')).thenRefuses('bibob/advies-nodig', 'uitkomst');
    given(adviesOntvangen).when(stappen.besluit('geweigerd', '2023-11-20')).thenRefuses('bibob/voornemen-ontbreekt', 'uitkomst');
    given(voornemenVerzonden).when(stappen.besluit('geweigerd', '2023-11-20')).thenRefuses('bibob/zienswijzefase-niet-afgerond', 'uitkomst');
    given(adviesOntvangen).when(stappen.besluit('verleend', '2023-11-14')).thenRefuses('bibob/datum-voor-vorige-stap', 'datum');
  });

  it('ingetrokken only for a running permit; a toets on a signal is not granted or refused', () => {
    const signaal = zaakNa([opSignaal], [stappen.eigenOnderzoek('ernstige-mate'), stappen.voornemen('intrekken', '2023-10-04'), stappen.termijnVerstreken('2023-10-19')]);
    given(signaal).when(stappen.besluit('ingetrokken', '2023-10-20')).then([genomen('ingetrokken', '2023-10-20', '2023-12-01')]);
    given(signaal).when(stappen.besluit('geweigerd', '2023-10-20')).thenRefuses('bibob/uitkomst-past-niet-bij-toets', 'uitkomst');
    given(gereedVoorBesluit).when(stappen.besluit('ingetrokken')).thenRefuses('bibob/uitkomst-past-niet-bij-toets', 'uitkomst');
    given(gereedVoorBesluit).when(stappen.besluit('gedoogd' as never)).thenRefuses('bibob/uitkomst-onbekend', 'uitkomst');
  });
});
