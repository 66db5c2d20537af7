import { projectionKeyPrefix } from '@handhaving/projections';
import type { Redis } from 'ioredis';
import type { OpenStatus, WerkvoorraadZaak } from './werkvoorraad.evolve';
import { WERKVOORRAAD_PROJECTIE } from './werkvoorraad.projection';

/* The question to the read model `damocles.werkvoorraad` (werkvoorraad.projection.ts): the open cases of a gemeente. */

export interface WerkvoorraadVraag {
  readonly gemeente: string;
  /** Only cases in these states. */
  readonly status?: readonly OpenStatus[];
  /** Only cases whose last step this user recorded. */
  readonly door?: string;
}

/** The open Damocles cases of a gemeente, the longest waiting first (date of the last step, then case id). */
export async function damoclesWerkvoorraad(redis: Redis, keyPrefix: string, vraag: WerkvoorraadVraag): Promise<WerkvoorraadZaak[]> {
  const velden = await redis.hvals(`${projectionKeyPrefix(keyPrefix, WERKVOORRAAD_PROJECTIE)}open:${vraag.gemeente}`);
  return velden
    .map((json) => JSON.parse(json) as WerkvoorraadZaak)
    .filter((zaak) => vraag.status === undefined || vraag.status.includes(zaak.status))
    .filter((zaak) => vraag.door === undefined || zaak.laatsteStap.door === vraag.door)
    .sort((a, b) => a.laatsteStap.datum.localeCompare(b.laatsteStap.datum) || a.zaakId.localeCompare(b.zaakId));
}
