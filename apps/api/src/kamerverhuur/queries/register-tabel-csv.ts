import type { Registertabel } from '@handhaving/read-models';
import { csvDocument } from '../../platform/csv/csv';

/** Kerkrade's "Overzicht kamerverhuur" as CSV: a row per category, a column per date. */
export function registerTabelAlsCsv(tabel: Registertabel): string {
  const kolommen = tabel.datums;
  const titel = `Kamerverhuur ${tabel.gemeente}${tabel.bekendOp ? ` (bekend op ${tabel.bekendOp})` : ''}`;
  return csvDocument([
    [titel, ...kolommen.map((d) => d.datum)],
    ['Aantal panden', ...kolommen.map((d) => d.aantalPanden.aantal)],
    ['Vergunde kamerverhuur (incl. gelegaliseerd)', ...kolommen.map((d) => d.vergund.aantal)],
    ['In onderzoek', ...kolommen.map((d) => d.perStand['in-onderzoek'].aantal)],
    ['In handhaving', ...kolommen.map((d) => d.perStand['in-handhaving'].aantal)],
    ['Gelegaliseerd', ...kolommen.map((d) => d.perStand.gelegaliseerd.aantal)],
    ['Afgevoerd (totaal)', ...kolommen.map((d) => d.perStand.afgevoerd.aantal)],
    ...(tabel.afgevoerdSinds === null ? [] : [[`Afgevoerd sinds ${tabel.afgevoerdSinds}`, ...kolommen.map((d) => d.afgevoerdSinds?.aantal ?? '')]]),
  ]);
}
