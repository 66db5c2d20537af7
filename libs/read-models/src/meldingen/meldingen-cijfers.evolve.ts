import type { Bron, Categorie, MeldingGeregistreerd } from '@handhaving/domain-meldingen';

/*
 * The meldingen figures (the read model `meldingen.cijfers`) keep one row per gemeente and year of
 * the meldingsdatum: per bron and categorie, the days the cell's meldingen were registered, as a
 * step function. A melding counts in the year of its meldingsdatum whatever became of it later
 * (docs/cijfers.md, "Meldingen"), so only `MeldingGeregistreerd` changes a figure; "as known on
 * K" leaves out the meldingen registered (`geregistreerdOp`) after K.
 *
 * Why a step function: a cell holds its distinct registration days, sorted, each with the number
 * of meldingen registered on or before it. Counting "as known on K" is then one binary search,
 * however many meldingen the cell holds, and a row grows with the days a gemeente registers on
 * (a few hundred a year per cell), not with its meldingen (thousands). A question about one
 * gemeente-year reads one row and does ~120 binary searches: it costs the same after twenty years
 * as after one, and for Kerkrade as for Amsterdam. Pure: the projection
 * (meldingen-cijfers.projection.ts) reads and writes the rows; the question is in
 * meldingen-cijfers.vragen.ts.
 */

/** A day as a number that sorts as the date: `2020-03-02` is 20200302. */
export type Dagnummer = number;

/**
 * One cell's registrations: `dagen` ascending and distinct, `totEnMet[i]` the meldingen of the cell
 * registered on or before `dagen[i]` (so ascending too, its last the cell's count as known now).
 */
export interface Registratiedagen {
  readonly dagen: readonly Dagnummer[];
  readonly totEnMet: readonly number[];
}

/** One gemeente-year: the cells that hold a melding, per bron and categorie. */
export type MeldingenJaarrij = { readonly [B in Bron]?: { readonly [C in Categorie]?: Registratiedagen } };

export function dagnummer(datum: string): Dagnummer {
  return Number(datum.slice(0, 4)) * 10_000 + Number(datum.slice(5, 7)) * 100 + Number(datum.slice(8, 10));
}

/** The row after one more registration. A registration of another gemeente or year is not this row's: the projection files each in its own. */
export function evolveMeldingenJaarrij(rij: MeldingenJaarrij, event: MeldingGeregistreerd): MeldingenJaarrij {
  const vanBron = rij[event.bron] ?? {};
  return { ...rij, [event.bron]: { ...vanBron, [event.categorie]: registreer(vanBron[event.categorie], dagnummer(event.geregistreerdOp)) } };
}

/** The cell's count as known on `bekendOp` (absent: now). */
export function aantalBekendOp(cel: Registratiedagen | undefined, bekendOp?: Dagnummer): number {
  if (cel === undefined || cel.dagen.length === 0) return 0;
  if (bekendOp === undefined) return cel.totEnMet[cel.totEnMet.length - 1];
  const i = laatsteTotEnMet(cel.dagen, bekendOp);
  return i < 0 ? 0 : cel.totEnMet[i];
}

function registreer(cel: Registratiedagen | undefined, dag: Dagnummer): Registratiedagen {
  const dagen = [...(cel?.dagen ?? [])];
  const totEnMet = [...(cel?.totEnMet ?? [])];
  const i = laatsteTotEnMet(dagen, dag);
  if (dagen[i] !== dag) {
    // A day not yet in the cell: its count starts at its predecessor's.
    dagen.splice(i + 1, 0, dag);
    totEnMet.splice(i + 1, 0, i < 0 ? 0 : totEnMet[i]);
  }
  // The day itself and every later day now count one more (a melding may be registered late: any day can be inserted).
  for (let j = dagen[i] === dag ? i : i + 1; j < totEnMet.length; j++) totEnMet[j] += 1;
  return { dagen, totEnMet };
}

/** The index of the last day on or before `dag`; -1 when every day lies after it. */
function laatsteTotEnMet(dagen: readonly Dagnummer[], dag: Dagnummer): number {
  let laag = 0;
  let hoog = dagen.length;
  while (laag < hoog) {
    const midden = (laag + hoog) >>> 1;
    if (dagen[midden] <= dag) laag = midden + 1;
    else hoog = midden;
  }
  return laag - 1;
}
