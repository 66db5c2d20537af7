import { writeFileSync } from 'node:fs';
import { haalOp, type ApiToegang } from '../support/api';

export type JaarverslagUitvoer = 'pdf' | 'html' | 'xlsx' | 'csv' | 'json';

export interface RapportJaarOpties extends ApiToegang {
  readonly gemeente: string;
  readonly jaar?: string;
  readonly bekendOp?: string;
  readonly pdf?: boolean;
  readonly html?: boolean;
  readonly xlsx?: boolean;
  readonly csv?: boolean;
  readonly json?: boolean;
  /** The file to write; without it, the file name the API gives, in the working folder. */
  readonly uit?: string;
}

/** The one format asked for (PDF unless another is given); throws one line when more than one is. */
export function jaarverslagUitvoer(opties: RapportJaarOpties): JaarverslagUitvoer {
  const gekozen = (['pdf', 'html', 'xlsx', 'csv', 'json'] as const).filter((formaat) => opties[formaat] === true);
  if (gekozen.length > 1) throw new Error(`rapport jaar: kies één formaat, niet ${gekozen.map((formaat) => `--${formaat}`).join(' en ')}`);
  if (opties.jaar === undefined || !/^\d{4}$/.test(opties.jaar)) throw new Error('rapport jaar: geef het jaar met --jaar (bijvoorbeeld --jaar 2020)');
  if (opties.bekendOp !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opties.bekendOp)) throw new Error(`rapport jaar: --bekend-op neemt een datum JJJJ-MM-DD, niet ${opties.bekendOp}`);
  return gekozen[0] ?? 'pdf';
}

/**
 * `handhaving rapport jaar --gemeente GM0928 --jaar 2020 [--bekend-op JJJJ-MM-DD] [--pdf|--html|--xlsx|--csv|--json] [-o bestand]`:
 * the annual report from the API, written to a file, with a line that counts the seconds while the
 * API makes it (a report over many years of a large gemeente takes a while) and one saying where it went.
 */
export async function rapportJaar(opties: RapportJaarOpties, schrijf: (regel: string) => void = (regel) => process.stderr.write(regel)): Promise<string> {
  const formaat = jaarverslagUitvoer(opties);
  const query = new URLSearchParams({ gemeente: opties.gemeente, jaar: opties.jaar as string, formaat, ...(opties.bekendOp ? { bekendOp: opties.bekendOp } : {}) });
  const begin = Date.now();
  const seconden = (): string => ((Date.now() - begin) / 1000).toFixed(1);
  const wat = `Jaarverslag ${opties.gemeente} ${opties.jaar}${opties.bekendOp ? ` (zoals gerapporteerd op ${opties.bekendOp})` : ''} als ${formaat.toUpperCase()}`;
  schrijf(`${wat} wordt gemaakt…`);
  const voortgang = setInterval(() => schrijf(`\r${wat} wordt gemaakt… ${seconden()} s`), 500);
  try {
    const response = await haalOp(opties, `/api/rapportage/jaarverslag?${query}`, 'oov-analist');
    const inhoud = Buffer.from(await response.arrayBuffer());
    const bestand = opties.uit ?? /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `jaarverslag-${opties.gemeente}-${opties.jaar}.${formaat}`;
    writeFileSync(bestand, inhoud);
    clearInterval(voortgang);
    schrijf(`\r${wat}: ${bestand} (${Math.ceil(inhoud.length / 1024)} kB) in ${seconden()} s\n`);
    return bestand;
  } finally {
    clearInterval(voortgang);
  }
}
