import type { Beroep, BeslistermijnVerloop, StandVanVoorziening, Zienswijzefase } from '@handhaving/domain-awb';
import type { Aanleiding, Besluituitkomst, Bezwaaruitkomst, RedenVanAfsluiting, SoortGegevens, Strekking, UitkomstEigenOnderzoek } from './bibob.events';

/** What the toets is about; plain facts only (the findings stay sealed on the stream). */
export interface Toets {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly startdatum: string;
  readonly aanleiding: Aanleiding;
}

/** A vragenformulier or request for documents: sent, and received once they came. */
export interface Gegevensverzoek {
  readonly soort: SoortGegevens;
  readonly verzenddatum: string;
  readonly ontvangstdatum?: string;
}

/** The advice asked of the Landelijk Bureau Bibob and what happened to its term (art. 15, 32 Wet Bibob). */
export interface LbbAdvies {
  readonly verzenddatum: string;
  readonly betrokkeneGeinformeerdOp: string;
  /** Last day of the LBB's term as known (eight weeks, four more after the extension, moved by its questions). */
  readonly adviestermijnEinde: string;
  /** The LBB extended its term once (art. 15 Wet Bibob): it cannot again. */
  readonly verlengd: boolean;
  readonly vragen: readonly { readonly gesteldOp: string; readonly beantwoordOp?: string }[];
  /** Received; what it concluded is on the stream only (art. 28 Wet Bibob): no rule needs it. */
  readonly advies?: { readonly ontvangstdatum: string };
}

export type VervolgNaEigenOnderzoek = 'geen-gevaar' | 'gevaar' | 'advies-nodig';

/** The eigen onderzoek's outcome as far as the procedure goes. */
export function vervolgNa(uitkomst: UitkomstEigenOnderzoek): VervolgNaEigenOnderzoek {
  return uitkomst === 'geen-gevaar' || uitkomst === 'advies-nodig' ? uitkomst : 'gevaar';
}

export interface Onderzoek {
  readonly gegevens: readonly Gegevensverzoek[];
  /**
   * What the rules need of the eigen onderzoek: whether it found no danger, a danger (of whatever
   * degree: the rules never tell mindere from ernstige mate, and the degree stays on the stream,
   * art. 28 Wet Bibob) or needs the LBB's advice.
   */
  readonly eigenOnderzoek?: { readonly vervolg: VervolgNaEigenOnderzoek; readonly datum: string };
  readonly lbb?: LbbAdvies;
}

/** The voornemen with its zienswijzefase (the kernel's) and what it announces. */
export interface Voornemen extends Zienswijzefase {
  readonly strekking: Strekking;
}

export interface Besluit {
  readonly uitkomst: Besluituitkomst;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  /** A gegrond bezwaar herroept it; the besluit it was replaced by. */
  readonly herzien?: Besluituitkomst;
}

export interface Rechtsbescherming {
  /** The first bezwaar: the beslistermijn op bezwaar runs from the bezwaartermijn (art. 7:10 Awb). */
  readonly bezwaar?: { readonly ontvangstdatum: string; readonly tijdig: boolean; readonly adviescommissie?: boolean };
  readonly bezwaren?: readonly { readonly van?: string; readonly ontvangstdatum: string; readonly tijdig: boolean }[];
  readonly beslistermijn?: BeslistermijnVerloop;
  readonly voorlopigeVoorziening: StandVanVoorziening;
  readonly beslissingOpBezwaar?: { readonly uitkomst: Bezwaaruitkomst; readonly bekendmakingsdatum: string; readonly beroepstermijnEinde: string };
  readonly beroep?: Beroep;
}

interface Lopend {
  readonly zaak: Toets;
  readonly onderzoek: Onderzoek;
  /** The day its key was destroyed after the retention term: its sealed contents are gone. */
  readonly inhoudVernietigdOp?: string;
}

export type BibobState =
  | { readonly status: 'onbekend' }
  /** The gemeente's own screening runs; a vragenformulier or documents may be out. */
  | ({ readonly status: 'in-onderzoek' } & Lopend)
  | ({ readonly status: 'eigen-onderzoek-afgerond' } & Lopend)
  /** Advice asked of the LBB and not yet received: the beslistermijn stands still (art. 32 Wet Bibob). */
  | ({ readonly status: 'advies-gevraagd' } & Lopend)
  | ({ readonly status: 'advies-ontvangen' } & Lopend)
  | ({ readonly status: 'voornemen-verzonden'; readonly voornemen: Voornemen } & Lopend)
  | ({ readonly status: 'gereed-voor-besluit'; readonly voornemen: Voornemen; readonly zienswijze: 'ontvangen' | 'termijn-verstreken' } & Lopend)
  | ({ readonly status: 'besloten'; readonly besluit: Besluit; readonly rechtsbescherming: Rechtsbescherming } & Lopend)
  | ({ readonly status: 'afgesloten'; readonly reden: RedenVanAfsluiting; readonly sinds: string } & Lopend);

export type BibobStatus = BibobState['status'];

/** The states in which the toets is still being investigated, before a voornemen. */
export const ONDERZOEKSFASE = ['in-onderzoek', 'eigen-onderzoek-afgerond', 'advies-gevraagd', 'advies-ontvangen'] as const;

/** Every state before the besluit. */
export const VOOR_BESLUIT = [...ONDERZOEKSFASE, 'voornemen-verzonden', 'gereed-voor-besluit'] as const;
