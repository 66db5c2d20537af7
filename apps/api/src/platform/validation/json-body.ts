import type { NextFunction, Request, Response } from 'express';
import { InvalidInput, UnreadableBody } from '../problem-details/api-errors';
import type { FieldProblem } from '../problem-details/problem';

/** An import request carries up to 1,000 commands (a policy alone is a few kB): more than Express's 100 kB default. */
export const JSON_BODY_LIMIT_MB = 8;

/** No request of this API nests deeper than a handful of levels; 32 leaves room and keeps validation's recursion safe. */
export const JSON_BODY_MAX_DEPTH = 32;

/** Keys that would reach an object's prototype when a body is merged or transformed; never a field of ours. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Runs right after the JSON body parser, before guards and validation: a body nested deeper than
 * {@link JSON_BODY_MAX_DEPTH} would overflow the stack of the (recursive) transformation and
 * validation, and a `__proto__`, `constructor` or `prototype` key would be dropped in silence.
 * Both are refused as 400 naming the field. The walk uses its own stack, so depth cannot overflow it.
 */
export function refuseUnsafeJsonBodies(request: Request, _response: Response, next: NextFunction): void {
  const problem = findUnsafePart(request.body);
  next(problem ? new InvalidInput([problem]) : undefined);
}

/** `application/json`, or a type that says it is JSON (`application/problem+json`), with or without a charset. */
const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

/**
 * Runs before the body parsers: every command of this API is JSON, so a request that carries a
 * body of another type (a form, text) is a 415 naming the type to send — left to the parsers, a
 * form-encoded body would pass as if it were JSON, and a text body arrive as `{}`.
 */
export function refuseNonJsonBodies(request: Request, _response: Response, next: NextFunction): void {
  const length = request.headers['content-length'];
  const hasBody = request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
  const type = request.headers['content-type'] ?? '';
  next(hasBody && !JSON_TYPE.test(type) ? new UnreadableBody(415, 'content-type', `Content-Type ${type || '(geen)'}`) : undefined);
}

/**
 * An error handler right after the body parsers: their errors (http-errors: `expose` set, a 4xx
 * `status`, mostly a `type`) become {@link UnreadableBody}, so the problem-details filter answers
 * them as the client's to fix. Left as they are, Nest turns a JSON syntax error into a bare 400
 * and the rest (encoding, charset, size) into a 500.
 */
export function typeBodyParserErrors(error: unknown, _request: Request, _response: Response, next: NextFunction): void {
  const { status, expose, type, message } = (error ?? {}) as { status?: unknown; expose?: unknown; type?: unknown; message?: unknown };
  const clientError = expose === true && (status === 400 || status === 413 || status === 415);
  next(clientError ? new UnreadableBody(status, typeof type === 'string' ? type : undefined, String(message)) : error);
}

/** A value met on the walk, with the way back to the body: a path is spelt only for the field refused. */
interface Part {
  readonly value: unknown;
  readonly depth: number;
  readonly key?: string;
  readonly parent?: Part;
}

function findUnsafePart(body: unknown): FieldProblem | undefined {
  const pending: Part[] = [{ value: body, depth: 0 }];
  for (let part = pending.pop(); part !== undefined; part = pending.pop()) {
    if (typeof part.value !== 'object' || part.value === null) continue;
    if (part.depth >= JSON_BODY_MAX_DEPTH) {
      const field = fieldOf(part);
      return { field, rule: 'te-diep-genest', detail: `Het veld ${field} is dieper genest dan ${JSON_BODY_MAX_DEPTH} niveaus; zo diep gaat geen opdracht` };
    }
    for (const [key, value] of Object.entries(part.value)) {
      const child = { value, depth: part.depth + 1, key, parent: part };
      if (FORBIDDEN_KEYS.has(key)) {
        const field = fieldOf(child);
        return { field, rule: 'verboden-veld', detail: `Het veld ${field} is niet toegestaan: ${key} is geen veld van een opdracht` };
      }
      pending.push(child);
    }
  }
  return undefined;
}

function fieldOf(part: Part): string {
  const keys: string[] = [];
  for (let at: Part | undefined = part; at?.key !== undefined; at = at.parent) keys.unshift(at.key);
  return keys.join('.');
}
