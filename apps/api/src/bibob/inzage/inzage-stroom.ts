import type { Principal } from '@handhaving/auth';
import type { EventStore } from '@handhaving/event-store';

/*
 * Art. 28 Wet Bibob: every read of a toets's contents is recorded, before the contents are
 * answered, on an append-only stream per gemeente. Its prefix is not `bibob-`: the Bibob read
 * models subscribe to that prefix, and must never see who read what. Only the inzage appends to
 * it; beheer reads it; no route changes it.
 */

export const INZAGE_STREAM_PREFIX = 'inzage-bibob-';

export function inzageStreamId(gemeente: string): string {
  return `${INZAGE_STREAM_PREFIX}${gemeente}`;
}

export interface BibobInhoudIngezien {
  readonly type: 'BibobInhoudIngezien';
  readonly zaakId: string;
  readonly door: string;
  readonly rollen: readonly string[];
  /** Why the user read it, in their words; required. */
  readonly reden: string;
  /** How many pieces of content the inzage opened (0 after their destruction). */
  readonly velden: number;
}

/** Records one inzage; when: the store's `recordedAt`. */
export async function legInzageVast(
  store: EventStore,
  gemeente: string,
  inzage: Omit<BibobInhoudIngezien, 'type' | 'door' | 'rollen'>,
  principal: Principal,
  correlationId: string,
): Promise<void> {
  const event: BibobInhoudIngezien = { type: 'BibobInhoudIngezien', ...inzage, door: principal.userId, rollen: principal.rollen };
  const { type, ...data } = event;
  await store.appendToStream(inzageStreamId(gemeente), [{ type, data }], {
    expectedRevision: 'any',
    metadata: { userId: principal.userId, gemeente, correlationId },
  });
}
