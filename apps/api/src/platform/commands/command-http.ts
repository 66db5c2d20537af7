import { ApiHeader } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { InvalidInput } from '../problem-details/api-errors';
import { commandFingerprint } from './command-fingerprint';
import type { CommandOutcome } from './command-pipeline';

export interface CommandHeaders {
  readonly commandId: string;
  /** With an `Idempotency-Key` only: what the key was used for, so its reuse for another command is refused. */
  readonly fingerprint?: string;
  readonly ifMatch?: number;
  readonly correlationId: string;
}

const idempotencyKeyPattern = /^[A-Za-z0-9._~-]{1,200}$/;

/**
 * Reads what HTTP says about a command: `Idempotency-Key` (the command id: a retry with the same
 * key and the same method, route and body gets the first answer again; the key with other content
 * is refused, see `commandFingerprint`), `If-Match` (the revision the caller saw, as given in the
 * ETag), and the correlation id that follows the request into the events and the logs.
 */
export function commandHeaders(request: Request, bodyCommandId?: string): CommandHeaders {
  const key = request.header('idempotency-key')?.trim();
  if (key !== undefined && !idempotencyKeyPattern.test(key)) {
    throw new InvalidInput([
      { field: 'Idempotency-Key', rule: 'formaat', detail: 'Gebruik 1 tot 200 tekens: letters, cijfers, . _ ~ of - (bijvoorbeeld een UUID)' },
    ]);
  }
  const ifMatchHeader = request.header('if-match')?.trim();
  let ifMatch: number | undefined;
  if (ifMatchHeader !== undefined && ifMatchHeader !== '*') {
    const match = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatchHeader);
    if (!match) {
      throw new InvalidInput([{ field: 'If-Match', rule: 'formaat', detail: 'Geef de ETag van de zaak terug, bijvoorbeeld "3"' }]);
    }
    ifMatch = Number(match[1]);
  }
  return {
    commandId: key ?? bodyCommandId ?? randomUUID(),
    ...(key === undefined ? {} : { fingerprint: commandFingerprint(request) }),
    ifMatch,
    correlationId: String(request.id ?? randomUUID()),
  };
}

export function etagOf(revision: number): string {
  return `"${revision}"`;
}

/** Answers a command: its outcome, the ETag of the new revision, 201 for a new case. */
export function sendOutcome(response: Response, outcome: CommandOutcome, created: boolean, location?: string): void {
  response.setHeader('ETag', etagOf(outcome.revision));
  if (created && location) response.setHeader('Location', location);
  response.status(created && !outcome.alreadyProcessed ? 201 : 200).json(outcome);
}

/** The `Idempotency-Key` header as every command route documents it in the OpenAPI document. */
export const ApiIdempotencyKey = (): ClassDecorator & MethodDecorator =>
  ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Herhaal een opdracht veilig: dezelfde sleutel met dezelfde opdracht geeft het eerste antwoord; dezelfde sleutel met een andere opdracht geeft 422 (idempotency-key/andere-inhoud)',
  });
