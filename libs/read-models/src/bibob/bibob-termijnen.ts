import { beslistermijnVraag } from '@handhaving/domain-awb';
import {
  beslistermijnAanvraag,
  bibobContext,
  lbbAdviestermijn,
  type BibobEvent,
  type BibobEventType,
  type OpschortingVanAanvraag,
  type RedenVanOpschorting,
  type SoortGegevens,
} from '@handhaving/domain-bibob';
import { berekenTermijn, plusDagen, renderUitleg, weken, type Opschorting, type TermijnVraag } from '@handhaving/termijnen';
import { herberekend, uitlegVoor, verschuifBeslistermijnNa } from '../termijnen/beslistermijn-herberekening';
import { AWB_TERMIJN_EVENTS, isLopend, type Deadline, type Termijnboek, type Termijnvertaler } from '../termijnen/deadline';
import { volgZienswijzefase } from '../termijnen/zienswijzetermijn';

/*
 * The terms of a Bibob toets on the shared deadline list (docs/bibob.md, "Terms"), applied by the
 * deadlines read model to events of `bibob-` streams:
 * - beslistermijn-aanvraag (a toets on an aanvraag only): the aanvraag's own term, from the day
 *   after receipt, with every suspension the toets caused, counted by the domain's arithmetic
 *   (`beslistermijnAanvraag`: art. 4:15 Awb for a vragenformulier or missing documents, art. 32
 *   Wet Bibob for the LBB advice with its maximum of eight or twelve weeks, lengthened by the days
 *   of the LBB's questions). While a suspension runs the term is `opgeschort` (its stored end the
 *   earliest, as if it ran again the day after it began; the list shows it as of the day asked);
 *   when it ends the term runs again with a later end. The day of each step is the domain's
 *   peildatum, so an LBB suspension past its maximum has ended by the next step. Voldaan by the
 *   besluit; vervallen when the toets is closed without one;
 * - lbb-advies: the LBB's eight weeks (art. 15 Wet Bibob), four more once extended; its questions
 *   to the betrokkene stop that clock (`opgeschort`) until answered. Voldaan by the advice;
 *   vervallen when the toets is closed first;
 * - zienswijzetermijn, bezwaartermijn, beslistermijn-bezwaar and beroepstermijn as in every
 *   context (AWB_TERMIJN_EVENTS): the beslistermijn op bezwaar moves with a herstel van verzuim,
 *   a verdaging or an uitstel through the shared beslistermijn-herberekening.ts.
 *
 * Secrecy (art. 28 Wet Bibob): only categorical fields and dates are read from the events; a
 * term's explanation, `betreft`, closing reason and `berekening` name the toets and the term and
 * never what the screening found, an outcome, a betrokkene or a sealed text.
 *
 * `berekening` is the library's question the end comes from (so the deadline list recomputes a
 * suspended term as of the day asked), with `verzoeken`: the requests and answers the suspensions
 * come from, so the next step recomputes the term with the domain's arithmetic.
 */

/** A request that suspends a term, as the toets recorded it: categorical and dates only. */
export interface Verzoek extends OpschortingVanAanvraag {
  /** aanvullende-stukken: which request (a vragenformulier or documents), answered by soort. */
  readonly soort?: SoortGegevens;
}

/** The question of a Bibob term, with the requests its suspensions come from. */
export type BibobBerekening = TermijnVraag & { readonly verzoeken: readonly Verzoek[] };

const RELEVANT: readonly BibobEventType[] = [
  ...AWB_TERMIJN_EVENTS,
  'BibobToetsGestart',
  'GegevensOpgevraagd',
  'GegevensOntvangen',
  'LbbAdviesGevraagd',
  'LbbTermijnVerlengd',
  'LbbVragenGesteld',
  'LbbVragenBeantwoord',
  'LbbAdviesOntvangen',
  'BibobBesluitGenomen',
  'BibobToetsAfgesloten',
];

export const bibobTermijnen: Termijnvertaler = { context: bibobContext, eventTypes: RELEVANT, vertaal };

const OMSCHRIJVING: { readonly [R in RedenVanOpschorting]: string } = {
  'aanvullende-stukken': 'gegevens opgevraagd',
  'advies-lbb': 'advies gevraagd aan het Landelijk Bureau Bibob',
  'vragen-lbb': 'vragen van het LBB aan de betrokkene',
};

async function vertaal(boek: Termijnboek): Promise<void> {
  const event = { ...(boek.recorded.data as object), type: boek.recorded.type } as BibobEvent;
  switch (event.type) {
    case 'BibobToetsGestart': {
      boek.zaakGemeente(event.gemeente);
      const a = event.aanleiding;
      if (a.soort !== 'aanvraag') break;
      const basis: TermijnVraag = { soort: 'beslistermijn-aanvraag', vanaf: a.ontvangstdatum, lengte: weken(a.beslistermijnWeken), ...(a.grondslag === undefined ? {} : { grondslag: a.grondslag }) };
      await zet(boek, 'beslistermijn-aanvraag', { ...basis, verzoeken: [] }, event.datum, `beslistermijn van de aanvraag (${a.aanvraagtype}) ontvangen op ${a.ontvangstdatum}`);
      break;
    }
    case 'GegevensOpgevraagd':
      await verzoek(boek, event.datum, (v) => [...v, { reden: 'aanvullende-stukken', soort: event.soort, gevraagdOp: event.verzenddatum }]);
      break;
    case 'GegevensOntvangen':
      await verzoek(boek, event.datum, (v) => beantwoord(v, (o) => o.reden === 'aanvullende-stukken' && o.soort === event.soort, event.ontvangstdatum, true));
      break;
    case 'LbbAdviesGevraagd': {
      const lbb: Verzoek = { reden: 'advies-lbb', gevraagdOp: event.verzenddatum, verlengd: false };
      await verzoek(boek, event.datum, (v) => [...v, lbb]);
      await zet(boek, 'lbb-advies', lbbBerekening([lbb]), event.datum, 'advies van het Landelijk Bureau Bibob');
      break;
    }
    case 'LbbTermijnVerlengd':
      await verzoek(boek, event.datum, (v) => v.map((o) => (o.reden === 'advies-lbb' && o.ontvangenOp === undefined ? { ...o, verlengd: true } : o)), true);
      break;
    case 'LbbVragenGesteld':
      await verzoek(boek, event.datum, (v) => [...v, { reden: 'vragen-lbb', gevraagdOp: event.gesteldOp }], true);
      break;
    case 'LbbVragenBeantwoord':
      await verzoek(boek, event.datum, (v) => beantwoord(v, (o) => o.reden === 'vragen-lbb', event.beantwoordOp, true), true);
      break;
    case 'LbbAdviesOntvangen':
      await verzoek(boek, event.datum, (v) => beantwoord(v, (o) => o.reden === 'advies-lbb', event.ontvangstdatum, false));
      await boek.sluit('lbb-advies', 'voldaan', `advies ontvangen op ${event.ontvangstdatum}`);
      break;
    case 'VoornemenVerzonden':
    case 'ZienswijzeOntvangen':
    case 'ZienswijzetermijnVerstreken':
      await volgZienswijzefase(boek, event, { betreft: 'zienswijze op het voornemen' });
      break;
    case 'BibobBesluitGenomen': {
      const reden = `besluit bekendgemaakt op ${event.bekendmakingsdatum}`;
      await boek.sluit('beslistermijn-aanvraag', 'voldaan', reden);
      await boek.sluit('zienswijzetermijn', 'vervallen', reden);
      await boek.start('bezwaartermijn', event.bezwaartermijnEinde, uitlegVoor({ soort: 'bezwaartermijn', vanaf: event.bekendmakingsdatum }, event.bezwaartermijnEinde), { betreft: 'bezwaar tegen het besluit' });
      break;
    }
    case 'BibobToetsAfgesloten':
      for (const soort of ['beslistermijn-aanvraag', 'lbb-advies', 'zienswijzetermijn'] as const) await boek.sluit(soort, 'vervallen', `toets afgesloten zonder besluit op ${event.datum}`);
      break;
    case 'BezwaarIngediend': {
      const berekening = beslistermijnVraag(event.bezwaartermijnEinde, { opschortingen: [], verdagingen: [] }, undefined, event);
      const berekend = berekenTermijn(berekening);
      await boek.start('beslistermijn-bezwaar', berekend.einde, renderUitleg(berekend.uitleg), { berekening, betreft: 'beslissing op bezwaar' });
      break;
    }
    case 'HerstelVerzuimGevraagd':
    case 'OpschortingBeslistermijnBeeindigd':
    case 'BeslistermijnBezwaarVerdaagd':
    case 'BeslistermijnBezwaarUitgesteld':
      // The kernel's steps in the beslistermijn op bezwaar (art. 7:10 Awb), as in every context.
      await verschuifBeslistermijnNa(boek, event);
      break;
    case 'BeslissingOpBezwaarGenomen':
      await boek.sluit('beslistermijn-bezwaar', 'voldaan', `beslissing op bezwaar bekendgemaakt op ${event.bekendmakingsdatum}`);
      await boek.start('beroepstermijn', event.beroepstermijnEinde, uitlegVoor({ soort: 'beroepstermijn', vanaf: event.bekendmakingsdatum }, event.beroepstermijnEinde), { betreft: 'beroep tegen de beslissing op bezwaar' });
      break;
    default:
      break;
  }
}

/** The requests with the first open one that `past` answered on `op` (`alle`: every open one, as the domain does for documents). */
function beantwoord(verzoeken: readonly Verzoek[], past: (v: Verzoek) => boolean, op: string, alle: boolean): Verzoek[] {
  let gedaan = false;
  return verzoeken.map((v) => {
    if (v.ontvangenOp !== undefined || !past(v) || (gedaan && !alle)) return v;
    gedaan = true;
    return { ...v, ontvangenOp: op };
  });
}

/**
 * A request made or answered: the beslistermijn of the aanvraag recomputed with it (a toets on a
 * signal has none), and with `lbb` also the LBB's own term.
 */
async function verzoek(boek: Termijnboek, datum: string, wijzig: (verzoeken: readonly Verzoek[]) => Verzoek[], lbb = false): Promise<void> {
  const beslistermijn = await boek.lees('beslistermijn-aanvraag');
  if (beslistermijn !== null && isLopend(beslistermijn.status)) {
    const oud = beslistermijn.berekening as BibobBerekening;
    boek.vervang(herberekend(beslistermijn, aanvraagBerekening(oud, wijzig(oud.verzoeken), datum)));
  }
  if (!lbb) return;
  const advies = await boek.lees('lbb-advies');
  if (advies === null || !isLopend(advies.status)) return;
  boek.vervang(lbbStand(advies, lbbBerekening(wijzig((advies.berekening as BibobBerekening).verzoeken))));
}

/**
 * The aanvraag's beslistermijn as the domain counts it on `peildatum` (the day of the step): the
 * suspensions that move it, each with the days it stood still after the maxima of art. 32 Wet
 * Bibob; the LBB's questions only lengthen that maximum and are not suspensions of their own.
 */
export function aanvraagBerekening(vraag: TermijnVraag, verzoeken: readonly Verzoek[], peildatum: string): BibobBerekening {
  const geteld = beslistermijnAanvraag({
    ontvangstdatum: vraag.vanaf,
    weken: vraag.lengte?.aantal ?? 8,
    ...(vraag.grondslag === undefined ? {} : { grondslag: vraag.grondslag }),
    opschortingen: verzoeken,
    peildatum,
  });
  const opschortingen: Opschorting[] = geteld.opschortingen
    .filter((o) => o.reden !== 'vragen-lbb' && (o.lopend || o.totEnMet !== undefined))
    .map((o, i) => ({ van: o.van, ...(o.lopend ? {} : { totEnMet: o.totEnMet }), reden: `${OMSCHRIJVING[o.reden]} op ${o.gevraagdOp} (${o.grondslag}) [${i + 1}]` }));
  const { opschortingen: _oud, verzoeken: _v, ...basis } = vraag as BibobBerekening;
  return { ...basis, ...(opschortingen.length === 0 ? {} : { opschortingen }), verzoeken: [...verzoeken] };
}

/** Art. 15 Wet Bibob: the LBB's term, with its requests (the advice asked, the questions put). */
export function lbbBerekening(verzoeken: readonly Verzoek[]): BibobBerekening {
  const advies = verzoeken.find((v) => v.reden === 'advies-lbb') as Verzoek;
  const vragen = verzoeken.filter((v) => v.reden === 'vragen-lbb');
  const opschortingen = vragen
    .map((v): Opschorting => ({ van: plusDagen(v.gevraagdOp, 1), ...(v.ontvangenOp === undefined ? {} : { totEnMet: plusDagen(v.ontvangenOp, -1) }), reden: `vragen van het LBB aan de betrokkene op ${v.gevraagdOp}` }))
    .filter((o) => o.totEnMet === undefined || o.totEnMet >= o.van);
  return {
    soort: 'lbb-advies',
    vanaf: advies.gevraagdOp,
    ...(advies.verlengd ? { verdagingen: [{ lengte: weken(4), reden: 'het LBB verlengde zijn adviestermijn (art. 15 Wet Bibob)' }] } : {}),
    ...(opschortingen.length > 0 ? { opschortingen } : {}),
    verzoeken: [advies, ...vragen],
  };
}

/** The LBB's term from its question: running, its end the domain's (`lbbAdviestermijn`); `opgeschort` while a question is open. */
function lbbStand(deadline: Deadline, berekening: BibobBerekening): Deadline {
  const advies = berekening.verzoeken[0];
  const vragen = berekening.verzoeken.slice(1);
  if (vragen.some((v) => v.ontvangenOp === undefined)) return herberekend(deadline, berekening);
  const termijn = lbbAdviestermijn(advies.gevraagdOp, advies.verlengd === true, vragen.map((v) => ({ gesteldOp: v.gevraagdOp, beantwoordOp: v.ontvangenOp as string })));
  return { ...deadline, berekening, status: 'lopend', einde: termijn.einde, uitleg: renderUitleg(termijn.uitleg) };
}

/** Starts a term computed from its question (the step's day its peildatum), or leaves one already started. */
async function zet(boek: Termijnboek, soort: 'beslistermijn-aanvraag' | 'lbb-advies', berekening: BibobBerekening, datum: string, betreft: string): Promise<void> {
  const bestaand = await boek.lees(soort);
  if (bestaand !== null && isLopend(bestaand.status)) return; // replayed
  await boek.start(soort, berekening.vanaf, undefined, { berekening, betreft });
  const nieuw = (await boek.lees(soort)) as Deadline;
  boek.vervang(soort === 'lbb-advies' ? lbbStand(nieuw, berekening) : herberekend(nieuw, aanvraagBerekening(berekening, berekening.verzoeken, datum)));
}
