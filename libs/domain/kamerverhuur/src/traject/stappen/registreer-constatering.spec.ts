import { constateer, geconstateerd, given } from './traject.spec-support';

describe('kamerverhuur traject: registreer constatering', () => {
  it('given nothing, when a toezichthouder’s finding is registered, then the traject opens on the pand, the soort and the overtreder', () => {
    given([]).when(constateer()).then([geconstateerd]);
  });

  it('takes illegal woningsplitsing, a flexteam control it came from, and trims the texts', () => {
    given([]).when(constateer({ soort: 'woningsplitsing' })).then([{ ...geconstateerd, soort: 'woningsplitsing' }]);
    const bron = { context: 'flexteam', zaakId: 'f1e2d3c4-b5a6-4978-8a1b-2c3d4e5f6a7b' } as const;
    const { datum, door, ...feiten } = geconstateerd;
    given([]).when(constateer({ bron })).then([{ ...feiten, bron, datum, door }]);
    given([]).when(constateer({ toezichthouder: ' t-jansen ', overtrederId: ' b-eigenaar' })).then([geconstateerd]);
  });

  it('refuses a second constatering on the same traject', () => {
    given([geconstateerd]).when(constateer()).thenRefuses('kamerverhuur/zaak-bestaat-al', 'zaakId');
  });

  it('refuses a traject without gemeente, register entry, pand, overtreder, toezichthouder or bevindingen, or of an unknown soort', () => {
    given([]).when(constateer({ gemeente: ' ' })).thenRefuses('kamerverhuur/gemeente-ontbreekt', 'gemeente');
    given([]).when(constateer({ registerZaakId: '' })).thenRefuses('kamerverhuur/register-ontbreekt', 'registerZaakId');
    given([]).when(constateer({ pandSleutel: '' })).thenRefuses('kamerverhuur/pand-ontbreekt', 'pandSleutel');
    given([]).when(constateer({ soort: 'woonoverlast' as never })).thenRefuses('kamerverhuur/soort-onbekend', 'soort');
    given([]).when(constateer({ overtrederId: '' })).thenRefuses('kamerverhuur/overtreder-ontbreekt', 'overtrederId');
    given([]).when(constateer({ toezichthouder: ' ' })).thenRefuses('kamerverhuur/toezichthouder-ontbreekt', 'toezichthouder');
    given([]).when(constateer({ bevindingen: '' })).thenRefuses('kamerverhuur/bevindingen-ontbreken', 'bevindingen');
  });

  it('refuses a bron other than a flexteam control, or one without its zaak', () => {
    given([]).when(constateer({ bron: { context: 'damocles' as never, zaakId: 'x' } })).thenRefuses('kamerverhuur/bron-onbekend', 'bron.context');
    given([]).when(constateer({ bron: { context: 'flexteam', zaakId: ' ' } })).thenRefuses('kamerverhuur/bron-onbekend', 'bron.zaakId');
  });

  it('refuses a constateringsdatum that is no date, lies after today, or after the day it is registered', () => {
    given([]).when(constateer({ constateringsdatum: '6-2-2020' })).thenRefuses('kamerverhuur/datum-ongeldig', 'constateringsdatum');
    given([]).when({ ...constateer(), vandaag: '2020-02-05', datum: '2020-02-05' }).thenRefuses('kamerverhuur/datum-in-de-toekomst', 'constateringsdatum');
    given([]).when(constateer({ datum: '2020-02-05' })).thenRefuses('kamerverhuur/datum-voor-vorige-stap', 'datum');
    given([]).when(constateer({ datum: '2020-02-30' })).thenRefuses('kamerverhuur/datum-ongeldig', 'datum');
  });
});
