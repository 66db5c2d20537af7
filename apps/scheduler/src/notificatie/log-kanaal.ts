import type { Herinneringsbericht, Notificatiekanaal } from './notificatie.port';

/** When neither e-mail nor a webhook is configured: the reminder is written to the log (and recorded on the case). */
export class LogKanaal implements Notificatiekanaal {
  readonly naam = 'log';

  constructor(private readonly log: (bericht: string) => void) {}

  async verstuur(bericht: Herinneringsbericht): Promise<void> {
    this.log(`${bericht.onderwerp} (${bericht.herinneringId})`);
  }
}
