import { projectionKeyPrefix } from '@handhaving/projections';
import { isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import type { OpenToetsStatus, WerkvoorraadToets } from './werkvoorraad.evolve';
import { BIBOB_WERKVOORRAAD_PROJECTIE } from './werkvoorraad.projection';

/* The question to the read model `bibob.werkvoorraad` (werkvoorraad.projection.ts): the open toetsen of a gemeente. */

export interface BibobWerkvoorraadVraag {
  readonly gemeente: string;
  /** Only toetsen in these states. */
  readonly status?: readonly OpenToetsStatus[];
  /** Only toetsen whose last step this user recorded. */
  readonly door?: string;
  /** The day asked about: a besloten toets that only awaited a term which ended before it is done. Absent: every toets kept. */
  readonly peildatum?: string;
}

/** The open Bibob toetsen of a gemeente, the longest waiting first (date of the last step, then id). */
export async function bibobWerkvoorraad(redis: Redis, keyPrefix: string, vraag: BibobWerkvoorraadVraag): Promise<WerkvoorraadToets[]> {
  if (vraag.peildatum !== undefined && !isKalenderdatum(vraag.peildatum)) throw new RangeError(`peildatum: geen datum JJJJ-MM-DD: ${JSON.stringify(vraag.peildatum)}`);
  const velden = await redis.hvals(`${projectionKeyPrefix(keyPrefix, BIBOB_WERKVOORRAAD_PROJECTIE)}open:${vraag.gemeente}`);
  const peildatum = vraag.peildatum;
  return velden
    .map((json) => JSON.parse(json) as WerkvoorraadToets)
    .filter((toets) => vraag.status === undefined || vraag.status.includes(toets.status))
    .filter((toets) => vraag.door === undefined || toets.laatsteStap.door === vraag.door)
    .filter((toets) => peildatum === undefined || !toets.alleenTermijn || toets.wachtTot === undefined || toets.wachtTot >= peildatum)
    .sort((a, b) => a.laatsteStap.datum.localeCompare(b.laatsteStap.datum) || a.zaakId.localeCompare(b.zaakId));
}
