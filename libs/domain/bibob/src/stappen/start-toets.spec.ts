import type { Aanvraag } from '../bibob.events';
import { given, gestart, start, opSignaal } from './zaak.spec-support';

const aanvraag = gestart.aanleiding as Aanvraag;

describe('bibob: start toets', () => {
  it('given nothing, when a toets starts on an aanvraag, then it records the aanvraag with eight weeks (art. 4:13 lid 2 Awb)', () => {
    given([]).when(start()).then([gestart]);
  });

  it('takes the special law’s weeks the policy gives, and its article', () => {
    const aanleiding: Aanvraag = { ...aanvraag, beslistermijnWeken: 12, grondslag: 'art. 3 Alcoholwet' };
    given([]).when(start({ aanleiding: { ...aanleiding } })).then([{ ...gestart, aanleiding }]);
    given([]).when(start({ aanleiding: { ...aanleiding, beslistermijnWeken: 0 } })).thenRefuses('bibob/beslistermijn-ongeldig', 'aanleiding.beslistermijnWeken');
  });

  it('starts on a signal, with the running permit concerned', () => {
    given([]).when(start({ aanleiding: opSignaal.aanleiding })).then([opSignaal]);
    given([]).when(start({ aanleiding: { soort: 'signaal', reden: 'vastgoedtransactie', betrokkeneId: 'b-koper' } })).then([{ ...gestart, aanleiding: { soort: 'signaal', reden: 'vastgoedtransactie', betrokkeneId: 'b-koper' } }]);
  });

  it('given nothing, when a toets starts on the aanvraag for a horecazaak, then it names the pand by its key (the dossier shows the toets exists there)', () => {
    const pand = { sleutel: 'adres:6461AB-2-A', identiteit: { soort: 'adres', postcode: '6461AB', huisnummer: 2, huisletter: 'A' } } as const;
    given([]).when(start({ pand: { postcode: '6461 ab', huisnummer: '2', huisletter: 'a' } })).then([{ ...gestart, pand }]);
    given([]).when(start({ pand: { postcode: '6461', huisnummer: 2 } })).thenRefuses('pand/postcode-ongeldig', 'pand.postcode');
  });

  it('refuses types and reasons outside the closed lists, a missing aanvrager, a start before receipt, and a second start', () => {
    given([]).when(start({ aanleiding: { ...aanvraag, aanvraagtype: 'kapvergunning' as never } })).thenRefuses('bibob/aanvraagtype-onbekend', 'aanleiding.aanvraagtype');
    given([]).when(start({ aanleiding: { soort: 'signaal', reden: 'buurtklacht' as never, betrokkeneId: 'b-1' } })).thenRefuses('bibob/reden-onbekend', 'aanleiding.reden');
    given([]).when(start({ aanleiding: { soort: 'anders' } as never })).thenRefuses('bibob/aanleiding-onbekend', 'aanleiding.soort');
    given([]).when(start({ aanleiding: { ...aanvraag, aanvragerId: ' ' } })).thenRefuses('bibob/aanvrager-ontbreekt', 'aanleiding.aanvragerId');
    given([]).when(start({ startdatum: '2023-09-01' })).thenRefuses('bibob/datum-voor-vorige-stap', 'startdatum');
    given([]).when(start({ vandaag: '2023-09-04' })).thenRefuses('bibob/datum-in-de-toekomst', 'datum');
    given([gestart]).when(start()).thenRefuses('bibob/toets-bestaat-al', 'zaakId');
  });
});
