import { aangevraagd, aanvullingGevraagd, aangevuld, door, given, stappen, verleend, zaakId } from './vergunning.spec-support';

const verdaagd = (verdagingsdatum: string, weken: number, beslistermijnEinde?: string): never =>
  ({
    type: 'BeslistermijnAanvraagVerdaagd',
    zaakId,
    verdagingsdatum,
    weken,
    motivering: 'brandveiligheidsadvies van de veiligheidsregio volgt',
    ...(beslistermijnEinde === undefined ? {} : { beslistermijnEinde }),
    datum: verdagingsdatum,
    door,
  }) as never;

describe('kamerverhuur: verdaag de beslistermijn van de aanvraag (art. 4:14 lid 3 Awb)', () => {
  it('six weeks on Friday 28 February is Goede Vrijdag 10 April 2020: the Atw moves the end past Easter Monday to Tuesday 14 April', () => {
    given(aangevraagd).when(stappen.verdaag('2020-02-20', 6)).then([verdaagd('2020-02-20', 6, '2020-04-14')]);
  });

  it('after the aanvulling of ten days, four weeks on Monday 9 March: Monday 6 April', () => {
    given(aangevuld).when(stappen.verdaag('2020-03-09', 4)).then([verdaagd('2020-03-09', 4, '2020-04-06')]);
  });

  it('while an aanvulling is awaited the term stands still: the verdaging is recorded, its end not yet known', () => {
    given(aanvullingGevraagd).when(stappen.verdaag('2020-01-20', 4)).then([verdaagd('2020-01-20', 4)]);
  });

  it('refuses a verdaging after the term ended, as late as the last day being allowed', () => {
    given(aangevuld).when(stappen.verdaag('2020-03-10', 4)).thenRefuses('kamerverhuur/beslistermijn-verstreken', 'verdagingsdatum');
    given(aangevraagd).when(stappen.verdaag('2020-02-29', 4)).thenRefuses('kamerverhuur/beslistermijn-verstreken', 'verdagingsdatum');
  });

  it('refuses a verdaging without motivering, with no whole weeks, before the aanvraag or the previous verdaging, or once decided', () => {
    given(aangevraagd).when({ ...stappen.verdaag(), motivering: '' } as never).thenRefuses('kamerverhuur/verdaging-zonder-motivering', 'motivering');
    given(aangevraagd).when(stappen.verdaag('2020-02-20', 0)).thenRefuses('kamerverhuur/verdaging-ongeldig', 'weken');
    given(aangevraagd).when(stappen.verdaag('2020-02-20', 1.5)).thenRefuses('kamerverhuur/verdaging-ongeldig', 'weken');
    given(aangevraagd).when({ ...stappen.verdaag('2020-01-02'), datum: '2020-01-06' } as never).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'verdagingsdatum');
    const eenmaal = [...aangevraagd, { type: 'BeslistermijnAanvraagVerdaagd', zaakId, verdagingsdatum: '2020-02-20', weken: 6, motivering: 'advies', beslistermijnEinde: '2020-04-14', datum: '2020-02-20', door } as const];
    given(eenmaal).when(stappen.verdaag('2020-04-01', 2)).then([verdaagd('2020-04-01', 2, '2020-04-24')]);
    given(eenmaal).when({ ...stappen.verdaag('2020-02-19', 2), datum: '2020-04-01' } as never).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'verdagingsdatum');
    given(aangevraagd).when({ ...stappen.verdaag('2020-02-20'), datum: '2020-02-19' } as never).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
    given(verleend).when(stappen.verdaag('2020-02-20')).thenRefuses('kamerverhuur/stap-in-verkeerde-volgorde');
  });
});
