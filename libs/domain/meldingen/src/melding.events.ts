import type { Pand } from '@handhaving/domain-shared';
import type { VerzegeldeInhoud } from './verzegelde-inhoud';

/*
 * A melding: one signal about an address or an area that reached OOV (issue 15, item 1). One
 * melding per stream `melding-{zaakId}`. Every event carries the day it was recorded
 * (`geregistreerdOp`: the API's `vandaag`, else the step's date), so the figures can be read as
 * known on an earlier day.
 */

/** Where a signal comes from. */
export const BRONNEN = ['meldpunt-overlast', 'meldkamer-handhaving', 'politie', 'riec', 'brp', 'eerdere-zaak'] as const;
export type Bron = (typeof BRONNEN)[number];

/** The columns of Kerkrade's table "Cijfers meldpunt overlast" (Integraal Veiligheidsplan, chapter 6). */
export const MELDPUNT_CATEGORIEEN = [
  'drugsoverlast',
  'georganiseerde-criminaliteit-en-ondermijning',
  'verward-gedrag',
  'jeugdoverlast',
  'prostitutie-en-mensenhandel',
  'huiselijk-geweld',
  'sociale-veiligheid-openbare-ruimte',
  'verkeersveiligheid',
  'woonoverlast',
] as const;
export type MeldpuntCategorie = (typeof MELDPUNT_CATEGORIEEN)[number];

/**
 * The columns of Kerkrade's table "Cijfers meldkamer handhaving" (chapter 6), fifteen: the
 * columns of each year add up to its total (4008, 3331, 2362). The scanned header of the second
 * part reads "Overlast bedrijven" and "Overlast horeca en/of bedrijven" as two columns; kept so.
 */
export const MELDKAMER_CATEGORIEEN = [
  'overlast-verdovende-middelen',
  'overlast-geluid',
  'vernieling-en-of-graffiti',
  'overlast-jeugd',
  'overlast-recreatie-en-of-buitengebied',
  'leefbaarheid-algemeen',
  'overlast-verkeer-en-of-parkeren',
  'overlast-personen-en-antisociaal-gedrag',
  'overlast-afvalstoffen',
  'overlast-huisdieren',
  'defecte-en-of-gevonden-voertuigen',
  'overlast-bedrijven',
  'overlast-horeca-en-of-bedrijven',
  'overlast-stank',
  'overlast-vuurwerk',
] as const;
export type MeldkamerCategorie = (typeof MELDKAMER_CATEGORIEEN)[number];

export const CATEGORIEEN = [...MELDPUNT_CATEGORIEEN, ...MELDKAMER_CATEGORIEEN] as const;
export type Categorie = MeldpuntCategorie | MeldkamerCategorie;

/**
 * Which categories a source may use. The meldpunt and the meldkamer each keep their own list
 * (Kerkrade counts them in separate tables); the police, the RIEC, a BRP anomaly or an earlier case
 * have no table of their own, and take a category from either list.
 */
export function categorieenVan(bron: Bron): readonly Categorie[] {
  switch (bron) {
    case 'meldpunt-overlast':
      return MELDPUNT_CATEGORIEEN;
    case 'meldkamer-handhaving':
      return MELDKAMER_CATEGORIEEN;
    case 'politie':
    case 'riec':
    case 'brp':
    case 'eerdere-zaak':
      return CATEGORIEEN;
    default: {
      const onbekend: never = bron;
      return onbekend;
    }
  }
}

/** What a melding is about: a pand (BAG id or address), or an area described in words. */
export type Plaats = { readonly soort: 'pand'; readonly pand: Pand } | { readonly soort: 'gebied'; readonly omschrijving: string };

export const REDENEN_VAN_SLUITEN = ['afgehandeld', 'doorverwezen', 'geen-actie-nodig', 'opgenomen-in-zaak'] as const;
export type RedenVanSluiten = (typeof REDENEN_VAN_SLUITEN)[number];

/** The case a melding was taken into: its context (`damocles`, `kamerverhuur`, …) and id. */
export interface GekoppeldeZaak {
  readonly context: string;
  readonly zaakId: string;
}

interface MeldingStap {
  readonly zaakId: string;
  /** The domain date of the step (YYYY-MM-DD). */
  readonly datum: string;
  readonly door: string;
  /** The day it was recorded (the command's `vandaag`, else its `datum`). */
  readonly geregistreerdOp: string;
}

export interface MeldingGeregistreerd extends MeldingStap {
  readonly type: 'MeldingGeregistreerd';
  readonly gemeente: string;
  readonly bron: Bron;
  readonly categorie: Categorie;
  readonly plaats: Plaats;
  /** The day the signal was made (the figures count by it). */
  readonly meldingsdatum: string;
  /** The melder's words: they may name people, so they travel sealed. */
  readonly omschrijving?: VerzegeldeInhoud;
}

export interface MeldingAanPandGekoppeld extends MeldingStap {
  readonly type: 'MeldingAanPandGekoppeld';
  readonly pand: Pand;
}

export interface MeldingGesloten extends MeldingStap {
  readonly type: 'MeldingGesloten';
  readonly reden: RedenVanSluiten;
  /** Only with `opgenomen-in-zaak`. */
  readonly zaak?: GekoppeldeZaak;
}

export type MeldingEvent = MeldingGeregistreerd | MeldingAanPandGekoppeld | MeldingGesloten;

export const MELDING_EVENT_TYPES: readonly MeldingEvent['type'][] = ['MeldingGeregistreerd', 'MeldingAanPandGekoppeld', 'MeldingGesloten'];
