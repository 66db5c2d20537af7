import type { Pand } from '@handhaving/domain-shared';

/*
 * A flexteam control (issue 15, item 2): planned, carried out, and closed (afgerond) once every
 * finding has its follow-up started or declined. One control per stream
 * `flexteamcontrole-{zaakId}`. Every event carries the day it was recorded (`geregistreerdOp`:
 * the API's `vandaag`, else the step's date), so the dossier and the figures can be read as known
 * on an earlier day. Addresses are pands (BAG id or address) and are named in later events by the
 * pand's key (`pandSleutel`), as in every other context.
 */

/** The partners that can take part in a control. */
export const PARTNERS = ['boa', 'brp', 'bouw-en-brandveiligheid', 'politie', 'belastingdienst', 'uitkeringsinstantie'] as const;
export type Partner = (typeof PARTNERS)[number];

/** What the team can find at an address; several at once. */
export const BEVINDINGEN = ['kamerverhuur', 'woningsplitsing', 'brp-onjuist', 'brandonveilig', 'drugs-aangetroffen', 'overlast', 'geen-bijzonderheden'] as const;
export type Bevinding = (typeof BEVINDINGEN)[number];

/**
 * Where a finding's follow-up runs (docs/flexteam.md): a kamerverhuur handhavingstraject, a
 * Damocles case (once the police report arrives), an outgoing request to the BRP or to bouw- en
 * woningtoezicht, or a melding. `geen-bijzonderheden` needs none.
 */
export const VERVOLGCONTEXTEN = ['kamerverhuurtraject', 'damocles', 'verzoek', 'melding', 'dwangsom'] as const;
export type Vervolgcontext = (typeof VERVOLGCONTEXTEN)[number];

/** A signal that led to an address being chosen: a melding, or an earlier case in any context. */
export interface Signaal {
  readonly context: string;
  readonly zaakId: string;
}

/** An address chosen for a control, with the signals that led to it. */
export interface GeplandAdres {
  readonly pand: Pand;
  readonly pandSleutel: string;
  readonly signalen: readonly Signaal[];
}

/** One address the team visited. */
export interface Bezoek {
  readonly pand: Pand;
  readonly pandSleutel: string;
  /** False for an address the team added on the day. */
  readonly gepland: boolean;
  readonly toegang: boolean;
  /** Persons found at the address, and registered there in the BRP (both only with access). */
  readonly personenAangetroffen?: number;
  readonly personenInBrp?: number;
  /** At least one, each once; `geen-bijzonderheden` only alone. */
  readonly bevindingen: readonly Bevinding[];
  /** The betrokkene (id) held to account for a kamerverhuur or woningsplitsing finding: the traject's overtreder. */
  readonly overtrederId?: string;
  /** Rooms let, as counted: a pand not yet in the kamerverhuur register enters it with this. */
  readonly aantalKamers?: number;
}

/** The case a follow-up started. */
export interface Vervolg {
  readonly context: Vervolgcontext;
  readonly zaakId: string;
}

interface ControleStap {
  readonly zaakId: string;
  /** The domain date of the step (YYYY-MM-DD). */
  readonly datum: string;
  readonly door: string;
  /** The day it was recorded (the command's `vandaag`, else its `datum`). */
  readonly geregistreerdOp: string;
}

export interface ControleGepland extends ControleStap {
  readonly type: 'ControleGepland';
  readonly gemeente: string;
  /** The day the control is to be held. */
  readonly geplandOp: string;
  /** The area in words ("Kerkrade-West, Heilust"). */
  readonly gebied: string;
  readonly partners: readonly Partner[];
  readonly adressen: readonly GeplandAdres[];
}

export interface ControleGeannuleerd extends ControleStap {
  readonly type: 'ControleGeannuleerd';
  readonly reden: string;
}

/** `datum` is the day the control was held. */
export interface ControleUitgevoerd extends ControleStap {
  readonly type: 'ControleUitgevoerd';
  readonly teamgrootte: number;
  readonly bezoeken: readonly Bezoek[];
}

/** A finding's follow-up started: the case it opened, linked back to this control and address. */
export interface VervolgGestart extends ControleStap {
  readonly type: 'VervolgGestart';
  readonly pandSleutel: string;
  readonly bevinding: Bevinding;
  readonly vervolg: Vervolg;
}

/** No follow-up for a finding, with the reason. */
export interface VervolgAfgezien extends ControleStap {
  readonly type: 'VervolgAfgezien';
  readonly pandSleutel: string;
  readonly bevinding: Bevinding;
  readonly reden: string;
}

/** Every finding has its follow-up started or declined (recorded with the step that made it so). */
export interface ControleAfgerond extends ControleStap {
  readonly type: 'ControleAfgerond';
}

export type ControleEvent = ControleGepland | ControleGeannuleerd | ControleUitgevoerd | VervolgGestart | VervolgAfgezien | ControleAfgerond;

export const CONTROLE_EVENT_TYPES: readonly ControleEvent['type'][] = ['ControleGepland', 'ControleGeannuleerd', 'ControleUitgevoerd', 'VervolgGestart', 'VervolgAfgezien', 'ControleAfgerond'];
