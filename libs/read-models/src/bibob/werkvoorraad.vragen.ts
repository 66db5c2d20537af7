import { projectionKeyPrefix } from '@handhaving/projections';
import { isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { dagnummer } from '../termijnen/deadline-vragen';
import type { OpenToetsStatus, WerkvoorraadToets } from './werkvoorraad.evolve';
import { BIBOB_WERKVOORRAAD_PROJECTIE } from './werkvoorraad.projection';

/* The question to the read model `bibob.werkvoorraad` (werkvoorraad.projection.ts): the open toetsen of a gemeente. */

export interface BibobWerkvoorraadVraag {
  readonly gemeente: string;
  /** Only toetsen in these states. */
  readonly status?: readonly OpenToetsStatus[];
  /** Only toetsen whose last step this user recorded. */
  readonly door?: string;
  /** The day asked about: a besloten toets that only awaited a term which ended before it is done. Absent: every such toets, of all years. */
  readonly peildatum?: string;
}

/** The open Bibob toetsen of a gemeente, the longest waiting first (date of the last step, then id). */
export async function bibobWerkvoorraad(redis: Redis, keyPrefix: string, vraag: BibobWerkvoorraadVraag): Promise<WerkvoorraadToets[]> {
  if (vraag.peildatum !== undefined && !isKalenderdatum(vraag.peildatum)) throw new RangeError(`peildatum: geen datum JJJJ-MM-DD: ${JSON.stringify(vraag.peildatum)}`);
  const basis = projectionKeyPrefix(keyPrefix, BIBOB_WERKVOORRAAD_PROJECTIE);
  const [open, wachtend] = await Promise.all([redis.hvals(`${basis}open:${vraag.gemeente}`), wachtendOp(redis, basis, vraag.gemeente, vraag.peildatum)]);
  return [...open, ...wachtend]
    .map((json) => JSON.parse(json) as WerkvoorraadToets)
    .filter((toets) => vraag.status === undefined || vraag.status.includes(toets.status))
    .filter((toets) => vraag.door === undefined || toets.laatsteStap.door === vraag.door)
    .sort((a, b) => a.laatsteStap.datum.localeCompare(b.laatsteStap.datum) || a.zaakId.localeCompare(b.zaakId));
}

/** The besloten toetsen awaiting only a term that has not passed before `peildatum` (every one without it). */
async function wachtendOp(redis: Redis, basis: string, gemeente: string, peildatum: string | undefined): Promise<string[]> {
  if (peildatum === undefined) return redis.hvals(`${basis}wacht:${gemeente}`);
  const zaakIds = await redis.zrangebyscore(`${basis}wacht-tot:${gemeente}`, dagnummer(peildatum), '+inf');
  if (zaakIds.length === 0) return [];
  return (await redis.hmget(`${basis}wacht:${gemeente}`, ...zaakIds)).filter((json): json is string => json !== null);
}
