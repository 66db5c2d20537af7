import { REDENEN_VAN_VERVAL, RESULTATEN_VAN_TRAJECT, TRAJECTSOORTEN, type RedenVanVerval, type ResultaatVanTraject, type Trajectsoort } from '@handhaving/domain-kamerverhuur';
import { projectionKeyPrefix } from '@handhaving/projections';
import { eindeVanDagInAmsterdam, isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { jaarVan, leesPerJaar } from '../shared/per-jaar';
import { SOORTEN_PROCEDURE, type KamerverhuurCijferZaak, type KamerverhuurFeit, type Procedure, type SoortProcedure } from './kamerverhuur-cijfers.evolve';
import { KAMERVERHUUR_CIJFERS_PROJECTIE } from './kamerverhuur-cijfers.projection';

/*
 * The question to the read model `kamerverhuur.cijfers` (kamerverhuur-cijfers.projection.ts): the
 * kamerverhuur figures of a gemeente over a period, a calendar year (1 January – 31 December) or
 * any [van, tot], both days included.
 *
 * Counting rules (docs: kamerverhuur.md "Figures" and statistics.md, rules 1, 2, 6, 7 and 8): a
 * step counts in the period that holds its OWN LEGAL DATE, never the day it was recorded:
 * 1 aanschrijvingen: each vooraankondiging and each voornemen of a traject, by its verzenddatum
 *   (a voornemen to refuse or revoke a permit is not an aanschrijving); a traject with both counts
 *   in both rows, and `totaal` counts letters;
 * 2 handhavingstrajecten, per soort (kamerverhuur, woningsplitsing): gestart by the
 *   constateringsdatum; afgesloten by the afsluitdatum, also per resultaat; `lopendAanEinde`:
 *   found on or before `tot` and not closed by then;
 * 3 juridische procedures, bezwaar and beroep each apart (a beroep is not a bezwaar that went on),
 *   against a traject's last and against a permit's weigering or intrekking: one procedure per
 *   besluit (a second belanghebbende's bezwaarschrift joins the open one). `ingesteld` by the
 *   ontvangstdatum of the (first) bezwaarschrift or the indieningsdatum of the beroep;
 *   `afgerond` by the day the beslissing op bezwaar was taken or the uitspraakdatum;
 *   `openAanEinde`: ingesteld on or before `tot` and not afgerond by then. A voorlopige
 *   voorziening is not counted;
 * 4 vergunningen: aangevraagd by the ontvangstdatum; verleend, geweigerd and ingetrokken by the
 *   besluitdatum; vervallen by the vervaldatum, also per reden. A weigering or intrekking herroepen
 *   on bezwaar or vernietigd on beroep keeps counting in its period (rule 7), and is also listed
 *   in `laterHerroepen` (herroepen by the end of the question's knowledge, whenever that was);
 * 5 `bekendOp` ("as known on", rule 6) keeps only the facts recorded by then; absent: as known now;
 * 6 each cell lists the panden (pandSleutel) and the cases (zaakId) it counts, so a figure can be
 *   checked; `aantal` counts steps, so it may exceed the number of panden.
 */

export interface KamerverhuurCijfersVraag {
  readonly gemeente: string;
  /** First and last day of the period (YYYY-MM-DD), inclusive. */
  readonly van: string;
  readonly tot: string;
  /** "As known on": an ISO instant, or a date meaning through the end of that day in Europe/Amsterdam. Absent: as known now. */
  readonly bekendOp?: string;
}

export interface KamerverhuurCel {
  readonly aantal: number;
  /** The panden counted, each once, sorted. */
  readonly panden: readonly string[];
  /** The cases counted (trajecten or vergunningen), each once, sorted. */
  readonly zaakIds: readonly string[];
}

export type PerTrajectsoort = { readonly [S in Trajectsoort]: KamerverhuurCel } & { readonly totaal: KamerverhuurCel };

export interface ProcedureCijfers {
  readonly ingesteld: KamerverhuurCel;
  readonly afgerond: KamerverhuurCel;
  readonly openAanEinde: KamerverhuurCel;
}

export const HERKOMSTEN_VAN_PROCEDURE = ['handhaving', 'vergunning'] as const;
export type HerkomstVanProcedure = (typeof HERKOMSTEN_VAN_PROCEDURE)[number];

export interface KamerverhuurCijfers {
  readonly gemeente: string;
  readonly periode: { readonly van: string; readonly tot: string };
  readonly bekendOp: string | null;
  readonly aanschrijvingen: {
    readonly vooraankondiging: KamerverhuurCel;
    readonly voornemen: KamerverhuurCel;
    readonly totaal: KamerverhuurCel;
    /** Every aanschrijving, by the soort of its traject. */
    readonly perSoort: PerTrajectsoort;
  };
  readonly handhavingstrajecten: {
    readonly gestart: PerTrajectsoort;
    readonly afgesloten: PerTrajectsoort;
    readonly perResultaat: { readonly [R in ResultaatVanTraject]: PerTrajectsoort };
    readonly lopendAanEinde: PerTrajectsoort;
  };
  /** Bezwaar and beroep apart; each in all, and against handhaving (a traject's last) or a permit's besluit. */
  readonly juridischeProcedures: { readonly [P in SoortProcedure]: ProcedureCijfers & { readonly perHerkomst: { readonly [H in HerkomstVanProcedure]: ProcedureCijfers } } };
  readonly vergunningen: {
    readonly aangevraagd: KamerverhuurCel;
    readonly verleend: KamerverhuurCel;
    readonly geweigerd: KamerverhuurCel;
    readonly ingetrokken: KamerverhuurCel;
    readonly vervallen: KamerverhuurCel;
    readonly vervallenPerReden: { readonly [R in RedenVanVerval]: KamerverhuurCel };
    /** Of the weigeringen and intrekkingen counted above, those herroepen or vernietigd since (they keep counting). */
    readonly laterHerroepen: { readonly geweigerd: KamerverhuurCel; readonly ingetrokken: KamerverhuurCel };
  };
}

interface Geteld {
  readonly zaakId: string;
  readonly pandSleutel: string;
}

/** The kamerverhuur figures of `gemeente` over `van..tot`, by the counting rules above. */
export async function kamerverhuurCijfers(redis: Redis, keyPrefix: string, vraag: KamerverhuurCijfersVraag): Promise<KamerverhuurCijfers> {
  for (const [veld, waarde] of [['van', vraag.van], ['tot', vraag.tot]] as const) {
    if (!isKalenderdatum(waarde)) throw new RangeError(`${veld}: geen datum JJJJ-MM-DD: ${JSON.stringify(waarde)}`);
  }
  if (vraag.tot < vraag.van) throw new RangeError(`tot (${vraag.tot}) ligt voor van (${vraag.van})`);
  const grens = vraag.bekendOp === undefined ? undefined : bekendOpGrens(vraag.bekendOp);
  const bekend = <F extends Pick<KamerverhuurFeit, 'vastgelegdOp'>>(feit: F | undefined): feit is F => feit !== undefined && (grens === undefined || Date.parse(feit.vastgelegdOp) <= grens);
  const inPeriode = (feit: KamerverhuurFeit | undefined): boolean => bekend(feit) && feit.datum >= vraag.van && feit.datum <= vraag.tot;
  const openAanEinde = (begin: KamerverhuurFeit, einde: KamerverhuurFeit | undefined): boolean => bekend(begin) && begin.datum <= vraag.tot && !(bekend(einde) && einde.datum <= vraag.tot);

  const lijst = (): Geteld[] => [];
  const perSoort = (): Record<Trajectsoort, Geteld[]> => Object.fromEntries(TRAJECTSOORTEN.map((s) => [s, lijst()])) as Record<Trajectsoort, Geteld[]>;
  const procedures = (): Record<keyof ProcedureCijfers, Geteld[]> => ({ ingesteld: lijst(), afgerond: lijst(), openAanEinde: lijst() });

  const vooraankondiging = lijst();
  const voornemen = lijst();
  const aanschrijvingPerSoort = perSoort();
  const gestart = perSoort();
  const afgesloten = perSoort();
  const lopend = perSoort();
  const perResultaat = Object.fromEntries(RESULTATEN_VAN_TRAJECT.map((r) => [r, perSoort()])) as Record<ResultaatVanTraject, Record<Trajectsoort, Geteld[]>>;
  const proc = Object.fromEntries(SOORTEN_PROCEDURE.map((p) => [p, { handhaving: procedures(), vergunning: procedures() }])) as Record<SoortProcedure, Record<HerkomstVanProcedure, ReturnType<typeof procedures>>>;
  const vergunning = { aangevraagd: lijst(), verleend: lijst(), geweigerd: lijst(), ingetrokken: lijst(), vervallen: lijst() };
  const vervallenPerReden = Object.fromEntries(REDENEN_VAN_VERVAL.map((r) => [r, lijst()])) as Record<RedenVanVerval, Geteld[]>;
  const herroepen = { geweigerd: lijst(), ingetrokken: lijst() };

  for (const zaak of await lees(redis, keyPrefix, vraag)) {
    const geteld: Geteld = { zaakId: zaak.zaakId, pandSleutel: zaak.pandSleutel };
    const eerste = zaak.soort === 'traject' ? zaak.gestart : zaak.aangevraagd;
    if (!bekend(eerste)) continue;
    if (zaak.soort === 'traject') {
      const soort = zaak.trajectsoort;
      for (const a of zaak.aanschrijvingen) {
        if (!inPeriode(a)) continue;
        (a.soort === 'vooraankondiging' ? vooraankondiging : voornemen).push(geteld);
        aanschrijvingPerSoort[soort].push(geteld);
      }
      if (inPeriode(zaak.gestart)) gestart[soort].push(geteld);
      if (inPeriode(zaak.afgesloten) && zaak.afgesloten) {
        afgesloten[soort].push(geteld);
        perResultaat[zaak.afgesloten.resultaat][soort].push(geteld);
      }
      if (openAanEinde(zaak.gestart, zaak.afgesloten)) lopend[soort].push(geteld);
    } else {
      if (inPeriode(zaak.aangevraagd)) vergunning.aangevraagd.push(geteld);
      for (const b of zaak.besluiten) {
        if (!inPeriode(b)) continue;
        vergunning[b.soort].push(geteld);
        if (b.soort !== 'verleend' && bekend(b.herroepen)) herroepen[b.soort].push(geteld);
      }
      if (inPeriode(zaak.vervallen) && zaak.vervallen) {
        vergunning.vervallen.push(geteld);
        vervallenPerReden[zaak.vervallen.reden].push(geteld);
      }
    }
    const herkomst: HerkomstVanProcedure = zaak.soort === 'traject' ? 'handhaving' : 'vergunning';
    for (const p of zaak.procedures as readonly Procedure[]) {
      const cellen = proc[p.soort][herkomst];
      if (inPeriode(p.ingesteld)) cellen.ingesteld.push(geteld);
      if (inPeriode(p.afgerond)) cellen.afgerond.push(geteld);
      if (openAanEinde(p.ingesteld, p.afgerond)) cellen.openAanEinde.push(geteld);
    }
  }

  const soortCellen = (lijsten: Record<Trajectsoort, Geteld[]>): PerTrajectsoort =>
    ({ ...Object.fromEntries(TRAJECTSOORTEN.map((s) => [s, cel(lijsten[s])])), totaal: cel(TRAJECTSOORTEN.flatMap((s) => lijsten[s])) }) as PerTrajectsoort;
  const procedureCellen = (l: ReturnType<typeof procedures>): ProcedureCijfers => ({ ingesteld: cel(l.ingesteld), afgerond: cel(l.afgerond), openAanEinde: cel(l.openAanEinde) });
  const samen = (p: SoortProcedure, veld: keyof ProcedureCijfers): Geteld[] => HERKOMSTEN_VAN_PROCEDURE.flatMap((h) => proc[p][h][veld]);

  return {
    gemeente: vraag.gemeente,
    periode: { van: vraag.van, tot: vraag.tot },
    bekendOp: vraag.bekendOp ?? null,
    aanschrijvingen: { vooraankondiging: cel(vooraankondiging), voornemen: cel(voornemen), totaal: cel([...vooraankondiging, ...voornemen]), perSoort: soortCellen(aanschrijvingPerSoort) },
    handhavingstrajecten: {
      gestart: soortCellen(gestart),
      afgesloten: soortCellen(afgesloten),
      perResultaat: Object.fromEntries(RESULTATEN_VAN_TRAJECT.map((r) => [r, soortCellen(perResultaat[r])])) as KamerverhuurCijfers['handhavingstrajecten']['perResultaat'],
      lopendAanEinde: soortCellen(lopend),
    },
    juridischeProcedures: Object.fromEntries(
      SOORTEN_PROCEDURE.map((p) => [
        p,
        {
          ingesteld: cel(samen(p, 'ingesteld')),
          afgerond: cel(samen(p, 'afgerond')),
          openAanEinde: cel(samen(p, 'openAanEinde')),
          perHerkomst: { handhaving: procedureCellen(proc[p].handhaving), vergunning: procedureCellen(proc[p].vergunning) },
        },
      ]),
    ) as KamerverhuurCijfers['juridischeProcedures'],
    vergunningen: {
      aangevraagd: cel(vergunning.aangevraagd),
      verleend: cel(vergunning.verleend),
      geweigerd: cel(vergunning.geweigerd),
      ingetrokken: cel(vergunning.ingetrokken),
      vervallen: cel(vergunning.vervallen),
      vervallenPerReden: Object.fromEntries(REDENEN_VAN_VERVAL.map((r) => [r, cel(vervallenPerReden[r])])) as Record<RedenVanVerval, KamerverhuurCel>,
      laterHerroepen: { geweigerd: cel(herroepen.geweigerd), ingetrokken: cel(herroepen.ingetrokken) },
    },
  };
}

/** The figures of each calendar year `vanJaar..totJaar` (for a trend over several years), as known on `bekendOp`. */
export async function kamerverhuurCijfersPerJaar(
  redis: Redis,
  keyPrefix: string,
  vraag: { readonly gemeente: string; readonly vanJaar: number; readonly totJaar: number; readonly bekendOp?: string },
): Promise<KamerverhuurCijfers[]> {
  if (!Number.isInteger(vraag.vanJaar) || !Number.isInteger(vraag.totJaar) || vraag.totJaar < vraag.vanJaar) throw new RangeError(`jaren: ${vraag.vanJaar}..${vraag.totJaar} is geen reeks jaren`);
  const jaren: KamerverhuurCijfers[] = [];
  for (let jaar = vraag.vanJaar; jaar <= vraag.totJaar; jaar++) {
    jaren.push(await kamerverhuurCijfers(redis, keyPrefix, { gemeente: vraag.gemeente, van: `${jaar}-01-01`, tot: `${jaar}-12-31`, ...(vraag.bekendOp === undefined ? {} : { bekendOp: vraag.bekendOp }) }));
  }
  return jaren;
}

/** The records filed under the period's years, and those still open (a traject or procedure of an earlier year may be open at its end). */
async function lees(redis: Redis, keyPrefix: string, vraag: KamerverhuurCijfersVraag): Promise<KamerverhuurCijferZaak[]> {
  const basis = `${projectionKeyPrefix(keyPrefix, KAMERVERHUUR_CIJFERS_PROJECTIE)}gemeente:${vraag.gemeente}`;
  const gezien = new Set<string>();
  const perJaar = await leesPerJaar<KamerverhuurCijferZaak>(redis, basis, jaarVan(vraag.van), jaarVan(vraag.tot), gezien);
  const open = (await redis.hvals(`${basis}:open`)).map((json) => JSON.parse(json) as KamerverhuurCijferZaak).filter((zaak) => !gezien.has(zaak.zaakId));
  return [...perJaar, ...open];
}

function cel(geteld: readonly Geteld[]): KamerverhuurCel {
  return { aantal: geteld.length, panden: [...new Set(geteld.map((g) => g.pandSleutel))].sort(), zaakIds: [...new Set(geteld.map((g) => g.zaakId))].sort() };
}

function bekendOpGrens(bekendOp: string): number {
  if (isKalenderdatum(bekendOp)) return Date.parse(eindeVanDagInAmsterdam(bekendOp)) - 1;
  const grens = Date.parse(bekendOp);
  if (Number.isNaN(grens)) throw new RangeError(`bekendOp: geen tijdstip of datum: ${JSON.stringify(bekendOp)}`);
  return grens;
}
