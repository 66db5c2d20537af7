import { LAATSTE_JAAR } from './kalender';
import { formatDagnummer, isKalenderdatum, parseDagnummer, plusMaandenDagnummer, type Kalenderdatum } from './kalenderdatum';

/*
 * Which days a date of this system may be: the one rule for a plausible date, used by every
 * decider (through the awb kernel's Regels) and by the API's questions (IsKalenderdatum, the
 * figures' `jaar`). A date with the right form can still be nonsense — 0001-01-01 or 9999-12-31 —
 * and a figure keyed by its year would report a year 1 or a year 9999 for ever.
 *
 * Floor, 1 January 1980: the laws behind the steps here are younger (Gemeentewet 1992 and the
 * Awb 1994 for bestuursdwang and dwangsom, Opiumwet art. 13b 1999, Wet Bibob 2003, the
 * huisvestingsverordeningen for kamerverhuur), so a real history entered afterwards — an old
 * case, a pand in the register since long ago — starts after it with room to spare, and the
 * holiday calendar of the Algemene termijnenwet (1965–2100) can count a term from every day.
 *
 * Ceiling, 31 December 2100: the calendar's last year. No term can be counted past it, so no
 * date of a step or a question may lie past it either.
 *
 * Ahead, 10 years: a date that happened (a rapportage, a vondst, an uitvoering) lies on or before
 * the day the step is recorded; a date the law lets lie ahead (a begunstigingstermijn's end, a
 * planned control, a permit's einddatum, a besluit's ingangsdatum or bekendmakingsdatum) lies at
 * most 10 years after it. The longest of those in practice is a permit for a fixed period
 * (kamerverhuur, Leegstandwet: at most 10 years together); anything further is a typing error.
 */

/** The first day a date of a step, a fact or a question may be. */
export const VROEGSTE_DATUM = '1980-01-01' as Kalenderdatum;

/** The last day any date may be: the end of the calendar's last year ({@link LAATSTE_JAAR}). */
export const LAATSTE_DATUM = `${LAATSTE_JAAR}-12-31` as Kalenderdatum;

/** How many years after the day of recording a date the law lets lie ahead may lie. */
export const JAREN_VOORUIT = 10;

/** The first year figures may be asked for: the year of {@link VROEGSTE_DATUM}; the last is {@link LAATSTE_JAAR}. */
export const VROEGSTE_JAAR = Number(VROEGSTE_DATUM.slice(0, 4));

/** A calendar date (JJJJ-MM-DD, a day that exists) from {@link VROEGSTE_DATUM} through {@link LAATSTE_DATUM}. */
export function isPlausibeleDatum(waarde: unknown): waarde is Kalenderdatum {
  return isKalenderdatum(waarde) && waarde >= VROEGSTE_DATUM && waarde <= LAATSTE_DATUM;
}

/**
 * The last day a date may lie ahead of `vandaag`: {@link JAREN_VOORUIT} years on (29 February
 * → 28 February), never past {@link LAATSTE_DATUM}.
 */
export function uitersteToekomstigeDatum(vandaag: string): Kalenderdatum {
  const verder = formatDagnummer(plusMaandenDagnummer(parseDagnummer(vandaag, 'vandaag'), JAREN_VOORUIT * 12));
  return verder > LAATSTE_DATUM ? LAATSTE_DATUM : verder;
}
