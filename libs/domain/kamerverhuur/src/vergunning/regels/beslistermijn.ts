import { berekenTermijn, plusDagen, weken, type Opschorting, type Termijn, type TermijnVraag, type Uitleg } from '@handhaving/termijnen';
import type { Aanvraag, Aanvullingsverzoek, BeslistermijnVerloopAanvraag, VergunningState } from '../vergunning.state';

/*
 * The beslistermijn of the aanvraag for a kamerverhuurvergunning, as one question to
 * @handhaving/termijnen (`beslistermijn-aanvraag`): the gemeente's weeks, or eight (art. 4:13 lid 2
 * Awb), from the day after receipt, extended by the Algemene termijnenwet. What happened to it:
 *
 * - a request to complete the aanvraag (art. 4:5 Awb) suspends it "met ingang van de dag na die
 *   waarop de aanvrager is uitgenodigd de aanvraag aan te vullen, tot de dag waarop de aanvraag is
 *   aangevuld of de daarvoor gestelde termijn ongebruikt is verstreken" (art. 4:15 lid 1 sub a Awb):
 *   from the day after the request through the day before the aanvulling, and at the longest
 *   through the hersteltermijn's last day (an aanvulling after it counts no further);
 * - a verdaging (art. 4:14 lid 3 Awb) adds its weeks to the end, before the suspended days.
 *
 * The library merges overlapping suspensions and ignores one that begins after the term ran out.
 * While a request is open the end is not known: the result says so and gives the bounds (the end
 * if the aanvulling came on the peildatum, and the end if the hersteltermijn passes unused).
 * The decider (is the term still running, does a request still suspend it) and the read models
 * (the end and why) ask the same function.
 */

export const GRONDSLAG_OPSCHORTING = 'art. 4:15 lid 1 sub a Awb';

/** One request to complete the aanvraag, as counted. */
export interface GeteldeAanvulling {
  readonly aanvulling: number;
  readonly gevraagdOp: string;
  readonly hersteltermijnEinde: string;
  readonly ontvangenOp?: string;
  /** First day the term stood still: the day after the request. */
  readonly van: string;
  /** Last day it stood still; absent while it runs or when not a day stood still. */
  readonly totEnMet?: string;
  readonly lopend: boolean;
  /** Days by which it moved the end, overlap counted once; running: through the day before the peildatum. */
  readonly dagen: number;
  readonly toelichting?: string;
}

interface Gemeenschappelijk {
  readonly ontvangstdatum: string;
  readonly weken: number;
  readonly grondslag: string;
  /** The end counted from the weeks alone, before verdaging, suspension and Atw. */
  readonly onverlengdEinde: string;
  readonly aanvullingen: readonly GeteldeAanvulling[];
  readonly dagenOpgeschort: number;
  /** Explanation of `einde`; while suspended, of `uiterlijkEinde`. Render it with `renderUitleg`. */
  readonly uitleg: Uitleg;
}

export type BeslistermijnVanAanvraag =
  | (Gemeenschappelijk & { readonly status: 'bekend'; readonly einde: string })
  | (Gemeenschappelijk & {
      readonly status: 'opgeschort';
      /** Not known while the aanvraag is awaited. */
      readonly einde: null;
      readonly opgeschortSinds: string;
      /** The end if the aanvulling came in on the peildatum (given one). */
      readonly vroegstEinde?: string;
      /** The end if the hersteltermijn passes unused. */
      readonly uiterlijkEinde: string;
    });

interface Gelezen {
  readonly bron: Aanvullingsverzoek;
  readonly van: string;
  readonly reden: string;
  totEnMet?: string;
  lopend: boolean;
  toelichting?: string;
}

function lees(bron: Aanvullingsverzoek, peildatum: string | undefined): Gelezen {
  const van = plusDagen(bron.gevraagdOp, 1);
  const reden = `aanvulling ${bron.aanvulling} gevraagd op ${bron.gevraagdOp} (${GRONDSLAG_OPSCHORTING})`;
  if (bron.ontvangenOp !== undefined) {
    // "tot de dag waarop de aanvraag is aangevuld": the term runs again on that day.
    const dagErvoor = plusDagen(bron.ontvangenOp, -1);
    if (dagErvoor <= bron.hersteltermijnEinde) return { bron, van, reden, totEnMet: dagErvoor, lopend: false, toelichting: `aangevuld op ${bron.ontvangenOp}` };
    return { bron, van, reden, totEnMet: bron.hersteltermijnEinde, lopend: false, toelichting: `aangevuld op ${bron.ontvangenOp}, na de hersteltermijn: geteld tot en met het einde daarvan` };
  }
  if (peildatum !== undefined && peildatum > bron.hersteltermijnEinde) {
    return { bron, van, reden, totEnMet: bron.hersteltermijnEinde, lopend: false, toelichting: `hersteltermijn ongebruikt verstreken op ${bron.hersteltermijnEinde}` };
  }
  return { bron, van, reden, lopend: true, toelichting: `nog niet aangevuld; de hersteltermijn loopt tot en met ${bron.hersteltermijnEinde}` };
}

function opschorting(g: Gelezen, totEnMet: string): Opschorting[] {
  return totEnMet < g.van ? [] : [{ van: g.van, totEnMet, reden: g.reden }];
}

/** The beslistermijn of an aanvraag from its facts; `peildatum` is the day the question is asked (the library reads no clock). */
export function beslistermijnAanvraag(zaak: Pick<Aanvraag, 'ontvangstdatum'>, verloop: BeslistermijnVerloopAanvraag, peildatum?: string): BeslistermijnVanAanvraag {
  const basis: TermijnVraag = {
    soort: 'beslistermijn-aanvraag',
    vanaf: zaak.ontvangstdatum,
    lengte: weken(verloop.weken),
    grondslag: verloop.grondslag,
    ...(verloop.verdagingen.length === 0
      ? {}
      : { verdagingen: verloop.verdagingen.map((v) => ({ soort: 'verdaging' as const, lengte: weken(v.weken), reden: `${v.motivering} (verdaagd op ${v.verdagingsdatum})` })) }),
  };
  const met = (opschortingen: readonly Opschorting[]): Termijn => berekenTermijn(opschortingen.length === 0 ? basis : { ...basis, opschortingen });
  const gelezen = verloop.aanvullingen.map((a) => lees(a, peildatum));
  for (const g of gelezen) if (!g.lopend && (g.totEnMet as string) < g.van) g.toelichting = `${g.toelichting}; de dag na het verzoek aangevuld: geen dag opgeschort`;
  const afgerond = gelezen.filter((g) => !g.lopend).flatMap((g) => opschorting(g, g.totEnMet as string));
  const zonderLopende = met(afgerond);
  // Art. 4:15 Awb suspends a running term: a request made once it ran out suspends nothing.
  for (const g of gelezen.filter((l) => l.lopend)) {
    const proef = met([...afgerond, ...opschorting(g, g.bron.hersteltermijnEinde)]);
    if (!proef.uitleg.opschortingen.some((o) => o.reden === g.reden && o.dagen > 0)) {
      g.lopend = false;
      g.toelichting = `gevraagd na het einde van de beslistermijn (${zonderLopende.einde}): schort niets op`;
    }
  }
  const lopend = gelezen.filter((g) => g.lopend);
  const uiterlijk = lopend.length === 0 ? undefined : met([...afgerond, ...lopend.flatMap((g) => opschorting(g, g.bron.hersteltermijnEinde))]);
  const vroegst = uiterlijk === undefined || peildatum === undefined ? undefined : met([...afgerond, ...lopend.flatMap((g) => opschorting(g, plusDagen(peildatum, -1)))]);
  const geteld = vroegst ?? zonderLopende;
  const dagen = new Map(geteld.uitleg.opschortingen.map((o) => [o.reden, o.dagen]));
  const aanvullingen: GeteldeAanvulling[] = gelezen.map((g) => ({
    aanvulling: g.bron.aanvulling,
    gevraagdOp: g.bron.gevraagdOp,
    hersteltermijnEinde: g.bron.hersteltermijnEinde,
    ...(g.bron.ontvangenOp === undefined ? {} : { ontvangenOp: g.bron.ontvangenOp }),
    van: g.van,
    ...(g.lopend || g.totEnMet === undefined || g.totEnMet < g.van ? {} : { totEnMet: g.totEnMet }),
    lopend: g.lopend,
    dagen: dagen.get(g.reden) ?? 0,
    ...(g.toelichting === undefined ? {} : { toelichting: g.toelichting }),
  }));
  const gemeenschappelijk = {
    ontvangstdatum: zaak.ontvangstdatum,
    weken: verloop.weken,
    grondslag: zonderLopende.uitleg.grondslag,
    onverlengdEinde: zonderLopende.uitleg.onverlengdEinde,
    aanvullingen,
    dagenOpgeschort: aanvullingen.reduce((som, a) => som + a.dagen, 0),
  };
  if (uiterlijk === undefined) return { ...gemeenschappelijk, status: 'bekend', einde: zonderLopende.einde, uitleg: zonderLopende.uitleg };
  return {
    ...gemeenschappelijk,
    status: 'opgeschort',
    einde: null,
    opgeschortSinds: lopend.map((g) => g.van).sort()[0],
    ...(vroegst === undefined ? {} : { vroegstEinde: vroegst.einde }),
    uiterlijkEinde: uiterlijk.einde,
    uitleg: uiterlijk.uitleg,
  };
}

/**
 * The beslistermijn of the case's aanvraag as it stands on `peildatum` (absent: as far as the
 * facts go, an open request counted as running); none before the aanvraag.
 */
export function beslistermijnVanAanvraag(state: VergunningState, peildatum?: string): BeslistermijnVanAanvraag | undefined {
  if (state.status === 'onbekend') return undefined;
  return beslistermijnAanvraag(state.zaak, state.beslistermijn, peildatum);
}
