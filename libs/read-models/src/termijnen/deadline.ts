import type { Zaakcontext } from '@handhaving/domain-shared';
import type { RecordedEvent } from '@handhaving/event-store';
import { TERMIJNSOORTEN, type TermijnVraag } from '@handhaving/termijnen';

/*
 * A legal term of a case as the shared deadline list keeps it (deadlines.projection.ts), and what a
 * context gives that list: a Termijnvertaler that turns the events of its cases into terms.
 */

export const DEADLINES_PROJECTIE = 'termijnen.deadlines.v3';

/**
 * Every kind of term the legal calendar computes (@handhaving/termijnen: the soort is named as
 * there and in the policy's reminders, so the policy's escalating reminders for a kind apply to it
 * by name); `looptijd` (how long a preventieve last under dwangsom or a permit is in force) and
 * `antwoordtermijn` (the day an outgoing request asks its answer by: the gemeente's own term, not
 * the law's; the standard reminders apply). A context starts the kinds it needs; a new context with
 * a new kind of legal term adds it to the calendar, not here.
 */
export const DEADLINE_SOORTEN = [...TERMIJNSOORTEN, 'looptijd', 'antwoordtermijn'] as const;
export type DeadlineSoort = (typeof DEADLINE_SOORTEN)[number];

/**
 * Stored states; `verstreken` is derived at query time. `opgeschort`: the term stands still
 * (art. 7:10 lid 2 Awb, an omission being repaired); it cannot run out meanwhile, so it is never
 * `verstreken` and has no reminders; it runs again (`lopend`, a later end) when the suspension ends.
 */
export type OpgeslagenDeadlineStatus = 'lopend' | 'opgeschort' | 'voldaan' | 'vervallen';
export const DEADLINE_STATUSSEN = ['lopend', 'opgeschort', 'verstreken', 'voldaan', 'vervallen'] as const satisfies readonly (OpgeslagenDeadlineStatus | 'verstreken')[];
export type DeadlineStatus = (typeof DEADLINE_STATUSSEN)[number];

/** A term still to be met: running, or standing still for a while. */
export function isLopend(status: DeadlineStatus): boolean {
  return status === 'lopend' || status === 'opgeschort';
}

export interface DeadlineStap {
  /** The event type that recorded the step. */
  readonly event: string;
  /** Its domain date (YYYY-MM-DD). */
  readonly datum: string;
  readonly vastgelegdOp: string;
  readonly reden?: string;
}

export interface Deadline {
  /**
   * `{streamId}.{soort}`, e.g. `damocles-Z-1.bezwaartermijn`, or `{streamId}.{soort}.{onderwerp}`
   * where a case has more than one of a soort (`dwangsom-Z-9.verjaring-dwangsom.verbeuring-3`):
   * no ':' (it becomes a BullMQ job id).
   */
  readonly id: string;
  readonly context: string;
  readonly zaakId: string;
  readonly streamId: string;
  readonly gemeente: string;
  readonly soort: DeadlineSoort;
  /** Last day of the term (YYYY-MM-DD, Europe/Amsterdam), through 23:59:59 local time. */
  readonly einde: string;
  readonly status: OpgeslagenDeadlineStatus;
  /** The user (event metadata `userId`, else the event's `door`) who recorded the step that started it. */
  readonly medewerker?: string;
  /** How the end was computed, from @handhaving/termijnen where it can be reproduced. */
  readonly uitleg?: string;
  /**
   * The question to @handhaving/termijnen the end comes from, with the suspensions and verdagingen
   * so far (a running suspension without `totEnMet`), for the terms they can move (the
   * beslistermijn op bezwaar); absent for the others.
   */
  readonly berekening?: TermijnVraag;
  /** What the term is about when a case has several of its soort: "verbeuring 3: € 2.500,00 verbeurd op 2021-06-10". */
  readonly betreft?: string;
  readonly gestartDoor: DeadlineStap;
  /** The step that made it voldaan or vervallen. */
  readonly afgeslotenDoor?: DeadlineStap;
}

export function deadlineId(streamId: string, soort: DeadlineSoort, onderwerp?: string): string {
  return (onderwerp === undefined ? `${streamId}.${soort}` : `${streamId}.${soort}.${onderwerp}`).replace(/:/g, '_');
}

/**
 * What a context's handler may do with the terms of the case whose event is being applied: start
 * one (a running one of the same id is kept), close a running one, read them.
 */
export interface Termijnboek {
  readonly recorded: RecordedEvent;
  start(
    soort: DeadlineSoort,
    einde: string,
    uitleg: string | undefined,
    opties?: { readonly onderwerp?: string; readonly betreft?: string; readonly berekening?: TermijnVraag },
  ): Promise<void>;
  sluit(soort: DeadlineSoort, status: 'voldaan' | 'vervallen', reden: string, onderwerp?: string): Promise<void>;
  lees(soort: DeadlineSoort, onderwerp?: string): Promise<Deadline | null>;
  /** A changed version of a deadline (e.g. a new end after bezwaar). */
  vervang(deadline: Deadline): void;
  /** Every deadline of this case so far, this batch's changes included. */
  vanZaak(): Promise<Deadline[]>;
  /** The gemeente of a case opened by this event, for its later events recorded without one. */
  zaakGemeente(gemeente: string): void;
}

/**
 * A context's part of the shared deadline list: which of its events start, move or end a term, and
 * what each does. Registered once per context (../contexten.ts); the deadlines read model routes a
 * case's events to the vertaler of the context its stream belongs to.
 */
export interface Termijnvertaler {
  readonly context: Zaakcontext;
  readonly eventTypes: readonly string[];
  vertaal(boek: Termijnboek): Promise<void>;
}

/**
 * The Awb steps that start, move or end a term in every context (zienswijzetermijn, bezwaar-,
 * beslis- and beroepstermijn): a context's vertaler listens to these and to its own.
 */
export const AWB_TERMIJN_EVENTS = [
  'VoornemenVerzonden',
  'ZienswijzeOntvangen',
  'ZienswijzetermijnVerstreken',
  'BezwaarIngediend',
  'BeslissingOpBezwaarGenomen',
  'HerstelVerzuimGevraagd',
  'OpschortingBeslistermijnBeeindigd',
  'BeslistermijnBezwaarVerdaagd',
  'BeslistermijnBezwaarUitgesteld',
  'UitspraakOpBeroepGedaan',
] as const;
