import { AANVRAAGTYPEN, BESLUITUITKOMSTEN, REDENEN_VAN_OPSCHORTING, SIGNAALREDENEN, type Aanvraagtype, type Besluituitkomst, type RedenVanOpschorting, type Signaalreden } from '@handhaving/domain-bibob';
import { projectionKeyPrefix } from '@handhaving/projections';
import { dagenTussen, eindeVanDagInAmsterdam, isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { jaarVan, leesPerJaar } from '../shared/per-jaar';
import type { BibobCijferToets, BibobFeit } from './bibob-cijfers.evolve';
import { BIBOB_CIJFERS_PROJECTIE } from './bibob-cijfers.projection';

/* The questions to the read model `bibob.cijfers` (bibob-cijfers.projection.ts): the figures of a gemeente and period. */

export interface BibobCijfersVraag {
  readonly gemeente: string;
  /** First and last day of the period (YYYY-MM-DD), inclusive. */
  readonly van: string;
  readonly tot: string;
  /** "As known on": an ISO instant, or a date meaning through the end of that day in Europe/Amsterdam. Absent: as known now. */
  readonly bekendOp?: string;
}

export interface BibobCel {
  readonly aantal: number;
  readonly zaakIds: readonly string[];
}

/** Suspensions that ended in the period: how many, the days they lasted in all, and the median. */
export interface OpschortingCel extends BibobCel {
  readonly dagen: number;
  readonly mediaanDagen: number | null;
}

export interface BibobCijfers {
  readonly gemeente: string;
  readonly periode: { readonly van: string; readonly tot: string };
  readonly bekendOp: string | null;
  /** By startdatum: on a signal (per reason) and on an aanvraag (per aanvraagtype). */
  readonly gestart: {
    readonly opSignaal: BibobCel;
    readonly opAanvraag: BibobCel;
    readonly totaal: BibobCel;
    readonly perReden: { readonly [R in Signaalreden]: BibobCel };
    readonly perAanvraagtype: { readonly [A in Aanvraagtype]: BibobCel };
  };
  /** By the day the besluit was taken, or the day the toets was closed without one. */
  readonly afgerond: { readonly metBesluit: BibobCel; readonly zonderBesluit: BibobCel; readonly totaal: BibobCel };
  /** Asked by the day the request went out; received by the day the advice came. */
  readonly lbbAdviezen: { readonly aangevraagd: BibobCel; readonly ontvangen: BibobCel };
  /** By the day the besluit was taken; `laterHerzien`: those of them replaced on bezwaar since (they keep counting). */
  readonly uitkomsten: { readonly [U in Besluituitkomst]: BibobCel } & { readonly totaal: BibobCel; readonly laterHerzien: BibobCel };
  /** By the day the answer came: each suspension's days from the day after the request through the day before the answer. */
  readonly opschortingen: { readonly [R in RedenVanOpschorting]: OpschortingCel };
}

/**
 * The Bibob figures for `gemeente` over `van..tot` (docs/bibob.md, "Figures"):
 * 1 a toets counts as gestart in the period holding its startdatum, under its reason (signal) or
 *   aanvraagtype (aanvraag); Kerkrade's two rows are the totals on a signal and on an aanvraag;
 * 2 afgerond: by the `datum` of the besluit, or of the closing without besluit; a running toets
 *   is not counted;
 * 3 LBB advices: asked by verzenddatum, received by ontvangstdatum;
 * 4 outcomes by the besluit's `datum`; one herzien on bezwaar keeps counting there, marked;
 * 5 suspensions by the day their answer came, with how long each lasted; a running one is not counted;
 * 6 `bekendOp` keeps only facts recorded by then.
 */
export async function bibobCijfers(redis: Redis, keyPrefix: string, vraag: BibobCijfersVraag): Promise<BibobCijfers> {
  for (const [veld, waarde] of [['van', vraag.van], ['tot', vraag.tot]] as const) {
    if (!isKalenderdatum(waarde)) throw new RangeError(`${veld}: geen datum JJJJ-MM-DD: ${JSON.stringify(waarde)}`);
  }
  if (vraag.tot < vraag.van) throw new RangeError(`tot (${vraag.tot}) ligt voor van (${vraag.van})`);
  const grens = vraag.bekendOp === undefined ? undefined : bekendOpGrens(vraag.bekendOp);
  const bekend = <F extends BibobFeit>(feit: F | undefined): feit is F => feit !== undefined && (grens === undefined || Date.parse(feit.vastgelegdOp) <= grens);
  const inPeriode = (datum: string): boolean => datum >= vraag.van && datum <= vraag.tot;

  const perReden = lijsten(SIGNAALREDENEN);
  const perAanvraagtype = lijsten(AANVRAAGTYPEN);
  const uitkomsten = lijsten(BESLUITUITKOMSTEN);
  const herzien: string[] = [];
  const metBesluit: string[] = [];
  const zonderBesluit: string[] = [];
  const aangevraagd: string[] = [];
  const ontvangen: string[] = [];
  const duur = Object.fromEntries(REDENEN_VAN_OPSCHORTING.map((r) => [r, [] as { zaakId: string; dagen: number }[]])) as Record<RedenVanOpschorting, { zaakId: string; dagen: number }[]>;

  const basis = `${projectionKeyPrefix(keyPrefix, BIBOB_CIJFERS_PROJECTIE)}gemeente:${vraag.gemeente}`;
  for (const toets of await leesPerJaar<BibobCijferToets>(redis, basis, jaarVan(vraag.van), jaarVan(vraag.tot))) {
    if (!bekend(toets.gestart)) continue;
    const { zaakId } = toets;
    const { startdatum, aanleiding } = toets.gestart;
    if (inPeriode(startdatum)) (aanleiding.soort === 'signaal' ? perReden[aanleiding.reden] : perAanvraagtype[aanleiding.aanvraagtype]).push(zaakId);
    if (bekend(toets.besluit) && inPeriode(toets.besluit.datum)) {
      metBesluit.push(zaakId);
      uitkomsten[toets.besluit.uitkomst].push(zaakId);
      if (toets.herzien.some((h) => bekend(h))) herzien.push(zaakId);
    }
    if (bekend(toets.afgesloten) && inPeriode(toets.afgesloten.datum)) zonderBesluit.push(zaakId);
    for (const o of toets.opschortingen) {
      if (!bekend(o)) continue;
      if (o.reden === 'advies-lbb' && inPeriode(o.gevraagdOp)) aangevraagd.push(zaakId);
      if (!bekend(o.ontvangen) || !inPeriode(o.ontvangen.op)) continue;
      if (o.reden === 'advies-lbb') ontvangen.push(zaakId);
      duur[o.reden].push({ zaakId, dagen: Math.max(0, dagenTussen(o.gevraagdOp, o.ontvangen.op) - 1) });
    }
  }

  const opSignaal = SIGNAALREDENEN.flatMap((r) => perReden[r]);
  const opAanvraag = AANVRAAGTYPEN.flatMap((a) => perAanvraagtype[a]);
  return {
    gemeente: vraag.gemeente,
    periode: { van: vraag.van, tot: vraag.tot },
    bekendOp: vraag.bekendOp ?? null,
    gestart: { opSignaal: cel(opSignaal), opAanvraag: cel(opAanvraag), totaal: cel([...opSignaal, ...opAanvraag]), perReden: cellen(perReden), perAanvraagtype: cellen(perAanvraagtype) },
    afgerond: { metBesluit: cel(metBesluit), zonderBesluit: cel(zonderBesluit), totaal: cel([...metBesluit, ...zonderBesluit]) },
    lbbAdviezen: { aangevraagd: cel(aangevraagd), ontvangen: cel(ontvangen) },
    uitkomsten: { ...cellen(uitkomsten), totaal: cel(metBesluit), laterHerzien: cel(herzien) },
    opschortingen: Object.fromEntries(REDENEN_VAN_OPSCHORTING.map((r) => [r, duurCel(duur[r])])) as Record<RedenVanOpschorting, OpschortingCel>,
  };
}

/** The figures without the toetsen behind them: what a user without the `bibob` role may see. */
export type BibobAantallen = AlleenAantallen<BibobCijfers>;
type AlleenAantallen<T> = T extends { readonly zaakIds: readonly string[] } ? Omit<T, 'zaakIds'> : T extends object ? { readonly [K in keyof T]: AlleenAantallen<T[K]> } : T;

/** Every cell's `zaakIds` left out. */
export function alleenAantallen(cijfers: BibobCijfers): BibobAantallen {
  const zonder = (waarde: unknown): unknown => {
    if (typeof waarde !== 'object' || waarde === null) return waarde;
    return Object.fromEntries(Object.entries(waarde).filter(([sleutel]) => sleutel !== 'zaakIds').map(([sleutel, w]) => [sleutel, zonder(w)]));
  };
  return zonder(cijfers) as BibobAantallen;
}

function lijsten<K extends string>(sleutels: readonly K[]): Record<K, string[]> {
  return Object.fromEntries(sleutels.map((k) => [k, [] as string[]])) as Record<K, string[]>;
}

function cellen<K extends string>(lijst: Record<K, string[]>): Record<K, BibobCel> {
  return Object.fromEntries(Object.entries<string[]>(lijst).map(([k, zaakIds]) => [k, cel(zaakIds)])) as Record<K, BibobCel>;
}

function cel(zaakIds: readonly string[]): BibobCel {
  return { aantal: zaakIds.length, zaakIds: [...new Set(zaakIds)].sort() };
}

function duurCel(opschortingen: readonly { zaakId: string; dagen: number }[]): OpschortingCel {
  const dagen = opschortingen.map((o) => o.dagen).sort((a, b) => a - b);
  const midden = Math.floor(dagen.length / 2);
  const mediaanDagen = dagen.length === 0 ? null : dagen.length % 2 === 1 ? dagen[midden] : (dagen[midden - 1] + dagen[midden]) / 2;
  return { ...cel(opschortingen.map((o) => o.zaakId)), dagen: dagen.reduce((som, d) => som + d, 0), mediaanDagen };
}

function bekendOpGrens(bekendOp: string): number {
  if (isKalenderdatum(bekendOp)) return Date.parse(eindeVanDagInAmsterdam(bekendOp)) - 1;
  const grens = Date.parse(bekendOp);
  if (Number.isNaN(grens)) throw new RangeError(`bekendOp: geen tijdstip of datum: ${JSON.stringify(bekendOp)}`);
  return grens;
}
