import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { antwoordProbleem, type Veldprobleem } from './probleem';

/** The board's bodies are a job's data or a setting: a few kB. */
export const BOARD_BODY_LIMIT_BYTES = 100 * 1024;

/** No body of the board nests deeper than a job's data; 32 levels leave room (the API's limit too). */
export const BOARD_BODY_MAX_DEPTH = 32;

/** Keys that would reach an object's prototype when a body is merged; never a field of the board's. */
const VERBODEN_SLEUTELS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads the board's request bodies before bull-board does (its own parser then finds the body
 * read and leaves it): JSON in UTF-8 only, uncompressed (415 otherwise), at most 100 kB (413),
 * readable (400), no deeper than {@link BOARD_BODY_MAX_DEPTH} and without prototype keys (400
 * naming the field). Every refusal is problem+json; left to bull-board, a too-large body got its
 * own error shape and a 10,000-deep body was taken as a job's data.
 */
export const boardBody: RequestHandler = (request, response, next) => {
  const lengte = request.headers['content-length'] === undefined ? undefined : Number(request.headers['content-length']);
  if (request.headers['transfer-encoding'] === undefined && (lengte === undefined || lengte === 0)) return next();
  const soort = request.headers['content-type'];
  if (request.is('application/json') === false || soort === undefined) {
    return weigerEnLaatLopen(request, () => antwoordProbleem(response, 415, `Stuur de inhoud als application/json, niet als ${soort ?? '(geen Content-Type)'}`));
  }
  const tekenset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(soort)?.[1]?.toLowerCase();
  if (tekenset !== undefined && tekenset !== 'utf-8' && tekenset !== 'utf8') {
    return weigerEnLaatLopen(request, () => antwoordProbleem(response, 415, `De tekenset ${tekenset} wordt niet ondersteund; stuur de inhoud als UTF-8`));
  }
  const codering = request.headers['content-encoding']?.toLowerCase();
  if (codering !== undefined && codering !== 'identity') {
    return weigerEnLaatLopen(request, () => antwoordProbleem(response, 415, `Content-Encoding ${codering} wordt niet ondersteund; stuur de inhoud ongecomprimeerd`));
  }
  const teGroot = (): void => antwoordProbleem(response, 413, `De inhoud is groter dan ${BOARD_BODY_LIMIT_BYTES / 1024} kB; zo groot is geen verzoek aan het wachtrijbord`);
  if (lengte !== undefined && lengte > BOARD_BODY_LIMIT_BYTES) return weigerEnLaatLopen(request, teGroot);

  const stukken: Buffer[] = [];
  let gelezen = 0;
  const opData = (stuk: Buffer): void => {
    gelezen += stuk.length;
    if (gelezen > BOARD_BODY_LIMIT_BYTES) {
      klaar();
      weigerEnLaatLopen(request, teGroot);
      return;
    }
    stukken.push(stuk);
  };
  const opEinde = (): void => {
    klaar();
    leesJson(Buffer.concat(stukken).toString('utf8'), request, response, next);
  };
  const opFout = (error: Error): void => {
    klaar();
    next(error);
  };
  const klaar = (): void => {
    request.off('data', opData).off('end', opEinde).off('error', opFout);
  };
  request.on('data', opData).on('end', opEinde).on('error', opFout);
};

function leesJson(tekst: string, request: Request, response: Response, next: NextFunction): void {
  let body: unknown;
  try {
    body = JSON.parse(tekst);
  } catch (error) {
    return antwoordProbleem(response, 400, `De inhoud is geen leesbare JSON: ${(error as Error).message}`);
  }
  // Only objects and arrays, as body-parser's strict mode.
  if (typeof body !== 'object' || body === null) return antwoordProbleem(response, 400, 'De inhoud is geen JSON-object');
  const probleem = onveiligDeel(body);
  if (probleem !== undefined) return antwoordProbleem(response, 400, probleem.detail, [probleem]);
  request.body = body;
  next();
}

/** Answers at once and lets the rest of the body run off, so the connection can serve the next request. */
function weigerEnLaatLopen(request: Request, antwoord: () => void): void {
  antwoord();
  request.resume();
}

/** A value met on the walk, with the way back to the body: the path is spelt only for the field refused. */
interface Deel {
  readonly waarde: unknown;
  readonly diepte: number;
  readonly sleutel?: string;
  readonly ouder?: Deel;
}

/** Walks the body with its own stack, so that depth cannot overflow the call stack. */
function onveiligDeel(body: unknown): Veldprobleem | undefined {
  const open: Deel[] = [{ waarde: body, diepte: 0 }];
  for (let deel = open.pop(); deel !== undefined; deel = open.pop()) {
    if (typeof deel.waarde !== 'object' || deel.waarde === null) continue;
    if (deel.diepte >= BOARD_BODY_MAX_DEPTH) {
      const field = veldVan(deel);
      return { field, rule: 'te-diep-genest', detail: `Het veld ${field} is dieper genest dan ${BOARD_BODY_MAX_DEPTH} niveaus; zo diep gaat geen verzoek aan het wachtrijbord` };
    }
    for (const [sleutel, waarde] of Object.entries(deel.waarde)) {
      const kind: Deel = { waarde, diepte: deel.diepte + 1, sleutel, ouder: deel };
      if (VERBODEN_SLEUTELS.has(sleutel)) {
        const field = veldVan(kind);
        return { field, rule: 'verboden-veld', detail: `Het veld ${field} is niet toegestaan: ${sleutel} is geen veld van een verzoek aan het wachtrijbord` };
      }
      open.push(kind);
    }
  }
  return undefined;
}

function veldVan(deel: Deel): string {
  const sleutels: string[] = [];
  for (let bij: Deel | undefined = deel; bij?.sleutel !== undefined; bij = bij.ouder) sleutels.unshift(bij.sleutel);
  return sleutels.join('.');
}
