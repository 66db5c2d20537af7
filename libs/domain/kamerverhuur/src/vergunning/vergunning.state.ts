import type { Beroep, BeslistermijnVerloop, Bezwaaruitkomst, StandVanVoorziening, Zienswijzefase } from '@handhaving/domain-awb';
import type { RedenVanVerval, Strekking } from './vergunning.events';

/** The aanvraag the case is about; plain facts only. */
export interface Aanvraag {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly registerZaakId: string;
  readonly pandSleutel: string;
  readonly aanvragerId: string;
  readonly aantalKamers: number;
  readonly ontvangstdatum: string;
}

/** A request to complete the aanvraag (art. 4:5 Awb) and, once it came, the aanvulling. */
export interface Aanvullingsverzoek {
  readonly aanvulling: number;
  readonly gevraagdOp: string;
  readonly hersteltermijnEinde: string;
  readonly ontvangenOp?: string;
}

/** A verdaging of the beslistermijn (art. 4:14 lid 3 Awb). */
export interface VerdagingVanAanvraag {
  readonly verdagingsdatum: string;
  readonly weken: number;
  readonly motivering: string;
}

/** What the beslistermijn of the aanvraag is made of: its length, and what suspended or extended it. */
export interface BeslistermijnVerloopAanvraag {
  readonly weken: number;
  readonly grondslag: string;
  readonly aanvullingen: readonly Aanvullingsverzoek[];
  readonly verdagingen: readonly VerdagingVanAanvraag[];
}

/** The voornemen with its zienswijzefase (the kernel's) and what it announces. */
export interface Voornemen extends Zienswijzefase {
  readonly strekking: Strekking;
}

export interface Vergunning {
  readonly besluitdatum: string;
  readonly bekendmakingsdatum: string;
  readonly ingangsdatum: string;
  readonly einddatum?: string;
  readonly aantalKamers: number;
}

/** The rechtsgang against the weigering or the intrekking (as the kernel reads it, and Bibob keeps it). */
export interface Rechtsbescherming {
  /** The first bezwaar: the beslistermijn op bezwaar runs from the bezwaartermijn (art. 7:10 Awb). */
  readonly bezwaar?: { readonly ontvangstdatum: string; readonly tijdig: boolean; readonly adviescommissie?: boolean };
  /** Every bezwaar (the holder's, a tenant's: one each). */
  readonly bezwaren?: readonly { readonly van?: string; readonly ontvangstdatum: string; readonly tijdig: boolean }[];
  readonly beslistermijn?: BeslistermijnVerloop;
  readonly voorlopigeVoorziening: StandVanVoorziening;
  readonly beslissingOpBezwaar?: { readonly uitkomst: Bezwaaruitkomst; readonly bekendmakingsdatum: string; readonly beroepstermijnEinde: string };
  readonly beroep?: Beroep;
}

export const SOORTEN_BESTREDEN_BESLUIT = ['weigering', 'intrekking'] as const;
export type SoortBestredenBesluit = (typeof SOORTEN_BESTREDEN_BESLUIT)[number];

/**
 * The besluit of the case that hurts the aanvrager or holder, and so the one bezwaar and beroep are
 * about: the weigering, or the (latest) intrekking. `herroepen`: a gegrond bezwaar herroept it
 * (art. 7:11 lid 2 Awb), or the rechtbank vernietigde it and provided itself (art. 8:72 lid 3 sub b
 * Awb); its rechtsgang is kept, later steps in it may still come.
 */
export interface BestredenBesluit {
  readonly soort: SoortBestredenBesluit;
  readonly besluitdatum: string;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  readonly rechtsbescherming: Rechtsbescherming;
  readonly herroepen?: { readonly op: string; readonly door: 'bezwaar' | 'beroep' };
}

interface Zaak {
  readonly zaak: Aanvraag;
  readonly beslistermijn: BeslistermijnVerloopAanvraag;
}

export type VergunningState =
  | { readonly status: 'onbekend' }
  /** The aanvraag in behandeling; a voornemen to refuse may be out. */
  | ({ readonly status: 'aangevraagd'; readonly voornemen?: Voornemen } & Zaak)
  /** Refused; once the weigering is herroepen (`bestreden.herroepen`), the aanvraag is decided anew. */
  | ({ readonly status: 'geweigerd'; readonly bestreden: BestredenBesluit } & Zaak)
  /**
   * The permit holds (from its ingangsdatum). A voornemen to revoke it may be out; `bestreden` is a
   * weigering or intrekking herroepen, its rechtsgang kept.
   */
  | ({ readonly status: 'verleend'; readonly vergunning: Vergunning; readonly voornemen?: Voornemen; readonly bestreden?: BestredenBesluit } & Zaak)
  | ({ readonly status: 'ingetrokken'; readonly vergunning: Vergunning; readonly intrekking: { readonly ingangsdatum: string; readonly reden: string }; readonly bestreden: BestredenBesluit } & Zaak)
  | ({ readonly status: 'vervallen'; readonly vergunning: Vergunning; readonly verval: { readonly vervaldatum: string; readonly reden: RedenVanVerval }; readonly bestreden?: BestredenBesluit } & Zaak);

export type VergunningStatus = VergunningState['status'];

export type MetStatus<S extends VergunningStatus> = Extract<VergunningState, { status: S }>;
