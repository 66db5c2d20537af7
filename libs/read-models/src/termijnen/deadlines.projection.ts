import { contextVanStream } from '@handhaving/domain-shared';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type Projection, type ProjectionContext } from '@handhaving/projections';
import { dagnummer } from './deadline-vragen';
import { deadlineId, DEADLINES_PROJECTIE, isLopend, type Deadline, type DeadlineStap, type Termijnboek, type Termijnvertaler } from './deadline';

export * from './deadline';
export * from './deadline-vragen';

/*
 * Every legal term of every case, shared by all contexts: its due date, state and explanation.
 * Each context gives its Termijnvertaler (registered once, ../contexten.ts); this read model reads
 * the events of their streams and routes each to the vertaler of its context. The scheduler derives one BullMQ job per deadline from it (job id = deadline
 * id, so the id holds no ':').
 *
 * Key layout (under `{keyPrefix}termijnen.deadlines.v3:`):
 * - `termijn`                        hash: deadline id -> JSON `Deadline`
 * - `gemeente:{gemeente}`            sorted set: deadline id, score = day number of `einde` (days since 1970-01-01)
 * - `medewerker:{gemeente}:{userId}` sorted set: the same, for the medewerker who started the term
 * - `zaak-gemeente`                  hash: streamId -> gemeente (for events recorded without one)
 * - `stream:{streamId}`              set: the deadline ids of one case (a dwangsom case has one
 *                                    verjaring per forfeiture, a bezwaartermijn per invorderingsbeschikking)
 * Every state is kept in the sorted sets (nothing is removed), so a due window is one
 * ZRANGEBYSCORE and the state is filtered after. `verstreken` is never stored: it is a lopend
 * term whose `einde` lies before the peildatum of the question.
 *
 * v2: a beslistermijn op bezwaar keeps the question it was computed from (`berekening`), so a
 * suspension or verdaging recomputes it; v1 deadlines lack it, hence a rebuild.
 * v3: a dwangsom's verjaring per unit forfeited and a last changed on bezwaar (its new
 * begunstigingstermijn), a Damocles begunstigingstermijn citing art. 5:24 lid 2 Awb: rebuilt so
 * stored terms read the same as new ones.
 */

export function deadlinesProjectieVoor(vertalers: readonly Termijnvertaler[]): Projection {
  const perPrefix = vertalers.map((vertaler) => ({ streamPrefix: vertaler.context.streamPrefix, vertaler }));
  return defineProjection({
    name: DEADLINES_PROJECTIE,
    filter: { eventTypes: [...new Set(vertalers.flatMap((v) => v.eventTypes))], streamPrefixes: vertalers.map((v) => v.context.streamPrefix) },
    async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
      const deadlines = new Map<string, Deadline | null>();
      const gewijzigd = new Set<string>();
      const gemeenten = new Map<string, string | null>();
      const perZaak = new Map<string, Set<string>>();

      // Two round trips per batch instead of a few per event: every case's deadline ids, then the
      // deadlines themselves. A case's id set is complete (every term is added to it when it
      // starts, and v2 was built from the log with the sets), so an id outside it does not exist.
      const streams = [...new Set(events.map((e) => e.streamId))];
      const sets = await streams.reduce((p, streamId) => p.smembers(context.key('stream', streamId)), context.redis.pipeline()).exec();
      streams.forEach((streamId, i) => perZaak.set(streamId, new Set((sets?.[i]?.[1] as string[] | undefined) ?? [])));
      const alleIds = [...perZaak.values()].flatMap((ids) => [...ids]);
      if (alleIds.length > 0) {
        const jsons = await context.redis.hmget(context.key('termijn'), ...alleIds);
        alleIds.forEach((id, i) => deadlines.set(id, jsons[i] ? (JSON.parse(jsons[i] as string) as Deadline) : null));
      }

      const lees = async (id: string): Promise<Deadline | null> => deadlines.get(id) ?? null;
      const zet = (deadline: Deadline): void => {
        deadlines.set(deadline.id, deadline);
        gewijzigd.add(deadline.id);
      };
      // Every stream of the batch was read above.
      const idsVanZaak = (streamId: string): Set<string> => perZaak.get(streamId) as Set<string>;
      const gemeenteVan = async (recorded: RecordedEvent): Promise<string> => {
        if (recorded.metadata.gemeente) return recorded.metadata.gemeente;
        if (!gemeenten.has(recorded.streamId)) gemeenten.set(recorded.streamId, await context.redis.hget(context.key('zaak-gemeente'), recorded.streamId));
        return gemeenten.get(recorded.streamId) ?? 'onbekend';
      };

      for (const recorded of events) {
        const data = recorded.data as { readonly zaakId: string; readonly datum: string; readonly door?: string };
        const vertaler = contextVanStream(perPrefix, recorded.streamId)?.vertaler;
        if (vertaler === undefined) continue;
        const stap = (reden?: string): DeadlineStap => ({
          event: recorded.type,
          datum: data.datum,
          vastgelegdOp: recorded.metadata.recordedAt,
          ...(reden === undefined ? {} : { reden }),
        });
        const boek: Termijnboek = {
          recorded,
          async start(soort, einde, uitleg, opties = {}) {
            const id = deadlineId(recorded.streamId, soort, opties.onderwerp);
            const bestaand = await lees(id);
            if (bestaand !== null && isLopend(bestaand.status)) return; // a second objection starts no second beslistermijn
            const medewerker = recorded.metadata.userId ?? data.door;
            zet({
              id,
              context: vertaler.context.naam,
              zaakId: data.zaakId,
              streamId: recorded.streamId,
              gemeente: await gemeenteVan(recorded),
              soort,
              einde,
              status: 'lopend',
              ...(medewerker ? { medewerker } : {}),
              ...(uitleg === undefined ? {} : { uitleg }),
              ...(opties.betreft === undefined ? {} : { betreft: opties.betreft }),
              ...(opties.berekening === undefined ? {} : { berekening: opties.berekening }),
              gestartDoor: stap(),
            });
            const ids = idsVanZaak(recorded.streamId);
            if (!ids.has(id)) {
              ids.add(id);
              context.multi.sadd(context.key('stream', recorded.streamId), id);
            }
          },
          async sluit(soort, status, reden, onderwerp) {
            const bestaand = await lees(deadlineId(recorded.streamId, soort, onderwerp));
            if (bestaand === null || !isLopend(bestaand.status)) return;
            zet({ ...bestaand, status, afgeslotenDoor: stap(reden) });
          },
          lees: (soort, onderwerp) => lees(deadlineId(recorded.streamId, soort, onderwerp)),
          vervang: zet,
          async vanZaak() {
            const lijst: Deadline[] = [];
            for (const id of idsVanZaak(recorded.streamId)) {
              const deadline = await lees(id);
              if (deadline !== null) lijst.push(deadline);
            }
            return lijst;
          },
          zaakGemeente(gemeente) {
            gemeenten.set(recorded.streamId, gemeente);
            context.multi.hset(context.key('zaak-gemeente'), recorded.streamId, gemeente);
          },
        };

        await vertaler.vertaal(boek);
      }

      for (const id of gewijzigd) {
        const deadline = deadlines.get(id);
        if (!deadline) continue;
        const score = dagnummer(deadline.einde);
        context.multi.hset(context.key('termijn'), id, JSON.stringify(deadline));
        context.multi.zadd(context.key('gemeente', deadline.gemeente), score, id);
        if (deadline.medewerker) context.multi.zadd(context.key('medewerker', deadline.gemeente, deadline.medewerker), score, id);
      }
    },
  });
}
