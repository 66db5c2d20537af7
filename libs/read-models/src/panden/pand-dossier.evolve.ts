import type { DamoclesEvent } from '@handhaving/domain-damocles';
import type { DwangsomEvent, Herkomst } from '@handhaving/domain-dwangsom';
import type { OvertredingGeconstateerd, RegisterEvent, TrajectEvent, VergunningEvent } from '@handhaving/domain-kamerverhuur';
import { inNormaleVorm } from '../damocles/pand-koppelingen';

/*
 * One case about a pand as the pand dossier indexes it (the read model `panden.pand-dossier`,
 * issue 14 item 4): which context, which case, what kind, from when. Only a case's first step names
 * its pand, so the record is made by that step and later steps leave it as it is; the case's state
 * is folded from its own stream when the dossier is asked (apps/api/src/panden/queries/pand-dossier).
 * A dwangsom case has no pand of its own: it is filed under the pand of the case it came from
 * (its `herkomst`), which the projection looks up and hands in. Pure: the projection
 * (pand-dossier.projection.ts) files the records per gemeente and pand, the question is in
 * pand-dossier.vragen.ts.
 */

/** The contexts whose cases are about a pand, by the names of their streams (`{context}-{zaakId}`). */
export const PANDCONTEXTEN = ['kamerverhuurregister', 'kamerverhuurvergunning', 'kamerverhuurtraject', 'damocles', 'dwangsom'] as const;
export type Pandcontext = (typeof PANDCONTEXTEN)[number];

/** A case of another context: the dossier's identity of a case, as `{context}:{zaakId}`. */
export interface Zaakverwijzing {
  readonly context: Pandcontext;
  readonly zaakId: string;
}

export interface PandZaak extends Zaakverwijzing {
  readonly gemeente: string;
  /** The key the case recorded, in today's normal form; a dwangsom case's is that of its herkomst. */
  readonly pandSleutel: string;
  /**
   * What kind of case, categorical: the register's `opname`, a permit's `aanvraag`, a traject's
   * soort (`kamerverhuur`, `woningsplitsing`), a Damocles find's heaviest category, a dwangsom
   * case's thema.
   */
  readonly soort: string;
  /**
   * The domain date of its first step: the register's ingangsdatum, the aanvraag's ontvangstdatum,
   * the constateringsdatum of a traject or a Damocles find, the day a dwangsom case was opened.
   */
  readonly startdatum: string;
  /** Recorded-at of that first step (ISO instant): a dossier asked as known on an earlier day leaves it out. */
  readonly vastgelegdOp: string;
  /** A dwangsom case: the case it came from, under whose pand it is filed. */
  readonly herkomst?: Zaakverwijzing;
}

export type PandDossierEvent = RegisterEvent | VergunningEvent | TrajectEvent | DamoclesEvent | DwangsomEvent;

export interface PandVastlegging {
  /** Recorded-at (ISO instant). */
  readonly op: string;
  /** For a `DwangsomzaakGeopend`: the dossier's record of its herkomst case, or null when this read model has none. */
  readonly herkomst?: PandZaak | null;
}

/** `context:zaakId`: a case's field in the dossier's hashes (zaakIds are unique within a context only). */
export function zaakSleutel(zaak: { readonly context: string; readonly zaakId: string }): string {
  return `${zaak.context}:${zaak.zaakId}`;
}

/** The contexts whose open cases weigh in the ranking of addresses (pand-rangorde.ts), with the states in which a case of it has ended. */
export const LOPENDE_CONTEXTEN = {
  damocles: ['afgesloten'],
  dwangsom: ['last-beeindigd', 'afgezien'],
  kamerverhuurtraject: ['afgesloten'],
} as const satisfies Partial<Record<Pandcontext, readonly string[]>>;
export type LopendeContext = keyof typeof LOPENDE_CONTEXTEN;

/** Whether a case of a context the ranking counts is running in this state of its decider: known, and not ended. */
export function lopend(context: LopendeContext, status: string): boolean {
  return status !== 'onbekend' && !(LOPENDE_CONTEXTEN[context] as readonly string[]).includes(status);
}

/**
 * The case a dwangsom case came from, as a case of this dossier: a kamerverhuur herkomst names a
 * handhavingstraject (the process manager opens the case from the traject's choice). A flexteam
 * control is no case about a pand here yet: none.
 */
export function herkomstzaak(herkomst: Herkomst | undefined): Zaakverwijzing | undefined {
  if (herkomst === undefined) return undefined;
  switch (herkomst.context) {
    case 'kamerverhuur':
      return { context: 'kamerverhuurtraject', zaakId: herkomst.zaakId };
    case 'damocles':
      return { context: 'damocles', zaakId: herkomst.zaakId };
    case 'flexteam':
      return undefined;
    default: {
      const onbekend: never = herkomst.context;
      return onbekend;
    }
  }
}

/**
 * The case's record after `event` of its stream in `context`; null while no first step was seen.
 * A first step replayed keeps the first record; a dwangsom case whose herkomst this read model
 * does not know, or that lies in another gemeente, is filed nowhere (no guess at its pand).
 */
export function evolvePandZaak(zaak: PandZaak | null, context: Pandcontext, event: PandDossierEvent, vastlegging: PandVastlegging): PandZaak | null {
  if (zaak !== null) return zaak;
  const basis = { context, zaakId: event.zaakId, vastgelegdOp: vastlegging.op };
  switch (event.type) {
    case 'PandInRegisterOpgenomen':
      return context === 'kamerverhuurregister'
        ? { ...basis, gemeente: event.gemeente, pandSleutel: inNormaleVorm(event.pand.sleutel), soort: 'opname', startdatum: event.ingangsdatum }
        : null;
    case 'VergunningAangevraagd':
      return context === 'kamerverhuurvergunning'
        ? { ...basis, gemeente: event.gemeente, pandSleutel: inNormaleVorm(event.pandSleutel), soort: 'aanvraag', startdatum: event.ontvangstdatum }
        : null;
    case 'OvertredingGeconstateerd': {
      // The dwangsom case records a controle's finding under the same name; only the traject's names a pand.
      if (context !== 'kamerverhuurtraject') return null;
      const constatering = event as OvertredingGeconstateerd;
      return { ...basis, gemeente: constatering.gemeente, pandSleutel: inNormaleVorm(constatering.pandSleutel), soort: constatering.soort, startdatum: constatering.constateringsdatum };
    }
    case 'RapportageOntvangen':
      return context === 'damocles'
        ? { ...basis, gemeente: event.gemeente, pandSleutel: inNormaleVorm(event.pand.sleutel), soort: event.zwaarsteCategorie, startdatum: event.constateringsdatum }
        : null;
    case 'DwangsomzaakGeopend': {
      const herkomst = herkomstzaak(event.herkomst);
      const bron = vastlegging.herkomst;
      if (context !== 'dwangsom' || herkomst === undefined || bron === undefined || bron === null) return null;
      if (zaakSleutel(bron) !== zaakSleutel(herkomst) || bron.gemeente !== event.gemeente) return null;
      return { ...basis, gemeente: event.gemeente, pandSleutel: bron.pandSleutel, soort: event.thema, startdatum: event.datum, herkomst };
    }
    default:
      return zaak;
  }
}
