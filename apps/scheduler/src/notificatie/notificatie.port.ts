/** What a reminder says, to whoever receives it. */
export interface Herinneringsbericht {
  readonly herinneringId: string;
  readonly deadlineId: string;
  readonly streamId: string;
  readonly zaakId: string;
  readonly context: string;
  readonly gemeente: string;
  readonly termijnsoort: string;
  readonly herinneringSoort: string;
  readonly termijnEinde: string;
  /** The instant it was planned for (ISO 8601, UTC). */
  readonly moment: string;
  readonly medewerker?: string;
  /** Stable per reminder: a receiver that sees it twice shows it once (at-least-once delivery). */
  readonly idempotencyKey: string;
  readonly onderwerp: string;
  readonly tekst: string;
  readonly uitleg?: string;
}

/** One way out (e-mail, webhook). Throws when the reminder was not accepted; the job retries. */
export interface Notificatiekanaal {
  readonly naam: string;
  verstuur(bericht: Herinneringsbericht): Promise<void>;
}

export const NotificatieKanalenToken = Symbol('NotificatieKanalen');

/**
 * Delivers through every channel; fails when one fails, so the job retries (with back-off) and
 * the channels that did accept it see it again under the same idempotency key.
 */
export async function verstuurOveral(kanalen: readonly Notificatiekanaal[], bericht: Herinneringsbericht): Promise<string[]> {
  const uitkomsten = await Promise.allSettled(kanalen.map((kanaal) => kanaal.verstuur(bericht)));
  const fouten = uitkomsten.flatMap((uitkomst, i) => (uitkomst.status === 'rejected' ? [`${kanalen[i].naam}: ${String((uitkomst.reason as Error)?.message ?? uitkomst.reason)}`] : []));
  if (fouten.length > 0) throw new Error(`Herinnering ${bericht.herinneringId} niet afgeleverd: ${fouten.join('; ')}`);
  return kanalen.map((kanaal) => kanaal.naam);
}
