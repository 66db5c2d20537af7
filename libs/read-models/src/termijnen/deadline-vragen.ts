import { projectionKeyPrefix } from '@handhaving/projections';
import { isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { opPeildatum } from './beslistermijn-herberekening';
import { DEADLINES_PROJECTIE, type Deadline, type DeadlineStatus } from './deadline';

/* The questions the deadline list answers: a gemeente's (or medewerker's) terms due in a window, a case's terms. */

export interface DeadlineVraag {
  readonly gemeente: string;
  /** First due date included (YYYY-MM-DD). */
  readonly van?: string;
  /** Last due date included (YYYY-MM-DD). */
  readonly tot?: string;
  readonly medewerker?: string;
  /** Keep only these states (after deriving `verstreken`). */
  readonly status?: DeadlineStatus | readonly DeadlineStatus[];
  /** The day the question is asked for: a lopend term with `einde` before it is `verstreken`. */
  readonly peildatum: string;
}

export interface DeadlineRegel extends Omit<Deadline, 'status'> {
  readonly status: DeadlineStatus;
}

/** The deadlines of a gemeente (or of one medewerker there) due in a window, ordered by due date. */
export async function deadlines(redis: Redis, keyPrefix: string, vraag: DeadlineVraag): Promise<DeadlineRegel[]> {
  for (const [veld, waarde] of [['peildatum', vraag.peildatum], ['van', vraag.van], ['tot', vraag.tot]] as const) {
    if (waarde !== undefined && !isKalenderdatum(waarde)) throw new RangeError(`${veld}: geen datum JJJJ-MM-DD: ${JSON.stringify(waarde)}`);
  }
  const basis = projectionKeyPrefix(keyPrefix, DEADLINES_PROJECTIE);
  const sleutel = vraag.medewerker === undefined ? `${basis}gemeente:${vraag.gemeente}` : `${basis}medewerker:${vraag.gemeente}:${vraag.medewerker}`;
  const ids = await redis.zrangebyscore(sleutel, vraag.van === undefined ? '-inf' : dagnummer(vraag.van), vraag.tot === undefined ? '+inf' : dagnummer(vraag.tot));
  if (ids.length === 0) return [];
  const jsons = await redis.hmget(`${basis}termijn`, ...ids);
  const statussen = vraag.status === undefined ? undefined : new Set<DeadlineStatus>(typeof vraag.status === 'string' ? [vraag.status] : vraag.status);
  const regels: DeadlineRegel[] = [];
  for (const json of jsons) {
    if (json === null) continue;
    const regel = alsRegel(json, vraag.peildatum);
    if (statussen && !statussen.has(regel.status)) continue;
    regels.push(regel);
  }
  return regels;
}

/** Every deadline of one case (by stream id), ordered by due date; `verstreken` derived from the peildatum. */
export async function deadlinesVanZaak(redis: Redis, keyPrefix: string, streamId: string, peildatum: string): Promise<DeadlineRegel[]> {
  if (!isKalenderdatum(peildatum)) throw new RangeError(`peildatum: geen datum JJJJ-MM-DD: ${JSON.stringify(peildatum)}`);
  const basis = projectionKeyPrefix(keyPrefix, DEADLINES_PROJECTIE);
  const ids = await redis.smembers(`${basis}stream:${streamId}`);
  if (ids.length === 0) return [];
  const regels: DeadlineRegel[] = [];
  for (const json of await redis.hmget(`${basis}termijn`, ...ids)) {
    if (json === null) continue;
    regels.push(alsRegel(json, peildatum));
  }
  return regels.sort((a, b) => a.einde.localeCompare(b.einde) || a.id.localeCompare(b.id));
}

/** A stored deadline as the list shows it on `peildatum`: a suspended one's end as if it ran again, a running one past its end `verstreken`. */
function alsRegel(json: string, peildatum: string): DeadlineRegel {
  const deadline = opPeildatum(JSON.parse(json) as Deadline, peildatum);
  return { ...deadline, status: deadline.status === 'lopend' && deadline.einde < peildatum ? 'verstreken' : deadline.status };
}

export function dagnummer(datum: string): number {
  const [jaar, maand, dag] = datum.split('-').map(Number);
  return Date.UTC(jaar, maand - 1, dag) / 86_400_000;
}
