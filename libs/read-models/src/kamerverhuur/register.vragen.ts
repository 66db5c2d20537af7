import { STANDEN, type Stand } from '@handhaving/domain-kamerverhuur';
import { projectionKeyPrefix } from '@handhaving/projections';
import { isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { dagnummer, maandVan, OPEN_BLOKNAMEN, type Tijdlijn } from './register.evolve';
import { KAMERVERHUUR_REGISTER_PROJECTIE } from './register.projection';

/* The question to the read model `kamerverhuur.register.v2` (register.projection.ts): the register table of a gemeente on dates. */

export interface RegisterVraag {
  readonly gemeente: string;
  /** The dates of the table's columns (JJJJ-MM-DD), in the order wanted. */
  readonly datums: readonly string[];
  /** As known on this day: events recorded after it are left out. Absent: as known now. */
  readonly bekendOp?: string;
  /** Count, on each date, the panden afgevoerd by a change taking effect on or after this day. */
  readonly afgevoerdSinds?: string;
}

export interface RegisterCel {
  readonly aantal: number;
  /** The panden behind the figure (their register zaakIds), in the order the read model holds them. */
  readonly zaakIds: readonly string[];
}

/** The afgevoerd panden of a date: those afgevoerd before `eerderAfgevoerd.voor` are counted, not named. */
export interface AfgevoerdCel extends RegisterCel {
  /** Of `aantal`, the panden afgevoerd for good before `eerderAfgevoerd.voor`: not in `zaakIds`. */
  readonly nietGenoemd: number;
}

export interface RegisterOpDatum {
  readonly datum: string;
  /** Panden in the register on the date and not afgevoerd. */
  readonly aantalPanden: RegisterCel;
  /** Every pand entered by the date, afgevoerd ones included, by its stand that day. */
  readonly perStand: Readonly<Record<Exclude<Stand, 'afgevoerd'>, RegisterCel>> & { readonly afgevoerd: AfgevoerdCel };
  /** Panden with a permit that day: `vergund` or `gelegaliseerd`. */
  readonly vergund: RegisterCel;
  /** Panden whose stand that day is afgevoerd, by a change taking effect on or after `afgevoerdSinds`. */
  readonly afgevoerdSinds?: RegisterCel;
}

export interface Registertabel {
  readonly gemeente: string;
  readonly bekendOp: string | null;
  readonly afgevoerdSinds: string | null;
  readonly datums: readonly RegisterOpDatum[];
  /**
   * Panden whose last event took effect and was recorded before `voor` (the earliest of the dates,
   * `afgevoerdSinds` and `bekendOp`) and whose last change that stands is an afvoer: on every date
   * asked they are afgevoerd, afgevoerd before `afgevoerdSinds`, and as known on `bekendOp` as now.
   * They count in `perStand.afgevoerd` (its `nietGenoemd`) and are not read one by one:
   * `eerderAfgevoerdePanden` names them.
   */
  readonly eerderAfgevoerd: { readonly voor: string; readonly aantal: number };
}

/**
 * The register of `gemeente` on each of `datums` (issue 14, item 1), by the rules of the domain's
 * `registerOp` (@handhaving/domain-kamerverhuur, register/register-op-datum.ts), which it equals
 * for the same events (register.evolve.spec.ts holds the comparison):
 * 1 a pand counts from its opname's ingangsdatum; on a date its stand is that of its last change
 *   (in the order recorded) that stands and took effect by then, else `in-onderzoek`;
 * 2 a correction takes the change it names away, as known from the day it was recorded;
 * 3 aantalPanden leaves out the afgevoerd ones; vergund is vergund + gelegaliseerd;
 * 4 afgevoerdSinds: afgevoerd on the date, by an afvoer that took effect on or after that day;
 * 5 `bekendOp` leaves out every event recorded after it.
 * Two round trips: the months present from the earliest day's month on and the count of the
 * panden afgevoerd for good before that day; then the open blocks and those months' blocks
 * (register.projection.ts, "Key layout"). A timeline in the earliest month that ended before the
 * day is left out: it is counted.
 */
export async function registerTabel(redis: Redis, keyPrefix: string, vraag: RegisterVraag): Promise<Registertabel> {
  if (typeof vraag.gemeente !== 'string' || vraag.gemeente.trim() === '') throw new RangeError('gemeente: noem de gemeente (CBS-code, bijvoorbeeld GM0928)');
  if (vraag.datums.length === 0) throw new RangeError('datums: noem ten minste één datum');
  for (const datum of vraag.datums) if (!isKalenderdatum(datum)) throw new RangeError(`datums: geen datum JJJJ-MM-DD: ${JSON.stringify(datum)}`);
  for (const veld of ['bekendOp', 'afgevoerdSinds'] as const) {
    const waarde = vraag[veld];
    if (waarde !== undefined && !isKalenderdatum(waarde)) throw new RangeError(`${veld}: geen datum JJJJ-MM-DD: ${JSON.stringify(waarde)}`);
  }
  const voor = leesgrens(vraag);
  const voorDag = dagnummer(voor);
  const key = (deel: string): string => `${projectionKeyPrefix(keyPrefix, KAMERVERHUUR_REGISTER_PROJECTIE)}gemeente:${vraag.gemeente}:${deel}`;
  const [[maandFout, maanden], [telFout, eerder]] = ((await redis.pipeline().zrangebyscore(key('maanden'), maandVan(voorDag), '+inf').zcount(key('einde'), '-inf', `(${voorDag}`).exec()) ?? []) as [
    [Error | null, string[]],
    [Error | null, number],
  ];
  if (maandFout) throw maandFout;
  if (telFout) throw telFout;
  // The blocks in one command of their own: a large reply in a pipeline stalled now and then for
  // some tens of ms (measured: p99 18 ms against 2 ms for the same bytes in one HMGET).
  const blokken = await redis.hmget(key('blokken'), ...OPEN_BLOKNAMEN, ...maanden);
  const tijdlijnen: Tijdlijn[] = [];
  blokken.forEach((waarde, b) => {
    if (waarde === null) return;
    const open = b < OPEN_BLOKNAMEN.length;
    for (const t of JSON.parse(waarde) as Tijdlijn[]) if (open || (t[3] as number) >= voorDag) tijdlijnen.push(t);
  });
  return telRegister(tijdlijnen, { aantal: eerder, voor }, vraag);
}

/** The panden afgevoerd for good before `voor` (`Registertabel.eerderAfgevoerd`): their zaakIds. */
export async function eerderAfgevoerdePanden(redis: Redis, keyPrefix: string, vraag: { readonly gemeente: string; readonly voor: string }): Promise<string[]> {
  if (!isKalenderdatum(vraag.voor)) throw new RangeError(`voor: geen datum JJJJ-MM-DD: ${JSON.stringify(vraag.voor)}`);
  const key = `${projectionKeyPrefix(keyPrefix, KAMERVERHUUR_REGISTER_PROJECTIE)}gemeente:${vraag.gemeente}:einde`;
  return redis.zrangebyscore(key, '-inf', `(${dagnummer(vraag.voor)}`);
}

/** The earliest day the question looks at: the timelines ending before it need only be counted. */
export function leesgrens(vraag: Pick<RegisterVraag, 'datums' | 'bekendOp' | 'afgevoerdSinds'>): string {
  return [...vraag.datums, ...(vraag.bekendOp === undefined ? [] : [vraag.bekendOp]), ...(vraag.afgevoerdSinds === undefined ? [] : [vraag.afgevoerdSinds])].reduce((a, b) => (b < a ? b : a));
}

const AFGEVOERD = STANDEN.indexOf('afgevoerd');
const VERGUND = STANDEN.indexOf('vergund');
const GELEGALISEERD = STANDEN.indexOf('gelegaliseerd');

/**
 * The table from the timelines read (register.evolve.ts, `tijdlijn`) and the count of those
 * afgevoerd for good before `eerder.voor`. Pure; each timeline is read on every date with the
 * known events only.
 */
export function telRegister(tijdlijnen: readonly Tijdlijn[], eerder: { readonly aantal: number; readonly voor: string }, vraag: RegisterVraag): Registertabel {
  const datums = vraag.datums.map(dagnummer);
  const laatsteDatum = Math.max(...datums);
  const bekendOp = vraag.bekendOp === undefined ? Infinity : dagnummer(vraag.bekendOp);
  const sinds = vraag.afgevoerdSinds === undefined ? undefined : dagnummer(vraag.afgevoerdSinds);
  const perDatum = datums.map(() => ({ perStand: STANDEN.map(() => [] as string[]), sinds: [] as string[] }));
  // Per change known: its number, stand, ingangsdatum and whether a known correction took it away.
  let nummer = new Int32Array(16);
  let stand = new Int32Array(16);
  let ingang = new Int32Array(16);
  let vervallen = new Uint8Array(16);

  for (let p = 0; p < tijdlijnen.length; p++) {
    const t = tijdlijnen[p] as Tijdlijn;
    const opgenomen = t[0] as number;
    // A pand entered after the last date never counts.
    if (opgenomen > laatsteDatum || (t[2] as number) > bekendOp) continue;
    let k = 0;
    for (let i = 4; i < t.length; ) {
      const n = t[i] as number;
      if (n > 0) {
        if ((t[i + 3] as number) <= bekendOp) {
          if (k === nummer.length) [nummer, stand, ingang, vervallen] = [groter(nummer), groter(stand), groter(ingang), groter(vervallen)];
          nummer[k] = n;
          stand[k] = t[i + 1] as number;
          ingang[k] = t[i + 2] as number;
          vervallen[k] = 0;
          k++;
        }
        i += 4;
      } else {
        if ((t[i + 1] as number) <= bekendOp) for (let w = 0; w < k; w++) if (nummer[w] === -n) vervallen[w] = 1;
        i += 2;
      }
    }
    const zaakId = t[1] as string;
    for (let d = 0; d < datums.length; d++) {
      const datum = datums[d] as number;
      if (datum < opgenomen) continue;
      let s = 0; // in-onderzoek
      let afgevoerdOp = 0;
      for (let w = 0; w < k; w++) {
        if (vervallen[w] === 1 || (ingang[w] as number) > datum) continue;
        s = stand[w] as number;
        if (s === AFGEVOERD) afgevoerdOp = ingang[w] as number;
      }
      if (s < 0) continue; // a stand this version does not know
      const cellen = perDatum[d] as (typeof perDatum)[number];
      (cellen.perStand[s] as string[]).push(zaakId);
      if (s === AFGEVOERD && sinds !== undefined && afgevoerdOp >= sinds) cellen.sinds.push(zaakId);
    }
  }

  return {
    gemeente: vraag.gemeente,
    bekendOp: vraag.bekendOp ?? null,
    afgevoerdSinds: vraag.afgevoerdSinds ?? null,
    eerderAfgevoerd: eerder,
    datums: vraag.datums.map((datum, d) => {
      const { perStand, sinds: afgevoerdSinds } = perDatum[d] as (typeof perDatum)[number];
      const lijst = (s: number): string[] => perStand[s] as string[];
      const aanwezig = STANDEN.flatMap((_, s) => (s === AFGEVOERD ? [] : lijst(s)));
      const vergund = [...lijst(VERGUND), ...lijst(GELEGALISEERD)];
      return {
        datum,
        aantalPanden: cel(aanwezig),
        perStand: {
          ...(Object.fromEntries(STANDEN.map((naam, s) => [naam, cel(lijst(s))])) as Record<Exclude<Stand, 'afgevoerd'>, RegisterCel>),
          afgevoerd: { aantal: lijst(AFGEVOERD).length + eerder.aantal, zaakIds: lijst(AFGEVOERD), nietGenoemd: eerder.aantal },
        },
        vergund: cel(vergund),
        ...(sinds === undefined ? {} : { afgevoerdSinds: cel(afgevoerdSinds) }),
      };
    }),
  };
}

function groter<T extends Int32Array | Uint8Array>(rij: T): T {
  const nieuw = new (rij.constructor as new (lengte: number) => T)(rij.length * 2);
  nieuw.set(rij);
  return nieuw;
}

function cel(zaakIds: readonly string[]): RegisterCel {
  return { aantal: zaakIds.length, zaakIds };
}
