import { DomainRuleViolation } from '@handhaving/domain-shared';
import { isKalenderdatum, JAREN_VOORUIT, LAATSTE_DATUM, uitersteToekomstigeDatum, VROEGSTE_DATUM } from '@handhaving/termijnen';

/*
 * The checks every step of every context makes, worded once. A context gives its rule prefix
 * (`damocles`, `dwangsom`, …), so a refusal's rule id stays `{context}/{regel}` and the API's
 * problem type names the context; and the day the step is recorded (`vandaag`, from the API's
 * clock), so no step can carry a date after it. The domain reads no clock: `vandaag` comes in the
 * command.
 */

export function leeg(tekst: string | undefined): boolean {
  return typeof tekst !== 'string' || tekst.trim() === '';
}

export class Regels {
  constructor(
    /** The context's rule prefix: `damocles`, `dwangsom`, … */
    readonly prefix: string,
    /** The day the step is recorded (YYYY-MM-DD); a date after it is refused. Absent: not checked. */
    readonly vandaag?: string,
  ) {}

  /** Refuses the command with the context's rule `{prefix}/{regel}`. */
  weiger(regel: string, detail: string, veld?: string): never {
    throw new DomainRuleViolation(`${this.prefix}/${regel}`, detail, veld);
  }

  /**
   * A calendar date (YYYY-MM-DD) that has happened: a step is recorded once it took place. Like
   * every date of a step it lies on or after 1 January 1980 (libs/termijnen, plausibele-datum.ts).
   */
  datum(waarde: string, veld: string): string {
    this.plausibeleDatum(waarde, veld);
    if (this.vandaag === undefined) return this.voorbijDeKalender(waarde, veld);
    if (waarde > this.vandaag) {
      this.weiger('datum-in-de-toekomst', `${waarde} in ${veld} ligt na vandaag (${this.vandaag}): leg een stap vast als hij gezet is`, veld);
    }
    return waarde;
  }

  /**
   * The day a besluit is (to be) made known: a besluit is often taken and recorded before the day
   * it is sent, so this day may lie ahead; every other date of a step may not.
   */
  bekendmakingsdatum(waarde: string, veld: string): string {
    return this.toekomstigeDatum(waarde, veld);
  }

  /**
   * A calendar date that may lie ahead (the end of a term the letter names, a planned day, a
   * permit's einddatum): at most 10 years after the day the step is recorded.
   */
  toekomstigeDatum(waarde: string, veld: string): string {
    this.plausibeleDatum(waarde, veld);
    if (this.vandaag === undefined) return this.voorbijDeKalender(waarde, veld);
    const uiterste = uitersteToekomstigeDatum(this.vandaag);
    if (waarde > uiterste) {
      this.weiger(
        'datum-te-ver-vooruit',
        `${waarde} in ${veld} ligt meer dan ${JAREN_VOORUIT} jaar na vandaag (${this.vandaag}): de laatste dag die kan is ${uiterste}; controleer het jaartal`,
        veld,
      );
    }
    return waarde;
  }

  /** Every date of a step: a day that exists, on or after 1 January 1980 (libs/termijnen, plausibele-datum.ts). */
  private plausibeleDatum(waarde: string, veld: string): void {
    if (!isKalenderdatum(waarde)) {
      this.weiger('datum-ongeldig', `${JSON.stringify(waarde)} in ${veld} is geen datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2021-03-03`, veld);
    }
    if (waarde < VROEGSTE_DATUM) {
      this.weiger('datum-te-vroeg', `${waarde} in ${veld} ligt vóór ${VROEGSTE_DATUM}: een datum van een stap ligt niet vóór 1 januari 1980; controleer het jaartal`, veld);
    }
  }

  /**
   * Without `vandaag` (a caller without a clock) a date is held to the end of the holiday calendar
   * terms are counted with, 31 December 2100: the one ceiling that needs no today.
   */
  private voorbijDeKalender(waarde: string, veld: string): string {
    if (waarde > LAATSTE_DATUM) {
      this.weiger('datum-te-ver-vooruit', `${waarde} in ${veld} ligt na ${LAATSTE_DATUM}: zo ver vooruit telt geen termijn; controleer het jaartal`, veld);
    }
    return waarde;
  }

  /** `later` is not before `eerder`: a step cannot precede the one it follows. */
  volgorde(eerder: string, later: string, veld: string, detail: string): void {
    if (later < eerder) this.weiger('datum-voor-vorige-stap', `${detail} (${later} ligt vóór ${eerder})`, veld);
  }

  /** A text the step cannot go without (a motivering, a description); trimmed. */
  tekst(waarde: string | undefined, regel: string, detail: string, veld: string): string {
    if (leeg(waarde)) this.weiger(regel, detail, veld);
    return (waarde as string).trim();
  }

  /** One of the allowed values, or a refusal listing them. */
  keuze<T extends string>(waarde: unknown, toegestaan: readonly T[], regel: string, wat: string, veld: string): T {
    if (!(toegestaan as readonly unknown[]).includes(waarde)) this.weiger(regel, `Onbekende ${wat} ${JSON.stringify(waarde)}: kies ${toegestaan.join(', ')}`, veld);
    return waarde as T;
  }
}

/** The fields every command of every context carries: the case, the domain date of the step, who took it. */
export interface AwbStap {
  readonly zaakId: string;
  /** The domain date of the step (YYYY-MM-DD). */
  readonly datum: string;
  readonly door: string;
  /** The day the step is recorded, set by the API from its clock: no date in the step may lie after it. */
  readonly vandaag?: string;
}

/** The rules of a context for one command: its prefix, and the day the command is recorded. */
export function regelsVoor(prefix: string, command: Pick<AwbStap, 'vandaag'>): Regels {
  return new Regels(prefix, command.vandaag);
}
