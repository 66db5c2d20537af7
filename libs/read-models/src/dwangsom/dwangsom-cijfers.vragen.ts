import { GRONDSLAGEN, type GrondslagSoort } from '@handhaving/domain-dwangsom';
import { projectionKeyPrefix } from '@handhaving/projections';
import { eindeVanDagInAmsterdam, isKalenderdatum, plusDagen } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { jaarVan, leesPerJaar } from '../shared/per-jaar';
import type { DwangsomCijferZaak, Feit } from './dwangsom-cijfers.evolve';
import { DWANGSOM_CIJFERS_PROJECTIE } from './dwangsom-cijfers.projection';
import { bedragVanDeEenheden, verjaardeEenheden } from './opgeslagen-verbeuring';

/* The questions to the read model `dwangsom.cijfers` (dwangsom-cijfers.projection.ts): the figures of a gemeente and period. */

export interface DwangsomCijfersVraag {
  readonly gemeente: string;
  /** First and last day of the period (YYYY-MM-DD), inclusive. */
  readonly van: string;
  readonly tot: string;
  /** "As known on": an ISO instant, or a date meaning through the end of that day in Europe/Amsterdam. Absent: as known now. */
  readonly bekendOp?: string;
  /**
   * The day the question is asked for (the caller's clock, or the `bekendOp` date): a forfeiture
   * counts as verjaard only once the day after its verjaringsdatum has come.
   */
  readonly peildatum: string;
}

export interface DwangsomCel {
  readonly aantal: number;
  readonly zaakIds: readonly string[];
}

export interface DwangsomBedragCel extends DwangsomCel {
  readonly bedragCent: number;
}

export interface DwangsomCijfers {
  readonly gemeente: string;
  readonly periode: { readonly van: string; readonly tot: string };
  readonly bekendOp: string | null;
  readonly peildatum: string;
  /** Rule 1: by the `datum` of the besluit; a last herroepen on bezwaar does not count. */
  readonly lastenOpgelegd: { readonly [G in GrondslagSoort]: DwangsomCel } & { readonly totaal: DwangsomCel };
  /**
   * Rule 1 restricted to lasten against drug dealers: thema drugshandel, except a last under
   * art. 13b Opiumwet, which concerns premises (before thema drugspand existed, a case started from
   * Damocles was recorded with thema drugshandel).
   */
  readonly lastenAanDrugsdealers: DwangsomCel;
  /** Rule 2: by verbeurdOp; `aantal` counts forfeitures, `zaakIds` the cases (once each). */
  readonly verbeuringen: DwangsomBedragCel;
  /** Rule 3: payments by betaaldatum, except on a beschikking herroepen since. */
  readonly geind: DwangsomBedragCel;
  /** Rule 4: by the day the maximum was reached. */
  readonly lastenUitgeput: DwangsomCel;
  /**
   * Rule 5: money lost to verjaring in the period, by peildatum: the units of a forfeiture not
   * claimed before their verjaring passed; `aantal` counts the forfeitures with such units.
   */
  readonly verjaard: DwangsomBedragCel;
  /** Rule 6: by ontvangstdatum, against the last or against an invorderingsbeschikking; `laat` the late ones of both. */
  readonly bezwaren: { readonly tegenLast: DwangsomCel; readonly tegenInvordering: DwangsomCel; readonly laat: DwangsomCel };
}

/**
 * The dwangsom figures for `gemeente` over `van..tot`:
 * 1 a last counts in the period holding its besluit's `datum`, under its grondslag; a last
 *   herroepen on bezwaar no longer counts from when that was recorded;
 * 2 each forfeiture counts in the period holding its `verbeurdOp` (a period per tijdseenheid by
 *   its first day), with the amount that forfeited (after the cap); none of a herroepen last;
 * 3 collected: every payment by its betaaldatum, except on a beschikking herroepen on bezwaar (or
 *   under a herroepen last) — that money is paid back;
 * 4 a last counts as uitgeput in the period holding the day its maximum was reached;
 * 5 verjaard: each unit of a forfeiture (not herroepen) — the day or week of a period per
 *   tijdseenheid, the one forfeiture per overtreding — for which no invorderingsbeschikking was
 *   made known by its own verjaringsdatum (art. 5:35 Awb), counted in the period holding the day
 *   after (the first day that money is lost), and only when that day is on or before `peildatum`;
 * 6 objections by ontvangstdatum;
 * 7 `bekendOp` keeps only facts recorded by then.
 */
export async function dwangsomCijfers(redis: Redis, keyPrefix: string, vraag: DwangsomCijfersVraag): Promise<DwangsomCijfers> {
  for (const [veld, waarde] of [['van', vraag.van], ['tot', vraag.tot], ['peildatum', vraag.peildatum]] as const) {
    if (!isKalenderdatum(waarde)) throw new RangeError(`${veld}: geen datum JJJJ-MM-DD: ${JSON.stringify(waarde)}`);
  }
  if (vraag.tot < vraag.van) throw new RangeError(`tot (${vraag.tot}) ligt voor van (${vraag.van})`);
  const grens = vraag.bekendOp === undefined ? undefined : bekendOpGrens(vraag.bekendOp);
  const bekend = <F extends Feit>(feit: F | undefined): feit is F => feit !== undefined && (grens === undefined || Date.parse(feit.vastgelegdOp) <= grens);
  const inPeriode = (datum: string): boolean => datum >= vraag.van && datum <= vraag.tot;
  const dagVoorVan = plusDagen(vraag.van, -1);
  const laatsteDag = vraag.tot < vraag.peildatum ? vraag.tot : vraag.peildatum;

  const opgelegd = Object.fromEntries(GRONDSLAGEN.map((g) => [g, [] as string[]])) as Record<GrondslagSoort, string[]>;
  const drugs: string[] = [];
  const verbeurd = teller();
  const geind = teller();
  const uitgeput: string[] = [];
  const verjaard = teller();
  const tegenLast: string[] = [];
  const tegenInvordering: string[] = [];
  const laat: string[] = [];

  const basis = `${projectionKeyPrefix(keyPrefix, DWANGSOM_CIJFERS_PROJECTIE)}gemeente:${vraag.gemeente}`;
  for (const zaak of await leesPerJaar<DwangsomCijferZaak>(redis, basis, jaarVan(vraag.van), jaarVan(vraag.tot))) {
    const herroepen = zaak.herroepen.filter(bekend);
    const lastHerroepen = herroepen.some((h) => h.tegen === 'last');
    const beschikkingHerroepen = new Set(herroepen.filter((h) => h.tegen === 'invorderingsbeschikking').map((h) => h.invordering));

    if (bekend(zaak.last) && !lastHerroepen && inPeriode(zaak.last.datum)) {
      opgelegd[zaak.grondslag].push(zaak.zaakId);
      if (aanDrugsdealer(zaak)) drugs.push(zaak.zaakId);
    }
    if (bekend(zaak.uitgeput) && !lastHerroepen && inPeriode(zaak.uitgeput.op)) uitgeput.push(zaak.zaakId);
    const invorderingen = zaak.invorderingen.filter(bekend);
    if (!lastHerroepen) {
      for (const v of zaak.verbeuringen.filter(bekend)) {
        if (inPeriode(v.verbeurdOp)) verbeurd.tel(zaak.zaakId, v.bedragCent);
        // A unit is lost on the day after its verjaringsdatum unless a beschikking was made known by then:
        // the units whose verjaringsdatum lies on or after the day before `van`, and before both the
        // beschikking and the last day counted (`tot`, at most the peildatum).
        const beschikking = invorderingen.filter((i) => i.verbeuring === v.verbeuring).reduce<string | undefined>((d, i) => (d === undefined || i.bekendmakingsdatum < d ? i.bekendmakingsdatum : d), undefined);
        const grens = beschikking !== undefined && beschikking < laatsteDag ? beschikking : laatsteDag;
        const vanaf = verjaardeEenheden(v, dagVoorVan);
        const tot = verjaardeEenheden(v, grens);
        const cent = bedragVanDeEenheden(v, vanaf, tot);
        if (cent > 0) verjaard.tel(zaak.zaakId, cent);
      }
      for (const b of zaak.betalingen.filter(bekend)) {
        if (!beschikkingHerroepen.has(b.invordering) && inPeriode(b.betaaldatum)) geind.tel(zaak.zaakId, b.bedragCent);
      }
    }
    for (const b of zaak.bezwaren.filter(bekend)) {
      if (!inPeriode(b.ontvangstdatum)) continue;
      (b.tegen === 'last' ? tegenLast : tegenInvordering).push(zaak.zaakId);
      if (!b.tijdig) laat.push(zaak.zaakId);
    }
  }

  return {
    gemeente: vraag.gemeente,
    periode: { van: vraag.van, tot: vraag.tot },
    bekendOp: vraag.bekendOp ?? null,
    peildatum: vraag.peildatum,
    lastenOpgelegd: { ...(Object.fromEntries(GRONDSLAGEN.map((g) => [g, cel(opgelegd[g])])) as Record<GrondslagSoort, DwangsomCel>), totaal: cel(GRONDSLAGEN.flatMap((g) => opgelegd[g])) },
    lastenAanDrugsdealers: cel(drugs),
    verbeuringen: verbeurd.cel(),
    geind: geind.cel(),
    lastenUitgeput: cel(uitgeput),
    verjaard: verjaard.cel(),
    bezwaren: { tegenLast: cel(tegenLast), tegenInvordering: cel(tegenInvordering), laat: cel(laat) },
  };
}

/**
 * Kerkrade's line "dwangsommen aan drugsdealers": a last about drug dealing, not one about a pand
 * where drugs were found. Art. 13b Opiumwet is a power over premises, so a last on that ground is
 * never one against a dealer, whatever thema an older case was recorded with.
 */
function aanDrugsdealer(zaak: DwangsomCijferZaak): boolean {
  return zaak.thema === 'drugshandel' && zaak.grondslag !== 'opiumwet-13b';
}

/** Counts items (forfeitures, payments) and their amount; the cell lists each case once. */
function teller() {
  let aantal = 0;
  let bedragCent = 0;
  const zaken = new Set<string>();
  return {
    tel(zaakId: string, cent: number) {
      aantal += 1;
      bedragCent += cent;
      zaken.add(zaakId);
    },
    cel(): DwangsomBedragCel {
      return { aantal, bedragCent, zaakIds: [...zaken].sort() };
    },
  };
}

function cel(zaakIds: readonly string[]): DwangsomCel {
  const uniek = [...new Set(zaakIds)].sort();
  return { aantal: zaakIds.length, zaakIds: uniek };
}

function bekendOpGrens(bekendOp: string): number {
  if (isKalenderdatum(bekendOp)) return Date.parse(eindeVanDagInAmsterdam(bekendOp)) - 1;
  const grens = Date.parse(bekendOp);
  if (Number.isNaN(grens)) throw new RangeError(`bekendOp: geen tijdstip of datum: ${JSON.stringify(bekendOp)}`);
  return grens;
}
