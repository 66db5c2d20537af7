import type { Trajectsoort } from '@handhaving/domain-kamerverhuur';
import { projectionKeyPrefix } from '@handhaving/projections';
import type { Redis } from 'ioredis';
import type { OpenAanvraag, OpenTrajectStatus, WerkvoorraadTraject } from './kamerverhuur-werkvoorraad.evolve';
import { KAMERVERHUUR_WERKVOORRAAD_PROJECTIE } from './kamerverhuur-werkvoorraad.projection';

/* The question to the read model `kamerverhuur.werkvoorraad` (kamerverhuur-werkvoorraad.projection.ts): the open trajecten and aanvragen of a gemeente. */

export interface KamerverhuurWerkvoorraadVraag {
  readonly gemeente: string;
  /** Only trajecten of this soort. */
  readonly soort?: Trajectsoort;
  /** Only trajecten in these states. */
  readonly status?: readonly OpenTrajectStatus[];
  /** Only cases whose last step this user recorded. */
  readonly door?: string;
}

export interface KamerverhuurWerkvoorraad {
  readonly gemeente: string;
  /** The open trajecten, the earliest date of their next step first (then by id). */
  readonly trajecten: readonly WerkvoorraadTraject[];
  /** The aanvragen not yet decided, the earliest end of their beslistermijn first (a suspended one by its latest end; one without a term last). */
  readonly aanvragen: readonly OpenAanvraag[];
}

/** The kamerverhuur werkvoorraad of a gemeente. */
export async function kamerverhuurWerkvoorraad(redis: Redis, keyPrefix: string, vraag: KamerverhuurWerkvoorraadVraag): Promise<KamerverhuurWerkvoorraad> {
  const basis = projectionKeyPrefix(keyPrefix, KAMERVERHUUR_WERKVOORRAAD_PROJECTIE);
  const [trajecten, aanvragen] = await Promise.all([redis.hvals(`${basis}trajecten:${vraag.gemeente}`), redis.hvals(`${basis}aanvragen:${vraag.gemeente}`)]);
  const door = <T extends { readonly laatsteStap: { readonly door: string } }>(zaak: T): boolean => vraag.door === undefined || zaak.laatsteStap.door === vraag.door;
  return {
    gemeente: vraag.gemeente,
    trajecten: trajecten
      .map((json) => JSON.parse(json) as WerkvoorraadTraject)
      .filter((t) => (vraag.soort === undefined || t.soort === vraag.soort) && (vraag.status === undefined || vraag.status.includes(t.status)) && door(t))
      .sort((a, b) => a.stapDatum.datum.localeCompare(b.stapDatum.datum) || a.zaakId.localeCompare(b.zaakId)),
    aanvragen: aanvragen
      .map((json) => JSON.parse(json) as OpenAanvraag)
      .filter(door)
      .sort((a, b) => eindeVan(a).localeCompare(eindeVan(b)) || a.zaakId.localeCompare(b.zaakId)),
  };
}

function eindeVan(aanvraag: OpenAanvraag): string {
  const b = aanvraag.beslistermijn;
  return b === undefined ? '9999-12-31' : b.status === 'bekend' ? b.einde : b.uiterlijkEinde;
}
