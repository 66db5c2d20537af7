import { DAMOCLES_STREAM_PREFIX, type DamoclesEvent } from '@handhaving/domain-damocles';
import { PAND_KOPPELING_STREAM_PREFIX, type PandKoppelingEvent } from '@handhaving/domain-panden';
import type { RecordedEvent } from '@handhaving/event-store';
import type { Drugscategorie } from '@handhaving/policy';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { jaarVan, leesPerJaar, schrijfPerJaar } from '../shared/per-jaar';
import { FEITEN_EN_AFLOOP } from './feiten-en-afloop.events';
import { inNormaleVorm, legKoppelingVast, PAND_KOPPELING_EVENTS, pandenVan } from './pand-koppelingen';
import { recidiveVensterVan } from './recidive-venster';
import { defineProjection, projectionKeyPrefix, type ProjectionContext } from '@handhaving/projections';
import { eindeVanDagInAmsterdam, isKalenderdatum, plusDagen } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';

/*
 * The Damocles table of the Uitvoeringsplan (counting rules: docs/cijfers.md): per gemeente and
 * period, sluitingsbesluiten and waarschuwingen by heaviest category, rapportages ontvangen and
 * recidive, each cell with the cases behind it, as known now or as known on a date.
 *
 * Key layout (under `{keyPrefix}damocles.cijfers.v3:`):
 * - `gemeente:{gemeente}`             hash: zaakId -> JSON `CijferZaak` (every case of the gemeente, bitemporal)
 * - `gemeente:{gemeente}:jaar:{JJJJ}` hash: the same records, filed under every year one of their
 *                                     dates falls in (any version's ontvangst- or constateringsdatum,
 *                                     any besluit's datum), so that a question about a year reads
 *                                     that year and the recidive window before it, not the
 *                                     gemeente's whole history (the figures stay as fast after
 *                                     twenty years as after one)
 * - `zaak-gemeente`                   hash: zaakId -> gemeente (later events of a case carry only the zaakId)
 * - `koppeling`, `bag-adressen:{bagSleutel}`: the links between addresses and BAG ids, in the
 *                                     layout the recidive read model keeps its own (pand-koppelingen.ts)
 *
 * Rule 5 groups finds into panden the way the recidive check does (pand-koppelingen.ts): each
 * case's key in today's normal form ("12 a" and "12-A" are one address), and an address and a
 * BAG id as one pand once their link was recorded — as known now, every link; as known on a
 * date, only the links recorded by then.
 *
 * Bitemporal: nothing is overwritten. A `FeitenGecorrigeerd` of the ontvangstdatum,
 * constateringsdatum or heaviest category adds a version of the facts and marks the previous one
 * superseded at the correction's recorded-at; every besluit and a revocation on bezwaar are
 * appended to the case's `besluiten` with their recorded-at. A record's dates only ever grow in
 * number, so a record is filed under every year it ever touched and a year's hash always holds
 * the record's latest state. A query reads the hashes of the years it needs and filters them by
 * domain dates and recorded-at: no replay of the log.
 *
 * Rule 1: a measure counts in the year of its besluit. The date used is the besluit event's
 * `datum` — the domain date the besluit was taken (damocles.events.ts: "every event records the
 * domain date of the step") — not its `bekendmakingsdatum` (the day it was made known, which
 * runs the bezwaartermijn); both are kept on the record.
 *
 * Rule 7: a sluitingsbesluit revoked on bezwaar (`BeslissingOpBezwaarGenomen`, gegrond, gevolg
 * herroepen) or vernietigd by the rechtbank on beroep (`UitspraakOpBeroepGedaan`) still went out: the Uitvoeringsplan counts "daadwerkelijk uitgegane" besluiten, so
 * it keeps counting in the year of its `datum`, marked "later herroepen" (`laterHerroepen` beside
 * the cell) from the moment the revocation was recorded. As known on 31-12-2020, a 2020 closure
 * revoked in 2021 counts and is not marked; as known now it counts in 2020 and is marked. A
 * closure revoked in the same year it was taken is no different: it went out, so it counts,
 * marked — a council member reading "12 sluitingsbesluiten, waarvan 1 later herroepen" learns
 * both what the burgemeester decided and what held. Only a correction of the facts
 * (`FeitenGecorrigeerd`: another category or date) moves a case to another cell or year as known now.
 *
 * Subscribed by stream prefix as well as event type: other contexts record a
 * `BeslissingOpBezwaarGenomen` too, and a zaakId is unique only within its context (both APIs
 * accept a chosen UUID), so a dwangsom case's revocation could otherwise mark a Damocles closure.
 * What is stored did not change with rule 7 (a revocation was always kept as a besluit of its
 * own; only the query reads it differently). v3 stores each case's pand key in today's normal
 * form and the links of addresses to BAG ids: a rebuild.
 */

export const CIJFERS_PROJECTIE = 'damocles.cijfers.v3';

export const CIJFER_CATEGORIEEN = ['softdrugs', 'harddrugs', 'attributen'] as const satisfies readonly Drugscategorie[];

/** One version of the facts that the figures read, valid from `vastgelegdOp` until `vervangenOp` (recorded-at instants, ISO UTC). */
export interface CijferFeiten {
  readonly ontvangstdatum: string;
  readonly constateringsdatum: string;
  readonly zwaarsteCategorie: Drugscategorie;
  readonly vastgelegdOp: string;
  readonly vervangenOp?: string;
}

export type CijferBesluitSoort = 'waarschuwing' | 'sluiting' | 'afgezien' | 'herroepen';

/** A besluit (or its revocation on bezwaar); the last one recorded by a moment is the one known then. */
export interface CijferBesluit {
  readonly soort: CijferBesluitSoort;
  /** Domain date the besluit (or the beslissing op bezwaar) was taken: the event's `datum`. */
  readonly datum: string;
  readonly bekendmakingsdatum?: string;
  readonly vastgelegdOp: string;
}

export interface CijferZaak {
  readonly zaakId: string;
  readonly gemeente: string;
  /** The key the case recorded, in today's normal form (`normalePandSleutel`). */
  readonly pandSleutel: string;
  /** Oldest first; the one without `vervangenOp` is valid now. */
  readonly feiten: readonly CijferFeiten[];
  /** Oldest first, in recorded order. */
  readonly besluiten: readonly CijferBesluit[];
}

export const damoclesCijfersProjectie = defineProjection({
  name: CIJFERS_PROJECTIE,
  filter: { eventTypes: [...FEITEN_EN_AFLOOP, ...PAND_KOPPELING_EVENTS], streamPrefixes: [DAMOCLES_STREAM_PREFIX, PAND_KOPPELING_STREAM_PREFIX] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const zaken = new BatchRecords<CijferZaak>(context, 'zaak-gemeente', 'gemeente');
    await zaken.preload(zaakIdsIn(events));
    const metBesluit = async (zaakId: string, besluit: CijferBesluit): Promise<void> => {
      const zaak = await zaken.get(zaakId);
      if (zaak === null) return; // a case whose rapportage this model never saw: nothing to count it under
      zaken.set(zaakId, { ...zaak, besluiten: [...zaak.besluiten, besluit] });
    };

    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as DamoclesEvent | PandKoppelingEvent;
      const op = recorded.metadata.recordedAt;
      switch (event.type) {
        case 'AdresAanPandGekoppeld':
          legKoppelingVast(context, event, op);
          break;
        case 'RapportageOntvangen': {
          if ((await zaken.get(event.zaakId)) !== null) break; // replayed twice: the first one stands
          const gemeente = event.gemeente ?? recorded.metadata.gemeente ?? 'onbekend';
          zaken.add(event.zaakId, gemeente, {
            zaakId: event.zaakId,
            gemeente,
            pandSleutel: inNormaleVorm(event.pand.sleutel),
            feiten: [
              {
                ontvangstdatum: event.ontvangstdatum,
                constateringsdatum: event.constateringsdatum,
                zwaarsteCategorie: event.zwaarsteCategorie,
                vastgelegdOp: op,
              },
            ],
            besluiten: [],
          });
          break;
        }
        case 'WaarschuwingGegeven':
          await metBesluit(event.zaakId, { soort: 'waarschuwing', datum: event.datum, bekendmakingsdatum: event.bekendmakingsdatum, vastgelegdOp: op });
          break;
        case 'SluitingsbesluitGenomen':
          await metBesluit(event.zaakId, { soort: 'sluiting', datum: event.datum, bekendmakingsdatum: event.bekendmakingsdatum, vastgelegdOp: op });
          break;
        case 'AfgezienVanMaatregel':
          await metBesluit(event.zaakId, { soort: 'afgezien', datum: event.datum, vastgelegdOp: op });
          break;
        case 'BeslissingOpBezwaarGenomen':
          // Only a revocation marks the figures (rule 7); `gewijzigd` (another duration) is still a closure of the same besluit.
          if (event.uitkomst === 'gegrond' && event.gevolg?.soort === 'herroepen') {
            await metBesluit(event.zaakId, { soort: 'herroepen', datum: event.datum, bekendmakingsdatum: event.bekendmakingsdatum, vastgelegdOp: op });
          }
          break;
        case 'UitspraakOpBeroepGedaan':
          // A closure the rechtbank vernietigde in beroep went out too: marked "later herroepen" like one revoked on bezwaar (rule 7).
          if (event.vernietigd) await metBesluit(event.zaakId, { soort: 'herroepen', datum: event.datum, bekendmakingsdatum: event.uitspraakdatum, vastgelegdOp: op });
          break;
        case 'FeitenGecorrigeerd': {
          const zaak = await zaken.get(event.zaakId);
          if (zaak === null) break;
          const huidig = zaak.feiten[zaak.feiten.length - 1];
          let { ontvangstdatum, constateringsdatum, zwaarsteCategorie } = huidig;
          for (const correctie of event.correcties) {
            if (correctie.veld === 'ontvangstdatum') ontvangstdatum = correctie.nieuw;
            if (correctie.veld === 'constateringsdatum') constateringsdatum = correctie.nieuw;
            if (correctie.veld === 'zwaarsteCategorie') zwaarsteCategorie = correctie.nieuw;
          }
          if (
            ontvangstdatum === huidig.ontvangstdatum &&
            constateringsdatum === huidig.constateringsdatum &&
            zwaarsteCategorie === huidig.zwaarsteCategorie
          ) {
            break; // a correction of something the figures do not read (betrokkenen, pandtype)
          }
          zaken.set(event.zaakId, {
            ...zaak,
            feiten: [...zaak.feiten.slice(0, -1), { ...huidig, vervangenOp: op }, { ontvangstdatum, constateringsdatum, zwaarsteCategorie, vastgelegdOp: op }],
          });
          break;
        }
        default:
          break;
      }
    }
    zaken.write();
    schrijfPerJaar(context, 'gemeente', zaken, jarenVan);
  },
});

/** Every year one of the case's dates falls in, in any version of its facts and any besluit. */
function jarenVan(zaak: CijferZaak): number[] {
  return [...zaak.feiten.flatMap((f) => [f.ontvangstdatum, f.constateringsdatum]), ...zaak.besluiten.map((b) => b.datum)].map(jaarVan);
}

/* ------------------------------------------------------------------------------------------ */
/* Query                                                                                       */
/* ------------------------------------------------------------------------------------------ */

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

interface Bekend {
  readonly zaak: CijferZaak;
  readonly feiten: CijferFeiten;
  /** The measure decided, as known at the moment asked: the last waarschuwing, sluiting or afzien recorded by then, if any. */
  readonly maatregel?: CijferBesluit;
  /** Whether a revocation of that measure on bezwaar was recorded by then. */
  readonly herroepen: boolean;
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
  const bekendBij = (vastgelegdOp: string): boolean => grens === undefined || Date.parse(vastgelegdOp) <= grens;
  const inPeriode = (datum: string): boolean => datum >= vraag.van && datum <= vraag.tot;
  const termijnVoor = perDatum(vraag.recidiveTermijnMaanden ?? 36);
  const zonderMaatregelVoor = perDatum(vraag.vondstenZonderMaatregelTellenMee ?? false);

  const prefix = projectionKeyPrefix(keyPrefix, CIJFERS_PROJECTIE);
  const basis = `${prefix}gemeente:${vraag.gemeente}`;
  const gelezen = new Set<string>();
  const bekend = new Map<string, Bekend>();
  /** Reads the cases filed under these years, as known at the moment asked. */
  const leesJaren = async (van: number, tot: number): Promise<void> => {
    for (const zaak of await leesPerJaar<CijferZaak>(redis, basis, van, tot, gelezen)) {
      const feiten = zaak.feiten.find((v) =>
        grens === undefined ? v.vervangenOp === undefined : bekendBij(v.vastgelegdOp) && (v.vervangenOp === undefined || Date.parse(v.vervangenOp) > grens),
      );
      if (feiten === undefined) continue; // not yet recorded then
      const besluiten = zaak.besluiten.filter((b) => bekendBij(b.vastgelegdOp));
      const m = besluiten.findLastIndex((b) => b.soort !== 'herroepen');
      const maatregel = m === -1 ? undefined : besluiten[m];
      bekend.set(zaak.zaakId, { zaak, feiten, maatregel, herroepen: m !== -1 && besluiten.slice(m + 1).some((b) => b.soort === 'herroepen') });
    }
  };

  // The years of the period hold every case counted in it (rules 1 and 4).
  await leesJaren(jaarVan(vraag.van), jaarVan(vraag.tot));
  const sluitingen = nieuweRij();
  const herroepenSluitingen = nieuweRij();
  const waarschuwingen = nieuweRij();
  const rapportages: Bekend[] = [];
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
  const perPand = new Map<string, Bekend[]>();
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
