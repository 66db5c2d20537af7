/** One open case as `GET /api/damocles/zaken` answers it (the fields the table shows). */
export interface WerkvoorraadRegel {
  readonly zaakId: string;
  readonly status: string;
  readonly pand: { readonly sleutel: string };
  readonly zwaarsteCategorie: string;
  readonly volgendeStap: string;
  readonly wachtTot?: string;
  readonly laatsteStap: { readonly stap: string; readonly datum: string; readonly door: string };
}

export interface Werkvoorraad {
  readonly gemeente: string;
  readonly aantal: number;
  readonly zaken: readonly WerkvoorraadRegel[];
}

/**
 * The werkvoorraad as a table for the terminal, the longest waiting first (the API's order):
 * since when, the case (its id in full: the medewerker copies it into the next command), the pand,
 * the heaviest category, and the next step with the date it waits for.
 */
export function werkvoorraadTabel(werkvoorraad: Werkvoorraad): string {
  if (werkvoorraad.zaken.length === 0) return `Werkvoorraad Damocles ${werkvoorraad.gemeente}: geen open zaken`;
  const rijen = werkvoorraad.zaken.map((zaak) => [
    zaak.laatsteStap.datum,
    zaak.zaakId,
    zaak.pand.sleutel.replace(/^[a-z]+:/, ''),
    zaak.zwaarsteCategorie,
    `${zaak.volgendeStap}${zaak.wachtTot ? ` (${zaak.wachtTot})` : ''}`,
  ]);
  const kop = ['sinds', 'zaak', 'pand', 'categorie', 'volgende stap'];
  const breedte = kop.map((titel, i) => Math.max(titel.length, ...rijen.map((rij) => (rij[i] as string).length)));
  const regel = (cellen: readonly string[]) => cellen.map((cel, i) => (i === cellen.length - 1 ? cel : cel.padEnd(breedte[i] as number))).join('  ');
  return [`Werkvoorraad Damocles ${werkvoorraad.gemeente}: ${werkvoorraad.aantal} open ${werkvoorraad.aantal === 1 ? 'zaak' : 'zaken'}`, '', regel(kop), ...rijen.map(regel)].join('\n');
}
