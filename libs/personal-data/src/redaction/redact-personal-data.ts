import { isEncryptedPersonalData } from '../encrypted-personal-data';

/**
 * Field names whose values are personal data of a person and never go into a log line, in
 * whatever case or with `-`/`_` (`geboorteDatum`, `telefoon_nummer`). They should only ever
 * hold sealed data; this list catches the plaintext that slips through (a request body, an
 * error context).
 */
export const personalDataFieldNames: readonly string[] = [
  'naam',
  'voornaam',
  'voornamen',
  'roepnaam',
  'voorletters',
  'tussenvoegsel',
  'voorvoegsel',
  'achternaam',
  'geslachtsnaam',
  'bsn',
  'burgerservicenummer',
  'geboortedatum',
  'geboorteplaats',
  'email',
  'emailadres',
  'telefoon',
  'telefoonnummer',
  'mobiel',
  'mobielnummer',
  'woonadres',
  'woonplaats',
  'postadres',
  'correspondentieadres',
  'verblijfsadres',
];

/**
 * Address fields that are personal data only under a person. In this domain a bare `adres` is
 * usually the premises (pand) a case is about, which is case data and keyed on by the recidive
 * read model; `betrokkene.adres` is where someone lives.
 */
export const personAddressFieldNames: readonly string[] = ['adres', 'straat', 'straatnaam', 'huisnummer', 'huisletter', 'huisnummertoevoeging', 'postcode', 'plaats'];

/** The keys under which a person's details are nested. */
export const personFieldNames: readonly string[] = [
  'persoon',
  'personen',
  'betrokkene',
  'betrokkenen',
  'overtreder',
  'belanghebbende',
  'eigenaar',
  'huurder',
  'verhuurder',
  'bewoner',
  'exploitant',
  'aanvrager',
  'gemachtigde',
  'contactpersoon',
];

/** What a redacted plaintext value is replaced with. */
export const redactedText = '[persoonsgegevens]';

/** What sealed data is replaced with in a log line: who it belongs to, not the ciphertext. */
export interface RedactedSealedData {
  readonly subjectId: string;
  readonly versleuteld: true;
}

const personalFields = new Set(personalDataFieldNames.map(normalise));
const personAddressFields = new Set(personAddressFieldNames.map(normalise));
const personFields = new Set(personFieldNames.map(normalise));

/**
 * A copy of `value` fit for a log line: sealed personal data becomes
 * `{ subjectId, versleuteld: true }` (the ciphertext is noise in a log and would outlive the
 * key in log archives), and plaintext under a personal field name becomes `[persoonsgegevens]`.
 * Walks plain objects and arrays at any depth; other objects (a Date, an Error) are kept as
 * they are. Meant for pino's `formatters.log`, so every log object passes through it;
 * `personalDataRedactPaths` is the second line for what bypasses it.
 */
export function redactPersonalData(value: unknown): unknown {
  return redact(value, false, new WeakSet());
}

function redact(value: unknown, underPerson: boolean, seen: WeakSet<object>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (isEncryptedPersonalData(value)) return { subjectId: value.subjectId, versleuteld: true } satisfies RedactedSealedData;
  if (seen.has(value)) return '[Circular]';
  if (Array.isArray(value)) {
    seen.add(value);
    const copy = value.map((item) => redact(item, underPerson, seen));
    seen.delete(value);
    return copy;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  seen.add(value);
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const name = normalise(key);
    const personal = personalFields.has(name) || (underPerson && personAddressFields.has(name));
    if (personal && field !== null && field !== undefined && !isEncryptedPersonalData(field)) copy[key] = redactedText;
    else copy[key] = redact(field, personFields.has(name), seen);
  }
  seen.delete(value);
  return copy;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

/**
 * Paths for pino's `redact` option: every personal field name at the top and up to two levels
 * down, and the address fields of a person. pino paths cannot match at any depth, so deeper
 * structures rely on `redactPersonalData` in `formatters.log`.
 */
export const personalDataRedactPaths: readonly string[] = [
  ...personalDataFieldNames.flatMap((name) => [name, `*.${name}`, `*.*.${name}`]),
  ...personFieldNames.flatMap((person) => personAddressFieldNames.flatMap((field) => [`${person}.${field}`, `*.${person}.${field}`])),
];
