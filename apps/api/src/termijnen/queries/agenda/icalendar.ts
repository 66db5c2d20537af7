import { plusDagen } from '@handhaving/termijnen';

/** One all-day entry of an iCalendar feed (RFC 5545). */
export interface AgendaItem {
  readonly uid: string;
  /** YYYY-MM-DD */
  readonly datum: string;
  readonly titel: string;
  readonly omschrijving?: string;
}

/** An RFC 5545 calendar: CRLF line ends, text escaped, lines folded at 75 octets. */
export function icalendar(naam: string, items: readonly AgendaItem[], gemaaktOp: Date): string {
  const stamp = gemaaktOp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Handhaving//Termijnen//NL', 'CALSCALE:GREGORIAN', `X-WR-CALNAME:${escape(naam)}`];
  for (const item of items) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.uid}@handhaving`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${item.datum.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${plusDagen(item.datum, 1).replace(/-/g, '')}`,
      `SUMMARY:${escape(item.titel)}`,
      ...(item.omschrijving ? [`DESCRIPTION:${escape(item.omschrijving)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

function fold(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const character of line) {
    if (Buffer.byteLength(current + character, 'utf8') > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += character;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

