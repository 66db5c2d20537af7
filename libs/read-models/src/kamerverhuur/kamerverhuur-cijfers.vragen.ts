import { REDENEN_VAN_VERVAL, RESULTATEN_VAN_TRAJECT, TRAJECTSOORTEN, type RedenVanVerval, type ResultaatVanTraject, type Trajectsoort } from '@handhaving/domain-kamerverhuur';
import { projectionKeyPrefix } from '@handhaving/projections';
import { eindeVanDagInAmsterdam, isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { jaarVan, leesPerJaar } from '../shared/per-jaar';
import { SOORTEN_PROCEDURE, type KamerverhuurCijferZaak, type KamerverhuurFeit, type SoortProcedure } from './kamerverhuur-cijfers.evolve';
import { KAMERVERHUUR_CIJFERS_PROJECTIE } from './kamerverhuur-cijfers.projection';

/*
 * The question to the read model `kamerverhuur.cijfers` (kamerverhuur-cijfers.projection.ts): the
 * kamerverhuur figures of a gemeente over a period, a calendar year (1 January – 31 December) or
 * any [van, tot], both days included.
 *
 * Counting rules (docs/kamerverhuur.md, "The figures", in line with docs/cijfers.md): a
 * step counts in the period that holds its OWN LEGAL DATE, never the day it was recorded. The
 * dwangsom route is the traject's: what its dwangsom case (opened from the traject, herkomst
 * `kamerverhuur`) does counts for that traject, its pand and its soort; a dwangsom case of any
 * other herkomst is not read.
 * 1 aanschrijvingen: each vooraankondiging and each voornemen of a traject, by its verzenddatum,
 *   and on the dwangsom route the dwangsom case's voornemen (the voornemen to impose the last onder
 *   dwangsom, the letter that traject's overtreder gets); a voornemen to refuse or revoke a permit
 *   is not an aanschrijving. A traject with a vooraankondiging and a voornemen counts in both
 *   rows, and `totaal` counts letters (a voornemen of bestuursdwang that lapsed when the traject
 *   chose a dwangsom went out, and counts beside the dwangsom case's own);
 * 2 handhavingstrajecten, per soort (kamerverhuur, woningsplitsing): gestart by the
 *   constateringsdatum; afgesloten by the afsluitdatum, also per resultaat; `lopendAanEinde`:
 *   found on or before `tot` and not closed by then. A dwangsom case is no traject of its own;
 * 3 juridische procedures, bezwaar and beroep each apart (a beroep is not a bezwaar that went on),
 *   one procedure per besluit (a second belanghebbende's bezwaarschrift joins the open one):
 *   against handhaving — a traject's last onder bestuursdwang, and on the dwangsom route the last
 *   onder dwangsom and each invorderingsbeschikking (each a besluit of its own) — and against a
 *   permit's weigering or intrekking (`perHerkomst`). `perSoort` splits those against handhaving
 *   by the soort of their traject, its `totaal` being all of them (= `perHerkomst.handhaving`); a
 *   permit's procedures have no soort — the permit is for kamerverhuur, not for a violation of
 *   either soort — so they count in the row itself and in `perHerkomst.vergunning`, in no soort:
 *   the row = `perSoort.totaal` + `perHerkomst.vergunning`. `ingesteld` by the ontvangstdatum of
 *   the (first) bezwaarschrift or the indieningsdatum of the beroep; `afgerond` by the day the
 *   beslissing op bezwaar was taken or the uitspraakdatum; `openAanEinde`: ingesteld on or before
 *   `tot` and not afgerond by then. A voorlopige voorziening is not counted;
 * 4 vergunningen: aangevraagd by the ontvangstdatum; verleend, geweigerd and ingetrokken by the
 *   besluitdatum; vervallen by the vervaldatum, also per reden. A weigering or intrekking herroepen
 *   on bezwaar or vernietigd on beroep keeps counting in its period (rule 7), and is also listed
 *   in `laterHerroepen` (herroepen by the end of the question's knowledge, whenever that was);
 * 5 lasten onder dwangsom (the dwangsom route), per soort of the traject: `opgelegd` by the day
 *   the besluit was taken; `verbeurd` each forfeiture by its verbeurdOp (a period per tijdseenheid
 *   by its first day), `bedragCent` what forfeited, after the cap at the maximum;
 *   `invorderingsbeschikkingen` by their bekendmakingsdatum, `bedragCent` what they claim. A last
 *   or an invorderingsbeschikking herroepen on bezwaar or vernietigd on beroep keeps counting in
 *   its period (rule 7) and is also listed in `laterHerroepen`, as are the forfeitures under a last
 *   so herroepen (nothing of them is owed since). A last gewijzigd on bezwaar stands, lighter: it
 *   is not herroepen;
 * 6 `bekendOp` ("as known on", rule 6) keeps only the facts recorded by then; absent: as known now;
 * 7 each cell lists the panden (pandSleutel) and the cases (zaakId) it counts, so a figure can be
 *   checked; `aantal` counts steps, so it may exceed the number of panden. A step on the dwangsom
 *   route lists its traject (whose dwangsom case is named by the traject), not the dwangsom case.
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

/** A cell of money: `bedragCent` the sum, in whole euro cents, of the steps it counts. */
export interface KamerverhuurBedragCel extends KamerverhuurCel {
  readonly bedragCent: number;
}

/** A figure per soort of traject, and `totaal` over both. */
export type PerTrajectsoort<C = KamerverhuurCel> = { readonly [S in Trajectsoort]: C } & { readonly totaal: C };

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
  /**
   * Bezwaar and beroep apart; each in all, against handhaving (a traject's last, the dwangsom
   * route's last and invorderingsbeschikkingen) or a permit's besluit, and those against
   * handhaving by the soort of their traject (`perSoort.totaal` = `perHerkomst.handhaving`; a
   * permit's have no soort).
   */
  readonly juridischeProcedures: {
    readonly [P in SoortProcedure]: ProcedureCijfers & { readonly perHerkomst: { readonly [H in HerkomstVanProcedure]: ProcedureCijfers }; readonly perSoort: PerTrajectsoort<ProcedureCijfers> };
  };
  /** The dwangsom route of the trajecten, per soort of the traject. */
  readonly lastenOnderDwangsom: LastenOnderDwangsom;
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

export interface LastenOnderDwangsom {
  readonly opgelegd: PerTrajectsoort;
  /** `aantal` counts forfeitures; `bedragCent` what forfeited. */
  readonly verbeurd: PerTrajectsoort<KamerverhuurBedragCel>;
  /** `bedragCent` what they claim. */
  readonly invorderingsbeschikkingen: PerTrajectsoort<KamerverhuurBedragCel>;
  /** Of those counted above, the lasten and invorderingsbeschikkingen herroepen or vernietigd since, and the forfeitures under a last so herroepen (they keep counting). */
  readonly laterHerroepen: {
    readonly opgelegd: PerTrajectsoort;
    readonly verbeurd: PerTrajectsoort<KamerverhuurBedragCel>;
    readonly invorderingsbeschikkingen: PerTrajectsoort<KamerverhuurBedragCel>;
  };
}

interface Geteld {
  readonly zaakId: string;
  readonly pandSleutel: string;
  readonly bedragCent?: number;
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
  const procPerSoort = Object.fromEntries(SOORTEN_PROCEDURE.map((p) => [p, Object.fromEntries(TRAJECTSOORTEN.map((s) => [s, procedures()]))])) as Record<SoortProcedure, Record<Trajectsoort, ReturnType<typeof procedures>>>;
  const dwangsom = { opgelegd: perSoort(), verbeurd: perSoort(), invorderingsbeschikkingen: perSoort() };
  const dwangsomHerroepen = { opgelegd: perSoort(), verbeurd: perSoort(), invorderingsbeschikkingen: perSoort() };
  const vergunning = { aangevraagd: lijst(), verleend: lijst(), geweigerd: lijst(), ingetrokken: lijst(), vervallen: lijst() };
  const vervallenPerReden = Object.fromEntries(REDENEN_VAN_VERVAL.map((r) => [r, lijst()])) as Record<RedenVanVerval, Geteld[]>;
  const herroepen = { geweigerd: lijst(), ingetrokken: lijst() };

  for (const zaak of await lees(redis, keyPrefix, vraag)) {
    // A step on the dwangsom route counts for its traject.
    const geteld: Geteld = { zaakId: zaak.soort === 'dwangsom' ? zaak.trajectZaakId : zaak.zaakId, pandSleutel: zaak.pandSleutel };
    const eerste = zaak.soort === 'traject' ? zaak.gestart : zaak.soort === 'vergunning' ? zaak.aangevraagd : zaak.geopend;
    if (!bekend(eerste)) continue;
    if (zaak.soort === 'dwangsom') {
      const soort = zaak.trajectsoort;
      for (const a of zaak.aanschrijvingen) {
        if (!inPeriode(a)) continue;
        voornemen.push(geteld);
        aanschrijvingPerSoort[soort].push(geteld);
      }
      const lastHerroepen = bekend(zaak.last?.herroepen);
      if (inPeriode(zaak.last)) {
        dwangsom.opgelegd[soort].push(geteld);
        if (lastHerroepen) dwangsomHerroepen.opgelegd[soort].push(geteld);
      }
      for (const v of zaak.verbeuringen) {
        if (!inPeriode(v)) continue;
        dwangsom.verbeurd[soort].push({ ...geteld, bedragCent: v.bedragCent });
        if (lastHerroepen) dwangsomHerroepen.verbeurd[soort].push({ ...geteld, bedragCent: v.bedragCent });
      }
      for (const i of zaak.invorderingen) {
        if (!inPeriode(i)) continue;
        dwangsom.invorderingsbeschikkingen[soort].push({ ...geteld, bedragCent: i.bedragCent });
        if (bekend(i.herroepen)) dwangsomHerroepen.invorderingsbeschikkingen[soort].push({ ...geteld, bedragCent: i.bedragCent });
      }
    } else if (zaak.soort === 'traject') {
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
    // A permit's procedures have no soort: they count against the vergunning only (rule 3).
    const herkomst: HerkomstVanProcedure = zaak.soort === 'vergunning' ? 'vergunning' : 'handhaving';
    const soort = zaak.soort === 'vergunning' ? undefined : zaak.trajectsoort;
    for (const p of zaak.procedures) {
      const cellen = [proc[p.soort][herkomst], ...(soort === undefined ? [] : [procPerSoort[p.soort][soort]])];
      for (const c of cellen) {
        if (inPeriode(p.ingesteld)) c.ingesteld.push(geteld);
        if (inPeriode(p.afgerond)) c.afgerond.push(geteld);
        if (openAanEinde(p.ingesteld, p.afgerond)) c.openAanEinde.push(geteld);
      }
    }
  }

  const soortCellen = (lijsten: Record<Trajectsoort, Geteld[]>): PerTrajectsoort =>
    ({ ...Object.fromEntries(TRAJECTSOORTEN.map((s) => [s, cel(lijsten[s])])), totaal: cel(TRAJECTSOORTEN.flatMap((s) => lijsten[s])) }) as PerTrajectsoort;
  const bedragCellen = (lijsten: Record<Trajectsoort, Geteld[]>): PerTrajectsoort<KamerverhuurBedragCel> =>
    ({ ...Object.fromEntries(TRAJECTSOORTEN.map((s) => [s, bedragCel(lijsten[s])])), totaal: bedragCel(TRAJECTSOORTEN.flatMap((s) => lijsten[s])) }) as PerTrajectsoort<KamerverhuurBedragCel>;
  const procedureCellen = (l: ReturnType<typeof procedures>): ProcedureCijfers => ({ ingesteld: cel(l.ingesteld), afgerond: cel(l.afgerond), openAanEinde: cel(l.openAanEinde) });
  const procedureSoortCellen = (p: SoortProcedure): PerTrajectsoort<ProcedureCijfers> =>
    ({ ...Object.fromEntries(TRAJECTSOORTEN.map((s) => [s, procedureCellen(procPerSoort[p][s])])), totaal: procedureCellen(proc[p].handhaving) }) as PerTrajectsoort<ProcedureCijfers>;
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
          perSoort: procedureSoortCellen(p),
        },
      ]),
    ) as KamerverhuurCijfers['juridischeProcedures'],
    lastenOnderDwangsom: {
      opgelegd: soortCellen(dwangsom.opgelegd),
      verbeurd: bedragCellen(dwangsom.verbeurd),
      invorderingsbeschikkingen: bedragCellen(dwangsom.invorderingsbeschikkingen),
      laterHerroepen: {
        opgelegd: soortCellen(dwangsomHerroepen.opgelegd),
        verbeurd: bedragCellen(dwangsomHerroepen.verbeurd),
        invorderingsbeschikkingen: bedragCellen(dwangsomHerroepen.invorderingsbeschikkingen),
      },
    },
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

function bedragCel(geteld: readonly Geteld[]): KamerverhuurBedragCel {
  return { ...cel(geteld), bedragCent: geteld.reduce((som, g) => som + (g.bedragCent ?? 0), 0) };
}

function bekendOpGrens(bekendOp: string): number {
  if (isKalenderdatum(bekendOp)) return Date.parse(eindeVanDagInAmsterdam(bekendOp)) - 1;
  const grens = Date.parse(bekendOp);
  if (Number.isNaN(grens)) throw new RangeError(`bekendOp: geen tijdstip of datum: ${JSON.stringify(bekendOp)}`);
  return grens;
}
