import { projectionKeyPrefix } from '@handhaving/projections';
import { eindeVanDagInAmsterdam, isKalenderdatum, kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { inNormaleVorm, leesGekoppeld } from '../damocles/pand-koppelingen';
import { PANDCONTEXTEN, type PandZaak } from './pand-dossier.evolve';
import { PAND_DOSSIER_PROJECTIE } from './pand-dossier.projection';

/* The question to the read model `panden.pand-dossier` (pand-dossier.projection.ts): the cases about a pand. */

export interface PandDossierVraag {
  readonly gemeente: string;
  /** `pandSleutel` of the pand asked (`adres:6461AB-12`, `bag:0928010000012345`). */
  readonly pandSleutel: string;
  /** As known at the end of this day (YYYY-MM-DD, Europe/Amsterdam): cases and links recorded later are left out. Absent: as known now. */
  readonly bekendOp?: string;
}

export interface PandDossierIndex {
  /** The keys read as this one pand, as known then: the key asked, and the BAG id and addresses linked to it. */
  readonly pandSleutels: readonly string[];
  /** The gemeente's cases about the pand, by start date, then context (register, vergunning, traject, Damocles, dwangsom) and id. */
  readonly zaken: readonly PandZaak[];
}

/** The gemeente's cases about a pand, as known on `bekendOp`. Another gemeente's cases are never in it. */
export async function pandDossier(redis: Redis, keyPrefix: string, vraag: PandDossierVraag): Promise<PandDossierIndex> {
  const { gemeente, bekendOp } = vraag;
  if (bekendOp !== undefined && !isKalenderdatum(bekendOp)) throw new RangeError(`bekendOp: geen datum JJJJ-MM-DD: ${JSON.stringify(bekendOp)}`);
  // The last millisecond of the day asked: a link recorded after it is not there.
  const grens = bekendOp === undefined ? undefined : Date.parse(eindeVanDagInAmsterdam(bekendOp)) - 1;
  const prefix = projectionKeyPrefix(keyPrefix, PAND_DOSSIER_PROJECTIE);
  const { sleutels, waarden } = await leesGekoppeld(redis, prefix, inNormaleVorm(vraag.pandSleutel), grens, (sleutel) => `${prefix}pand:${gemeente}:${sleutel}`);
  const zaken = waarden
    .map((json) => JSON.parse(json) as PandZaak)
    .filter((zaak) => zaak.gemeente === gemeente && (bekendOp === undefined || kalenderdatumInAmsterdam(zaak.vastgelegdOp) <= bekendOp))
    .sort(
      (a, b) =>
        a.startdatum.localeCompare(b.startdatum) || PANDCONTEXTEN.indexOf(a.context) - PANDCONTEXTEN.indexOf(b.context) || a.zaakId.localeCompare(b.zaakId),
    );
  return { pandSleutels: sleutels, zaken };
}
