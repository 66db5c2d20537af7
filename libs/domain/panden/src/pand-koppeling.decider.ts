import { DomainRuleViolation, leesPand, pandSleutel, type Decider, type PandAdres, type PandBag } from '@handhaving/domain-shared';
import type { AdresInvoer, PandKoppelingCommand } from './pand-koppeling.commands';
import type { PandKoppelingEvent } from './pand-koppeling.events';

/*
 * Which adresseerbaar object (BAG id) an address belongs to. One stream per address, because the
 * rule to keep is per address: an address belongs to at most one adresseerbaar object. (An object
 * may have several addresses, a hoofdadres and nevenadressen, so the BAG id is not the boundary.)
 */

export type PandKoppelingState =
  | { readonly status: 'ongekoppeld' }
  | { readonly status: 'gekoppeld'; readonly adresSleutel: string; readonly adresseerbaarObjectId: string; readonly datum: string };

/** Every link stream starts with this: `pand-adres-6461AB-12-A`. */
export const PAND_KOPPELING_STREAM_PREFIX = 'pand-adres-';

/** The stream of an address's link: its normalised key without `adres:` (no `:` in a stream id). */
export function pandKoppelingStreamId(adres: AdresInvoer | PandAdres): string {
  return `${PAND_KOPPELING_STREAM_PREFIX}${pandSleutel(leesAdres(adres)).slice('adres:'.length)}`;
}

export const pandKoppelingDecider: Decider<PandKoppelingCommand, PandKoppelingEvent, PandKoppelingState> = {
  initialState: () => ({ status: 'ongekoppeld' }),

  evolve(state, event) {
    switch (event.type) {
      case 'AdresAanPandGekoppeld':
        return { status: 'gekoppeld', adresSleutel: event.adresSleutel, adresseerbaarObjectId: event.adresseerbaarObjectId, datum: event.datum };
      default: {
        // A stream may carry events this version does not know (a reminder, a newer type): they change nothing here.
        const onbekend: never = event.type;
        void onbekend;
        return state;
      }
    }
  },

  decide(command, state) {
    switch (command.type) {
      case 'KoppelAdresAanPand': {
        const adres = leesAdres(command.adres);
        const bag = leesPand({ adresseerbaarObjectId: command.adresseerbaarObjectId }) as PandBag;
        if (state.status === 'gekoppeld') {
          if (state.adresseerbaarObjectId === bag.adresseerbaarObjectId) return []; // already so: nothing new to record
          throw new DomainRuleViolation(
            'pand/adres-al-gekoppeld',
            `Adres ${leesbaar(adres)} is al op ${state.datum} gekoppeld aan BAG-id ${state.adresseerbaarObjectId}; een adres hoort bij één adresseerbaar object`,
            'adresseerbaarObjectId',
          );
        }
        return [
          {
            type: 'AdresAanPandGekoppeld',
            adres,
            adresSleutel: pandSleutel(adres),
            adresseerbaarObjectId: bag.adresseerbaarObjectId,
            bagSleutel: pandSleutel(bag),
            gemeente: command.gemeente,
            datum: command.datum,
            door: command.door,
          },
        ];
      }
      default: {
        const onbekend: never = command.type;
        return onbekend;
      }
    }
  },
};

function leesAdres(invoer: AdresInvoer | PandAdres): PandAdres {
  const pand = leesPand(invoer);
  if (pand.soort !== 'adres') throw new DomainRuleViolation('pand/adres-verwacht', 'Geef een adres (postcode en huisnummer), geen BAG-id', 'postcode');
  return pand;
}

/** `6461AB 12A-2`, as the address is written on a letter. */
function leesbaar(adres: PandAdres): string {
  const toevoeging = adres.huisnummertoevoeging === undefined ? '' : `-${adres.huisnummertoevoeging}`;
  return `${adres.postcode} ${adres.huisnummer}${adres.huisletter ?? ''}${toevoeging}`;
}
