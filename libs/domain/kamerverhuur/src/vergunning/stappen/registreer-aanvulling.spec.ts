import { aangevraagd, aanvullingGevraagd, aangevuld, door, given, stappen, zaakId } from './vergunning.spec-support';

const aangevuldOp = (ontvangenOp: string, velden: object = {}): never =>
  ({ type: 'AanvraagAangevuld', zaakId, aanvulling: 1, ontvangenOp, binnenHersteltermijn: true, ...velden, datum: ontvangenOp, door }) as never;

describe('kamerverhuur: registreer de aanvulling (art. 4:15 lid 1 sub a Awb)', () => {
  it('given aanvulling asked on 13 January, when it comes on Friday 24 January, then 14–23 January stood still', () => {
    given(aanvullingGevraagd).when(stappen.aangevuld()).then([aangevuldOp('2020-01-24', { opschorting: { van: '2020-01-14', totEnMet: '2020-01-23' } })]);
  });

  it('the day after the request: not a day stood still', () => {
    given(aanvullingGevraagd).when(stappen.aangevuld('2020-01-14')).then([aangevuldOp('2020-01-14')]);
  });

  it('after the hersteltermijn (27 January): recorded, marked late, the suspension counted through its last day', () => {
    given(aanvullingGevraagd)
      .when(stappen.aangevuld('2020-02-05'))
      .then([aangevuldOp('2020-02-05', { binnenHersteltermijn: false, opschorting: { van: '2020-01-14', totEnMet: '2020-01-27' } })]);
  });

  it('refuses an aanvulling nobody asked for, one before the request, and one recorded before it came', () => {
    given(aangevraagd).when(stappen.aangevuld()).thenRefuses('kamerverhuur/geen-aanvulling-gevraagd', 'zaakId');
    given(aangevuld).when(stappen.aangevuld('2020-01-30')).thenRefuses('kamerverhuur/geen-aanvulling-gevraagd', 'zaakId');
    given(aanvullingGevraagd).when(stappen.aangevuld('2020-01-10')).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'ontvangenOp');
    given(aanvullingGevraagd).when({ ...stappen.aangevuld(), datum: '2020-01-23' } as never).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
    given(aanvullingGevraagd).when({ ...stappen.aangevuld(), vandaag: '2020-01-23', datum: '2020-01-23' } as never).thenRefuses('kamerverhuur/datum-in-de-toekomst', 'ontvangenOp');
  });
});
