import pino from 'pino';
import { Writable } from 'node:stream';
import { InMemoryKeyStore } from '../key-store/in-memory/in-memory-key-store';
import { newSubjectId } from '../subject-id';
import { PersonalDataVault } from '../vault/personal-data-vault';
import { personalDataRedactPaths, redactedText, redactPersonalData } from './redact-personal-data';

const vault = new PersonalDataVault({ keyStore: new InMemoryKeyStore() });

describe('redactPersonalData', () => {
  it('replaces sealed data at any depth by its subject id', async () => {
    const subjectId = newSubjectId();
    const sealed = await vault.seal(subjectId, { naam: 'Jan de Vries' });
    const event = { type: 'BetrokkeneGeregistreerd', data: { zaak: { betrokkenen: [{ rol: 'eigenaar', persoon: sealed }] } } };
    expect(redactPersonalData(event)).toEqual({
      type: 'BetrokkeneGeregistreerd',
      data: { zaak: { betrokkenen: [{ rol: 'eigenaar', persoon: { subjectId, versleuteld: true } }] } },
    });
    expect(JSON.stringify(redactPersonalData(event))).not.toContain(sealed.ciphertext);
  });

  it('replaces plaintext under a personal field name, whatever its spelling', () => {
    expect(
      redactPersonalData({
        naam: 'Jan de Vries',
        BSN: '999993653',
        geboorteDatum: '1970-04-01',
        contact: { 'e-mail': 'jan@example.nl', telefoon_nummer: '0612345678', email: null },
        gemeente: 'GM0917',
      }),
    ).toEqual({
      naam: redactedText,
      BSN: redactedText,
      geboorteDatum: redactedText,
      contact: { 'e-mail': redactedText, telefoon_nummer: redactedText, email: null },
      gemeente: 'GM0917',
    });
  });

  it("redacts a person's address but keeps the premises' address a case is about", () => {
    const premises = { straat: 'Markt', huisnummer: 1, postcode: '6411 GG', plaats: 'Heerlen' };
    expect(
      redactPersonalData({ adres: premises, betrokkene: { adres: premises, postcode: '6411 GG', rol: 'huurder' }, eigenaren: [] }),
    ).toEqual({ adres: premises, betrokkene: { adres: redactedText, postcode: redactedText, rol: 'huurder' }, eigenaren: [] });
    expect(redactPersonalData({ betrokkenen: [{ adres: premises }] })).toEqual({ betrokkenen: [{ adres: redactedText }] });
  });

  it('leaves the input alone, survives cycles and keeps values it cannot walk', () => {
    const when = new Date('2026-01-01T00:00:00Z');
    const input: Record<string, unknown> = { naam: 'Jan', when, list: [1, 'twee'] };
    input['self'] = input;
    const output = redactPersonalData(input) as Record<string, unknown>;
    expect(input['naam']).toBe('Jan');
    expect(output).toEqual({ naam: redactedText, when, list: [1, 'twee'], self: '[Circular]' });
    expect(redactPersonalData('platte tekst')).toBe('platte tekst');
    expect(redactPersonalData(null)).toBeNull();
  });
});

describe('personalDataRedactPaths in pino', () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  beforeEach(() => {
    lines.length = 0;
  });

  it('are valid pino paths that censor personal fields up to two levels down on their own', () => {
    const logger = pino({ redact: { paths: [...personalDataRedactPaths], censor: redactedText } }, destination);
    logger.info({ bsn: '999993653', body: { naam: 'Jan de Vries', betrokkene: { adres: 'Markt 1' } }, adres: 'Pand 7' }, 'command');
    const line = JSON.parse(lines.join(''));
    expect(line).toMatchObject({ bsn: redactedText, body: { naam: redactedText, betrokkene: { adres: redactedText } }, adres: 'Pand 7' });
  });

  it('keep plaintext and ciphertext out of a log line, together with redactPersonalData', async () => {
    const logger = pino(
      {
        redact: { paths: [...personalDataRedactPaths], censor: redactedText },
        formatters: { log: (object) => redactPersonalData(object) as Record<string, unknown> },
      },
      destination,
    );
    const sealed = await vault.seal(newSubjectId(), { naam: 'Jan de Vries', bsn: '999993653' });
    logger.info({ bsn: '999993653', body: { naam: 'Jan de Vries', betrokkene: { adres: 'Markt 1' } }, event: { data: { betrokkene: sealed } } }, 'command');
    logger.info({ req: { body: { zaak: { persoon: { naam: 'Jan de Vries' } } } } }, 'deep');
    const output = lines.join('');
    for (const secret of ['Jan de Vries', '999993653', 'Markt 1', sealed.ciphertext]) expect(output).not.toContain(secret);
    expect(output).toContain(sealed.subjectId);
    expect(output).toContain(redactedText);
  });
});
