import { Command } from 'commander';
import { registerTermijnCommand } from './termijn.command';

/** Runs `handhaving termijn …` in process and returns what it printed and the exit code it set. */
async function termijn(...args: string[]): Promise<{ uit: string; fout: string; exitCode: number | undefined }> {
  const program = new Command();
  registerTermijnCommand(program);
  const uit: string[] = [];
  const fout: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((tekst: string) => void uit.push(tekst));
  const error = jest.spyOn(console, 'error').mockImplementation((tekst: string) => void fout.push(tekst));
  const eerder = process.exitCode;
  try {
    await program.parseAsync(['termijn', ...args], { from: 'user' });
    return { uit: uit.join('\n'), fout: fout.join('\n'), exitCode: process.exitCode === undefined ? undefined : Number(process.exitCode) };
  } finally {
    process.exitCode = eerder;
    log.mockRestore();
    error.mockRestore();
  }
}

describe('handhaving termijn', () => {
  it('given --last bestuursdwang and a fixed end on Koningsdag 2021 then it prints art. 5:24 lid 2 Awb and keeps the day', async () => {
    const { uit, exitCode } = await termijn('begunstigingstermijn', '--vanaf', '2021-03-31', '--vaste-einddatum', '2021-04-27', '--last', 'bestuursdwang');
    expect(exitCode).toBeUndefined();
    const regels = uit.split('\n');
    expect(regels[0]).toBe('begunstigingstermijn: eindigt 2021-04-27');
    expect(regels[1]).toContain('(art. 5:24 lid 2 Awb, termijn gesteld in de last onder bestuursdwang)');
    expect(uit).toContain('let op: 2021-04-27 is geen werkdag (Koningsdag, art. 3 lid 1 Atw)');
  });

  it('given a fixed end on a Sunday then the library, not the policy flag, decides: the same day with or without --geen-atw-beleid', async () => {
    const met = await termijn('begunstigingstermijn', '--vanaf', '2021-02-24', '--vaste-einddatum', '2021-03-14', '--last', 'dwangsom', '--json');
    const zonder = await termijn('begunstigingstermijn', '--vanaf', '2021-02-24', '--vaste-einddatum', '2021-03-14', '--last', 'dwangsom', '--json', '--geen-atw-beleid');
    expect(JSON.parse(met.uit)).toMatchObject({ einde: '2021-03-14', uitleg: { grondslag: 'art. 5:32a lid 2 Awb, termijn gesteld in de last onder dwangsom', atw: { toegepast: false } } });
    expect(JSON.parse(zonder.uit).einde).toBe('2021-03-14');
  });

  it('given --last on another kind of term or an unknown last then one line names the problem and the exit code is 2', async () => {
    const bezwaar = await termijn('bezwaartermijn', '--vanaf', '2021-03-03', '--last', 'dwangsom');
    expect(bezwaar).toMatchObject({ uit: '', exitCode: 2, fout: expect.stringMatching(/^handhaving termijn: Een last hoort alleen bij een begunstigingstermijn/) });
    const onbekend = await termijn('begunstigingstermijn', '--vanaf', '2021-03-03', '--lengte', '2 weken', '--last', 'sluiting');
    expect(onbekend).toMatchObject({ exitCode: 2, fout: expect.stringContaining('Onbekende last "sluiting"; kies uit bestuursdwang, dwangsom') });
  });
});
