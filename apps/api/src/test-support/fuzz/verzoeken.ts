import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import type { OpenApiDocument, Operatie, Parameter } from './openapi-operaties';
import { extraSleutel, geldigeWaarde, groteWaarde, ongeldigeWaarde, type Woordenboek } from './waarden';

/**
 * One request the fuzzer sends: a route's path, query, headers and body — mostly plausible, with
 * one thing wrong (a value, a missing field, an extra key, a size, an encoding) or none.
 */
export interface Verzoek {
  readonly methode: Operatie['methode'];
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer;
  /** What was done to it, for the findings: `geldig`, `vervangen:pand.huisnummer`, `codering:gzip-onzin`… */
  readonly soort: string;
  readonly token: TokenKeuze;
}

/** Whose token goes with it: a role of the own gemeente, every role, another gemeente's, none or a forged one. */
export type TokenKeuze = { readonly soort: 'rol'; readonly rol: string } | { readonly soort: 'alle-rollen' | 'vreemde-gemeente' | 'geen' | 'onzin' };

export interface VerzoekContext {
  readonly document: OpenApiDocument;
  readonly woordenboek: Woordenboek;
  /** Ids the API holds, by the path a case lives under (`/api/damocles/zaken`), for `{zaakId}`. */
  readonly zaakIds: ReadonlyMap<string, readonly string[]>;
  readonly rollen: readonly string[];
}

type Mutatie =
  | { readonly soort: 'geen' }
  | { readonly soort: 'vervangen'; readonly plek: number; readonly waarde: unknown }
  | { readonly soort: 'groot'; readonly plek: number; readonly waarde: unknown }
  | { readonly soort: 'weg'; readonly plek: number }
  | { readonly soort: 'extra'; readonly plek: number; readonly sleutel: string; readonly waarde: unknown }
  | { readonly soort: 'rommel'; readonly waarde: unknown }
  | { readonly soort: 'codering'; readonly codering: Codering };

type Codering = 'tekst' | 'formulier' | 'formulier-diep' | 'gzip-onzin' | 'gzip-goed' | 'utf16' | 'latin1' | 'bom' | 'leeg' | 'geen-type' | 'ongeldige-utf8' | 'afgekapt';

const mutatie: fc.Arbitrary<Mutatie> = fc.oneof(
  { arbitrary: fc.constant({ soort: 'geen' as const }), weight: 6 },
  { arbitrary: fc.record({ soort: fc.constant('vervangen' as const), plek: fc.nat(), waarde: ongeldigeWaarde }), weight: 6 },
  { arbitrary: fc.record({ soort: fc.constant('weg' as const), plek: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ soort: fc.constant('extra' as const), plek: fc.nat(), sleutel: extraSleutel, waarde: fc.jsonValue({ maxDepth: 1 }) }), weight: 1 },
  { arbitrary: fc.record({ soort: fc.constant('groot' as const), plek: fc.nat(), waarde: groteWaarde }), weight: 1 },
  { arbitrary: fc.record({ soort: fc.constant('rommel' as const), waarde: fc.constantFrom<unknown>(null, [], 'tekst', 42, true, [{}]) }), weight: 1 },
  {
    arbitrary: fc.record({
      soort: fc.constant('codering' as const),
      codering: fc.constantFrom<Codering>('tekst', 'formulier', 'formulier-diep', 'gzip-onzin', 'gzip-goed', 'utf16', 'latin1', 'bom', 'leeg', 'geen-type', 'ongeldige-utf8', 'afgekapt'),
    }),
    weight: 2,
  },
);

const tokenKeuze = (rollen: readonly string[]): fc.Arbitrary<TokenKeuze> =>
  fc.oneof(
    { arbitrary: fc.constant({ soort: 'alle-rollen' as const }), weight: 5 },
    { arbitrary: fc.constantFrom(...rollen).map((rol) => ({ soort: 'rol' as const, rol })), weight: 3 },
    { arbitrary: fc.constant({ soort: 'vreemde-gemeente' as const }), weight: 2 },
    { arbitrary: fc.constantFrom({ soort: 'geen' as const }, { soort: 'onzin' as const }), weight: 1 },
  );

const rarePadwaarde = fc.constantFrom('..', '%2e%2e', '%2F', 'x'.repeat(2_000), '%00', ' ', '%E0%A4%A', 'GM0928', "';--", '%25');

/** Every request the fuzzer may send to one route. */
export function verzoekVoor(operatie: Operatie, context: VerzoekContext): fc.Arbitrary<Verzoek> {
  const padParameters = operatie.parameters.filter((parameter) => parameter.plek === 'path');
  const queryParameters = operatie.parameters.filter((parameter) => parameter.plek === 'query');
  const pad = fc.tuple(...padParameters.map((parameter) => padwaarde(operatie, parameter, context)));
  const query = fc.tuple(...queryParameters.map((parameter) => querywaarde(parameter, context)));
  const body = operatie.body === undefined ? fc.constant(undefined) : geldigeWaarde(operatie.body, context.document, context.woordenboek);
  const headers = fc.record(
    {
      idempotencyKey: fc.oneof(fc.uuid(), fc.constantFrom('x', 'k'.repeat(1_000), 'sleutel met spaties', 'hergebruikt')),
      ifMatch: fc.constantFrom('"0"', '"1"', 'W/"1"', '*', 'onzin', '"-1"'),
    },
    { requiredKeys: [] },
  );
  return fc
    .record({ pad, query, body, headers, mutatie: operatie.body === undefined ? fc.constant<Mutatie>({ soort: 'geen' }) : mutatie, token: tokenKeuze(context.rollen) })
    .map(({ pad: padwaarden, query: querywaarden, body: geldig, headers: kop, mutatie: m, token }) => {
      let url = operatie.pad;
      padParameters.forEach((parameter, index) => (url = url.replace(`{${parameter.naam}}`, padwaarden[index] as string)));
      const zoek = queryParameters.flatMap((parameter, index) => {
        const waarde = querywaarden[index];
        if (waarde === undefined) return [];
        return (Array.isArray(waarde) ? waarde : [waarde]).map((deel) => `${encodeURIComponent(parameter.naam)}=${procentCodeer(String(deel))}`);
      });
      if (zoek.length > 0) url += `?${zoek.join('&')}`;
      const headerWaarden: Record<string, string> = {};
      if (kop.idempotencyKey !== undefined && operatie.methode !== 'get') headerWaarden['Idempotency-Key'] = kop.idempotencyKey;
      if (kop.ifMatch !== undefined && operatie.methode !== 'get') headerWaarden['If-Match'] = kop.ifMatch;
      if (operatie.body === undefined) return { methode: operatie.methode, url, headers: headerWaarden, soort: 'zonder-body', token };
      const { bytes, soort, contentType, extraHeaders } = lichaam(geldig, m);
      if (contentType !== undefined) headerWaarden['Content-Type'] = contentType;
      return { methode: operatie.methode, url, headers: { ...headerWaarden, ...extraHeaders }, body: bytes, soort, token };
    });
}

function padwaarde(operatie: Operatie, parameter: Parameter, context: VerzoekContext): fc.Arbitrary<string> {
  const gekend = parameter.naam === 'zaakId' ? context.zaakIds.get(operatie.pad.slice(0, operatie.pad.indexOf('/{zaakId}'))) : context.woordenboek.get(parameter.naam)?.map(String);
  const geldig = gekend !== undefined && gekend.length > 0 ? fc.constantFrom(...gekend) : fc.oneof(fc.uuid(), geldigeWaarde(parameter.schema, context.document, context.woordenboek).map(String));
  return fc.oneof(
    { arbitrary: geldig.map(procentCodeer), weight: 8 },
    { arbitrary: fc.uuid(), weight: 1 },
    { arbitrary: rarePadwaarde, weight: 1 },
  );
}

/** Percent-encoded; a lone surrogate (which `encodeURIComponent` refuses) as the UTF-8 bytes Node sends for it. */
function procentCodeer(waarde: string): string {
  try {
    return encodeURIComponent(waarde);
  } catch {
    return [...Buffer.from(waarde, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  }
}

function querywaarde(parameter: Parameter, context: VerzoekContext): fc.Arbitrary<unknown> {
  const geldig = geldigeWaarde(parameter.schema, context.document, context.woordenboek, parameter.naam);
  return fc.oneof(
    { arbitrary: geldig, weight: 6 },
    { arbitrary: fc.constant(undefined), weight: 3 },
    { arbitrary: ongeldigeWaarde.map((waarde) => (typeof waarde === 'object' && waarde !== null ? JSON.stringify(waarde) : waarde)), weight: 2 },
    { arbitrary: fc.tuple(geldig, geldig), weight: 1 },
  );
}

interface Lichaam {
  readonly bytes: Buffer;
  readonly soort: string;
  readonly contentType?: string;
  readonly extraHeaders?: Readonly<Record<string, string>>;
}

const JSON_TYPE = 'application/json';

function lichaam(geldig: unknown, m: Mutatie): Lichaam {
  const tekst = (waarde: unknown): Buffer => Buffer.from(JSON.stringify(waarde) ?? 'null', 'utf8');
  switch (m.soort) {
    case 'geen':
      return { bytes: tekst(geldig), soort: 'geldig', contentType: JSON_TYPE };
    case 'rommel':
      return { bytes: tekst(m.waarde), soort: `rommel:${JSON.stringify(m.waarde)}`, contentType: JSON_TYPE };
    case 'codering':
      return codering(tekst(geldig), m.codering);
    case 'vervangen':
    case 'groot':
    case 'weg':
    case 'extra': {
      const kopie = structuredClone(geldig);
      const plekken = plekkenIn(kopie);
      const plek = plekken[m.plek % plekken.length] as Plek;
      return { bytes: tekst(pasToe(kopie, plek, m)), soort: `${m.soort}:${plek.pad.join('.') || '(body)'}`, contentType: JSON_TYPE };
    }
  }
}

function codering(json: Buffer, soort: Codering): Lichaam {
  const als = (bytes: Buffer, contentType?: string, extraHeaders?: Record<string, string>): Lichaam => ({
    bytes,
    soort: `codering:${soort}`,
    ...(contentType === undefined ? {} : { contentType }),
    ...(extraHeaders === undefined ? {} : { extraHeaders }),
  });
  switch (soort) {
    case 'tekst':
      return als(json, 'text/plain');
    case 'formulier':
      return als(Buffer.from('gemeente=GM0928&pand[postcode]=6461AB&vondsten[0][categorie]=harddrugs'), 'application/x-www-form-urlencoded');
    case 'formulier-diep':
      return als(Buffer.from(`a${'[b]'.repeat(200)}=1&${'c[]=1&'.repeat(2_000)}`), 'application/x-www-form-urlencoded');
    case 'gzip-onzin':
      return als(json, JSON_TYPE, { 'Content-Encoding': 'gzip' });
    case 'gzip-goed':
      return als(gzipSync(json), JSON_TYPE, { 'Content-Encoding': 'gzip' });
    case 'utf16':
      return als(Buffer.from(json.toString('utf8'), 'utf16le'), 'application/json; charset=utf-16');
    case 'latin1':
      return als(Buffer.from(json.toString('utf8'), 'latin1'), 'application/json; charset=iso-8859-1');
    case 'bom':
      return als(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), json]), JSON_TYPE);
    case 'leeg':
      return als(Buffer.alloc(0), JSON_TYPE);
    case 'geen-type':
      return als(json);
    case 'ongeldige-utf8':
      return als(Buffer.concat([Buffer.from('{"gemeente":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]), JSON_TYPE);
    case 'afgekapt':
      return als(json.subarray(0, Math.max(1, Math.floor(json.length / 2))), JSON_TYPE);
  }
}

interface Plek {
  readonly pad: readonly (string | number)[];
  readonly ouder?: Record<string, unknown> | unknown[];
  readonly sleutel?: string | number;
  readonly waarde: unknown;
}

function plekkenIn(waarde: unknown, pad: (string | number)[] = [], ouder?: Plek['ouder'], sleutel?: string | number): Plek[] {
  const hier: Plek = { pad, waarde, ...(ouder === undefined ? {} : { ouder }), ...(sleutel === undefined ? {} : { sleutel }) };
  if (Array.isArray(waarde)) return [hier, ...waarde.flatMap((deel, index) => plekkenIn(deel, [...pad, index], waarde, index))];
  if (typeof waarde === 'object' && waarde !== null) {
    const object = waarde as Record<string, unknown>;
    return [hier, ...Object.keys(object).flatMap((naam) => plekkenIn(object[naam], [...pad, naam], object, naam))];
  }
  return [hier];
}

/** The body with the mutation applied at one place (the whole body when the place is the root). */
function pasToe(body: unknown, plek: Plek, m: Extract<Mutatie, { plek: number }>): unknown {
  const { ouder, sleutel } = plek;
  switch (m.soort) {
    case 'vervangen':
    case 'groot':
      if (ouder === undefined || sleutel === undefined) return m.waarde;
      zet(ouder, sleutel, m.waarde);
      return body;
    case 'weg':
      if (ouder === undefined || sleutel === undefined) return undefined;
      if (Array.isArray(ouder)) ouder.splice(Number(sleutel), 1);
      else delete ouder[sleutel];
      return body;
    case 'extra': {
      const doel = typeof plek.waarde === 'object' && plek.waarde !== null && !Array.isArray(plek.waarde) ? (plek.waarde as Record<string, unknown>) : undefined;
      if (doel !== undefined) zet(doel, m.sleutel, m.waarde);
      return body;
    }
  }
}

/** An own, enumerable property, also for `__proto__` (assignment would set the prototype instead). */
function zet(doel: Record<string, unknown> | unknown[], sleutel: string | number, waarde: unknown): void {
  Object.defineProperty(doel, sleutel, { value: waarde, enumerable: true, writable: true, configurable: true });
}

