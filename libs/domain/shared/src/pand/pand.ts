import { DomainRuleViolation } from '../decider/domain-rule-violation';

/*
 * Which premises a case is about, the same way in every context, so that a find, a dwangsom and
 * a Bibob check on one address meet in one key. Either the BAG id of the adresseerbaar object
 * (verblijfsobject, ligplaats or standplaats), or the address as the medewerker wrote it,
 * normalised the way PostNL and the BAG write it.
 */

export interface PandBag {
  readonly soort: 'bag';
  /** 16 digits: gemeentecode (4), objecttypecode (2: 01 verblijfsobject, 02 ligplaats, 03 standplaats), volgnummer (10). */
  readonly adresseerbaarObjectId: string;
}

export interface PandAdres {
  readonly soort: 'adres';
  /** `6461AB`: four digits, two capitals, no space. */
  readonly postcode: string;
  readonly huisnummer: number;
  /** One capital letter, e.g. `A` in 12A. */
  readonly huisletter?: string;
  /** Up to four capitals and digits, e.g. `2` in 12A-2 or `BIS`. */
  readonly huisnummertoevoeging?: string;
}

export type Pand = PandBag | PandAdres;

/** What a form or an import gives: loosely written, read by `leesPand`. */
export type PandInvoer =
  | { readonly adresseerbaarObjectId: string }
  | {
      readonly postcode: string;
      readonly huisnummer: number | string;
      readonly huisletter?: string | null;
      readonly huisnummertoevoeging?: string | null;
    };

const BAG_ID = /^\d{16}$/;
const ADRESSEERBARE_OBJECTTYPEN = ['01', '02', '03'];
/** PostNL never issues a first digit 0, nor the letter pairs SA, SD and SS. */
const POSTCODE = /^[1-9]\d{3}[A-Z]{2}$/;
const VERBODEN_LETTERS = ['SA', 'SD', 'SS'];
const HUISLETTER = /^[A-Z]$/;
/** BAG: huisnummertoevoeging is at most four alphanumeric characters. */
const TOEVOEGING = /^[A-Z0-9]{1,4}$/;

/** Spaces and dashes around a letter or toevoeging separate it from the huisnummer; they are not part of it. */
const SCHEIDING = /^[\s-]+|[\s-]+$/g;

function zonderScheiding(waarde: string | null | undefined): string {
  return String(waarde ?? '').replace(SCHEIDING, '').toUpperCase();
}

function leeg(waarde: string | null | undefined): boolean {
  return zonderScheiding(waarde) === '';
}

/** Normalises and checks a pand; refuses with the field that is wrong, in Dutch. */
export function leesPand(invoer: PandInvoer | Pand): Pand {
  if ('adresseerbaarObjectId' in invoer) {
    const id = String(invoer.adresseerbaarObjectId ?? '').trim();
    if (!BAG_ID.test(id)) {
      throw new DomainRuleViolation(
        'pand/bag-id-ongeldig',
        `BAG-id ${JSON.stringify(invoer.adresseerbaarObjectId)} is ongeldig: een adresseerbaar object heeft een id van 16 cijfers, bijvoorbeeld 0928010000012345`,
        'adresseerbaarObjectId',
      );
    }
    if (!ADRESSEERBARE_OBJECTTYPEN.includes(id.slice(4, 6))) {
      throw new DomainRuleViolation(
        'pand/bag-id-ongeldig',
        `BAG-id ${id} is geen adresseerbaar object: cijfers 5 en 6 moeten 01 (verblijfsobject), 02 (ligplaats) of 03 (standplaats) zijn, niet ${id.slice(4, 6)}`,
        'adresseerbaarObjectId',
      );
    }
    return { soort: 'bag', adresseerbaarObjectId: id };
  }

  const postcode = String(invoer.postcode ?? '').replace(/\s+/g, '').toUpperCase();
  if (!POSTCODE.test(postcode) || VERBODEN_LETTERS.includes(postcode.slice(4))) {
    throw new DomainRuleViolation(
      'pand/postcode-ongeldig',
      `Postcode ${JSON.stringify(invoer.postcode)} is ongeldig: verwacht vier cijfers (niet beginnend met 0) en twee letters (niet SA, SD of SS), bijvoorbeeld 6461 AB`,
      'postcode',
    );
  }
  const huisnummerTekst = String(invoer.huisnummer ?? '').trim();
  const huisnummer = Number(huisnummerTekst);
  if (!/^\d{1,5}$/.test(huisnummerTekst) || huisnummer < 1) {
    throw new DomainRuleViolation(
      'pand/huisnummer-ongeldig',
      `Huisnummer ${JSON.stringify(invoer.huisnummer)} is ongeldig: verwacht een heel getal van 1 tot en met 99999, zonder letter of toevoeging`,
      'huisnummer',
    );
  }
  let huisletter: string | undefined;
  if (!leeg(invoer.huisletter)) {
    huisletter = zonderScheiding(invoer.huisletter);
    if (!HUISLETTER.test(huisletter)) {
      throw new DomainRuleViolation('pand/huisletter-ongeldig', `Huisletter ${JSON.stringify(invoer.huisletter)} is ongeldig: verwacht één letter`, 'huisletter');
    }
  }
  let huisnummertoevoeging: string | undefined;
  if (!leeg(invoer.huisnummertoevoeging)) {
    huisnummertoevoeging = zonderScheiding(invoer.huisnummertoevoeging);
    if (!TOEVOEGING.test(huisnummertoevoeging)) {
      throw new DomainRuleViolation(
        'pand/toevoeging-ongeldig',
        `Huisnummertoevoeging ${JSON.stringify(invoer.huisnummertoevoeging)} is ongeldig: verwacht hoogstens vier letters of cijfers, zonder spaties of streepjes`,
        'huisnummertoevoeging',
      );
    }
  }
  if (huisletter === undefined && huisnummertoevoeging !== undefined && HUISLETTER.test(huisnummertoevoeging)) {
    // "1a", "1 A" and "1-a" are one pand however a form split them: a lone letter is the huisletter.
    huisletter = huisnummertoevoeging;
    huisnummertoevoeging = undefined;
  }
  return {
    soort: 'adres',
    postcode,
    huisnummer,
    ...(huisletter === undefined ? {} : { huisletter }),
    ...(huisnummertoevoeging === undefined ? {} : { huisnummertoevoeging }),
  };
}

/**
 * A pand in a command's field `veld` (`pand`, `bezoeken[2].pand`), read as `leesPand` reads it: a
 * refusal keeps its `pand/…` rule and names the field under `veld` (`pand.postcode`).
 */
export function leesPandIn(invoer: PandInvoer | Pand, veld: string): Pand {
  try {
    return leesPand(invoer);
  } catch (error) {
    if (error instanceof DomainRuleViolation) throw new DomainRuleViolation(error.rule, error.detail, error.field === undefined ? veld : `${veld}.${error.field}`);
    throw error;
  }
}

/**
 * One stable key per pand: `bag:0928010000012345`, `adres:6461AB-12`, `adres:6461AB-12-A`,
 * `adres:6461AB-12-A-2`, `adres:6461AB-12--2` (toevoeging without huisletter). Read models and
 * the recidive check group by it. A BAG id and an address of the same premises give two keys;
 * they meet once a medewerker links them (`AdresAanPandGekoppeld`, @handhaving/domain-panden).
 */
export function pandSleutel(pand: Pand): string {
  const p = leesPand(pand);
  if (p.soort === 'bag') return `bag:${p.adresseerbaarObjectId}`;
  const delen = [p.postcode, String(p.huisnummer)];
  if (p.huisletter !== undefined || p.huisnummertoevoeging !== undefined) delen.push(p.huisletter ?? '');
  if (p.huisnummertoevoeging !== undefined) delen.push(p.huisnummertoevoeging);
  return `adres:${delen.join('-')}`;
}

/** The pand behind a key made by `pandSleutel`; refuses anything else, naming the field that is wrong. */
export function leesPandSleutel(sleutel: string): Pand {
  const pand = pandUitSleutel(sleutel);
  if (pandSleutel(pand) !== sleutel) {
    // Only the normal form is a key: `adres:6461ab-12` would group apart from `adres:6461AB-12`.
    throw new DomainRuleViolation('pand/sleutel-ongeldig', `Pandsleutel ${JSON.stringify(sleutel)} is niet genormaliseerd; schrijf ${pandSleutel(pand)}`, 'pand');
  }
  return pand;
}

/**
 * A key in today's normal form, also when an earlier version wrote it otherwise: events keep the
 * key they were recorded with, and `adres:6461AB-12--A` (a lone letter as toevoeging) is now
 * `adres:6461AB-12-A`. Read models group by this, so old and new finds in one pand meet.
 */
export function normalePandSleutel(sleutel: string): string {
  return pandSleutel(pandUitSleutel(sleutel));
}

function pandUitSleutel(sleutel: string): Pand {
  const bag = /^bag:(.*)$/.exec(sleutel);
  if (bag) return leesPand({ adresseerbaarObjectId: bag[1] });
  const adres = /^adres:([^-]*)-([^-]*)(?:-([^-]*))?(?:-([^-]*))?$/.exec(sleutel);
  if (!adres) {
    throw new DomainRuleViolation(
      'pand/sleutel-ongeldig',
      `Pandsleutel ${JSON.stringify(sleutel)} is ongeldig: verwacht bag:<16 cijfers> of adres:<postcode>-<huisnummer>[-<huisletter>[-<toevoeging>]]`,
      'pand',
    );
  }
  return leesPand({ postcode: adres[1], huisnummer: adres[2], huisletter: adres[3], huisnummertoevoeging: adres[4] });
}
