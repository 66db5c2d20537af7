import { projectionKeyPrefix } from '@handhaving/projections';
import { eindeVanDagInAmsterdam, isKalenderdatum, kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { inNormaleVorm, leesGekoppeld } from '../damocles/pand-koppelingen';
import { PANDCONTEXTEN, type PandZaak } from './pand-dossier.evolve';
import { PAND_DOSSIER_PROJECTIE } from './pand-dossier.projection';
import {
  bibobOp,
  controleOp,
  meldingOp,
  verzoekOp,
  type BibobInDossier,
  type Bibobrecord,
  type ControleInDossier,
  type Controlerecord,
  type MeldingInDossier,
  type Meldingrecord,
  type VerzoekInDossier,
  type Verzoekrecord,
} from './pand-flexteam.evolve';

/* The question to the read model `panden.pand-dossier` (pand-dossier.projection.ts): the cases, meldingen, controls, requests and Bibob toetsen about a pand. */

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
  /** Its meldingen as known then, by meldingsdatum and id. */
  readonly meldingen: readonly MeldingInDossier[];
  /** The flexteam controls that planned or visited it, as known then, by the day planned or held. */
  readonly controles: readonly ControleInDossier[];
  /** The requests sent about it, as known then, by the day sent. */
  readonly verzoeken: readonly VerzoekInDossier[];
  /** The Bibob toetsen that name it, as known then, by startdatum: that they exist, never what they hold. */
  readonly bibob: readonly BibobInDossier[];
}

type Pandrecord = PandZaak | Meldingrecord | Controlerecord | Verzoekrecord | Bibobrecord;

/** The gemeente's cases about a pand, as known on `bekendOp`. Another gemeente's cases are never in it. */
export async function pandDossier(redis: Redis, keyPrefix: string, vraag: PandDossierVraag): Promise<PandDossierIndex> {
  const { gemeente, bekendOp } = vraag;
  if (bekendOp !== undefined && !isKalenderdatum(bekendOp)) throw new RangeError(`bekendOp: geen datum JJJJ-MM-DD: ${JSON.stringify(bekendOp)}`);
  // The last millisecond of the day asked: a link recorded after it is not there.
  const grens = bekendOp === undefined ? undefined : Date.parse(eindeVanDagInAmsterdam(bekendOp)) - 1;
  const prefix = projectionKeyPrefix(keyPrefix, PAND_DOSSIER_PROJECTIE);
  const { sleutels, waarden } = await leesGekoppeld(redis, prefix, inNormaleVorm(vraag.pandSleutel), grens, (sleutel) => `${prefix}pand:${gemeente}:${sleutel}`);
  const records = waarden.map((json) => JSON.parse(json) as Pandrecord).filter((record) => record.gemeente === gemeente);
  const op = bekendOp ?? '9999-12-31';
  const zaken: PandZaak[] = [];
  const meldingen: MeldingInDossier[] = [];
  const controles: ControleInDossier[] = [];
  const verzoeken: VerzoekInDossier[] = [];
  const bibob: BibobInDossier[] = [];
  for (const record of records) {
    switch (record.context) {
      case 'melding':
        push(meldingen, meldingOp(record, op));
        break;
      case 'flexteamcontrole':
        push(controles, controleOp(record, op));
        break;
      case 'verzoek':
        push(verzoeken, verzoekOp(record, op));
        break;
      case 'bibob':
        push(bibob, bibobOp(record, op));
        break;
      default:
        if (bekendOp === undefined || kalenderdatumInAmsterdam(record.vastgelegdOp) <= bekendOp) zaken.push(record);
    }
  }
  zaken.sort(
    (a, b) => a.startdatum.localeCompare(b.startdatum) || PANDCONTEXTEN.indexOf(a.context) - PANDCONTEXTEN.indexOf(b.context) || a.zaakId.localeCompare(b.zaakId),
  );
  meldingen.sort((a, b) => a.meldingsdatum.localeCompare(b.meldingsdatum) || a.zaakId.localeCompare(b.zaakId));
  controles.sort((a, b) => (a.datum ?? a.geplandOp ?? '').localeCompare(b.datum ?? b.geplandOp ?? '') || a.zaakId.localeCompare(b.zaakId));
  verzoeken.sort((a, b) => a.verzonden.localeCompare(b.verzonden) || a.zaakId.localeCompare(b.zaakId));
  bibob.sort((a, b) => a.startdatum.localeCompare(b.startdatum) || a.zaakId.localeCompare(b.zaakId));
  return { pandSleutels: sleutels, zaken, meldingen, controles, verzoeken, bibob };
}

function push<T>(lijst: T[], waarde: T | undefined): void {
  if (waarde !== undefined) lijst.push(waarde);
}
