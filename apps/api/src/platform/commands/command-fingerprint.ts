import { createHash } from 'node:crypto';
import type { Request } from 'express';

/**
 * What an `Idempotency-Key` was used for, as the IETF Idempotency-Key draft describes: the method,
 * the route with its params (`POST /api/damocles/zaken/:zaakId/voornemen` + the zaakId) and the
 * body in canonical form, hashed with SHA-256. Stored beside the command id in the events'
 * metadata, so a reuse of the key for another command is recognised, also after a restart.
 */
export function commandFingerprint(request: Request): string {
  const route: unknown = request.route?.path;
  const what = {
    method: request.method,
    route: `${request.baseUrl}${typeof route === 'string' ? route : request.path}`,
    params: request.params,
    // No body and an empty body are the same command.
    body: request.body ?? {},
  };
  return createHash('sha256').update(canonicalJson(what)).digest('hex');
}

/** JSON with the keys of every object sorted: the same data gives the same text, whatever order the client sent. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${fields.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
