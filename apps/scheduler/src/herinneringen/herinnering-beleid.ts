import type { Deadline } from '@handhaving/read-models';
import type { EventStore } from '@handhaving/event-store';
import { beleidOp, beleidStreamId, herinneringenVoor, HERINNERING_TERMIJNSOORTEN, voorbeeldBeleid, type BeleidEvent, type Herinnering, type HerinneringTermijnsoort } from '@handhaving/policy';

/**
 * The reminders a gemeente's policy sets for a term: the policy in force on the day the term
 * started (policy is looked up by domain date), or the product's standard reminders when the
 * gemeente has none. Policy streams are read once per `cacheMs`; a new version reaches the jobs
 * through the reconciler, which the planning processor asks for when a policy event passes.
 */
export class HerinneringBeleid {
  private readonly cache = new Map<string, { readonly events: readonly BeleidEvent[]; readonly gelezen: number }>();
  private readonly standaard = voorbeeldBeleid().herinneringen;

  constructor(
    private readonly store: EventStore,
    private readonly cacheMs = 60_000,
  ) {}

  /** Policy events changed: read the streams again at the next question. */
  vergeet(): void {
    this.cache.clear();
  }

  /** Loads the policy streams of these gemeenten (so that `voor` can answer without waiting). */
  async laad(gemeenten: Iterable<string>): Promise<void> {
    const nu = performance.now();
    await Promise.all(
      [...new Set(gemeenten)]
        .filter((gemeente) => {
          const bekend = this.cache.get(gemeente);
          return bekend === undefined || nu - bekend.gelezen > this.cacheMs;
        })
        .map(async (gemeente) => {
          const recorded = await this.store.readStream(beleidStreamId(gemeente));
          const events = recorded.map((r) => ({ ...(r.data as object), type: r.type }) as BeleidEvent);
          this.cache.set(gemeente, { events, gelezen: nu });
        }),
    );
  }

  /** The reminders for this term; `laad` its gemeente first. */
  voor(deadline: Deadline): readonly Herinnering[] {
    const soort = isHerinneringTermijnsoort(deadline.soort) ? deadline.soort : undefined;
    const events = this.cache.get(deadline.gemeente)?.events ?? [];
    const inForce = events.length === 0 ? undefined : beleidOp(events, deadline.gestartDoor.datum);
    if (inForce?.status === 'van-kracht') return soort === undefined ? inForce.beleid.herinneringen.standaard : herinneringenVoor(inForce.beleid, soort);
    return soort === undefined ? this.standaard.standaard : (this.standaard.perTermijnsoort[soort] ?? this.standaard.standaard);
  }
}

function isHerinneringTermijnsoort(soort: string): soort is HerinneringTermijnsoort {
  return (HERINNERING_TERMIJNSOORTEN as readonly string[]).includes(soort);
}
