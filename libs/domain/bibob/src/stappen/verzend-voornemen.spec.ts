import { given, gestart, opSignaal, naFormulier, adviesOntvangen, adviesGevraagd, naEigenOnderzoek, zaakId, door, stap, stappen, zaakNa } from './zaak.spec-support';

const verzonden = (velden: object = {}): never => ({
  type: 'VoornemenVerzonden',
  zaakId,
  strekking: 'weigeren',
  adviesTerInzage: true,
  verzenddatum: '2023-11-17',
  zienswijzetermijn: { einde: '2023-12-01', lengte: { aantal: 2, eenheid: 'weken' }, verlengdAlsAtw: true },
  aan: ['b-exploitant'],
  datum: '2023-11-17',
  door,
  ...velden,
}) as never;

describe('bibob: verzend het voornemen (art. 4:8 Awb)', () => {
  it('given the LBB’s advice, when the voornemen to refuse goes out Friday 17 November, then the aanvrager has two weeks, through Friday 1 December, and may read the advice', () => {
    given(adviesOntvangen).when(stappen.voornemen()).then([verzonden()]);
  });

  it('may follow an eigen onderzoek that found a danger, without advice to read', () => {
    const eigen = zaakNa(naFormulier, [stappen.eigenOnderzoek('mindere-mate')]);
    given(eigen).when(stappen.voornemen('voorschriften', '2023-10-04')).then([
      verzonden({ strekking: 'voorschriften', adviesTerInzage: false, verzenddatum: '2023-10-04', zienswijzetermijn: { einde: '2023-10-18', lengte: { aantal: 2, eenheid: 'weken' }, verlengdAlsAtw: true }, datum: '2023-10-04' }),
    ]);
  });

  it('refuses a voornemen when the eigen onderzoek asked for advice or found no danger, while the advice is pending, and before the advice came', () => {
    given(naEigenOnderzoek).when(stappen.voornemen()).thenRefuses('bibob/advies-nodig', 'zaakId');
    given(zaakNa(naFormulier, [stappen.eigenOnderzoek('geen-gevaar')])).when(stappen.voornemen()).thenRefuses('bibob/geen-grond-voor-voornemen', 'zaakId');
    given(adviesGevraagd).when(stappen.voornemen()).thenRefuses('bibob/stap-in-verkeerde-volgorde');
    given(adviesOntvangen).when(stappen.voornemen('weigeren', '2023-11-14')).thenRefuses('bibob/datum-voor-vorige-stap', 'verzenddatum');
  });

  it('weigeren is for an aanvraag, intrekken for a running permit', () => {
    const signaal = zaakNa([opSignaal], [stappen.eigenOnderzoek('ernstige-mate')]);
    given(signaal).when(stappen.voornemen('weigeren', '2023-10-04')).thenRefuses('bibob/strekking-past-niet-bij-toets', 'strekking');
    given(signaal).when(stappen.voornemen('intrekken', '2023-10-04')).then([
      verzonden({ strekking: 'intrekken', adviesTerInzage: false, verzenddatum: '2023-10-04', zienswijzetermijn: { einde: '2023-10-18', lengte: { aantal: 2, eenheid: 'weken' }, verlengdAlsAtw: true }, aan: ['b-houder'], datum: '2023-10-04' }),
    ]);
    const zonderVergunning = zaakNa([{ ...opSignaal, aanleiding: { soort: 'signaal', reden: 'vastgoedtransactie', betrokkeneId: 'b-koper' } }], [stappen.eigenOnderzoek('ernstige-mate')]);
    given(zonderVergunning).when(stappen.voornemen('intrekken', '2023-10-04')).thenRefuses('bibob/strekking-past-niet-bij-toets', 'strekking');
    given(adviesOntvangen).when(stappen.voornemen('intrekken')).thenRefuses('bibob/strekking-past-niet-bij-toets', 'strekking');
    given(adviesOntvangen).when({ ...stappen.voornemen(), motivering: 'witwassen' } as never).thenRefuses('bibob/inhoud-niet-verzegeld', 'motivering');
    given([gestart]).when({ ...stappen.voornemen(), aan: ['b-buurman'] } as never).thenRefuses('bibob/stap-in-verkeerde-volgorde');
    given(adviesOntvangen).when({ ...stappen.voornemen(), ...stap, aan: ['b-buurman'] } as never).thenRefuses('bibob/voornemen-aan-onbekende', 'aan');
  });
});
