import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromiumVoorTests } from '@handhaving/testing';

const describeMetChromium = chromiumVoorTests('de PDF-printer') ? describe : describe.skip;
const root = join(__dirname, '../../../..');
const env = { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' };

/** A node process that prints one PDF with the library's printer (TypeScript through swc, as the benches run). */
function script(printerOpties: string): string {
  return `
    const { PdfPrinter } = require('./libs/rapportage/src/pdf/pdf-printer');
    new PdfPrinter(${printerOpties}).druk('<h1>x</h1>', { titel: 'x' }).then((pdf) => console.log('pdf ' + pdf.length));`;
}

describeMetChromium('a process that printed a PDF', () => {
  jest.setTimeout(60_000);

  it('ends by itself once the printer has been idle, without sluit() (a command line does not hang)', () => {
    const uitkomst = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script('{ ongebruiktSluitenNaMs: 200 }')], { cwd: root, env, encoding: 'utf8', timeout: 50_000 });
    expect(uitkomst.error).toBeUndefined();
    expect(uitkomst.stderr).toBe('');
    expect(uitkomst.stdout).toMatch(/^pdf \d+\n$/);
    expect(uitkomst.status).toBe(0);
  });

  it('still stops on SIGTERM while its browser is open (the printer does not take over the host\'s signals)', async () => {
    const proces = spawn(process.execPath, ['-r', '@swc-node/register', '-e', `${script('{}')}\nsetInterval(() => undefined, 1000);`], { cwd: root, env });
    let uitvoer = '';
    await new Promise<void>((resolve, reject) => {
      proces.stdout.on('data', (deel: Buffer) => {
        uitvoer += deel.toString();
        if (uitvoer.includes('pdf ')) resolve();
      });
      proces.on('exit', () => reject(new Error(`ended before printing: ${uitvoer}`)));
    });
    const einde = new Promise<NodeJS.Signals | null>((resolve) => proces.on('exit', (_code, signaal) => resolve(signaal)));
    proces.kill('SIGTERM');
    const binnen = await Promise.race([einde, new Promise<'hangt'>((resolve) => setTimeout(() => resolve('hangt'), 15_000))]);
    if (binnen === 'hangt') proces.kill('SIGKILL');
    expect(binnen).toBe('SIGTERM');
  });
});
