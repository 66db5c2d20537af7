import { DomainRuleViolation } from '@handhaving/domain-shared';

/**
 * A municipality as CBS numbers it: `GM` and four digits (`GM0928` Kerkrade). The code, not
 * the name, identifies a gemeente: names change with mergers, and a new municipality gets a
 * new code.
 */
export type Gemeentecode = string & { readonly __gemeentecode: unique symbol };

const PATROON = /^GM\d{4}$/;

export function isGemeentecode(waarde: unknown): waarde is Gemeentecode {
  return typeof waarde === 'string' && PATROON.test(waarde) && waarde !== 'GM0000';
}

/**
 * Reads a gemeentecode as users type it (`gm0928`, ` GM0928 `) and gives it in its one
 * canonical form; anything else is refused with rule `gemeentecode/ongeldig` on `veld`.
 */
export function parseGemeentecode(tekst: string, veld = 'gemeente'): Gemeentecode {
  const genormaliseerd = typeof tekst === 'string' ? tekst.trim().toUpperCase() : '';
  if (!isGemeentecode(genormaliseerd)) {
    throw new DomainRuleViolation(
      'gemeentecode/ongeldig',
      `${JSON.stringify(tekst)} is geen CBS-gemeentecode: schrijf GM en vier cijfers, bijvoorbeeld GM0928 (Kerkrade)`,
      veld,
    );
  }
  return genormaliseerd;
}

/**
 * The municipalities of the published safety plans the product was built from, with their CBS codes (CBS Gemeentelijke
 * indeling; the Heuvelland five as named in the IVP Heuvelland 2024-2027).
 */
export const SEED_GEMEENTEN = {
  GM0928: 'Kerkrade',
  GM0935: 'Maastricht',
  GM0938: 'Meerssen',
  GM0981: 'Vaals',
  GM0983: 'Venlo',
  GM0994: 'Valkenburg aan de Geul',
  GM1641: 'Maasgouw',
  GM1729: 'Gulpen-Wittem',
  GM1903: 'Eijsden-Margraten',
} as const satisfies Record<string, string>;

export type SeedGemeentecode = keyof typeof SEED_GEMEENTEN;

/**
 * The five Heuvelland gemeenten, who work together in one team and brought their
 * Damoclesbeleid into line ("gelijk getrokken voor vrijwel het hele Heuvelland", IVP Heuvelland 2024-2027).
 */
export const HEUVELLAND_GEMEENTEN = ['GM1903', 'GM1729', 'GM0938', 'GM0981', 'GM0994'] as const satisfies readonly SeedGemeentecode[];

/** The name of a seed municipality, or `undefined` for a code outside the seeds. */
export function gemeentenaam(code: string): string | undefined {
  return Object.hasOwn(SEED_GEMEENTEN, code) ? SEED_GEMEENTEN[code as SeedGemeentecode] : undefined;
}
