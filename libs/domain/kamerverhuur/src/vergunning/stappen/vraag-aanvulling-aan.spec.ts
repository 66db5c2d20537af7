import { aangevraagd, aanvullingGevraagd, aangevuld, door, given, stappen, verleend, zaakId } from './vergunning.spec-support';

const gevraagd = (velden: object = {}): never =>
  ({
    type: 'AanvullingGevraagd',
    zaakId,
    aanvulling: 1,
    gevraagdOp: '2020-01-13',
    ontbreekt: 'plattegrond met de kamers en hun oppervlakte',
    hersteltermijnEinde: '2020-01-27',
    opgeschortVanaf: '2020-01-14',
    datum: '2020-01-13',
    door,
    ...velden,
  }) as never;

describe('kamerverhuur: vraag aanvulling van de aanvraag (art. 4:5, 4:15 lid 1 sub a Awb)', () => {
  it('given the aanvraag, when aanvulling is asked on Monday 13 January, then the beslistermijn stands still from the 14th', () => {
    given(aangevraagd).when(stappen.aanvulling()).then([gevraagd()]);
  });

  it('a second request may follow once the first is completed, or once its hersteltermijn passed unused', () => {
    given(aangevuld).when(stappen.aanvulling('2020-02-03', '2020-02-17')).then([gevraagd({ aanvulling: 2, gevraagdOp: '2020-02-03', hersteltermijnEinde: '2020-02-17', opgeschortVanaf: '2020-02-04', datum: '2020-02-03' })]);
    given(aanvullingGevraagd).when(stappen.aanvulling('2020-01-28', '2020-02-11')).then([gevraagd({ aanvulling: 2, gevraagdOp: '2020-01-28', hersteltermijnEinde: '2020-02-11', opgeschortVanaf: '2020-01-29', datum: '2020-01-28' })]);
  });

  it('refuses a request while one is open, or before the previous one', () => {
    given(aanvullingGevraagd).when(stappen.aanvulling('2020-01-20', '2020-02-03')).thenRefuses('kamerverhuur/aanvulling-loopt-al', 'gevraagdOp');
    given(aangevuld).when(stappen.aanvulling('2020-01-20', '2020-02-03')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'gevraagdOp');
  });

  it('refuses a request once the beslistermijn ran out (Friday 28 February without suspension): it suspends nothing', () => {
    given(aangevraagd).when(stappen.aanvulling('2020-02-27', '2020-03-12')).then([gevraagd({ gevraagdOp: '2020-02-27', hersteltermijnEinde: '2020-03-12', opgeschortVanaf: '2020-02-28', datum: '2020-02-27' })]);
    given(aangevraagd).when(stappen.aanvulling('2020-02-28', '2020-03-13')).thenRefuses('kamerverhuur/beslistermijn-verstreken', 'gevraagdOp');
  });

  it('refuses a request without what is missing, with a hersteltermijn that does not end after it, or dated before the aanvraag', () => {
    given(aangevraagd).when({ ...stappen.aanvulling(), ontbreekt: ' ' } as never).thenRefuses('kamerverhuur/aanvulling-zonder-omschrijving', 'ontbreekt');
    given(aangevraagd).when(stappen.aanvulling('2020-01-13', '2020-01-13')).thenRefuses('kamerverhuur/termijn-ongeldig', 'hersteltermijnEinde');
    given(aangevraagd).when(stappen.aanvulling('2020-01-13', '13-1-2020')).thenRefuses('kamerverhuur/datum-ongeldig', 'hersteltermijnEinde');
    given(aangevraagd).when(stappen.aanvulling('2020-01-02', '2020-01-16')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'gevraagdOp');
    given(aangevraagd).when({ ...stappen.aanvulling(), datum: '2020-01-10' } as never).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
    given(aangevraagd).when({ ...stappen.aanvulling(), vandaag: '2020-01-12', datum: '2020-01-12' } as never).thenRefuses('kamerverhuur/datum-in-de-toekomst', 'gevraagdOp');
  });

  it('refuses a request once the aanvraag is decided, or without aanvraag', () => {
    given(verleend).when(stappen.aanvulling('2020-02-20', '2020-03-05')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
    given([]).when(stappen.aanvulling()).thenRefuses('kamerverhuur/zaak-onbekend', 'zaakId');
    given(aangevraagd).when({ ...stappen.aanvulling(), zaakId: 'een-andere-vergunning' } as never).thenRefuses('kamerverhuur/andere-zaak', 'zaakId');
  });
});
