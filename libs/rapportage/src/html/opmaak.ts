/** Figures and dates as a Dutch reader expects them in a council document. */

const GETAL = new Intl.NumberFormat('nl-NL');
const DATUM = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** "n.v.t." where the category does not apply (null), 1.234 for a number, text as is. */
export function waardeTekst(waarde: number | string | null | undefined): string {
  if (waarde === null) return 'n.v.t.';
  if (waarde === undefined) return '';
  return typeof waarde === 'number' ? GETAL.format(waarde) : waarde;
}

/** JJJJ-MM-DD as "14 januari 2021"; anything else is shown as given. */
export function datumTekst(dag: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dag);
  if (!m) return dag;
  return DATUM.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** An ISO instant as "1 juni 2021 om 11:30" (Dutch time). */
export function momentTekst(iso: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  return MOMENT.format(moment);
}
