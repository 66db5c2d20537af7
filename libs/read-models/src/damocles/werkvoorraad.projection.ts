import { DAMOCLES_STREAM_PREFIX, damoclesDecider, type DamoclesEvent, type DamoclesState, type ZaakPand } from '@handhaving/domain-damocles';
import { HERINNERING_VERSTUURD } from '@handhaving/domain-shared';
import type { RecordedEvent } from '@handhaving/event-store';
import { beschrijfMaatregel, type Drugscategorie } from '@handhaving/policy';
import { defineProjection, projectionKeyPrefix, type ProjectionContext } from '@handhaving/projections';
import type { Redis } from 'ioredis';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';

/*
 * The werkvoorraad of a gemeente: every Damocles case still open, where it stands and what the
 * juridisch medewerker does next, oldest step first. A case leaves it when it ends (waarschuwing,
 * afzien, sluiting herroepen or vernietigd, pand heropend).
 *
 * Key layout (under `{keyPrefix}damocles.werkvoorraad.v2:`):
 * - `toestand:{gemeente}`  hash: zaakId -> JSON `{ toestand, laatsteStap }`: the case folded by the
 *                          Damocles decider's own evolve (the state its commands are decided on)
 * - `open:{gemeente}`      hash: zaakId -> JSON `WerkvoorraadZaak`, open cases only: a query reads
 *                          what is open, not the gemeente's history
 * - `zaak-gemeente`        hash: zaakId -> gemeente
 *
 * v2: the stored state is the decider's, and the decider's state grew (a voornemen's zienswijzefase
 * per betrokkene, a closure's spoedeisend): v1's stored states lack it, hence a rebuild.
 */

export const WERKVOORRAAD_PROJECTIE = 'damocles.werkvoorraad.v2';

export type OpenStatus = Exclude<DamoclesState['status'], 'onbekend' | 'afgesloten'>;

/** The states of a case still on the werkvoorraad, in the order a case passes them. */
export const OPEN_STATUSSEN = [
  'rapportage-ontvangen',
  'maatregel-voorgesteld',
  'voornemen-verzonden',
  'gereed-voor-besluit',
  'sluiting-besloten',
  'pand-gesloten',
] as const satisfies readonly OpenStatus[];

export interface LaatsteStap {
  /** The event type, e.g. `VoornemenVerzonden`. */
  readonly stap: string;
  /** Its domain date. */
  readonly datum: string;
  readonly door: string;
}

export interface WerkvoorraadZaak {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly status: OpenStatus;
  readonly pand: ZaakPand;
  readonly zwaarsteCategorie: Drugscategorie;
  readonly ontvangstdatum: string;
  /** What is to be done next, in the medewerker's words. */
  readonly volgendeStap: string;
  /** The date that next step waits for or must be taken by, when there is one. */
  readonly wachtTot?: string;
  readonly laatsteStap: LaatsteStap;
}

interface Dossier {
  readonly toestand: DamoclesState;
  readonly laatsteStap: LaatsteStap;
}

export const damoclesWerkvoorraadProjectie = defineProjection({
  name: WERKVOORRAAD_PROJECTIE,
  filter: { streamPrefixes: [DAMOCLES_STREAM_PREFIX] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const dossiers = new BatchRecords<Dossier>(context, 'zaak-gemeente', 'toestand');
    await dossiers.preload(zaakIdsIn(events));
    for (const recorded of events) {
      // A reminder sent is not a step on the case.
      if (recorded.type === HERINNERING_VERSTUURD) continue;
      const event = { ...(recorded.data as object), type: recorded.type } as DamoclesEvent;
      const bestaand = await dossiers.get(event.zaakId);
      const toestand = damoclesDecider.evolve(bestaand?.toestand ?? damoclesDecider.initialState(), event);
      if (toestand.status === 'onbekend') continue; // a step of a case whose rapportage this model never saw
      const dossier: Dossier = { toestand, laatsteStap: { stap: event.type, datum: event.datum, door: event.door } };
      if (bestaand === null) dossiers.add(event.zaakId, toestand.zaak.gemeente, dossier);
      else dossiers.set(event.zaakId, dossier);
    }
    dossiers.write();
    for (const { zaakId, group, record } of dossiers.changedRecords()) {
      const zaak = werkvoorraadZaak(record);
      if (zaak === undefined) context.multi.hdel(context.key('open', group), zaakId);
      else context.multi.hset(context.key('open', group), zaakId, JSON.stringify(zaak));
    }
  },
});

/** The case as the werkvoorraad shows it, or undefined when it has ended. */
function werkvoorraadZaak({ toestand, laatsteStap }: Dossier): WerkvoorraadZaak | undefined {
  if (toestand.status === 'onbekend' || toestand.status === 'afgesloten') return undefined;
  const { zaak } = toestand;
  return {
    zaakId: zaak.zaakId,
    gemeente: zaak.gemeente,
    status: toestand.status,
    pand: zaak.pand,
    zwaarsteCategorie: zaak.zwaarsteCategorie,
    ontvangstdatum: zaak.ontvangstdatum,
    ...volgendeStap(toestand),
    laatsteStap,
  };
}

function volgendeStap(toestand: Extract<DamoclesState, { status: OpenStatus }>): { volgendeStap: string; wachtTot?: string } {
  switch (toestand.status) {
    case 'rapportage-ontvangen':
      return { volgendeStap: 'Maatregel voorstellen volgens de beleidsladder' };
    case 'maatregel-voorgesteld': {
      const voorgesteld = toestand.voorstel.voorgesteld;
      return voorgesteld.soort === 'geen-maatregel'
        ? { volgendeStap: 'De ladder voorziet geen maatregel: afzien, of afwijken met motivering' }
        : { volgendeStap: `Voornemen verzenden (${beschrijfMaatregel(voorgesteld)}), of spoedeisend sluiten met motivering` };
    }
    case 'voornemen-verzonden':
      return { volgendeStap: 'Zienswijze afwachten; daarna besluiten', wachtTot: toestand.voornemen.zienswijzetermijnEinde };
    case 'gereed-voor-besluit':
      return { volgendeStap: toestand.zienswijze === 'ontvangen' ? 'Besluiten (zienswijze ontvangen)' : 'Besluiten (zienswijzetermijn verstreken zonder zienswijze)' };
    case 'sluiting-besloten':
    case 'pand-gesloten': {
      const { rechtsbescherming } = toestand;
      if (rechtsbescherming.bezwaar !== undefined && rechtsbescherming.beslissingOpBezwaar === undefined) {
        const herstel = rechtsbescherming.beslistermijn?.lopend;
        // Art. 7:10 lid 2 Awb: the beslistermijn stands still until the omission is repaired or its term passed.
        return herstel === undefined
          ? { volgendeStap: 'Beslissen op bezwaar' }
          : { volgendeStap: 'Herstel van het verzuim in het bezwaar afwachten; daarna beslissen op bezwaar', wachtTot: herstel.hersteltermijnEinde };
      }
      const beroep = rechtsbescherming.beroep;
      if (toestand.status === 'sluiting-besloten' && beroep?.uitspraak === undefined) {
        // The kernel's controleerUitvoerbaar (art. 8:81, 8:85 Awb): a voorziening asked, or granted, holds the closure.
        if (rechtsbescherming.voorlopigeVoorziening === 'gevraagd') return { volgendeStap: 'Beslissing van de voorzieningenrechter afwachten; daarna sluiting uitvoeren' };
        if (rechtsbescherming.voorlopigeVoorziening === 'toegewezen') {
          if (beroep !== undefined) return { volgendeStap: 'Uitspraak op beroep afwachten: de sluiting is geschorst' };
          const beslissing = rechtsbescherming.beslissingOpBezwaar;
          if (beslissing !== undefined) return { volgendeStap: 'Sluiting uitvoeren na de beroepstermijn als er geen beroep komt (geschorst)', wachtTot: beslissing.beroepstermijnEinde };
        }
      }
      if (toestand.status === 'sluiting-besloten') {
        const begunstiging = toestand.besluit.begunstigingstermijnEinde;
        return begunstiging === undefined
          ? { volgendeStap: 'Sluiting uitvoeren', wachtTot: toestand.besluit.bekendmakingsdatum }
          : { volgendeStap: 'Sluiting uitvoeren na de begunstigingstermijn', wachtTot: begunstiging };
      }
      if (toestand.besluit.herroepen) return { volgendeStap: 'Pand heropenen: de sluiting is op bezwaar herroepen' };
      if (toestand.besluit.vernietigd) return { volgendeStap: 'Pand heropenen: de rechtbank heeft de sluiting vernietigd' };
      return toestand.eindeSluiting === undefined
        ? { volgendeStap: 'Pand gesloten voor onbepaalde tijd: heropenen wanneer besloten' }
        : { volgendeStap: 'Pand heropenen aan het einde van de sluiting', wachtTot: toestand.eindeSluiting };
    }
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Query                                                                                       */
/* ------------------------------------------------------------------------------------------ */

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
