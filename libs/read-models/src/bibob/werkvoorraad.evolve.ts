import { beslistermijnVanToets, bibobDecider, lbbAdviestermijn, volgendeStappen, type Aanvraagtype, type BibobCommand, type BibobEvent, type BibobState, type Signaalreden } from '@handhaving/domain-bibob';
import { HERINNERING_VERSTUURD, type HerinneringVerstuurd } from '@handhaving/domain-shared';

/*
 * One Bibob toets as the werkvoorraad holds it (the read model `bibob.werkvoorraad`): folded by the
 * Bibob decider's own evolve, so it is the state the next command is decided on, with the last
 * step recorded; `werkvoorraadToets` says where it stands, which steps may follow
 * (`volgendeStappen`) and the date waited for. It holds no content: the decider's state keeps
 * only plain facts (findings, advice and letters stay sealed on the stream), and the list shows
 * of those only the state, dates and the categories of the aanleiding — no betrokkene, no
 * degree of danger, no outcome. Pure: the projection (werkvoorraad.projection.ts) loads and
 * stores the records and files the open ones; the question is in werkvoorraad.vragen.ts.
 */

export type OpenToetsStatus = Exclude<BibobState['status'], 'onbekend' | 'afgesloten'>;

/** The states of a toets still on the werkvoorraad, in the order a toets passes them. */
export const OPEN_TOETS_STATUSSEN = [
  'in-onderzoek',
  'eigen-onderzoek-afgerond',
  'advies-gevraagd',
  'advies-ontvangen',
  'voornemen-verzonden',
  'gereed-voor-besluit',
  'besloten',
] as const satisfies readonly OpenToetsStatus[];

export interface LaatsteToetsStap {
  /** The event type, e.g. `LbbAdviesGevraagd`. */
  readonly stap: string;
  readonly datum: string;
  readonly door: string;
}

/** The aanleiding as categories: the aanvraagtype of an aanvraag, the reason of a signal; never who. */
export type ToetsAanleiding =
  | { readonly soort: 'aanvraag'; readonly aanvraagtype: Aanvraagtype; readonly ontvangstdatum: string }
  | { readonly soort: 'signaal'; readonly reden: Signaalreden; readonly vergunning?: Aanvraagtype };

export interface WerkvoorraadToets {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly status: OpenToetsStatus;
  readonly startdatum: string;
  readonly aanleiding: ToetsAanleiding;
  /** The steps that may follow (the domain's `volgendeStappen`). */
  readonly volgendeStappen: readonly BibobCommand['type'][];
  /** What is to be done next, in the coordinator's words. */
  readonly volgendeStap: string;
  /** The date that next step waits for or must be taken by, when there is one. */
  readonly wachtTot?: string;
  /** Only a term is awaited (a besloten toets without bezwaar or beroep running): the toets leaves the list after `wachtTot`. */
  readonly alleenTermijn?: true;
  /** The aanvraag's beslistermijn (none on a signal): its end, or `opgeschort` since a day while a suspension runs. */
  readonly beslistermijn?: { readonly status: 'bekend'; readonly einde: string } | { readonly status: 'opgeschort'; readonly sinds: string };
  readonly laatsteStap: LaatsteToetsStap;
}

/** A toets this read model saw started: every state but `onbekend`. */
export type BekendeToets = Exclude<BibobState, { readonly status: 'onbekend' }>;

/** The stored record of a toets: the state the decider's own evolve folds, and the last step. */
export interface ToetsDossier {
  readonly toestand: BekendeToets;
  readonly laatsteStap: LaatsteToetsStap;
}

/** The toets's record after `event`; null for a toets whose start this read model never saw. */
export function evolveWerkvoorraadToets(dossier: ToetsDossier | null, event: BibobEvent | HerinneringVerstuurd): ToetsDossier | null {
  if (event.type === HERINNERING_VERSTUURD) return dossier;
  const toestand = bibobDecider.evolve(dossier?.toestand ?? bibobDecider.initialState(), event);
  if (toestand.status === 'onbekend') return dossier;
  return { toestand, laatsteStap: { stap: event.type, datum: event.datum, door: event.door } };
}

/** The toets as the werkvoorraad shows it, or undefined once closed without besluit. */
export function werkvoorraadToets({ toestand, laatsteStap }: ToetsDossier): WerkvoorraadToets | undefined {
  if (toestand.status === 'afgesloten') return undefined;
  const { zaak, onderzoek } = toestand;
  const a = zaak.aanleiding;
  const aanleiding: ToetsAanleiding =
    a.soort === 'aanvraag'
      ? { soort: 'aanvraag', aanvraagtype: a.aanvraagtype, ontvangstdatum: a.ontvangstdatum }
      : { soort: 'signaal', reden: a.reden, ...(a.vergunning === undefined ? {} : { vergunning: a.vergunning }) };
  // As the domain counts it on the day of the last step: an LBB suspension past its maximum has ended.
  const termijn = toestand.status === 'besloten' ? undefined : beslistermijnVanToets(zaak, onderzoek, laatsteStap.datum);
  return {
    zaakId: zaak.zaakId,
    gemeente: zaak.gemeente,
    status: toestand.status,
    startdatum: zaak.startdatum,
    aanleiding,
    volgendeStappen: volgendeStappen(toestand),
    ...volgendeStap(toestand),
    ...(termijn === undefined ? {} : { beslistermijn: termijn.status === 'bekend' ? { status: 'bekend', einde: termijn.einde } : { status: 'opgeschort', sinds: termijn.opgeschortSinds } }),
    laatsteStap,
  };
}

type Stand = Pick<WerkvoorraadToets, 'volgendeStap' | 'wachtTot' | 'alleenTermijn'>;

function volgendeStap(toestand: Extract<BibobState, { status: OpenToetsStatus }>): Stand {
  const open = toestand.onderzoek.gegevens.some((g) => g.ontvangstdatum === undefined);
  switch (toestand.status) {
    case 'in-onderzoek':
      return { volgendeStap: open ? 'Opgevraagde gegevens afwachten; eigen onderzoek afronden' : 'Eigen onderzoek afronden' };
    case 'eigen-onderzoek-afgerond': {
      const vervolg = toestand.onderzoek.eigenOnderzoek?.vervolg;
      if (vervolg === 'advies-nodig') return { volgendeStap: 'Advies vragen aan het Landelijk Bureau Bibob' };
      if (vervolg === 'geen-gevaar') return { volgendeStap: 'Besluiten' };
      return { volgendeStap: 'Advies vragen aan het LBB, voornemen verzenden of besluiten' };
    }
    case 'advies-gevraagd': {
      const lbb = toestand.onderzoek.lbb;
      if (lbb?.vragen.some((v) => v.beantwoordOp === undefined)) return { volgendeStap: 'Antwoorden op de vragen van het LBB afwachten' };
      // The LBB's term as the domain counts it: its questions' days lengthen it.
      return { volgendeStap: 'Advies van het LBB afwachten', ...(lbb === undefined ? {} : { wachtTot: lbbAdviestermijn(lbb.verzenddatum, lbb.verlengd, lbb.vragen).einde }) };
    }
    case 'advies-ontvangen':
      return { volgendeStap: 'Voornemen verzenden of besluiten' };
    case 'voornemen-verzonden':
      return { volgendeStap: 'Zienswijze afwachten; daarna besluiten', wachtTot: toestand.voornemen.zienswijzetermijnEinde };
    case 'gereed-voor-besluit':
      return { volgendeStap: toestand.zienswijze === 'ontvangen' ? 'Besluiten (zienswijze ontvangen)' : 'Besluiten (zienswijzetermijn verstreken zonder zienswijze)' };
    case 'besloten': {
      const r = toestand.rechtsbescherming;
      if (r.bezwaar !== undefined && r.beslissingOpBezwaar === undefined) {
        const herstel = r.beslistermijn?.lopend;
        return herstel === undefined
          ? { volgendeStap: 'Beslissen op bezwaar' }
          : { volgendeStap: 'Herstel van het verzuim in het bezwaar afwachten; daarna beslissen op bezwaar', wachtTot: herstel.hersteltermijnEinde };
      }
      if (r.beroep !== undefined && r.beroep.uitspraak === undefined) return { volgendeStap: 'Uitspraak op beroep afwachten' };
      if (r.beslissingOpBezwaar !== undefined) return { volgendeStap: 'Beroepstermijn afwachten', wachtTot: r.beslissingOpBezwaar.beroepstermijnEinde, alleenTermijn: true };
      return { volgendeStap: 'Bezwaartermijn afwachten', wachtTot: toestand.besluit.bezwaartermijnEinde, alleenTermijn: true };
    }
  }
}
