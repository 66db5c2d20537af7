import { bekendOp, type Meldingrecord } from './pand-flexteam.evolve';

/*
 * The ranking of a gemeente's addresses for the flexteam's planning (issue 15, item 4;
 * docs/flexteam.md): which panden have the most recent signals — meldingen whose meldingsdatum lies
 * in the months before the day asked — and running cases — Damocles, dwangsom and kamerverhuur
 * trajecten not ended, requests not answered. Pure: the rows come from the read model
 * `panden.pand-dossier` (pand-rangorde.vragen.ts).
 */

/** A melding in the ranking's table of a month: under which pand, from when (and until when) as known. */
export interface Signaal {
  readonly meldingsdatum: string;
  readonly vanaf: string;
  readonly tot?: string;
}

/** The ranking table's field and value of a melding under `pandSleutel`. */
export function signaalveld(pandSleutel: string, melding: Meldingrecord): { readonly veld: string; readonly waarde: string } {
  const signaal: Signaal = { meldingsdatum: melding.meldingsdatum, vanaf: melding.vanaf, ...(melding.tot === undefined ? {} : { tot: melding.tot }) };
  return { veld: `${pandSleutel}|${melding.zaakId}`, waarde: JSON.stringify(signaal) };
}

/** A case or request that runs from `vanaf` (the day it was recorded) until `tot` (the day its end was recorded). */
export interface Lopendezaak {
  readonly context: 'damocles' | 'dwangsom' | 'kamerverhuurtraject' | 'verzoek';
  readonly zaakId: string;
  readonly pandSleutel: string;
  readonly vanaf: string;
  readonly tot?: string;
}

/** What the ranking knows of one pand on the day asked. */
export interface Pandsignalen {
  /** The pand's key as the ranking names it: the BAG id when its addresses are linked to one. */
  readonly pandSleutel: string;
  /** The meldingen in the window (their zaakIds): the signals a planning takes. */
  readonly meldingen: readonly string[];
  readonly lopendeZaken: ReadonlyArray<Pick<Lopendezaak, 'context' | 'zaakId'>>;
}

export interface Rang {
  readonly rang: number;
  readonly pandSleutel: string;
  /** Meldingen in the window plus running cases: what the order is by. */
  readonly score: number;
  readonly meldingen: number;
  readonly lopendeZaken: number;
  /** The running cases per context (`damocles`, `dwangsom`, `kamerverhuurtraject`, `verzoek`). */
  readonly perContext: Readonly<Record<string, number>>;
  /** The meldingen as a planning takes them: `{ context: 'melding', zaakId }`. */
  readonly signalen: ReadonlyArray<{ readonly context: 'melding'; readonly zaakId: string }>;
}

/**
 * The first `aantal` panden by score (meldingen in the window plus running cases), most first; at
 * an equal score the one with more running cases first (a case under way weighs more than a
 * signal), then by pand key, so the same rows give the same order every time. A pand with no
 * signal and no running case is not ranked.
 */
export function rangorde(panden: Iterable<Pandsignalen>, aantal: number): Rang[] {
  return [...panden]
    .map((pand) => ({ pand, score: pand.meldingen.length + pand.lopendeZaken.length }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.pand.lopendeZaken.length - a.pand.lopendeZaken.length || (a.pand.pandSleutel < b.pand.pandSleutel ? -1 : a.pand.pandSleutel > b.pand.pandSleutel ? 1 : 0))
    .slice(0, aantal)
    .map(({ pand, score }, i) => ({
      rang: i + 1,
      pandSleutel: pand.pandSleutel,
      score,
      meldingen: pand.meldingen.length,
      lopendeZaken: pand.lopendeZaken.length,
      perContext: pand.lopendeZaken.reduce<Record<string, number>>((telling, zaak) => ({ ...telling, [zaak.context]: (telling[zaak.context] ?? 0) + 1 }), {}),
      signalen: [...pand.meldingen].sort().map((zaakId) => ({ context: 'melding' as const, zaakId })),
    }));
}

/**
 * The window of `maanden` months that ends on `op`: meldingsdatum after `van` and up to `op`
 * (12 months before 15 March 2021: 16 March 2020 through 15 March 2021; from the 31st, the end
 * of a shorter month), with the months (JJJJ-MM) whose tables it touches.
 */
export function venster(op: string, maanden: number): { readonly van: string; readonly maanden: readonly string[] } {
  const [jaar, maand, dag] = op.split('-').map(Number) as [number, number, number];
  const totaal = jaar * 12 + (maand - 1) - maanden;
  const vanJaar = Math.floor(totaal / 12);
  const vanMaand = (totaal % 12) + 1;
  const van = `${vanJaar}-${twee(vanMaand)}-${twee(Math.min(dag, dagenInMaand(vanJaar, vanMaand)))}`;
  const lijst: string[] = [];
  for (let m = totaal; m <= jaar * 12 + (maand - 1); m++) lijst.push(`${Math.floor(m / 12)}-${twee((m % 12) + 1)}`);
  return { van, maanden: lijst };
}

function dagenInMaand(jaar: number, maand: number): number {
  return new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
}

function twee(n: number): string {
  return String(n).padStart(2, '0');
}

/** Whether a melding of the month table counts on `op` in the window after `van`: in it, and under that pand as known then. */
export function telt(signaal: Signaal, van: string, op: string): boolean {
  return signaal.meldingsdatum > van && signaal.meldingsdatum <= op && bekendOp(signaal, op);
}

/** Whether a case counts as running on `op`: recorded by then, its end not yet. */
export function looptOp(zaak: Lopendezaak, op: string): boolean {
  return bekendOp(zaak, op);
}
