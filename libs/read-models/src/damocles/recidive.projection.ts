import type { DamoclesEvent } from '@handhaving/domain-damocles';
import { PAND_KOPPELING_STREAM_PREFIX, type PandKoppelingEvent } from '@handhaving/domain-panden';
import type { RecordedEvent } from '@handhaving/event-store';
import type { Drugscategorie } from '@handhaving/policy';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';
import { FEITEN_EN_AFLOOP } from './feiten-en-afloop.events';
import { inNormaleVorm, leesGekoppeld, legKoppelingVast, PAND_KOPPELING_EVENTS } from './pand-koppelingen';
import { recidiveVenster, recidiveVensterVan, type RecidiveVenster } from './recidive-venster';

export { recidiveVenster, recidiveVensterVan, type RecidiveVenster } from './recidive-venster';
export type { Koppeling } from './pand-koppelingen';
import { defineProjection, projectionKeyPrefix, type ProjectionContext } from '@handhaving/projections';
import { eindeVanDagInAmsterdam, isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';

/*
 * Recidive (docs/damocles.md): "A find is recidive when an earlier find in the same pand has a
 * constateringsdatum within the policy window before this one (Kerkrade: 36 months since 2020,
 * 24 before). Earlier warnings count; findings that led to no measure count only where the
 * policy says so. The recidive check must be answerable for any pand at any date ("what did we
 * know on that day"), and must show which earlier cases it found."
 *
 * Key layout (under `{keyPrefix}damocles.recidive.v2:`):
 * - `pand:{pandSleutel}`         hash: zaakId -> JSON `VondstRecord` (every find in that pand, bitemporal)
 * - `zaak-pand`                  hash: zaakId -> pandSleutel (later events of a case carry only the zaakId)
 * - `koppeling`, `bag-adressen:{bagSleutel}`: the links between addresses and BAG ids (pand-koppelingen.ts)
 *
 * A find is stored under the key its case recorded (`pand.sleutel`), in today's normal form
 * (`normalePandSleutel`: `adres:6461AB-12--A` of an older version is `adres:6461AB-12-A`):
 * `bag:{adresseerbaarObjectId}` or `adres:{postcode}-{huisnummer}…`. An address and a BAG id of
 * the same premises are two keys until a medewerker links them (`AdresAanPandGekoppeld`,
 * @handhaving/domain-panden); from the moment the link is recorded, a question about either key
 * reads the finds under the BAG id and every address linked to it, whether those finds were
 * recorded before or after the link. Asked as known on an earlier moment, a link recorded after
 * it is not there: the finds stay apart, as they were then. This read model never guesses a link.
 * Which keys are one pand is decided in pand-koppelingen.ts, shared with the figures' recidive row.
 *
 * Nothing is ever deleted: a `FeitenGecorrigeerd` of the constateringsdatum or the heaviest
 * category adds a new version of the fact and marks the previous one superseded at the
 * correction's recorded-at; an outcome change appends to the outcome history. A query reads one
 * hash and filters it: no replay.
 */

export const RECIDIVE_PROJECTIE = 'damocles.recidive.v2';

export const AFLOPEN = ['lopend', 'waarschuwing', 'sluiting', 'afgezien', 'herroepen'] as const;
export type Afloop = (typeof AFLOPEN)[number];

/** One version of the facts of a find, valid from `vastgelegdOp` until `vervangenOp` (recorded-at instants, ISO UTC). */
export interface VondstVersie {
  readonly constateringsdatum: string;
  readonly zwaarsteCategorie: Drugscategorie;
  readonly vastgelegdOp: string;
  readonly vervangenOp?: string;
}

export interface AfloopVersie {
  readonly afloop: Afloop;
  /** Domain date of the step (besluit, beslissing op bezwaar); absent for `lopend`. */
  readonly datum?: string;
  readonly vastgelegdOp: string;
}

export interface VondstRecord {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly pandSleutel: string;
  /** Oldest first; the last one without `vervangenOp` is the version valid now. */
  readonly versies: readonly VondstVersie[];
  /** Oldest first; the last one recorded by a moment is the outcome known then. */
  readonly afloop: readonly AfloopVersie[];
}

export const recidive = defineProjection({
  name: RECIDIVE_PROJECTIE,
  // The stream prefix too: dwangsom records a BeslissingOpBezwaarGenomen of its own.
  filter: { eventTypes: [...FEITEN_EN_AFLOOP, ...PAND_KOPPELING_EVENTS], streamPrefixes: ['damocles-', PAND_KOPPELING_STREAM_PREFIX] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const records = new BatchRecords<VondstRecord>(context, 'zaak-pand', 'pand');
    await records.preload(zaakIdsIn(events));
    const metAfloop = async (zaakId: string, afloop: Afloop, datum: string, vastgelegdOp: string): Promise<void> => {
      const record = await records.get(zaakId);
      if (record === null) return; // a case whose rapportage this model never saw: nothing to attach to
      records.set(zaakId, { ...record, afloop: [...record.afloop, { afloop, datum, vastgelegdOp }] });
    };

    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as DamoclesEvent | PandKoppelingEvent;
      const op = recorded.metadata.recordedAt;
      switch (event.type) {
        case 'AdresAanPandGekoppeld':
          legKoppelingVast(context, event, op);
          break;
        case 'RapportageOntvangen': {
          if ((await records.get(event.zaakId)) !== null) break; // replayed twice: the first one stands
          const sleutel = inNormaleVorm(event.pand.sleutel);
          records.add(event.zaakId, sleutel, {
            zaakId: event.zaakId,
            gemeente: event.gemeente ?? recorded.metadata.gemeente ?? 'onbekend',
            pandSleutel: sleutel,
            versies: [{ constateringsdatum: event.constateringsdatum, zwaarsteCategorie: event.zwaarsteCategorie, vastgelegdOp: op }],
            afloop: [{ afloop: 'lopend', vastgelegdOp: op }],
          });
          break;
        }
        case 'WaarschuwingGegeven':
          await metAfloop(event.zaakId, 'waarschuwing', event.bekendmakingsdatum, op);
          break;
        case 'SluitingsbesluitGenomen':
          await metAfloop(event.zaakId, 'sluiting', event.bekendmakingsdatum, op);
          break;
        case 'AfgezienVanMaatregel':
          await metAfloop(event.zaakId, 'afgezien', event.datum, op);
          break;
        case 'BeslissingOpBezwaarGenomen':
          if (event.gevolg?.soort === 'herroepen') await metAfloop(event.zaakId, 'herroepen', event.bekendmakingsdatum, op);
          break;
        case 'UitspraakOpBeroepGedaan':
          // A closure the rechtbank vernietigde fell away as a revoked one did: it counts as herroepen.
          if (event.vernietigd) await metAfloop(event.zaakId, 'herroepen', event.uitspraakdatum, op);
          break;
        case 'FeitenGecorrigeerd': {
          const record = await records.get(event.zaakId);
          if (record === null) break;
          const huidig = record.versies[record.versies.length - 1];
          let constateringsdatum = huidig.constateringsdatum;
          let zwaarsteCategorie = huidig.zwaarsteCategorie;
          for (const correctie of event.correcties) {
            if (correctie.veld === 'constateringsdatum') constateringsdatum = correctie.nieuw;
            if (correctie.veld === 'zwaarsteCategorie') zwaarsteCategorie = correctie.nieuw;
          }
          if (constateringsdatum === huidig.constateringsdatum && zwaarsteCategorie === huidig.zwaarsteCategorie) break;
          records.set(event.zaakId, {
            ...record,
            versies: [...record.versies.slice(0, -1), { ...huidig, vervangenOp: op }, { constateringsdatum, zwaarsteCategorie, vastgelegdOp: op }],
          });
          break;
        }
        default:
          break;
      }
    }
    records.write();
  },
});

export interface RecidiveVraag {
  readonly pandSleutel: string;
  /** The constateringsdatum of the find being judged (YYYY-MM-DD). */
  readonly constateringsdatum: string;
  /** The policy window in calendar months (`Beleid.damocles.recidiveTermijnMaanden` in force on that date). */
  readonly recidiveTermijnMaanden: number;
  /** `Beleid.damocles.vondstenZonderMaatregelTellenMee`: whether finds that ended in `afgezien` or `herroepen` count. */
  readonly vondstenZonderMaatregelTellenMee: boolean;
  /** The case being judged, left out of its own answer. */
  readonly exclusiefZaakId?: string;
  /**
   * "As known on": an ISO instant (facts recorded at or before it), or a date YYYY-MM-DD meaning
   * through the end of that day in Europe/Amsterdam. Absent: as known now.
   */
  readonly bekendOp?: string;
}

export interface EerdereVondstInVenster {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly constateringsdatum: string;
  readonly zwaarsteCategorie: Drugscategorie;
  readonly afloop: Afloop;
}

export interface RecidiveAntwoord {
  readonly eerdereVondsten: readonly EerdereVondstInVenster[];
  /** The keys read as this one pand, as known then: the key asked, and the BAG id and addresses linked to it. */
  readonly pandSleutels: readonly string[];
  /** Both ends inclusive: `van` the first day whose find still reaches the date within the window (recidive-venster.ts), `tot` the day before the date. */
  readonly venster: RecidiveVenster;
}

/**
 * The earlier finds in the pand that count for recidive. The window rule, exact:
 * an earlier find on E counts for the find on F when E < F <= E + `recidiveTermijnMaanden`
 * calendar months, counted forward from the earlier find with the month-end clamped
 * (recidive-venster.ts: 2017-02-28 + 36 months = 2020-02-28, so it does not count for a find on
 * 2020-02-29; 2017-03-01 does). A find on the same date as the one judged is not "earlier".
 * Finds still `lopend` count (the find is a fact; the procedure has not ended without a measure);
 * `afgezien` and `herroepen` count only when `vondstenZonderMaatregelTellenMee`.
 */
export async function recidiveVoor(redis: Redis, keyPrefix: string, vraag: RecidiveVraag): Promise<RecidiveAntwoord> {
  if (!isKalenderdatum(vraag.constateringsdatum)) throw new RangeError(`constateringsdatum: geen datum JJJJ-MM-DD: ${JSON.stringify(vraag.constateringsdatum)}`);
  if (!Number.isInteger(vraag.recidiveTermijnMaanden) || vraag.recidiveTermijnMaanden < 1) {
    throw new RangeError(`recidiveTermijnMaanden: moet een geheel getal vanaf 1 zijn: ${JSON.stringify(vraag.recidiveTermijnMaanden)}`);
  }
  const { van, tot } = recidiveVenster(vraag.constateringsdatum, vraag.recidiveTermijnMaanden);
  const grens = vraag.bekendOp === undefined ? undefined : bekendOpGrens(vraag.bekendOp);
  const prefix = projectionKeyPrefix(keyPrefix, RECIDIVE_PROJECTIE);
  const { sleutels: pandSleutels, waarden: velden } = await leesGekoppeld(redis, prefix, inNormaleVorm(vraag.pandSleutel), grens, (sleutel) => `${prefix}pand:${sleutel}`);

  const eerdereVondsten: EerdereVondstInVenster[] = [];
  for (const json of velden) {
    const record = JSON.parse(json) as VondstRecord;
    if (record.zaakId === vraag.exclusiefZaakId) continue;
    const versie = record.versies.find((v) =>
      grens === undefined ? v.vervangenOp === undefined : ms(v.vastgelegdOp) <= grens && (v.vervangenOp === undefined || ms(v.vervangenOp) > grens),
    );
    if (versie === undefined) continue; // not yet recorded then
    const afloop = [...record.afloop].reverse().find((a) => grens === undefined || ms(a.vastgelegdOp) <= grens)?.afloop ?? 'lopend';
    if (versie.constateringsdatum < van || versie.constateringsdatum > tot) continue;
    if (!vraag.vondstenZonderMaatregelTellenMee && (afloop === 'afgezien' || afloop === 'herroepen')) continue;
    eerdereVondsten.push({
      zaakId: record.zaakId,
      gemeente: record.gemeente,
      constateringsdatum: versie.constateringsdatum,
      zwaarsteCategorie: versie.zwaarsteCategorie,
      afloop,
    });
  }
  eerdereVondsten.sort((a, b) => a.constateringsdatum.localeCompare(b.constateringsdatum) || a.zaakId.localeCompare(b.zaakId));
  return { eerdereVondsten, pandSleutels, venster: { van, tot } };
}

/** The last millisecond that still counts as "known by" `bekendOp`. */
function bekendOpGrens(bekendOp: string): number {
  if (isKalenderdatum(bekendOp)) return ms(eindeVanDagInAmsterdam(bekendOp)) - 1;
  const grens = ms(bekendOp);
  if (Number.isNaN(grens)) throw new RangeError(`bekendOp: geen tijdstip of datum: ${JSON.stringify(bekendOp)}`);
  return grens;
}

function ms(instant: string): number {
  return Date.parse(instant);
}

/**
 * @deprecated The start of the recidive window, under its old name: it is no longer "minus months"
 * (2020-02-29 gives 2017-03-01, not 2017-02-28). Use `recidiveVensterVan`; kept for callers
 * outside this library that still import it (tools/bench).
 */
export const minMaanden = recidiveVensterVan;
