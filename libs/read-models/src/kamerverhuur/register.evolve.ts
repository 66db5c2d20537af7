import { STANDEN, type RegisterEvent, type Stand } from '@handhaving/domain-kamerverhuur';

/*
 * One pand of the kamerverhuur register as the read model `kamerverhuur.register.v2` keeps it
 * (register.projection.ts): its opname and every change and correction in the order recorded,
 * each with the day it took effect and the day it was recorded. Nothing is folded away, so the
 * question (register.vragen.ts) can read the pand on any date as known now or as known on any
 * day, by the rules of the domain's `registerOp` (@handhaving/domain-kamerverhuur,
 * register/register-op-datum.ts). Pure: the projection loads and stores the records.
 */

/** A change of stand (`StandGewijzigd`) or a correction naming one (`GegevensGecorrigeerd`), in the order recorded. */
export type RegisterFeit =
  | { readonly soort: 'wijziging'; readonly wijziging: number; readonly naar: Stand; readonly ingangsdatum: string; readonly geregistreerdOp: string }
  | { readonly soort: 'correctie'; readonly wijziging: number; readonly ingangsdatum: string; readonly geregistreerdOp: string };

export interface RegisterPand {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly sleutel: string;
  /** The stream revision of the last event applied: an event at or before it is a replay, skipped. */
  readonly revisie: number;
  readonly opgenomen: { readonly ingangsdatum: string; readonly geregistreerdOp: string };
  readonly feiten: readonly RegisterFeit[];
}

/** The pand after `event`, the `revisie`-th of its stream; null for a pand not seen entered. */
export function evolveRegisterPand(pand: RegisterPand | null, event: RegisterEvent, revisie: number): RegisterPand | null {
  if (pand !== null && revisie <= pand.revisie) return pand;
  switch (event.type) {
    case 'PandInRegisterOpgenomen':
      // The domain keeps the first opname (register.evolve.ts); so does this.
      if (pand !== null) return pand;
      return {
        zaakId: event.zaakId,
        gemeente: event.gemeente,
        sleutel: event.pand.sleutel,
        revisie,
        opgenomen: { ingangsdatum: event.ingangsdatum, geregistreerdOp: event.geregistreerdOp },
        feiten: [],
      };
    case 'StandGewijzigd':
      if (pand === null) return null;
      return { ...pand, revisie, feiten: [...pand.feiten, { soort: 'wijziging', wijziging: event.wijziging, naar: event.naar, ingangsdatum: event.ingangsdatum, geregistreerdOp: event.geregistreerdOp }] };
    case 'GegevensGecorrigeerd':
      if (pand === null) return null;
      return { ...pand, revisie, feiten: [...pand.feiten, { soort: 'correctie', wijziging: event.correctie.wijziging, ingangsdatum: event.ingangsdatum, geregistreerdOp: event.geregistreerdOp }] };
    default:
      return pand;
  }
}

/*
 * What the question reads: per pand one compact timeline, filed in a block of its gemeente by its
 * `einde` (`blok`). A JSON array of numbers after the zaakId, dates as JJJJMMDD:
 *   [opname ingangsdatum, zaakId, opname geregistreerdOp, einde (0 while open), …feiten]
 * each change as 4 numbers `wijziging, stand (index in STANDEN), ingangsdatum, geregistreerdOp`
 * and each correction as 2 numbers `-wijziging, geregistreerdOp`, in the order recorded. About
 * 110 bytes for a pand with three changes; a block is the JSON array of its timelines.
 */
export type Tijdlijn = ReadonlyArray<number | string>;

/** JJJJ-MM-DD as the number JJJJMMDD (compares as the date does). */
export function dagnummer(datum: string): number {
  return Number(datum.slice(0, 4)) * 10_000 + Number(datum.slice(5, 7)) * 100 + Number(datum.slice(8, 10));
}

const standIndex = new Map<Stand, number>(STANDEN.map((stand, index) => [stand, index]));

/** The pand's timeline; `eindeDag` is its `einde`, given when known already. */
export function tijdlijn(pand: RegisterPand, eindeDag: number = einde(pand)): Tijdlijn {
  const getallen: Array<number | string> = [dagnummer(pand.opgenomen.ingangsdatum), pand.zaakId, dagnummer(pand.opgenomen.geregistreerdOp), eindeDag === Infinity ? 0 : eindeDag];
  for (const feit of pand.feiten) {
    if (feit.soort === 'wijziging') getallen.push(feit.wijziging, standIndex.get(feit.naar) ?? -1, dagnummer(feit.ingangsdatum), dagnummer(feit.geregistreerdOp));
    else getallen.push(-feit.wijziging, dagnummer(feit.geregistreerdOp));
  }
  return getallen;
}

/** Blocks of the panden still open (einde +inf): spread over this many by a hash of the zaakId. */
export const OPEN_BLOKKEN = 32;

/** The open blocks' names: `open:0` … `open:31`. */
export const OPEN_BLOKNAMEN: readonly string[] = Array.from({ length: OPEN_BLOKKEN }, (_, i) => `open:${i}`);

/**
 * The block a pand's timeline is filed in: while open (`einde` +inf) one of the open blocks by a
 * hash of its zaakId (FNV-1a); else the month of its einde, JJJJMM (`maandVan`). A question from
 * a day reads the open blocks and the months from that day's month on.
 */
export function blok(zaakId: string, eindeDag: number): string {
  if (eindeDag !== Infinity) return String(maandVan(eindeDag));
  let h = 0x811c9dc5;
  for (let i = 0; i < zaakId.length; i++) h = Math.imul(h ^ zaakId.charCodeAt(i), 0x01000193);
  return OPEN_BLOKNAMEN[(h >>> 0) % OPEN_BLOKKEN] as string;
}

/** JJJJMMDD as its month JJJJMM. */
export function maandVan(dag: number): number {
  return Math.floor(dag / 100);
}

/**
 * The pand's `einde`, which files it (`blok`): Infinity while, as known now, its last change that stands
 * is not an afvoer (it is still on the list, or was never moved); else the last day any of its
 * events took effect or was recorded. From the day after that, on every date and as known on
 * every day since, the pand reads `afgevoerd` and its afvoer took effect before that date: a
 * question about later dates needs only to count it (register.vragen.ts).
 */
export function einde(pand: RegisterPand): number {
  const vervallen = new Set<number>();
  let laatste: Stand | undefined;
  for (let i = pand.feiten.length - 1; i >= 0; i--) {
    const feit = pand.feiten[i] as RegisterFeit;
    if (feit.soort === 'correctie') vervallen.add(feit.wijziging);
    else if (!vervallen.has(feit.wijziging)) {
      laatste = feit.naar;
      break;
    }
  }
  if (laatste !== 'afgevoerd') return Infinity;
  let dag = Math.max(dagnummer(pand.opgenomen.ingangsdatum), dagnummer(pand.opgenomen.geregistreerdOp));
  for (const feit of pand.feiten) dag = Math.max(dag, dagnummer(feit.ingangsdatum), dagnummer(feit.geregistreerdOp));
  return dag;
}
