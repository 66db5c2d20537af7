import { BELEID_EVENT_TYPES, BELEID_STREAM_PREFIX } from '@handhaving/policy';
import { defineProjection, type Projection, type ProjectionRunner } from '@handhaving/projections';
import { DEADLINES_PROJECTIE, deadlinesProjectie, opgeslagenTermijnenVanZaken } from '@handhaving/read-models';
import type { Redis } from 'ioredis';
import type { HerinneringPlanning } from './herinnering-planning';

export const PLANNING_PROJECTIE = 'herinneringen.planning.v1';

export interface PlanningProjectieOpties {
  readonly planning: HerinneringPlanning;
  /** Knows the deadlines read model's checkpoint (it may run in another process). */
  readonly deadlines: ProjectionRunner;
  readonly redis: Redis;
  readonly keyPrefix: string;
  /** A policy changed: every term's reminders may move. */
  readonly beleidGewijzigd: () => void;
  readonly gestopt: () => boolean;
  readonly waarschuw: (bericht: string) => void;
}

/**
 * The processor on the event store subscription that keeps the jobs in step with the terms: for
 * every batch of events that can start, move or end a term, it waits until the deadlines read
 * model has applied them, reads the terms of those cases and plans their reminders. Its
 * checkpoint is written after the planning: a crash plans the batch again, which changes nothing.
 */
export function planningProjectie(opties: PlanningProjectieOpties): Projection {
  const beleidTypes = new Set<string>(BELEID_EVENT_TYPES);
  return defineProjection({
    name: PLANNING_PROJECTIE,
    // The events of every registered context's terms, and every policy change.
    filter: {
      eventTypes: [...(deadlinesProjectie.filter?.eventTypes ?? []), ...BELEID_EVENT_TYPES],
      streamPrefixes: [...(deadlinesProjectie.filter?.streamPrefixes ?? []), BELEID_STREAM_PREFIX],
    },
    async handle(events) {
      const zaken = new Set<string>();
      for (const event of events) {
        if (beleidTypes.has(event.type)) opties.beleidGewijzigd();
        else zaken.add(event.streamId);
      }
      if (zaken.size === 0) return;
      const positie = events[events.length - 1].globalPosition;
      let gewacht = 0;
      while (!(await opties.deadlines.waitForPosition(positie, 5_000, DEADLINES_PROJECTIE))) {
        if (opties.gestopt()) throw new Error('Scheduler stopt: planning onderbroken');
        gewacht += 5;
        if (gewacht % 30 === 0) {
          opties.waarschuw(`De deadlines (${DEADLINES_PROJECTIE}) lopen ${gewacht} s achter op positie ${positie}: draait de API (of SCHEDULER_RUNS_READ_MODELS=true)?`);
        }
      }
      await opties.planning.synchroniseer(await opgeslagenTermijnenVanZaken(opties.redis, opties.keyPrefix, [...zaken]));
    },
  });
}
