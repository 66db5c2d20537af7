import type { Termijnlengte } from '@handhaving/termijnen';
import type { Zienswijzetermijn } from './gestelde-termijnen';

/*
 * The step events of the Awb procedure, one shape for every context that makes besluiten. A
 * context may add its own content to a step (a Damocles voornemen names the measure intended)
 * but never renames or reshapes these fields, so the deadline list, the scheduler and the figures
 * read every context's steps alike. Each records the domain date of the step (`datum`) and who
 * recorded it (`door`).
 */

/** Art. 4:8 Awb: the intention to take a besluit, sent to the betrokkenen with a term for their zienswijze. */
export interface VoornemenVerzonden {
  readonly type: 'VoornemenVerzonden';
  readonly zaakId: string;
  readonly verzenddatum: string;
  readonly zienswijzetermijn: Zienswijzetermijn;
  /**
   * The betrokkenen (ids) the voornemen went to. Absent on voornemens recorded before it was kept:
   * then one zienswijze ends the zienswijzefase, as it did when they were recorded.
   */
  readonly aan?: readonly string[];
  readonly datum: string;
  readonly door: string;
}

export const WIJZEN_VAN_ZIENSWIJZE = ['schriftelijk', 'mondeling'] as const;
export type WijzeVanZienswijze = (typeof WIJZEN_VAN_ZIENSWIJZE)[number];

export interface ZienswijzeOntvangen {
  readonly type: 'ZienswijzeOntvangen';
  readonly zaakId: string;
  readonly wijze: WijzeVanZienswijze;
  /** The betrokkene who gave it (one of the voornemen's `aan`); absent where the voornemen named none. */
  readonly van?: string;
  /** False for one that came after the term: recorded, and the besluit weighs it. */
  readonly binnenTermijn: boolean;
  readonly datum: string;
  readonly door: string;
}

export interface ZienswijzetermijnVerstreken {
  readonly type: 'ZienswijzetermijnVerstreken';
  readonly zaakId: string;
  readonly einde: string;
  readonly datum: string;
  readonly door: string;
}

/** Art. 4:11 Awb: no voornemen where the required speed forbids it; always motivated. */
export interface VoornemenAchterwegeGelaten {
  readonly type: 'VoornemenAchterwegeGelaten';
  readonly zaakId: string;
  readonly motivering: string;
  readonly datum: string;
  readonly door: string;
}

/**
 * The bezwaarmaker is asked to repair an omission in the bezwaarschrift (art. 6:6 Awb: no
 * grounds, no signature, …) within a term. Art. 7:10 lid 2 Awb: the beslistermijn op bezwaar
 * stands still from the day after the request (`opgeschortVanaf`) until the omission is repaired
 * or that term passed unused (`OpschortingBeslistermijnBeeindigd`). `datum` is the day the
 * request was sent.
 */
export interface HerstelVerzuimGevraagd {
  readonly type: 'HerstelVerzuimGevraagd';
  readonly zaakId: string;
  /** What is missing, in the words of the letter. */
  readonly verzuim: string;
  /** Last day the bezwaarmaker may repair it (the hersteltermijn of art. 6:6 Awb). */
  readonly hersteltermijnEinde: string;
  /** First day the beslistermijn stands still: the day after `datum`. */
  readonly opgeschortVanaf: string;
  readonly datum: string;
  readonly door: string;
}

export const EINDEN_VAN_OPSCHORTING = ['verzuim-hersteld', 'hersteltermijn-ongebruikt-verstreken'] as const;
export type EindeVanOpschorting = (typeof EINDEN_VAN_OPSCHORTING)[number];

/**
 * The suspension of art. 7:10 lid 2 Awb ends: the omission was repaired on `datum`, or the
 * hersteltermijn passed unused. `opschorting` holds the days the term stood still, both included
 * (absent when it was repaired before a single day stood still); the deadlines read model moves
 * the end by them through @handhaving/termijnen.
 */
export interface OpschortingBeslistermijnBeeindigd {
  readonly type: 'OpschortingBeslistermijnBeeindigd';
  readonly zaakId: string;
  readonly einde: EindeVanOpschorting;
  readonly opschorting?: { readonly van: string; readonly totEnMet: string };
  readonly datum: string;
  readonly door: string;
}

/**
 * Art. 7:10 lid 3 Awb: the bestuursorgaan postpones the decision on the objection, once, by at
 * most six weeks, by notice (sent on `datum`) before the term ends. `beslistermijnEinde` is the
 * new end as known when it was given (with the suspensions up to then).
 */
export interface BeslistermijnBezwaarVerdaagd {
  readonly type: 'BeslistermijnBezwaarVerdaagd';
  readonly zaakId: string;
  readonly lengte: Termijnlengte;
  readonly reden: string;
  readonly beslistermijnEinde: string;
  readonly datum: string;
  readonly door: string;
}

/**
 * Art. 7:10 lid 4 Awb: "verder uitstel is mogelijk voor zover de indiener van het bezwaarschrift
 * daarmee instemt en andere belanghebbenden daardoor niet in hun belangen kunnen worden geschaad
 * of daarmee instemmen". The bezwaarmaker's consent is always needed; of the others, either.
 */
export const BELANGEN_VAN_ANDEREN_BIJ_UITSTEL = ['niet-geschaad', 'ingestemd'] as const;
export type BelangenVanAnderenBijUitstel = (typeof BELANGEN_VAN_ANDEREN_BIJ_UITSTEL)[number];

export interface InstemmingMetUitstel {
  /** The day the bezwaarmaker consented (the letter or note that records it is on the file). */
  readonly indienerOp: string;
  readonly andereBelanghebbenden: BelangenVanAnderenBijUitstel;
}

/**
 * Art. 7:10 lid 4 Awb: the beslissing op bezwaar is postponed further, by `lengte` from the end
 * as it stood, with the consent it rests on; recorded on `datum`, before the term ended. Unlike
 * the verdaging of lid 3 it may follow a verdaging and come more than once. `beslistermijnEinde`
 * is the new end as known then.
 */
export interface BeslistermijnBezwaarUitgesteld {
  readonly type: 'BeslistermijnBezwaarUitgesteld';
  readonly zaakId: string;
  readonly lengte: Termijnlengte;
  readonly reden: string;
  readonly instemming: InstemmingMetUitstel;
  readonly beslistermijnEinde: string;
  readonly datum: string;
  readonly door: string;
}

/** Asked of the voorzieningenrechter pending the bezwaar or the beroep (art. 8:81 lid 1 Awb). */
export interface VoorlopigeVoorzieningGevraagd {
  readonly type: 'VoorlopigeVoorzieningGevraagd';
  readonly zaakId: string;
  readonly datum: string;
  readonly door: string;
}

/**
 * The voorzieningenrechter suspends the besluit (art. 8:81 Awb): until the uitspraak on the beroep,
 * or, granted pending the bezwaar and no beroep brought, until the beroepstermijn passed (art. 8:85
 * Awb; the kernel's controleerUitvoerbaar).
 */
export interface VoorlopigeVoorzieningToegewezen {
  readonly type: 'VoorlopigeVoorzieningToegewezen';
  readonly zaakId: string;
  readonly datum: string;
  readonly door: string;
}

export interface VoorlopigeVoorzieningAfgewezen {
  readonly type: 'VoorlopigeVoorzieningAfgewezen';
  readonly zaakId: string;
  readonly datum: string;
  readonly door: string;
}

export type ZienswijzefaseEvent = VoornemenVerzonden | ZienswijzeOntvangen | ZienswijzetermijnVerstreken;

export const BEROEPSUITKOMSTEN = ['gegrond', 'ongegrond', 'niet-ontvankelijk'] as const;
export type Beroepsuitkomst = (typeof BEROEPSUITKOMSTEN)[number];

/**
 * Art. 8:1, 6:7 Awb: beroep at the rechtbank against the beslissing op bezwaar, within the
 * beroepstermijn of six weeks after its bekendmaking. On time when the rechtbank received it
 * within the term, or it was posted within it and received at most a week later (art. 6:9 Awb);
 * a late beroep is recorded and flagged, never refused: whether it is excusable (art. 6:11) is for
 * the rechtbank.
 */
export interface BeroepIngesteld {
  readonly type: 'BeroepIngesteld';
  readonly zaakId: string;
  /** The rechtbank it was brought before: "Rechtbank Limburg". */
  readonly rechtbank: string;
  /** The day the rechtbank received the beroepschrift (art. 6:9 lid 1 Awb). */
  readonly indieningsdatum: string;
  /** The postmark, for a beroepschrift sent by post (art. 6:9 lid 2 Awb). */
  readonly verzenddatum?: string;
  readonly beroepstermijnEinde: string;
  readonly tijdig: boolean;
  readonly datum: string;
  readonly door: string;
}

/**
 * Art. 8:70, 8:72 Awb: the rechtbank's uitspraak on the beroep. `vernietigd` (only for gegrond):
 * the rechtbank annulled the beslissing op bezwaar and, providing itself (art. 8:72 lid 3 sub b),
 * revoked the besluit, which ends as on a herroeping; false: it let the legal effects stand (lid 3
 * sub a) and the besluit stands. A voorlopige voorziening lapses with the uitspraak (art. 8:85 lid 1).
 */
export interface UitspraakOpBeroepGedaan {
  readonly type: 'UitspraakOpBeroepGedaan';
  readonly zaakId: string;
  readonly uitkomst: Beroepsuitkomst;
  readonly vernietigd: boolean;
  /** The day of the uitspraak. */
  readonly uitspraakdatum: string;
  readonly datum: string;
  readonly door: string;
}
