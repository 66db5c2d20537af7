import { berekenTermijn, isKalenderdatum, plusDagen, TermijnFout, weken, type Opschorting, type Uitleg } from '@handhaving/termijnen';
import { adviesVan, begrensLbb, type Gelezen } from './lbb-opschorting';

/*
 * The beslistermijn of the aanvraag a Bibob toets is about, with every suspension the toets causes.
 * The term itself is @handhaving/termijnen's `beslistermijn-aanvraag` (art. 4:13 Awb, or the special
 * law's weeks; from the day after receipt; extended by the Algemene termijnenwet); this file only
 * translates the Bibob steps into the days the term stood still:
 *
 * - aanvullende-stukken (a vragenformulier, missing documents): art. 4:15 lid 1 sub a Awb, "met
 *   ingang van de dag na die waarop de aanvrager is uitgenodigd de aanvraag aan te vullen, tot de
 *   dag waarop de aanvraag is aangevuld": from the day after the request through the day before
 *   they arrived;
 * - advies-lbb: art. 32 Wet Bibob, while the advice of the Landelijk Bureau Bibob is pending, from
 *   the day after the request through the day before it arrived, at most eight weeks, twelve when
 *   the LBB extended its term once by four weeks (art. 15 Wet Bibob). The maximum is a duration
 *   (the days the term may stand still), not a term to act within: the Atw does not move it.
 *   Once it is reached the suspension ends, advice or not;
 * - vragen-lbb: questions the LBB puts to the aanvrager stop its clock until they are answered
 *   (art. 15 Wet Bibob): the days from the day after the questions through the day before the
 *   answers do not count towards that maximum, so they lengthen it. Unanswered when the advice
 *   came, they count until the advice.
 *
 * Days covered by more than one suspension count once (the library merges them). A suspension still
 * running means the end is not known: the result says so (`status: 'opgeschort'`, `einde: null`)
 * and gives what can be said: the end if everything came in on the peildatum, and the latest end
 * when only a capped LBB suspension runs.
 */

export const REDENEN_VAN_OPSCHORTING = ['aanvullende-stukken', 'advies-lbb', 'vragen-lbb'] as const;
export type RedenVanOpschorting = (typeof REDENEN_VAN_OPSCHORTING)[number];

export { LBB_OPSCHORTING } from './lbb-opschorting';

const GRONDSLAG: { readonly [R in RedenVanOpschorting]: string } = {
  'aanvullende-stukken': 'art. 4:15 lid 1 sub a Awb',
  'advies-lbb': 'art. 32 Wet Bibob',
  'vragen-lbb': 'art. 15 en 32 Wet Bibob',
};

const OMSCHRIJVING: { readonly [R in RedenVanOpschorting]: string } = {
  'aanvullende-stukken': 'aanvullende stukken opgevraagd',
  'advies-lbb': 'advies gevraagd aan het Landelijk Bureau Bibob',
  'vragen-lbb': 'het LBB stelde de aanvrager vragen',
};

/** A suspension as the toets recorded it: the request and, once it came, the answer. */
export interface OpschortingVanAanvraag {
  readonly reden: RedenVanOpschorting;
  /** The day the request went out: stukken opgevraagd, advies gevraagd, vragen gesteld. */
  readonly gevraagdOp: string;
  /** The day the answer came: stukken ontvangen, advies ontvangen, vragen beantwoord. Absent: still running. */
  readonly ontvangenOp?: string;
  /** advies-lbb: the LBB extended its term once by four weeks (art. 15 Wet Bibob). */
  readonly verlengd?: boolean;
}

export interface BeslistermijnAanvraagVraag {
  /** The day the aanvraag was received; the term starts the day after (art. 4:13 Awb). */
  readonly ontvangstdatum: string;
  /** The statutory term in weeks (the special law's, given by the policy); default eight (art. 4:13 lid 2 Awb). */
  readonly weken?: number;
  /** The article of the special law that sets `weken`. */
  readonly grondslag?: string;
  readonly opschortingen?: readonly OpschortingVanAanvraag[];
  /** The day the question is asked: a capped LBB suspension past its maximum has ended; running ones are counted up to it. */
  readonly peildatum?: string;
}

/** One suspension in the explanation, with the days it stood still. */
export interface GeteldeOpschorting {
  readonly reden: RedenVanOpschorting;
  readonly grondslag: string;
  readonly gevraagdOp: string;
  readonly ontvangenOp?: string;
  /** First day the term stood still: the day after the request. */
  readonly van: string;
  /** Last day it stood still; absent while it runs. */
  readonly totEnMet?: string;
  readonly lopend: boolean;
  /** advies-lbb: the last day the suspension may last (eight or twelve weeks, plus the days of the LBB's questions), as known now. */
  readonly uiterlijkTotEnMet?: string;
  /** vragen-lbb: the days by which the questions lengthened the LBB suspension's maximum. */
  readonly verlengtLbbMet?: number;
  /**
   * Days by which this suspension moved the end, overlap with an earlier one counted once. Running:
   * the days through the day before the peildatum (0 without one). vragen-lbb: 0, their days lie in
   * the LBB suspension and count there.
   */
  readonly dagen: number;
  readonly toelichting?: string;
}

interface Gemeenschappelijk {
  readonly start: string;
  readonly weken: number;
  readonly grondslag: string;
  /** The end without any suspension, before the Atw. */
  readonly onverlengdEinde: string;
  readonly opschortingen: readonly GeteldeOpschorting[];
  /** The days the term stood still in all, each day once. */
  readonly dagenOpgeschort: number;
}

export type BeslistermijnAanvraag =
  | (Gemeenschappelijk & { readonly status: 'bekend'; readonly einde: string; readonly uitleg: Uitleg })
  | (Gemeenschappelijk & {
      readonly status: 'opgeschort';
      /** Not known while a suspension runs. */
      readonly einde: null;
      readonly opgeschortSinds: string;
      /** The end if everything still awaited came in on the peildatum (given one). */
      readonly vroegstEinde?: string;
      /** The end if the running suspensions last as long as they may: only when each has a maximum (an LBB advice without open questions). */
      readonly uiterlijkEinde?: string;
    });

function datum(waarde: unknown, veld: string): string {
  if (!isKalenderdatum(waarde)) throw new TermijnFout('ongeldige-datum', `${JSON.stringify(waarde)} in ${veld} is geen datum: schrijf JJJJ-MM-DD`, veld);
  return waarde;
}

function lees(vraag: BeslistermijnAanvraagVraag): Gelezen[] {
  return (vraag.opschortingen ?? []).map((bron, i) => {
    const veld = `opschortingen[${i}]`;
    if (!(REDENEN_VAN_OPSCHORTING as readonly unknown[]).includes(bron?.reden)) {
      throw new TermijnFout('ongeldige-opschorting', `Onbekende reden ${JSON.stringify(bron?.reden)}: kies ${REDENEN_VAN_OPSCHORTING.join(', ')}`, `${veld}.reden`);
    }
    const gevraagdOp = datum(bron.gevraagdOp, `${veld}.gevraagdOp`);
    if (gevraagdOp < vraag.ontvangstdatum) throw new TermijnFout('ongeldige-opschorting', `${gevraagdOp} ligt vóór de ontvangst van de aanvraag (${vraag.ontvangstdatum})`, `${veld}.gevraagdOp`);
    if (bron.ontvangenOp !== undefined && datum(bron.ontvangenOp, `${veld}.ontvangenOp`) < gevraagdOp) {
      throw new TermijnFout('ongeldige-opschorting', `Ontvangen op ${bron.ontvangenOp} ligt vóór het verzoek van ${gevraagdOp}`, `${veld}.ontvangenOp`);
    }
    const van = plusDagen(gevraagdOp, 1);
    // "tot de dag waarop": the term runs again on the day the answer came.
    return bron.ontvangenOp === undefined ? { i, bron, van, lopend: true } : { i, bron, van, totEnMet: plusDagen(bron.ontvangenOp, -1), lopend: false };
  });
}

function redenTekst(g: Gelezen): string {
  return `${OMSCHRIJVING[g.bron.reden]} op ${g.bron.gevraagdOp} (${GRONDSLAG[g.bron.reden]})`;
}

/** The end of the beslistermijn and why, the suspensions listed with their days. Throws TermijnFout on input it cannot read. */
export function beslistermijnAanvraag(vraag: BeslistermijnAanvraagVraag): BeslistermijnAanvraag {
  datum(vraag.ontvangstdatum, 'ontvangstdatum');
  const peildatum = vraag.peildatum === undefined ? undefined : datum(vraag.peildatum, 'peildatum');
  const aantalWeken = vraag.weken ?? 8;
  const gelezen = lees(vraag);
  const adviezen = gelezen.filter((g) => g.bron.reden === 'advies-lbb');
  const vragen = gelezen.filter((g) => g.bron.reden === 'vragen-lbb');
  const bijAdvies = vragen.map((v) => adviesVan(adviezen, v));
  for (const advies of adviezen) begrensLbb(advies, vragen.filter((_, i) => bijAdvies[i] === advies), peildatum);

  const basis = { soort: 'beslistermijn-aanvraag', vanaf: vraag.ontvangstdatum, lengte: weken(aantalWeken), ...(vraag.grondslag === undefined ? {} : { grondslag: vraag.grondslag }) } as const;
  const sleutels = new Map<string, Gelezen>();
  const opschorting = (g: Gelezen, totEnMet: string): Opschorting[] => {
    if (totEnMet < g.van) return [];
    const tekst = redenTekst(g);
    const reden = sleutels.has(tekst) && sleutels.get(tekst) !== g ? `${tekst} [${g.i + 1}]` : tekst;
    sleutels.set(reden, g);
    return [{ van: g.van, totEnMet, reden }];
  };
  const telt = gelezen.filter((g) => g.bron.reden !== 'vragen-lbb');
  for (const g of telt) if (!g.lopend && (g.totEnMet as string) < g.van) g.toelichting ??= 'de dag na het verzoek ontvangen: geen dag opgeschort';
  const afgerond = telt.filter((g) => !g.lopend).flatMap((g) => opschorting(g, g.totEnMet as string));
  const zonderLopende = berekenTermijn({ ...basis, opschortingen: afgerond });
  // A request made after the term ran out suspends nothing (art. 4:15 Awb presumes a running term).
  const lopend = telt.filter((g) => g.lopend);
  for (const g of lopend) {
    if (g.van > zonderLopende.einde) {
      g.lopend = false;
      g.toelichting = `gevraagd na het einde van de beslistermijn (${zonderLopende.einde}): schort niets op`;
    }
  }
  const nogLopend = lopend.filter((g) => g.lopend);
  const metEinde = (einde: (g: Gelezen) => string) => berekenTermijn({ ...basis, opschortingen: [...afgerond, ...nogLopend.flatMap((g) => opschorting(g, einde(g)))] });
  const vroegst = peildatum === undefined || nogLopend.length === 0 ? undefined : metEinde((g) => (peildatum > g.van ? plusDagen(peildatum, -1) : plusDagen(g.van, -1)));
  const geteld = vroegst ?? zonderLopende;
  const dagen = new Map<Gelezen, number>();
  for (const o of geteld.uitleg.opschortingen) {
    const g = sleutels.get(o.reden);
    if (g !== undefined) dagen.set(g, o.dagen);
  }
  const opschortingen: GeteldeOpschorting[] = gelezen.map((g) => ({
    reden: g.bron.reden,
    grondslag: GRONDSLAG[g.bron.reden],
    gevraagdOp: g.bron.gevraagdOp,
    ...(g.bron.ontvangenOp === undefined ? {} : { ontvangenOp: g.bron.ontvangenOp }),
    van: g.van,
    ...(g.lopend || g.totEnMet === undefined || g.totEnMet < g.van ? {} : { totEnMet: g.totEnMet }),
    lopend: g.lopend,
    ...(g.uiterlijk === undefined ? {} : { uiterlijkTotEnMet: g.uiterlijk }),
    ...(g.verlengt === undefined ? {} : { verlengtLbbMet: g.verlengt }),
    dagen: dagen.get(g) ?? 0,
    ...(g.toelichting === undefined ? {} : { toelichting: g.toelichting }),
  }));
  const gemeenschappelijk: Gemeenschappelijk = {
    start: zonderLopende.uitleg.start,
    weken: aantalWeken,
    grondslag: zonderLopende.uitleg.grondslag,
    onverlengdEinde: zonderLopende.uitleg.onverlengdEinde,
    opschortingen,
    dagenOpgeschort: opschortingen.reduce((som, o) => som + o.dagen, 0),
  };
  if (nogLopend.length === 0) return { ...gemeenschappelijk, status: 'bekend', einde: zonderLopende.einde, uitleg: zonderLopende.uitleg };
  const begrensd = nogLopend.every((g) => g.uiterlijk !== undefined);
  return {
    ...gemeenschappelijk,
    status: 'opgeschort',
    einde: null,
    opgeschortSinds: nogLopend.map((g) => g.van).sort()[0],
    ...(vroegst === undefined ? {} : { vroegstEinde: vroegst.einde }),
    ...(begrensd ? { uiterlijkEinde: metEinde((g) => g.uiterlijk as string).einde } : {}),
  };
}
