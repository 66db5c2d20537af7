import { Inject, Injectable } from '@nestjs/common';
import { nameBasedUuid, type EventStore } from '@handhaving/event-store';
import { EventStoreToken } from '../../../platform/event-store/event-store.module';

export const AGENDA_LINKS_INGETROKKEN = 'AgendaLinksIngetrokken';

/** The fact: a medewerker's agenda links made before it no longer open the feed. */
export interface AgendaLinksIngetrokken {
  readonly medewerker: string;
  /** Only the links that name one of these gemeenten (beheer withdraws for its own); every link when absent (the medewerker). */
  readonly gemeenten?: readonly string[];
}

/** One withdrawal as a link is checked against it: the stream revision it has and what it reaches. */
interface Intrekking {
  readonly revisie: number;
  readonly gemeenten?: readonly string[];
}

interface Gelezen {
  /** The stream's length: the generation of a link made now. */
  readonly lengte: number;
  readonly intrekkingen: readonly Intrekking[];
}

/** How long an instance trusts what it read; a withdrawal on another instance reaches it within this. */
const CACHE_MS = 30_000;
/** The most medewerkers remembered; the feed is public, so the cache must not grow without bound. */
const CACHE_MAX = 10_000;

/**
 * Withdrawn agenda links, kept in the event store (one stream per medewerker, the audit trail of
 * who withdrew whose links when) so they survive a restart and every API instance sees them.
 * A link carries the stream's length when it was made: it is withdrawn by any later withdrawal
 * that reaches one of its gemeenten. The feed is public and polled, so what was read is kept
 * for 30 seconds; a withdrawal on this instance clears it at once.
 */
@Injectable()
export class AgendaLinkIntrekkingen {
  private readonly gelezen = new Map<string, { tot: number; gelezen: Gelezen }>();

  constructor(@Inject(EventStoreToken) private readonly store: EventStore) {}

  /** The generation a new link gets: the number of withdrawals so far, read from the store itself. */
  async generatie(medewerker: string): Promise<number> {
    return (await this.lees(medewerker)).lengte;
  }

  async isIngetrokken(link: { readonly medewerker: string; readonly gemeenten: readonly string[]; readonly generatie: number }): Promise<boolean> {
    const { intrekkingen } = await this.bekend(link.medewerker);
    return intrekkingen.some(
      (intrekking) => intrekking.revisie >= link.generatie && (intrekking.gemeenten === undefined || intrekking.gemeenten.some((gemeente) => link.gemeenten.includes(gemeente))),
    );
  }

  async trekIn(fact: AgendaLinksIngetrokken, door: { readonly userId: string; readonly correlationId: string }): Promise<void> {
    await this.store.appendToStream(streamVan(fact.medewerker), [{ type: AGENDA_LINKS_INGETROKKEN, data: fact }], {
      expectedRevision: 'any',
      metadata: { userId: door.userId, correlationId: door.correlationId },
    });
    this.gelezen.delete(fact.medewerker);
  }

  private async bekend(medewerker: string): Promise<Gelezen> {
    const cached = this.gelezen.get(medewerker);
    if (cached && cached.tot > Date.now()) return cached.gelezen;
    return this.lees(medewerker);
  }

  private async lees(medewerker: string): Promise<Gelezen> {
    const events = await this.store.readStream(streamVan(medewerker));
    const gelezen: Gelezen = {
      lengte: events.length === 0 ? 0 : events[events.length - 1].streamRevision + 1,
      intrekkingen: events
        .filter((event) => event.type === AGENDA_LINKS_INGETROKKEN)
        .map((event) => ({ revisie: event.streamRevision, gemeenten: (event.data as AgendaLinksIngetrokken).gemeenten })),
    };
    this.gelezen.delete(medewerker);
    if (this.gelezen.size >= CACHE_MAX) {
      const oudste = this.gelezen.keys().next();
      if (!oudste.done) this.gelezen.delete(oudste.value);
    }
    this.gelezen.set(medewerker, { tot: Date.now() + CACHE_MS, gelezen });
    return gelezen;
  }
}

/** A user id may hold any character (an OIDC subject); the stream id is derived from it, the id itself is in each event. */
export function streamVan(medewerker: string): string {
  return `agenda-links-${nameBasedUuid('agenda-links', medewerker)}`;
}
