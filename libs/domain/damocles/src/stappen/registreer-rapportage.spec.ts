import { DeciderSpecification } from '@handhaving/domain-shared';
import type { RegistreerRapportage } from '../damocles.commands';
import { damoclesDecider, zwaarsteCategorie } from '../damocles.decider';
import { door, zaakId } from './zaak.spec-support';
import { harddrugsOntvangen, ontvangen } from './zaak-events.spec-support';

const given = DeciderSpecification.for(damoclesDecider).given;

// A hennepkwekerij in a woning in Kerkrade: softdrugs, a first find.
const registreer = (velden: Partial<RegistreerRapportage> = {}): RegistreerRapportage => ({
  type: 'RegistreerRapportage',
  zaakId,
  gemeente: 'GM0928',
  pand: { postcode: '6461 ab', huisnummer: '12', huisletter: 'a' },
  pandtype: 'woning',
  constateringsdatum: '2021-02-10',
  ontvangstdatum: '2021-02-15',
  vondsten: [
    { categorie: 'attributen', omschrijving: 'kweekapparatuur' },
    { categorie: 'softdrugs', omschrijving: 'hennepkwekerij', hoeveelheid: '120 planten' },
  ],
  betrokkenen: [
    { betrokkeneId: 'b-eigenaar', rol: 'eigenaar' },
    { betrokkeneId: 'b-huurder', rol: 'gebruiker' },
  ],
  datum: '2021-02-15',
  door,
  ...velden,
});

describe('damocles: registreer rapportage', () => {
  it('given nothing, when a rapportage is registered, then RapportageOntvangen with the pand normalised and the heaviest category derived', () => {
    given([]).when(registreer()).then([ontvangen]);
  });

  it('classifies a find by its heaviest category: harddrugs > softdrugs > attributen', () => {
    expect(zwaarsteCategorie([{ categorie: 'attributen' }, { categorie: 'harddrugs' }, { categorie: 'softdrugs' }])).toBe('harddrugs');
    expect(zwaarsteCategorie([{ categorie: 'attributen' }, { categorie: 'softdrugs' }])).toBe('softdrugs');
    expect(zwaarsteCategorie([{ categorie: 'attributen' }])).toBe('attributen');
    given([]).when(registreer({ vondsten: harddrugsOntvangen.vondsten })).then([harddrugsOntvangen]);
  });

  it('given nothing, when the police report follows a flexteam control that found drugs, then the case names that control as its bron', () => {
    const bron = { context: 'flexteam', zaakId: 'controle-1' } as const;
    given([]).when(registreer({ bron })).then([{ ...ontvangen, bron }]);
    given([])
      .when(registreer({ bron: { context: 'buurman' as never, zaakId: 'controle-1' } }))
      .thenRefuses('damocles/bron-onbekend', 'bron.context');
    given([]).when(registreer({ bron: { context: 'flexteam', zaakId: ' ' } })).thenRefuses('damocles/bron-onbekend', 'bron.zaakId');
  });

  it('keeps a BAG id as the pand key', () => {
    const bag = { soort: 'bag', adresseerbaarObjectId: '0928010000012345' } as const;
    given([])
      .when(registreer({ pand: { adresseerbaarObjectId: '0928010000012345' } }))
      .then([{ ...ontvangen, pand: { sleutel: 'bag:0928010000012345', identiteit: bag, pandtype: 'woning' } }]);
  });

  it('refuses a second registration, a rapportage without finds, an unknown category, a report received before the find, an invalid postcode or date', () => {
    given([ontvangen]).when(registreer()).thenRefuses('damocles/zaak-bestaat-al', 'zaakId');
    given([]).when(registreer({ vondsten: [] })).thenRefuses('damocles/geen-vondsten', 'vondsten');
    given([])
      .when(registreer({ vondsten: [{ categorie: 'xtc' as never, omschrijving: 'pillen' }] }))
      .thenRefuses('damocles/categorie-onbekend', 'vondsten[0].categorie');
    given([]).when(registreer({ ontvangstdatum: '2021-02-09' })).thenRefuses('damocles/datum-voor-vorige-stap', 'ontvangstdatum');
    given([]).when(registreer({ pand: { postcode: '6461 SS', huisnummer: 12 } })).thenRefuses('pand/postcode-ongeldig', 'pand.postcode');
    given([]).when(registreer({ constateringsdatum: '2021-02-30' })).thenRefuses('damocles/datum-ongeldig', 'constateringsdatum');
    given([]).when(registreer({ pandtype: 'bedrijf' as never })).thenRefuses('damocles/pandtype-onbekend', 'pandtype');
    given([])
      .when(registreer({ betrokkenen: [{ betrokkeneId: 'b-1', rol: 'buurman' as never }] }))
      .thenRefuses('damocles/rol-onbekend', 'betrokkenen[0].rol');
  });
});
