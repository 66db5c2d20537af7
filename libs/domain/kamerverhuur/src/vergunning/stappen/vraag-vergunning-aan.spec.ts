import { aangevraagd, aangevraagdEvent, given, vraagAan } from './vergunning.spec-support';

describe('kamerverhuur: vraag de kamerverhuurvergunning aan', () => {
  it('given nothing, when an aanvraag received Friday 3 January 2020 is registered, then eight weeks run through Friday 28 February (art. 4:13 lid 2 Awb)', () => {
    given([]).when(vraagAan()).then([aangevraagdEvent]);
  });

  it('takes the weeks the gemeente’s policy sets, with their article: twelve weeks run through Friday 27 March', () => {
    given([])
      .when(vraagAan({ beslistermijnWeken: 12, grondslag: ' art. 3 Huisvestingsverordening Kerkrade ' }))
      .then([{ ...aangevraagdEvent, beslistermijn: { lengte: { aantal: 12, eenheid: 'weken' }, grondslag: 'art. 3 Huisvestingsverordening Kerkrade', einde: '2020-03-27' } }]);
  });

  it('refuses a second aanvraag on the stream, and one without gemeente, pand, aanvrager or rooms', () => {
    given(aangevraagd).when(vraagAan()).thenRefuses('kamerverhuur/aanvraag-al-geregistreerd', 'zaakId');
    given([]).when(vraagAan({ gemeente: ' ' })).thenRefuses('kamerverhuur/gemeente-ontbreekt', 'gemeente');
    given([]).when(vraagAan({ registerZaakId: '' })).thenRefuses('kamerverhuur/pand-ontbreekt', 'registerZaakId');
    given([]).when(vraagAan({ pandSleutel: '' })).thenRefuses('kamerverhuur/pand-ontbreekt', 'pandSleutel');
    given([]).when(vraagAan({ aanvragerId: ' ' })).thenRefuses('kamerverhuur/aanvrager-ontbreekt', 'aanvragerId');
    given([]).when(vraagAan({ aantalKamers: 0 })).thenRefuses('kamerverhuur/aantal-kamers-ongeldig', 'aantalKamers');
    given([]).when(vraagAan({ aantalKamers: 2.5 })).thenRefuses('kamerverhuur/aantal-kamers-ongeldig', 'aantalKamers');
  });

  it('refuses a beslistermijn that is no whole number of weeks from 1 to 52', () => {
    given([]).when(vraagAan({ beslistermijnWeken: 0 })).thenRefuses('kamerverhuur/beslistermijn-ongeldig', 'beslistermijnWeken');
    given([]).when(vraagAan({ beslistermijnWeken: 53 })).thenRefuses('kamerverhuur/beslistermijn-ongeldig', 'beslistermijnWeken');
  });

  it('refuses an ontvangstdatum that is no date, lies after today, or after the registration', () => {
    given([]).when(vraagAan({ ontvangstdatum: '3-1-2020' })).thenRefuses('kamerverhuur/datum-ongeldig', 'ontvangstdatum');
    given([]).when(vraagAan({ vandaag: '2020-01-06', ontvangstdatum: '2020-01-07' })).thenRefuses('kamerverhuur/datum-in-de-toekomst', 'ontvangstdatum');
    given([]).when(vraagAan({ datum: '2020-01-02' })).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
    given([]).when(vraagAan({ vandaag: '2020-01-05' })).thenRefuses('kamerverhuur/datum-in-de-toekomst', 'datum');
  });
});
