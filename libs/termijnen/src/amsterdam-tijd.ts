import { DateTime } from 'luxon';
import { formatDagnummer, type Kalenderdatum, parseDagnummer } from './kalenderdatum';
import { TermijnFout } from './termijn-fout';

/*
 * The border between legal dates and instants. A term ends "on 14 April": through the end of
 * that day in Europe/Amsterdam, whatever the UTC offset; a reminder fires at a local time on a
 * werkdag. Only here do dates meet time zones, so daylight saving cannot shift a deadline.
 */

const ZONE = 'Europe/Amsterdam';

/** The Amsterdam calendar date of an instant (an ISO string with offset, or epoch milliseconds). */
export function kalenderdatumInAmsterdam(moment: string | number): Kalenderdatum {
  const tijdstip = typeof moment === 'number' ? DateTime.fromMillis(moment, { zone: ZONE }) : DateTime.fromISO(moment, { setZone: false, zone: ZONE });
  if (!tijdstip.isValid) {
    throw new TermijnFout('ongeldige-datum', `Ongeldig tijdstip ${JSON.stringify(moment)} (invalid instant)`, 'moment');
  }
  const lokaal = tijdstip.setZone(ZONE);
  return formatDagnummer(parseDagnummer(lokaal.toISODate() as string));
}

/**
 * The instant (ISO, UTC) of a local time on a date in Amsterdam, e.g. 08:00 on a reminder's
 * werkdag. A time that does not exist on the spring-forward night moves forward an hour.
 */
export function tijdstipInAmsterdam(datum: string, uur = 0, minuut = 0): string {
  parseDagnummer(datum);
  const [jaar, maand, dag] = datum.split('-').map(Number);
  return DateTime.fromObject({ year: jaar, month: maand, day: dag, hour: uur, minute: minuut }, { zone: ZONE }).toUTC().toISO() as string;
}

/** The first instant after a term that ends on `datum`: local midnight at the start of the next day. */
export function eindeVanDagInAmsterdam(datum: string): string {
  const volgende = formatDagnummer(parseDagnummer(datum) + 1);
  return tijdstipInAmsterdam(volgende);
}
