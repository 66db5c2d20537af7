import { createTransport, type Transporter } from 'nodemailer';
import type { Herinneringsbericht, Notificatiekanaal } from './notificatie.port';

/**
 * E-mail over SMTP (nodemailer). The Message-ID is derived from the reminder, so a mail sent again
 * after a crash is recognisably the same message (mail clients and archives fold duplicates).
 */
export class EmailKanaal implements Notificatiekanaal {
  readonly naam = 'e-mail';
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly van: string,
    private readonly standaardAan: string | undefined,
    timeoutMs: number,
  ) {
    const url = new URL(smtpUrl);
    url.searchParams.set('connectionTimeout', String(timeoutMs));
    url.searchParams.set('greetingTimeout', String(timeoutMs));
    url.searchParams.set('socketTimeout', String(timeoutMs));
    this.transport = createTransport(url.toString());
  }

  async verstuur(bericht: Herinneringsbericht): Promise<void> {
    const aan = bericht.medewerker?.includes('@') ? bericht.medewerker : this.standaardAan;
    if (aan === undefined) throw new Error('geen adres: de medewerker heeft geen e-mailadres als gebruikersnaam en HERINNERING_EMAIL_AAN is niet gezet');
    const domein = this.van.split('@')[1] ?? 'handhaving.local';
    await this.transport.sendMail({
      from: this.van,
      to: aan,
      subject: bericht.onderwerp,
      text: bericht.uitleg ? `${bericht.tekst}\n\n${bericht.uitleg}` : bericht.tekst,
      messageId: `<${bericht.idempotencyKey}@${domein}>`,
      headers: { 'X-Handhaving-Herinnering': bericht.herinneringId },
    });
  }

  close(): void {
    this.transport.close();
  }
}
