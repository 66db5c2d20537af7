import type { Bevinding, Bezoek, GeplandAdres, Partner, Vervolg } from './controle.events';

/** What every state of a control after its planning knows of it. */
export interface Controlezaak {
  readonly zaakId: string;
  readonly gemeente: string;
}

export interface Planning {
  /** The day the planning was made. */
  readonly datum: string;
  /** The day the control is to be held. */
  readonly geplandOp: string;
  readonly gebied: string;
  readonly partners: readonly Partner[];
  readonly adressen: readonly GeplandAdres[];
}

export interface Annulering {
  readonly datum: string;
  readonly reden: string;
}

export interface Uitvoering {
  /** The day the control was held. */
  readonly datum: string;
  readonly teamgrootte: number;
  readonly bezoeken: readonly Bezoek[];
}

/** How far a finding's follow-up is: open, started (with the case it opened), or declined (with the reason). */
export type Vervolgafhandeling =
  | { readonly stand: 'open' }
  | { readonly stand: 'gestart'; readonly vervolg: Vervolg; readonly datum: string }
  | { readonly stand: 'afgezien'; readonly reden: string; readonly datum: string };

/** A finding at an address that needs a follow-up, and how far that is. */
export type Vervolgstand = { readonly pandSleutel: string; readonly bevinding: Bevinding } & Vervolgafhandeling;

export type ControleState =
  | { readonly status: 'onbekend' }
  | { readonly status: 'gepland'; readonly zaak: Controlezaak; readonly planning: Planning }
  | { readonly status: 'geannuleerd'; readonly zaak: Controlezaak; readonly planning: Planning; readonly annulering: Annulering }
  /** `vervolgen`: every finding but `geen-bijzonderheden`, per address in the order visited. */
  | { readonly status: 'uitgevoerd'; readonly zaak: Controlezaak; readonly planning: Planning; readonly uitvoering: Uitvoering; readonly vervolgen: readonly Vervolgstand[] }
  | { readonly status: 'afgerond'; readonly zaak: Controlezaak; readonly planning: Planning; readonly uitvoering: Uitvoering; readonly vervolgen: readonly Vervolgstand[]; readonly afgerondOp: string };

export type ControleStatus = ControleState['status'];
