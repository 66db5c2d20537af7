import type { Principal } from '@handhaving/auth';
import type { EventStore } from '@handhaving/event-store';

/*
 * Every action on the queue board (promote, retry, remove, clean, pause, …) is recorded, before
 * the board carries it out, on one append-only stream for the installation: the board moves the
 * reminders of every gemeente. Only the board appends to it; no read model subscribes to it (its
 * prefix is no context's and its event type no projection's).
 */

export const WACHTRIJBEHEER_STREAM = 'wachtrijbeheer';

/** An action asked of the board by an installatiebeheerder; when: the store's `recordedAt`. */
export interface WachtrijActieOpgedragen {
  readonly type: 'WachtrijActieOpgedragen';
  /** The user (the token's subject). */
  readonly door: string;
  readonly rollen: readonly string[];
  /** The HTTP method and bull-board's action, e.g. PUT promote, PUT retry, PUT clean, PATCH update-data. */
  readonly methode: string;
  readonly actie: string;
  /** The queue, absent for an action over every queue (pause or resume all). */
  readonly wachtrij?: string;
  /** The job, absent for an action over a whole queue. */
  readonly jobId?: string;
  /** For an action over every job of a queue in one state (retry or clean all failed, …). */
  readonly jobstatus?: string;
  /** The request's path, as it came (the board's base path included). */
  readonly pad: string;
}

const LEZEN = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request to the board changes something (bull-board's API answers reads with GET only). */
export function isWachtrijActie(methode: string, pad: string): boolean {
  return !LEZEN.has(methode.toUpperCase()) && /^\/api\//.test(pad);
}

/**
 * Reads bull-board's API path (below the base path) the way its router does, in its order: the
 * actions over every queue, over a queue in a state (`retry/:status`, `clean/:status`) or a queue
 * setting, before those on one job (`:queueName/:jobId/:action`).
 */
export function leesActie(methode: string, pad: string, basispad: string): Omit<WachtrijActieOpgedragen, 'type' | 'door' | 'rollen'> {
  const delen = pad.split('/').filter((deel) => deel !== '').map(ontcijfer);
  const [, soort, wachtrij, ...rest] = delen;
  const volledig = `${basispad}${pad}`;
  const basis = { methode: methode.toUpperCase(), pad: volledig };
  if (soort !== 'queues' || wachtrij === undefined) return { ...basis, actie: delen.slice(1).join('/') };
  if (rest.length === 0) return { ...basis, actie: wachtrij }; // PUT /api/queues/pause, /resume: every queue
  const [eerste, tweede, ...verder] = rest;
  if ((eerste === 'retry' || eerste === 'clean') && tweede !== undefined && verder.length === 0) return { ...basis, actie: eerste, wachtrij, jobstatus: tweede };
  if (rest.length === 1 || eerste === 'rate-limit' || eerste === 'job-schedulers') return { ...basis, actie: rest.join('/'), wachtrij };
  return { ...basis, actie: [tweede, ...verder].join('/'), wachtrij, jobId: eerste };
}

function ontcijfer(deel: string): string {
  try {
    return decodeURIComponent(deel);
  } catch {
    return deel;
  }
}

/** Records one action; resolves once the store has it, so the board acts only on what is recorded. */
export async function legWachtrijActieVast(
  store: EventStore,
  principal: Principal,
  actie: Omit<WachtrijActieOpgedragen, 'type' | 'door' | 'rollen'>,
  correlationId: string,
): Promise<void> {
  const event: WachtrijActieOpgedragen = { type: 'WachtrijActieOpgedragen', door: principal.userId, rollen: principal.rollen, ...actie };
  const { type, ...data } = event;
  await store.appendToStream(WACHTRIJBEHEER_STREAM, [{ type, data }], {
    expectedRevision: 'any',
    metadata: { userId: principal.userId, correlationId },
  });
}
