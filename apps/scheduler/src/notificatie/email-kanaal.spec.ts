import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { EmailKanaal } from './email-kanaal';
import type { Herinneringsbericht } from './notificatie.port';

/** An SMTP sink in the test: speaks just enough SMTP (RFC 5321) for one client to hand over mail. */
class SmtpSink {
  readonly berichten: { van: string; aan: string[]; data: string }[] = [];
  private server: Server | undefined;

  async start(): Promise<number> {
    this.server = createServer((socket: Socket) => {
      let buffer = '';
      let inData = false;
      let huidig = { van: '', aan: [] as string[], data: '' };
      socket.write('220 sink ESMTP\r\n');
      socket.on('data', (stuk: Buffer) => {
        buffer += stuk.toString('utf8');
        for (;;) {
          if (inData) {
            const einde = buffer.indexOf('\r\n.\r\n');
            if (einde < 0) return;
            // Unfold long header lines (RFC 5322 2.2.3) so a test can read each header on one line.
            huidig.data = buffer.slice(0, einde).replace(/\r\n[ \t]+/g, ' ');
            buffer = buffer.slice(einde + 5);
            inData = false;
            this.berichten.push(huidig);
            huidig = { van: '', aan: [], data: '' };
            socket.write('250 OK queued\r\n');
            continue;
          }
          const regelEinde = buffer.indexOf('\r\n');
          if (regelEinde < 0) return;
          const regel = buffer.slice(0, regelEinde);
          buffer = buffer.slice(regelEinde + 2);
          const opdracht = regel.slice(0, 4).toUpperCase();
          if (opdracht === 'EHLO' || opdracht === 'HELO') socket.write('250 sink\r\n');
          else if (opdracht === 'MAIL') {
            huidig.van = regel;
            socket.write('250 OK\r\n');
          } else if (opdracht === 'RCPT') {
            huidig.aan.push(regel);
            socket.write('250 OK\r\n');
          } else if (opdracht === 'DATA') {
            inData = true;
            socket.write('354 End data with <CR><LF>.<CR><LF>\r\n');
          } else if (opdracht === 'QUIT') {
            socket.end('221 Bye\r\n');
            return;
          } else socket.write('250 OK\r\n');
        }
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return (this.server?.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

const bericht = (velden: Partial<Herinneringsbericht> = {}): Herinneringsbericht => ({
  herinneringId: 'damocles-Z-1.zienswijzetermijn.op-einddag-0800.2027-03-15',
  deadlineId: 'damocles-Z-1.zienswijzetermijn',
  streamId: 'damocles-Z-1',
  zaakId: 'Z-1',
  context: 'damocles',
  gemeente: 'GM0928',
  termijnsoort: 'zienswijzetermijn',
  herinneringSoort: 'op-einddag-0800',
  termijnEinde: '2027-03-15',
  moment: '2027-03-15T07:00:00.000Z',
  medewerker: 'j.jansen@kerkrade.example',
  idempotencyKey: 'damocles-Z-1.zienswijzetermijn.op-einddag-0800.2027-03-15',
  onderwerp: 'Herinnering: zienswijzetermijn van zaak Z-1 eindigt vandaag (2027-03-15)',
  tekst: 'De zienswijzetermijn van zaak Z-1 (GM0928) loopt tot en met 2027-03-15.',
  ...velden,
});

describe('e-mail channel over SMTP (nodemailer against an SMTP sink in the test)', () => {
  const sink = new SmtpSink();
  let kanaal: EmailKanaal;

  beforeAll(async () => {
    const port = await sink.start();
    kanaal = new EmailKanaal(`smtp://127.0.0.1:${port}`, 'handhaving@kerkrade.example', 'team-oov@kerkrade.example', 5_000);
  });

  afterAll(async () => {
    kanaal.close();
    await sink.stop();
  });

  it('mails the medewerker when the user id is an address, with a Message-ID derived from the reminder (the same mail twice is recognisably one)', async () => {
    await kanaal.verstuur(bericht());
    await kanaal.verstuur(bericht());
    expect(sink.berichten).toHaveLength(2);
    const [eerste, tweede] = sink.berichten;
    expect(eerste.aan).toEqual(['RCPT TO:<j.jansen@kerkrade.example>']);
    const messageId = /^Message-ID: (.*)$/im.exec(eerste.data)?.[1];
    expect(messageId).toBe('<damocles-Z-1.zienswijzetermijn.op-einddag-0800.2027-03-15@kerkrade.example>');
    expect(/^Message-ID: (.*)$/im.exec(tweede.data)?.[1]).toBe(messageId);
    expect(eerste.data).toMatch(/^X-Handhaving-Herinnering: damocles-Z-1\.zienswijzetermijn\.op-einddag-0800\.2027-03-15$/m);
    expect(eerste.data).toContain('loopt tot en met 2027-03-15');
  });

  it('mails the team address when the medewerker has no e-mail address as user id', async () => {
    sink.berichten.length = 0;
    await kanaal.verstuur(bericht({ medewerker: 'medewerker-17' }));
    expect(sink.berichten[0].aan).toEqual(['RCPT TO:<team-oov@kerkrade.example>']);
  });
});
