import { fold } from '@handhaving/domain-shared';
import { vergunningDecider } from '../vergunning.decider';
import { aangevraagd, aangevuld, door, geweigerd, given, stappen, verleend, voornemenTotWeigering, weigeringMetBezwaar, zaakId, zaakNa } from './vergunning.spec-support';

const verleendEvent = (velden: object = {}): never =>
  ({
    type: 'VergunningVerleend',
    zaakId,
    besluitdatum: '2020-02-19',
    bekendmakingsdatum: '2020-02-19',
    ingangsdatum: '2020-03-01',
    einddatum: '2022-03-01',
    aantalKamers: 6,
    datum: '2020-02-19',
    door,
    ...velden,
  }) as never;

describe('kamerverhuur: verleen de vergunning', () => {
  it('given the completed aanvraag, when it is granted Wednesday 19 February 2020, then the permit holds from 1 March 2020 until 1 March 2022', () => {
    given(aangevuld).when(stappen.verleen()).then([verleendEvent()]);
    expect(fold(vergunningDecider, [...aangevuld, verleendEvent()])).toMatchObject({ status: 'verleend', vergunning: { ingangsdatum: '2020-03-01', einddatum: '2022-03-01', aantalKamers: 6 } });
  });

  it('for fewer rooms than asked, for an indefinite period, made known later', () => {
    given(aangevraagd)
      .when(stappen.verleen('2020-02-19', { aantalKamers: 4, einddatum: undefined, bekendmakingsdatum: '2020-02-21' }))
      .then([{ type: 'VergunningVerleend', zaakId, besluitdatum: '2020-02-19', bekendmakingsdatum: '2020-02-21', ingangsdatum: '2020-03-01', aantalKamers: 4, datum: '2020-02-19', door }]);
  });

  it('may follow a voornemen to refuse, even during its zienswijzefase: granting hurts nobody it went to', () => {
    given(voornemenTotWeigering).when(stappen.verleen('2020-02-19')).then([verleendEvent()]);
  });

  it('after the rechtbank vernietigde the weigering (12 November 2020), the aanvraag is decided anew', () => {
    const vernietigd = zaakNa(weigeringMetBezwaar, [stappen.beslis('ongegrond', '2020-05-13'), stappen.beroep('2020-06-10'), stappen.uitspraak('gegrond', '2020-11-12', true)]);
    const opnieuw = stappen.verleen('2020-11-19', { ingangsdatum: '2020-12-01', einddatum: '2022-12-01' });
    given(vernietigd).when(opnieuw).then([verleendEvent({ besluitdatum: '2020-11-19', bekendmakingsdatum: '2020-11-19', ingangsdatum: '2020-12-01', einddatum: '2022-12-01', datum: '2020-11-19' })]);
    given(vernietigd).when(stappen.verleen('2020-11-11', { ingangsdatum: '2020-12-01', einddatum: '2022-12-01' })).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
  });

  it('refuses a verlening after a weigering that stands, and a second one', () => {
    given(geweigerd).when(stappen.verleen('2020-03-02', { ingangsdatum: '2020-03-02' })).thenRefuses('kamerverhuur/aanvraag-geweigerd', 'zaakId');
    given(verleend).when(stappen.verleen()).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
  });

  it('refuses more rooms than asked, no whole rooms, an einddatum not after the ingangsdatum, an ingang before the bekendmaking (art. 3:40 Awb)', () => {
    given(aangevuld).when(stappen.verleen('2020-02-19', { aantalKamers: 7 })).thenRefuses('kamerverhuur/meer-kamers-dan-aangevraagd', 'aantalKamers');
    given(aangevuld).when(stappen.verleen('2020-02-19', { aantalKamers: 0 })).thenRefuses('kamerverhuur/aantal-kamers-ongeldig', 'aantalKamers');
    given(aangevuld).when(stappen.verleen('2020-02-19', { einddatum: '2020-03-01' })).thenRefuses('kamerverhuur/einddatum-ongeldig', 'einddatum');
    given(aangevuld).when(stappen.verleen('2020-02-19', { einddatum: '1-3-2022' })).thenRefuses('kamerverhuur/datum-ongeldig', 'einddatum');
    given(aangevuld).when(stappen.verleen('2020-02-19', { ingangsdatum: '2020-02-18' })).thenRefuses('kamerverhuur/ingang-voor-bekendmaking', 'ingangsdatum');
    given(aangevuld).when(stappen.verleen('2020-02-19', { bekendmakingsdatum: '2020-02-18' })).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'bekendmakingsdatum');
    given(aangevuld).when(stappen.verleen('2020-01-02')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
  });
});
