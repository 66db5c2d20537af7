import type { EventFilter } from './event-store.port';

/** For adapters whose server cannot apply (all of) a filter itself. */
export function matchesFilter(event: { type: string; streamId: string }, filter: EventFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.eventTypes && !filter.eventTypes.includes(event.type)) return false;
  if (filter.streamPrefixes && !filter.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) return false;
  return true;
}
