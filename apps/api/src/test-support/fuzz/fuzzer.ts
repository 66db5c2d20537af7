import { rollen } from '@handhaving/auth';
import fc from 'fast-check';
import type { Test } from 'supertest';
import { stelVoorbeeldbeleidVast } from '../damocles';
import type { TestApi } from '../test-api';
import { operatiesUit, opdrachtVan, type OpenApiDocument, type Operatie } from './openapi-operaties';
import { verzoekVoor, type TokenKeuze, type Verzoek, type VerzoekContext } from './verzoeken';
import { geldigeWaarde } from './waarden';

/**
 * A fuzzer over every route of the OpenAPI document, against the real API and store. What it
 * holds the API to, for every request:
 * - no answer is a 500;
 * - every error is problem+json (type, title and the same status);
 * - a refused request appends nothing (no event carries its correlation id);
 * - no token, a forged token or another gemeente's token never gets a 2xx for Kerkrade's data.
 */

export interface FuzzBudget {
  /** Requests per route. */
  readonly perRoute: number;
  /** Stop starting new requests after this many milliseconds. */
  readonly maxMs: number;
  readonly seed: number;
}

export interface Bevinding {
  readonly regel: 'geen-500' | 'problem-json' | 'niets-toegevoegd' | 'geen-toegang';
  readonly route: string;
  readonly status: number;
  /** How to send it again: method, url, token, what was done to the body, the first bytes of the body and the answer. */
  readonly verzoek: string;
  readonly antwoord: string;
}

export interface FuzzRapport {
  readonly seed: number;
  readonly routes: number;
  readonly verzoeken: number;
  readonly perStatus: ReadonlyMap<number, number>;
  /** Routes that answered 2xx at least once (the fuzzer got past validation there). */
  readonly routesMet2xx: number;
  /** Kinds of case the fuzzer opened before it began, for their steps to act on. */
  readonly zaaksoorten: number;
  readonly bevindingen: readonly Bevinding[];
  readonly ms: number;
}

const EIGEN = 'GM0928';
const VREEMD = 'GM1903';
/** Fields that name a betrokkene: the seeded one, so requests reach the deciders. */
const BETROKKENE_VELDEN = ['betrokkeneId', 'overtrederId', 'aanvragerId', 'eigenaarId', 'exploitantId'];

export async function fuzz(api: TestApi, budget: FuzzBudget): Promise<FuzzRapport> {
  const begin = Date.now();
  const document = (await api.http().get('/api/docs-json').expect(200)).body as OpenApiDocument;
  const operaties = operatiesUit(document);
  const tokens = await tokensVoor(api);
  const bekend = await zaai(api, tokens, operaties, document, budget.seed);

  const context: VerzoekContext = { document, woordenboek: bekend.woordenboek, zaakIds: bekend.zaakIds, rollen };
  const perOperatie = operaties.map((operatie, index) => fc.sample(verzoekVoor(operatie, context), { seed: budget.seed + index, numRuns: budget.perRoute }));
  const perStatus = new Map<number, number>();
  const met2xx = new Set<string>();
  const bevindingen = new Map<string, Bevinding>();
  let verzoeken = 0;

  for (let ronde = 0; ronde < budget.perRoute && Date.now() - begin < budget.maxMs; ronde++) {
    for (const [index, operatie] of operaties.entries()) {
      const verzoek = perOperatie[index]?.[ronde];
      if (verzoek === undefined) continue;
      const correlatie = `fuzz-${budget.seed}-${++verzoeken}`;
      const head = await api.eventStore().readHeadPosition();
      const antwoord = await stuur(api, verzoek, tokens, correlatie);
      perStatus.set(antwoord.status, (perStatus.get(antwoord.status) ?? 0) + 1);
      if (antwoord.status < 300) met2xx.add(opdrachtVan(operatie));
      for (const bevinding of await beoordeel(api, operatie, verzoek, antwoord, correlatie, head, bekend.eigenIds)) {
        const sleutel = `${bevinding.route} ${bevinding.regel} ${bevinding.status}`;
        if (!bevindingen.has(sleutel)) bevindingen.set(sleutel, bevinding);
      }
    }
  }
  return { seed: budget.seed, routes: operaties.length, verzoeken, perStatus, routesMet2xx: met2xx.size, zaaksoorten: bekend.zaakIds.size, bevindingen: [...bevindingen.values()], ms: Date.now() - begin };
}

type Tokens = (keuze: TokenKeuze) => string | undefined;

async function tokensVoor(api: TestApi): Promise<Tokens> {
  const perRol = new Map<string, string>();
  for (const rol of rollen) perRol.set(rol, await api.token([rol], [EIGEN], `fuzz-${rol}`));
  const alle = await api.token([...rollen], [EIGEN], 'fuzz-alle-rollen');
  const vreemd = await api.token([...rollen], [VREEMD], 'fuzz-vreemd');
  return (keuze) => {
    switch (keuze.soort) {
      case 'rol':
        return perRol.get(keuze.rol);
      case 'alle-rollen':
        return alle;
      case 'vreemde-gemeente':
        return vreemd;
      case 'geen':
        return undefined;
      case 'onzin':
        return 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiYmVoZWVyIl19.';
    }
  };
}

interface Bekend {
  readonly woordenboek: Map<string, unknown[]>;
  readonly zaakIds: Map<string, string[]>;
  /** Every id of Kerkrade's data in the store: no other gemeente's token may read or change them. */
  readonly eigenIds: readonly string[];
}

/**
 * Kerkrade's policy, a betrokkene and a case of every kind that opens one, so that the fuzzed
 * steps find a case to act on. A case is opened with plausible bodies from the document until one
 * is accepted; a kind for which none is, is fuzzed against unknown ids only.
 */
async function zaai(api: TestApi, tokens: Tokens, operaties: readonly Operatie[], document: OpenApiDocument, seed: number): Promise<Bekend> {
  await stelVoorbeeldbeleidVast(api, EIGEN);
  const alle = tokens({ soort: 'alle-rollen' }) as string;
  const betrokkene = (await api.http().post('/api/betrokkenen').set('Authorization', `Bearer ${alle}`).send({ gemeente: EIGEN, soort: 'persoon', naam: 'F. Uzzer' }).expect(201)).body as { betrokkeneId: string };
  const agenda = (await api.http().get('/api/termijnen/agenda-link').set('Authorization', `Bearer ${alle}`).expect(200)).body as { url: string };
  const agendaToken = /agenda\/(.+)\.ics$/.exec(agenda.url)?.[1];
  const woordenboek = new Map<string, unknown[]>([
    ...BETROKKENE_VELDEN.map((veld): [string, unknown[]] => [veld, [betrokkene.betrokkeneId]]),
    ['gemeente', [EIGEN]],
    ['opdracht', operaties.filter((operatie) => operatie.methode !== 'get').map(opdrachtVan)],
    ['token', agendaToken === undefined ? [] : [agendaToken]],
  ]);
  const zaakIds = new Map<string, string[]>();
  const openen = operaties.filter((operatie) => operatie.methode === 'post' && operatie.pad.endsWith('/zaken') && operatie.body !== undefined);
  for (const [index, operatie] of openen.entries()) {
    const pogingen = fc.sample(geldigeWaarde(operatie.body ?? {}, document, woordenboek), { seed: seed + 10_000 + index, numRuns: 40 });
    for (const body of pogingen) {
      const antwoord = await api.http().post(operatie.pad).set('Authorization', `Bearer ${alle}`).send(body as object);
      const zaakId = (antwoord.body as { zaakId?: unknown }).zaakId;
      if (antwoord.status === 201 && typeof zaakId === 'string') {
        zaakIds.set(operatie.pad, [...(zaakIds.get(operatie.pad) ?? []), zaakId]);
        if ((zaakIds.get(operatie.pad)?.length ?? 0) >= 2) break;
      }
    }
  }
  const eigenIds = [betrokkene.betrokkeneId, ...[...zaakIds.values()].flat()];
  return { woordenboek, zaakIds, eigenIds };
}

interface Antwoord {
  readonly status: number;
  readonly contentType: string;
  readonly tekst: string;
}

async function stuur(api: TestApi, verzoek: Verzoek, tokens: Tokens, correlatie: string): Promise<Antwoord> {
  let request: Test = api.http()[verzoek.methode](verzoek.url).set('X-Correlation-Id', correlatie);
  const token = tokens(verzoek.token);
  if (token !== undefined) request = request.set('Authorization', `Bearer ${token}`);
  for (const [naam, waarde] of Object.entries(verzoek.headers)) request = request.set(naam, waarde);
  // The bytes as they are: supertest would serialise a Buffer as JSON.
  if (verzoek.body !== undefined) request = request.serialize((rauw: unknown) => rauw as string).send(verzoek.body as unknown as string);
  const response = await request.buffer(true).parse((res, klaar) => {
    const delen: Buffer[] = [];
    res.on('data', (deel: Buffer) => delen.push(deel));
    res.on('end', () => klaar(null, Buffer.concat(delen).toString('utf8')));
  });
  return { status: response.status, contentType: String(response.headers['content-type'] ?? ''), tekst: response.body as string };
}

async function beoordeel(api: TestApi, operatie: Operatie, verzoek: Verzoek, antwoord: Antwoord, correlatie: string, head: bigint, eigenIds: readonly string[]): Promise<Bevinding[]> {
  const bevindingen: Bevinding[] = [];
  const vind = (regel: Bevinding['regel']): void => {
    bevindingen.push({ regel, route: opdrachtVan(operatie), status: antwoord.status, verzoek: beschrijf(verzoek), antwoord: antwoord.tekst.slice(0, 400) });
  };
  if (antwoord.status >= 500) vind('geen-500');
  if (antwoord.status >= 400 && !isProblem(antwoord)) vind('problem-json');
  if (antwoord.status >= 400) {
    const nieuw = await api.eventStore().readAll({ after: head });
    if (nieuw.some((event) => event.metadata.correlationId === correlatie || String(event.metadata.correlationId ?? '').startsWith(`${correlatie}.`))) vind('niets-toegevoegd');
  }
  if (antwoord.status < 300 && operatie.beveiligd && geenToegangVerwacht(verzoek, eigenIds)) vind('geen-toegang');
  return bevindingen;
}

function isProblem(antwoord: Antwoord): boolean {
  if (!antwoord.contentType.startsWith('application/problem+json')) return false;
  try {
    const problem = JSON.parse(antwoord.tekst) as { type?: unknown; title?: unknown; status?: unknown };
    return typeof problem.type === 'string' && typeof problem.title === 'string' && problem.status === antwoord.status;
  } catch {
    return false;
  }
}

/** No token, a forged one, or another gemeente's token asking for (or about) Kerkrade's data. */
function geenToegangVerwacht(verzoek: Verzoek, eigenIds: readonly string[]): boolean {
  if (verzoek.token.soort === 'geen' || verzoek.token.soort === 'onzin') return true;
  if (verzoek.token.soort !== 'vreemde-gemeente') return false;
  const url = decodeURIComponent(verzoek.url);
  if (eigenIds.some((id) => url.includes(id)) || url.includes(`gemeente=${EIGEN}`) || url.includes(`/${EIGEN}/`)) return true;
  if (verzoek.methode === 'get' || verzoek.body === undefined) return false;
  try {
    const body = JSON.parse(verzoek.body.toString('utf8')) as { gemeente?: unknown };
    return body?.gemeente === EIGEN;
  } catch {
    return false;
  }
}

function beschrijf(verzoek: Verzoek): string {
  const body = verzoek.body === undefined ? '' : ` body(${verzoek.body.length} B)=${verzoek.body.subarray(0, 300).toString('utf8')}`;
  return `${verzoek.methode.toUpperCase()} ${verzoek.url.slice(0, 200)} token=${verzoek.token.soort === 'rol' ? verzoek.token.rol : verzoek.token.soort} ${verzoek.soort} headers=${JSON.stringify(verzoek.headers).slice(0, 200)}${body}`;
}
