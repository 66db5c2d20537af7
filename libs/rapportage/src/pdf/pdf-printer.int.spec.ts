import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromiumVoorTests } from './chromium-test-support';

const describeMetChromium = chromiumVoorTests() ? describe : describe.skip;
const root = join(__dirname, '../../../..');

describeMetChromium('a process that printed a PDF', () => {
  it('ends by itself once the printer has been idle, without sluit() (a command line does not hang)', () => {
    const script = `
      const { PdfPrinter } = require('./libs/rapportage/src/pdf/pdf-printer');
      new PdfPrinter({ ongebruiktSluitenNaMs: 200 }).druk('<h1>x</h1>', { titel: 'x' }).then((pdf) => console.log('pdf ' + pdf.length));`;
    const uitkomst = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
      cwd: root,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
      encoding: 'utf8',
      timeout: 50_000,
    });
    expect(uitkomst.error).toBeUndefined();
    expect(uitkomst.stderr).toBe('');
    expect(uitkomst.stdout).toMatch(/^pdf \d+\n$/);
    expect(uitkomst.status).toBe(0);
  }, 60_000);
});
