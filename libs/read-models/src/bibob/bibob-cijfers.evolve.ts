import type { Aanvraagtype, Besluituitkomst, BibobEvent, BibobEventType, RedenVanAfsluiting, RedenVanOpschorting, Signaalreden, SoortGegevens } from '@handhaving/domain-bibob';

/*
 * One Bibob toets as the figures count it (the read model `bibob.cijfers`), folded from its
 * events. Bitemporal by appending: every fact the figures read is kept with its recorded-at
 * (`vastgelegdOp`), so "as known on K" filters the facts recorded by K. Only categories and dates
 * are kept: figures are aggregates (art. 28 Wet Bibob), never a finding, advice or betrokkene.
 * Pure: the projection (bibob-cijfers.projection.ts) loads, files and stores the records; the
 * questions are in bibob-cijfers.vragen.ts.
 */

export interface BibobFeit {
  /** Recorded-at (ISO instant). */
  readonly vastgelegdOp: string;
}

export type CijferAanleiding = { readonly soort: 'aanvraag'; readonly aanvraagtype: Aanvraagtype } | { readonly soort: 'signaal'; readonly reden: Signaalreden };

/** A request that suspended the toets (documents, the LBB advice, the LBB's questions) and, once recorded, its answer. */
export interface CijferOpschorting extends BibobFeit {
  readonly reden: RedenVanOpschorting;
  /** aanvullende-stukken: answered by soort, as the domain does. */
  readonly soort?: SoortGegevens;
  readonly gevraagdOp: string;
  readonly ontvangen?: BibobFeit & { readonly op: string };
}

export interface BibobCijferToets {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly gestart: BibobFeit & { readonly startdatum: string; readonly aanleiding: CijferAanleiding };
  readonly opschortingen: readonly CijferOpschorting[];
  /** The day the besluit was taken (`datum`, rule 8) and its outcome. */
  readonly besluit?: BibobFeit & { readonly datum: string; readonly uitkomst: Besluituitkomst };
  /** A gegrond bezwaar replaced the besluit (herzien): the besluit keeps counting in its year, marked. */
  readonly herzien: readonly (BibobFeit & { readonly datum: string; readonly uitkomst: Besluituitkomst })[];
  readonly afgesloten?: BibobFeit & { readonly datum: string; readonly reden: RedenVanAfsluiting };
}

/** The event types the figures fold. */
export const BIBOB_CIJFER_EVENTS: readonly BibobEventType[] = [
  'BibobToetsGestart',
  'GegevensOpgevraagd',
  'GegevensOntvangen',
  'LbbAdviesGevraagd',
  'LbbVragenGesteld',
  'LbbVragenBeantwoord',
  'LbbAdviesOntvangen',
  'BibobBesluitGenomen',
  'BibobToetsAfgesloten',
  'BeslissingOpBezwaarGenomen',
];

/** The toets's record after `event`, recorded at `vastgelegdOp`; null for a toets not seen started. */
export function evolveBibobCijfers(toets: BibobCijferToets | null, event: BibobEvent, vastgelegdOp: string): BibobCijferToets | null {
  if (event.type === 'BibobToetsGestart') {
    if (toets !== null) return toets; // replayed: the first one stands
    const a = event.aanleiding;
    return {
      zaakId: event.zaakId,
      gemeente: event.gemeente,
      gestart: { startdatum: event.startdatum, aanleiding: a.soort === 'aanvraag' ? { soort: 'aanvraag', aanvraagtype: a.aanvraagtype } : { soort: 'signaal', reden: a.reden }, vastgelegdOp },
      opschortingen: [],
      herzien: [],
    };
  }
  if (toets === null) return null;
  const vraag = (reden: RedenVanOpschorting, gevraagdOp: string, soort?: SoortGegevens): BibobCijferToets => ({
    ...toets,
    opschortingen: [...toets.opschortingen, { reden, ...(soort === undefined ? {} : { soort }), gevraagdOp, vastgelegdOp }],
  });
  const antwoord = (past: (o: CijferOpschorting) => boolean, op: string): BibobCijferToets => ({
    ...toets,
    opschortingen: toets.opschortingen.map((o) => (o.ontvangen === undefined && past(o) ? { ...o, ontvangen: { op, vastgelegdOp } } : o)),
  });
  switch (event.type) {
    case 'GegevensOpgevraagd':
      return vraag('aanvullende-stukken', event.verzenddatum, event.soort);
    case 'GegevensOntvangen':
      return antwoord((o) => o.reden === 'aanvullende-stukken' && o.soort === event.soort, event.ontvangstdatum);
    case 'LbbAdviesGevraagd':
      return vraag('advies-lbb', event.verzenddatum);
    case 'LbbVragenGesteld':
      return vraag('vragen-lbb', event.gesteldOp);
    case 'LbbVragenBeantwoord':
      return antwoord((o) => o.reden === 'vragen-lbb', event.beantwoordOp);
    case 'LbbAdviesOntvangen':
      return antwoord((o) => o.reden === 'advies-lbb', event.ontvangstdatum);
    case 'BibobBesluitGenomen':
      return toets.besluit === undefined ? { ...toets, besluit: { datum: event.datum, uitkomst: event.uitkomst, vastgelegdOp } } : toets;
    case 'BibobToetsAfgesloten':
      return toets.afgesloten === undefined ? { ...toets, afgesloten: { datum: event.datum, reden: event.reden, vastgelegdOp } } : toets;
    case 'BeslissingOpBezwaarGenomen':
      return event.herzien === undefined ? toets : { ...toets, herzien: [...toets.herzien, { datum: event.datum, uitkomst: event.herzien, vastgelegdOp }] };
    default:
      return toets;
  }
}
