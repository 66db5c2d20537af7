import type { DamoclesEvent } from '@handhaving/domain-damocles';
import type { Drugscategorie } from '@handhaving/policy';
import { inNormaleVorm } from './pand-koppelingen';

/*
 * One find as the recidive check reads it (the read model `damocles.recidive`), folded from its
 * case's events. Nothing is ever dropped: a `FeitenGecorrigeerd` of the constateringsdatum or the
 * heaviest category adds a new version of the fact and marks the previous one superseded at the
 * correction's recorded-at; an outcome change appends to the outcome history. Pure: the
 * projection (recidive.projection.ts) files the records per pand, the question is in recidive.vragen.ts.
 */

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

/** What the fold knows of the event's recording: when, and the gemeente of the stream. */
export interface Vastlegging {
  /** Recorded-at (ISO instant). */
  readonly op: string;
  readonly gemeente?: string;
}

/** The find's record after `event`; null for a case whose rapportage this model never saw. */
export function evolveRecidive(record: VondstRecord | null, event: DamoclesEvent, vastlegging: Vastlegging): VondstRecord | null {
  const op = vastlegging.op;
  if (event.type === 'RapportageOntvangen') {
    // Replayed twice: the first one stands.
    if (record !== null) return record;
    return {
      zaakId: event.zaakId,
      gemeente: event.gemeente ?? vastlegging.gemeente ?? 'onbekend',
      pandSleutel: inNormaleVorm(event.pand.sleutel),
      versies: [{ constateringsdatum: event.constateringsdatum, zwaarsteCategorie: event.zwaarsteCategorie, vastgelegdOp: op }],
      afloop: [{ afloop: 'lopend', vastgelegdOp: op }],
    };
  }
  if (record === null) return null;
  const metAfloop = (afloop: Afloop, datum: string): VondstRecord => ({ ...record, afloop: [...record.afloop, { afloop, datum, vastgelegdOp: op }] });
  switch (event.type) {
    case 'WaarschuwingGegeven':
      return metAfloop('waarschuwing', event.bekendmakingsdatum);
    case 'SluitingsbesluitGenomen':
      return metAfloop('sluiting', event.bekendmakingsdatum);
    case 'AfgezienVanMaatregel':
      return metAfloop('afgezien', event.datum);
    case 'BeslissingOpBezwaarGenomen':
      return event.gevolg?.soort === 'herroepen' ? metAfloop('herroepen', event.bekendmakingsdatum) : record;
    case 'UitspraakOpBeroepGedaan':
      // A closure the rechtbank vernietigde fell away as a revoked one did: it counts as herroepen.
      return event.vernietigd ? metAfloop('herroepen', event.uitspraakdatum) : record;
    case 'FeitenGecorrigeerd': {
      const huidig = record.versies[record.versies.length - 1];
      let constateringsdatum = huidig.constateringsdatum;
      let zwaarsteCategorie = huidig.zwaarsteCategorie;
      for (const correctie of event.correcties) {
        if (correctie.veld === 'constateringsdatum') constateringsdatum = correctie.nieuw;
        if (correctie.veld === 'zwaarsteCategorie') zwaarsteCategorie = correctie.nieuw;
      }
      if (constateringsdatum === huidig.constateringsdatum && zwaarsteCategorie === huidig.zwaarsteCategorie) return record;
      return { ...record, versies: [...record.versies.slice(0, -1), { ...huidig, vervangenOp: op }, { constateringsdatum, zwaarsteCategorie, vastgelegdOp: op }] };
    }
    default:
      return record;
  }
}
