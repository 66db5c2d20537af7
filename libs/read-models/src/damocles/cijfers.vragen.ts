import type { Drugscategorie } from '@handhaving/policy';
import { projectionKeyPrefix } from '@handhaving/projections';
import { eindeVanDagInAmsterdam, isKalenderdatum, plusDagen } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { jaarVan, leesPerJaar } from '../shared/per-jaar';
import { zoalsBekend, type BekendeCijferZaak, type CijferZaak } from './cijfers.evolve';
import { CIJFERS_PROJECTIE } from './cijfers.projection';
import { pandenVan } from './pand-koppelingen';
import { recidiveVensterVan } from './recidive-venster';

/* The questions to the read model `damocles.cijfers` (cijfers.projection.ts): the Damocles table of a gemeente over a period, as known now or on a date. */

export const CIJFER_CATEGORIEEN = ['softdrugs', 'harddrugs', 'attributen'] as const satisfies readonly Drugscategorie[];

/** Per find date: the policy's value in force on that date (`Beleid.damocles.*` of the version in force). */
export type PerDatum<T> = T | ((constateringsdatum: string) => T);

export interface DamoclesCijfersVraag {
  readonly gemeente: string;
  /** First day of the period (YYYY-MM-DD), inclusive. */
  readonly van: string;
  /** Last day of the period (YYYY-MM-DD), inclusive. A calendar year is `JJJJ-01-01`..`JJJJ-12-31`. */
  readonly tot: string;
  /**
   * "As known on": an ISO instant (facts recorded at or before it), or a date YYYY-MM-DD meaning
   * through the end of that day in Europe/Amsterdam. Absent: as known now.
   */
  readonly bekendOp?: string;
  /** Recidive window in calendar months for a find on a given date. Default 36. */
  readonly recidiveTermijnMaanden?: PerDatum<number>;
  /** Whether earlier finds that ended in `afgezien` or `herroepen` count for recidive. Default false (as Kerkrade's policy). */
  readonly vondstenZonderMaatregelTellenMee?: PerDatum<boolean>;
}

export interface Cel {
  readonly aantal: number;
  /** The cases behind the number, sorted. */
  readonly zaakIds: readonly string[];
}

export interface CijferRij<C extends Cel = Cel> {
  readonly softdrugs: C;
  readonly harddrugs: C;
  readonly attributen: C;
  readonly totaal: C;
}

/** A cell of sluitingsbesluiten: every closure that went out, and beside it those of them revoked on bezwaar since (rule 7). */
export interface SluitingCel extends Cel {
  /** Of the cases in this cell, those whose closure was revoked on bezwaar as known at the moment asked; they are in `aantal` too. */
  readonly laterHerroepen: Cel;
}

export interface RecidiveGeval {
  readonly zaakId: string;
  readonly constateringsdatum: string;
  readonly recidiveTermijnMaanden: number;
  /** Both ends inclusive. */
  readonly venster: { readonly van: string; readonly tot: string };
  /** The earlier finds in the same pand within the window, sorted by constateringsdatum. */
  readonly eerdereZaakIds: readonly string[];
}

export interface DamoclesCijfers {
  readonly gemeente: string;
  readonly periode: { readonly van: string; readonly tot: string };
  /** The question's `bekendOp`, or null for "as known now". */
  readonly bekendOp: string | null;
  /**
   * Counted in the period of the besluit's `datum` (rule 1), once under the heaviest category
   * (rule 3); a closure revoked on bezwaar still counts, marked in `laterHerroepen` (rule 7).
   * Only a sluitingsbesluit can be revoked: the decider takes bezwaar against no other besluit.
   */
  readonly sluitingsbesluiten: CijferRij<SluitingCel>;
  /** Harddrugs is 0 by the decider's rule (never a warning for harddrugs); the report shows it as "n.v.t.". */
  readonly waarschuwingen: CijferRij;
  /** Counted in the period of the ontvangstdatum (rule 4). */
  readonly rapportagesOntvangen: Cel;
  /** Rapportages of the period that were recidive at their constateringsdatum (rule 5). */
  readonly recidive: Cel & { readonly gevallen: readonly RecidiveGeval[] };
}

/**
 * The Damocles table for `gemeente` over `van..tot`, by the counting rules of docs/cijfers.md:
 * 1 a waarschuwing or sluitingsbesluit counts in the period that holds its `datum`;
 * 2 a case without a besluit (a running procedure) is not counted as a measure, nor one that
 *   ended in `afgezien`;
 * 3 once, under the heaviest category of the facts as known (corrections applied when recorded by then);
 * 4 rapportages count in the period that holds their ontvangstdatum;
 * 5 a rapportage of the period is recidive when an earlier find in the same pand (within this
 *   gemeente; keys in normal form, an address and a BAG id one pand once their link was recorded
 *   by the moment asked: pand-koppelingen.ts) lies in the window `recidiveTermijnMaanden` before its
 *   constateringsdatum (window as in `recidiveVoor`: start inclusive, a find on the same date not earlier);
 *   finds still running count, `afgezien`/`herroepen` ones only when `vondstenZonderMaatregelTellenMee`;
 * 6 `bekendOp` keeps only facts, corrections and besluiten recorded by then;
 * 7 a sluitingsbesluit revoked on bezwaar keeps counting where it went out, in `laterHerroepen`
 *   beside its cell once the revocation was recorded (also when revoked in the same year).
 */
export async function damoclesCijfers(redis: Redis, keyPrefix: string, vraag: DamoclesCijfersVraag): Promise<DamoclesCijfers> {
  if (!isKalenderdatum(vraag.van)) throw new RangeError(`van: geen datum JJJJ-MM-DD: ${JSON.stringify(vraag.van)}`);
  if (!isKalenderdatum(vraag.tot)) throw new RangeError(`tot: geen datum JJJJ-MM-DD: ${JSON.stringify(vraag.tot)}`);
  if (vraag.tot < vraag.van) throw new RangeError(`tot (${vraag.tot}) ligt voor van (${vraag.van})`);
  const grens = vraag.bekendOp === undefined ? undefined : bekendOpGrens(vraag.bekendOp);
  const inPeriode = (datum: string): boolean => datum >= vraag.van && datum <= vraag.tot;
  const termijnVoor = perDatum(vraag.recidiveTermijnMaanden ?? 36);
  const zonderMaatregelVoor = perDatum(vraag.vondstenZonderMaatregelTellenMee ?? false);

  const prefix = projectionKeyPrefix(keyPrefix, CIJFERS_PROJECTIE);
  const basis = `${prefix}gemeente:${vraag.gemeente}`;
  const gelezen = new Set<string>();
  const bekend = new Map<string, BekendeCijferZaak>();
  /** Reads the cases filed under these years, as known at the moment asked. */
  const leesJaren = async (van: number, tot: number): Promise<void> => {
    for (const zaak of await leesPerJaar<CijferZaak>(redis, basis, van, tot, gelezen)) {
      const zoals = zoalsBekend(zaak, grens);
      if (zoals !== undefined) bekend.set(zaak.zaakId, zoals); // else not yet recorded then
    }
  };

  // The years of the period hold every case counted in it (rules 1 and 4).
  await leesJaren(jaarVan(vraag.van), jaarVan(vraag.tot));
  const sluitingen = nieuweRij();
  const herroepenSluitingen = nieuweRij();
  const waarschuwingen = nieuweRij();
  const rapportages: BekendeCijferZaak[] = [];
  for (const b of bekend.values()) {
    const { zaak, feiten, maatregel, herroepen } = b;
    if (inPeriode(feiten.ontvangstdatum)) rapportages.push(b);
    if (maatregel === undefined || !inPeriode(maatregel.datum)) continue;
    if (maatregel.soort === 'sluiting') {
      sluitingen[feiten.zwaarsteCategorie].push(zaak.zaakId);
      if (herroepen) herroepenSluitingen[feiten.zwaarsteCategorie].push(zaak.zaakId);
    }
    if (maatregel.soort === 'waarschuwing') waarschuwingen[feiten.zwaarsteCategorie].push(zaak.zaakId);
  }

  // Each rapportage's window reaches back before the period: read those years too (rule 5).
  const vensters = rapportages.map(({ zaak, feiten }) => {
    const termijn = termijnVoor(feiten.constateringsdatum);
    if (!Number.isInteger(termijn) || termijn < 1) throw new RangeError(`recidiveTermijnMaanden voor ${feiten.constateringsdatum}: moet een geheel getal vanaf 1 zijn: ${JSON.stringify(termijn)}`);
    return { zaak, feiten, termijn, venster: { van: recidiveVensterVan(feiten.constateringsdatum, termijn), tot: plusDagen(feiten.constateringsdatum, -1) } };
  });
  const vroegste = vensters.reduce<string>((min, { venster }) => (venster.van < min ? venster.van : min), vraag.van);
  await leesJaren(jaarVan(vroegste), jaarVan(vraag.van) - 1);

  // One pand as the recidive check sees it, by the links recorded by the moment asked.
  const pandVan = await pandenVan(redis, prefix, [...bekend.values()].map((b) => b.zaak.pandSleutel), grens);
  const pandVanZaak = (zaak: CijferZaak): string => pandVan.get(zaak.pandSleutel) ?? zaak.pandSleutel;
  const perPand = new Map<string, BekendeCijferZaak[]>();
  for (const b of bekend.values()) {
    const pand = pandVanZaak(b.zaak);
    perPand.set(pand, [...(perPand.get(pand) ?? []), b]);
  }
  const gevallen: RecidiveGeval[] = [];
  for (const { zaak, feiten, termijn, venster } of vensters) {
    const zonderMaatregel = zonderMaatregelVoor(feiten.constateringsdatum);
    const eerdere = (perPand.get(pandVanZaak(zaak)) ?? [])
      .filter((e) => e.zaak.zaakId !== zaak.zaakId)
      .filter((e) => e.feiten.constateringsdatum >= venster.van && e.feiten.constateringsdatum <= venster.tot)
      .filter((e) => zonderMaatregel || (e.maatregel?.soort !== 'afgezien' && !e.herroepen))
      .sort((a, b) => a.feiten.constateringsdatum.localeCompare(b.feiten.constateringsdatum) || a.zaak.zaakId.localeCompare(b.zaak.zaakId));
    if (eerdere.length === 0) continue;
    gevallen.push({
      zaakId: zaak.zaakId,
      constateringsdatum: feiten.constateringsdatum,
      recidiveTermijnMaanden: termijn,
      venster,
      eerdereZaakIds: eerdere.map((e) => e.zaak.zaakId),
    });
  }
  gevallen.sort((a, b) => a.zaakId.localeCompare(b.zaakId));

  return {
    gemeente: vraag.gemeente,
    periode: { van: vraag.van, tot: vraag.tot },
    bekendOp: vraag.bekendOp ?? null,
    sluitingsbesluiten: sluitingRij(sluitingen, herroepenSluitingen),
    waarschuwingen: rij(waarschuwingen),
    rapportagesOntvangen: cel(rapportages.map((r) => r.zaak.zaakId)),
    recidive: { ...cel(gevallen.map((g) => g.zaakId)), gevallen },
  };
}

function nieuweRij(): Record<Drugscategorie, string[]> {
  return { softdrugs: [], harddrugs: [], attributen: [] };
}

function rij(perCategorie: Record<Drugscategorie, string[]>): CijferRij {
  return {
    softdrugs: cel(perCategorie.softdrugs),
    harddrugs: cel(perCategorie.harddrugs),
    attributen: cel(perCategorie.attributen),
    totaal: cel(CIJFER_CATEGORIEEN.flatMap((c) => perCategorie[c])),
  };
}

function sluitingRij(perCategorie: Record<Drugscategorie, string[]>, herroepen: Record<Drugscategorie, string[]>): CijferRij<SluitingCel> {
  const alle = rij(perCategorie);
  const laterHerroepen = rij(herroepen);
  return {
    softdrugs: { ...alle.softdrugs, laterHerroepen: laterHerroepen.softdrugs },
    harddrugs: { ...alle.harddrugs, laterHerroepen: laterHerroepen.harddrugs },
    attributen: { ...alle.attributen, laterHerroepen: laterHerroepen.attributen },
    totaal: { ...alle.totaal, laterHerroepen: laterHerroepen.totaal },
  };
}

function cel(zaakIds: readonly string[]): Cel {
  const gesorteerd = [...zaakIds].sort();
  return { aantal: gesorteerd.length, zaakIds: gesorteerd };
}

function perDatum<T>(waarde: PerDatum<T>): (datum: string) => T {
  return typeof waarde === 'function' ? (waarde as (datum: string) => T) : () => waarde;
}

/** The last millisecond that still counts as "known by" `bekendOp` (as `recidiveVoor` reads it). */
function bekendOpGrens(bekendOp: string): number {
  if (isKalenderdatum(bekendOp)) return Date.parse(eindeVanDagInAmsterdam(bekendOp)) - 1;
  const grens = Date.parse(bekendOp);
  if (Number.isNaN(grens)) throw new RangeError(`bekendOp: geen tijdstip of datum: ${JSON.stringify(bekendOp)}`);
  return grens;
}
