import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jaarverslagUitvoer, rapportJaar } from './rapport-jaar';

describe('handhaving rapport jaar', () => {
  let server: Server;
  let api: string;
  let gevraagd: { url: string; authorization: string | undefined }[];
  let map: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      gevraagd.push({ url: request.url ?? '', authorization: request.headers.authorization });
      if (request.url?.includes('gemeente=GM1903')) {
        response.writeHead(403, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ status: 403, detail: 'U werkt niet voor gemeente GM1903' }));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="jaarverslag-GM0928-2020.pdf"' }).end(Buffer.from('%PDF-1.7 verslag'));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  beforeEach(() => {
    gevraagd = [];
    map = mkdtempSync(join(tmpdir(), 'rapport-jaar-'));
  });

  afterEach(() => rmSync(map, { recursive: true, force: true }));
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('asks the API for the report in the format given, writes it to the file and says where it went', async () => {
    const regels: string[] = [];
    const bestand = await rapportJaar({ api, token: 't', gemeente: 'GM0928', jaar: '2020', bekendOp: '2021-01-14', pdf: true, uit: join(map, 'verslag.pdf') }, (regel) => regels.push(regel));
    expect(gevraagd).toEqual([{ url: '/api/rapportage/jaarverslag?gemeente=GM0928&jaar=2020&formaat=pdf&bekendOp=2021-01-14', authorization: 'Bearer t' }]);
    expect(readFileSync(bestand, 'utf8')).toBe('%PDF-1.7 verslag');
    expect(regels[0]).toBe('Jaarverslag GM0928 2020 (zoals gerapporteerd op 2021-01-14) als PDF wordt gemaakt…');
    expect(regels.at(-1)).toMatch(/^\rJaarverslag GM0928 2020 .* als PDF: .*verslag\.pdf \(1 kB\) in \d+\.\d s\n$/);
  });

  it('without -o, the file name the API gives, in the working folder', async () => {
    const hier = process.cwd();
    process.chdir(map);
    try {
      expect(await rapportJaar({ api, token: 't', gemeente: 'GM0928', jaar: '2020' }, () => undefined)).toBe('jaarverslag-GM0928-2020.pdf');
      expect(readFileSync(join(map, 'jaarverslag-GM0928-2020.pdf'), 'utf8')).toBe('%PDF-1.7 verslag');
    } finally {
      process.chdir(hier);
    }
  });

  it('a refusal of the API is one line with its status and detail, and no file', async () => {
    await expect(rapportJaar({ api, token: 't', gemeente: 'GM1903', jaar: '2020', uit: join(map, 'x.pdf') }, () => undefined)).rejects.toThrow('403: U werkt niet voor gemeente GM1903');
    expect(() => readFileSync(join(map, 'x.pdf'))).toThrow();
  });

  it('PDF unless another format is given; one format only; the year and date checked before asking', () => {
    expect(jaarverslagUitvoer({ api, gemeente: 'GM0928', jaar: '2020' })).toBe('pdf');
    expect(jaarverslagUitvoer({ api, gemeente: 'GM0928', jaar: '2020', xlsx: true })).toBe('xlsx');
    expect(() => jaarverslagUitvoer({ api, gemeente: 'GM0928', jaar: '2020', pdf: true, html: true })).toThrow('kies één formaat, niet --pdf en --html');
    expect(() => jaarverslagUitvoer({ api, gemeente: 'GM0928' })).toThrow('--jaar');
    expect(() => jaarverslagUitvoer({ api, gemeente: 'GM0928', jaar: '2020', bekendOp: '14-01-2021' })).toThrow('--bekend-op neemt een datum JJJJ-MM-DD');
  });
});
