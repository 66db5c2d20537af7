import { HERINNERING_VERSTUURD, type HerinneringVerstuurd } from '@handhaving/domain-shared';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, projectionKeyPrefix, type ProjectionContext } from '@handhaving/projections';

/*
 * Which reminders went out, from the HerinneringVerstuurd events on the case streams: the
 * reconciler plans none of these again. Disposable like every read model: after FLUSHALL it is
 * rebuilt from the log before the reconciler trusts it (and the worker still reads the case
 * stream itself before it sends).
 *
 * `{keyPrefix}herinneringen.verstuurd.v1:verstuurd`: hash herinneringId -> verstuurdOp.
 */
export const VERSTUURD_PROJECTIE = 'herinneringen.verstuurd.v1';

export function verstuurdHash(keyPrefix: string): string {
  return `${projectionKeyPrefix(keyPrefix, VERSTUURD_PROJECTIE)}verstuurd`;
}

export const verstuurdProjectie = defineProjection({
  name: VERSTUURD_PROJECTIE,
  filter: { eventTypes: [HERINNERING_VERSTUURD] },
  handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    for (const recorded of events) {
      const event = recorded.data as HerinneringVerstuurd;
      context.multi.hsetnx(context.key('verstuurd'), event.herinneringId, event.verstuurdOp);
    }
  },
});
