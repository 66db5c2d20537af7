import { TermijnFout } from './termijn-fout';

/**
 * A calendar date in Europe/Amsterdam as `YYYY-MM-DD`: "the term ends on 14 April" means through
 * the end of that local day, whatever the UTC offset. It is never an instant, so daylight saving
 * cannot shift it. The brand makes sure only validated text is typed as a date.
 */
export type Kalenderdatum = string & { readonly __kalenderdatum: true };

/** ISO weekday: 1 = maandag … 7 = zondag. */
export type Weekdag = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export const WEEKDAGNAMEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
export type Weekdagnaam = (typeof WEEKDAGNAMEN)[number];

const MAANDNAMEN = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/*
 * Inside the library a date is a day number: whole days since 1970-01-01 in the proleptic
 * Gregorian calendar. Adding days is then integer addition, exact and far cheaper than any
 * date-time object. The conversions are Howard Hinnant's `days_from_civil`/`civil_from_days`.
 */

export function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

/** Day number of a (valid) year, month and day. */
export function dagnummerVan(jaar: number, maand: number, dag: number): number {
  const y = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (maand > 2 ? maand - 3 : maand + 9) + 2) / 5) + dag - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month and day of a day number, written into a reusable triple to spare an allocation. */
export interface JaarMaandDag {
  jaar: number;
  maand: number;
  dag: number;
}

export function delenVan(dagnummer: number, uit: JaarMaandDag = { jaar: 0, maand: 0, dag: 0 }): JaarMaandDag {
  const z = dagnummer + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const maand = mp < 10 ? mp + 3 : mp - 9;
  uit.dag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  uit.maand = maand;
  uit.jaar = yoe + era * 400 + (maand <= 2 ? 1 : 0);
  return uit;
}

const werk: JaarMaandDag = { jaar: 0, maand: 0, dag: 0 };

export function jaarVan(dagnummer: number): number {
  return delenVan(dagnummer, werk).jaar;
}

/** 1970-01-01 was a Thursday. */
export function weekdagVan(dagnummer: number): Weekdag {
  return ((((dagnummer + 3) % 7) + 7) % 7) + 1 as Weekdag;
}

export function weekdagnaamVan(dagnummer: number): Weekdagnaam {
  return WEEKDAGNAMEN[weekdagVan(dagnummer) - 1];
}

/*
 * Formatting is on the hot path of every explanation (start, end, each day passed over), so the
 * text of each day 1965–2100 is made once and kept: about 50,000 short strings.
 */
const CACHE_EERSTE = dagnummerVan(1965, 1, 1);
const tekstCache: (Kalenderdatum | undefined)[] = new Array(dagnummerVan(2101, 1, 1) - CACHE_EERSTE);

export function formatDagnummer(dagnummer: number): Kalenderdatum {
  const index = dagnummer - CACHE_EERSTE;
  if (index >= 0 && index < tekstCache.length) return (tekstCache[index] ??= maakTekst(dagnummer));
  return maakTekst(dagnummer);
}

function maakTekst(dagnummer: number): Kalenderdatum {
  const { jaar, maand, dag } = delenVan(dagnummer, werk);
  const j = jaar >= 1000 && jaar <= 9999 ? String(jaar) : String(jaar).padStart(4, '0');
  return (j + (maand < 10 ? '-0' : '-') + maand + (dag < 10 ? '-0' : '-') + dag) as Kalenderdatum;
}

const NUL = 48;

function cijfer(tekst: string, i: number): number {
  const c = tekst.charCodeAt(i) - NUL;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Reads `YYYY-MM-DD` into a day number. Impossible dates (2021-02-29, 2021-13-01) are refused
 * with a message naming the value: a typo in a date must never silently become another day.
 */
export function parseDagnummer(tekst: string, veld = 'datum'): number {
  if (typeof tekst === 'string' && tekst.length === 10 && tekst.charCodeAt(4) === 45 && tekst.charCodeAt(7) === 45) {
    const j0 = cijfer(tekst, 0), j1 = cijfer(tekst, 1), j2 = cijfer(tekst, 2), j3 = cijfer(tekst, 3);
    const m0 = cijfer(tekst, 5), m1 = cijfer(tekst, 6), d0 = cijfer(tekst, 8), d1 = cijfer(tekst, 9);
    if ((j0 | j1 | j2 | j3 | m0 | m1 | d0 | d1) >= 0) {
      const jaar = j0 * 1000 + j1 * 100 + j2 * 10 + j3;
      const maand = m0 * 10 + m1;
      const dag = d0 * 10 + d1;
      if (maand < 1 || maand > 12) {
        throw new TermijnFout('ongeldige-datum', `Ongeldige datum "${tekst}" in ${veld}: maand ${maand} bestaat niet (invalid date: no month ${maand})`, veld);
      }
      const maximum = dagenInMaand(jaar, maand);
      if (dag < 1 || dag > maximum) {
        throw new TermijnFout(
          'ongeldige-datum',
          `Ongeldige datum "${tekst}" in ${veld}: ${MAANDNAMEN[maand - 1]} ${jaar} heeft ${maximum} dagen (invalid date: day ${dag} does not exist)`,
          veld,
        );
      }
      if (jaar === 0) {
        throw new TermijnFout('ongeldige-datum', `Ongeldige datum "${tekst}" in ${veld}: jaar 0000 bestaat niet (invalid date: year 0)`, veld);
      }
      return dagnummerVan(jaar, maand, dag);
    }
  }
  throw new TermijnFout(
    'ongeldige-datum',
    `Ongeldige datum ${JSON.stringify(tekst)} in ${veld}: verwacht JJJJ-MM-DD (invalid date: expected YYYY-MM-DD)`,
    veld,
  );
}

export function parseKalenderdatum(tekst: string, veld = 'datum'): Kalenderdatum {
  parseDagnummer(tekst, veld);
  return tekst as Kalenderdatum;
}

export function isKalenderdatum(tekst: unknown): tekst is Kalenderdatum {
  if (typeof tekst !== 'string') return false;
  try {
    parseDagnummer(tekst);
    return true;
  } catch {
    return false;
  }
}

export function plusDagen(datum: string, aantal: number): Kalenderdatum {
  return formatDagnummer(parseDagnummer(datum) + aantal);
}

/** Whole days from `van` to `tot` (positive when `tot` is later). */
export function dagenTussen(van: string, tot: string): number {
  return parseDagnummer(tot, 'tot') - parseDagnummer(van, 'van');
}

export function weekdag(datum: string): Weekdag {
  return weekdagVan(parseDagnummer(datum));
}

export function weekdagnaam(datum: string): Weekdagnaam {
  return weekdagnaamVan(parseDagnummer(datum));
}

/**
 * The same day number `maanden` months later; when that month is shorter, its last day
 * (31 January + 1 month → 28 or 29 February). Negative counts go back.
 */
export function plusMaandenDagnummer(dagnummer: number, maanden: number): number {
  const { jaar, maand, dag } = delenVan(dagnummer, werk);
  const index = jaar * 12 + (maand - 1) + maanden;
  const nieuwJaar = Math.floor(index / 12);
  const nieuweMaand = index - nieuwJaar * 12 + 1;
  return dagnummerVan(nieuwJaar, nieuweMaand, Math.min(dag, dagenInMaand(nieuwJaar, nieuweMaand)));
}

/**
 * The last day of a period of `maanden` months that includes its first day: the day before the
 * day with the same number `maanden` months on, or — when that month lacks the number — the
 * last day of that month (a closure from 1 March for 3 months runs through 31 May; from
 * 31 January for 1 month through 28 or 29 February).
 */
export function laatsteDagVanMaandenVanaf(eersteDag: number, maanden: number): number {
  const { jaar, maand, dag } = delenVan(eersteDag, werk);
  const index = jaar * 12 + (maand - 1) + maanden;
  const nieuwJaar = Math.floor(index / 12);
  const nieuweMaand = index - nieuwJaar * 12 + 1;
  const lengte = dagenInMaand(nieuwJaar, nieuweMaand);
  return dag > lengte ? dagnummerVan(nieuwJaar, nieuweMaand, lengte) : dagnummerVan(nieuwJaar, nieuweMaand, dag) - 1;
}
