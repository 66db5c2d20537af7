import type { DamoclesEvent, FeitenGecorrigeerd } from '@handhaving/domain-damocles';
import type { RecordedMetadata } from '@handhaving/event-store';
import type { Drugscategorie } from '@handhaving/policy';
import { inNormaleVorm } from './pand-koppelingen';

/*
 * One Damocles case as the figures read it (the read model `damocles.cijfers`, counting rules:
 * docs/cijfers.md), folded from its events. Pure: the projection (cijfers.projection.ts) loads and
 * stores the records and files them per year, the questions are in cijfers.vragen.ts.
 *
 * Bitemporal: nothing is overwritten. A `FeitenGecorrigeerd` of the ontvangstdatum,
 * constateringsdatum or heaviest category adds a version of the facts and marks the previous one
 * superseded at the correction's recorded-at; every besluit and a revocation on bezwaar (or a
 * vernietiging on beroep) are appended to the case's `besluiten` with their recorded-at. A
 * record's dates only ever grow in number. `zoalsBekend` reads a record as known at a moment.
 *
 * Rule 1: a measure counts in the year of its besluit. The date kept is the besluit event's
 * `datum` — the domain date the besluit was taken (damocles.events.ts: "every event records the
 * domain date of the step") — beside its `bekendmakingsdatum` (the day it was made known, which
 * runs the bezwaartermijn).
 */

/** One version of the facts that the figures read, valid from `vastgelegdOp` until `vervangenOp` (recorded-at instants, ISO UTC). */
export interface CijferFeiten {
  readonly ontvangstdatum: string;
  readonly constateringsdatum: string;
  readonly zwaarsteCategorie: Drugscategorie;
  readonly vastgelegdOp: string;
  readonly vervangenOp?: string;
}

export type CijferBesluitSoort = 'waarschuwing' | 'sluiting' | 'afgezien' | 'herroepen';

/** A besluit (or its revocation on bezwaar); the last one recorded by a moment is the one known then. */
export interface CijferBesluit {
  readonly soort: CijferBesluitSoort;
  /** Domain date the besluit (or the beslissing op bezwaar) was taken: the event's `datum`. */
  readonly datum: string;
  readonly bekendmakingsdatum?: string;
  readonly vastgelegdOp: string;
}

export interface CijferZaak {
  readonly zaakId: string;
  readonly gemeente: string;
  /** The key the case recorded, in today's normal form (`normalePandSleutel`). */
  readonly pandSleutel: string;
  /** Oldest first; the one without `vervangenOp` is valid now. */
  readonly feiten: readonly CijferFeiten[];
  /** Oldest first, in recorded order. */
  readonly besluiten: readonly CijferBesluit[];
}

/** What the fold reads of an event's metadata: when it was recorded, and the gemeente of a rapportage that names none. */
export type CijferMetadata = Pick<RecordedMetadata, 'recordedAt' | 'gemeente'>;

/** The case's record after `event`; null for a case whose rapportage this read model never saw (nothing to count it under). */
export function evolveCijferZaak(zaak: CijferZaak | null, event: DamoclesEvent, recorded: CijferMetadata): CijferZaak | null {
  const op = recorded.recordedAt;
  if (event.type === 'RapportageOntvangen') {
    if (zaak !== null) return zaak; // replayed twice: the first one stands
    const gemeente = event.gemeente ?? recorded.gemeente ?? 'onbekend';
    return {
      zaakId: event.zaakId,
      gemeente,
      pandSleutel: inNormaleVorm(event.pand.sleutel),
      feiten: [
        {
          ontvangstdatum: event.ontvangstdatum,
          constateringsdatum: event.constateringsdatum,
          zwaarsteCategorie: event.zwaarsteCategorie,
          vastgelegdOp: op,
        },
      ],
      besluiten: [],
    };
  }
  if (zaak === null) return null;
  switch (event.type) {
    case 'WaarschuwingGegeven':
      return metBesluit(zaak, { soort: 'waarschuwing', datum: event.datum, bekendmakingsdatum: event.bekendmakingsdatum, vastgelegdOp: op });
    case 'SluitingsbesluitGenomen':
      return metBesluit(zaak, { soort: 'sluiting', datum: event.datum, bekendmakingsdatum: event.bekendmakingsdatum, vastgelegdOp: op });
    case 'AfgezienVanMaatregel':
      return metBesluit(zaak, { soort: 'afgezien', datum: event.datum, vastgelegdOp: op });
    case 'BeslissingOpBezwaarGenomen':
      // Only a revocation marks the figures (rule 7); `gewijzigd` (another duration) is still a closure of the same besluit.
      if (event.uitkomst !== 'gegrond' || event.gevolg?.soort !== 'herroepen') return zaak;
      return metBesluit(zaak, { soort: 'herroepen', datum: event.datum, bekendmakingsdatum: event.bekendmakingsdatum, vastgelegdOp: op });
    case 'UitspraakOpBeroepGedaan':
      // A closure the rechtbank vernietigde in beroep went out too: marked "later herroepen" like one revoked on bezwaar (rule 7).
      if (!event.vernietigd) return zaak;
      return metBesluit(zaak, { soort: 'herroepen', datum: event.datum, bekendmakingsdatum: event.uitspraakdatum, vastgelegdOp: op });
    case 'FeitenGecorrigeerd':
      return gecorrigeerd(zaak, event, op);
    default:
      return zaak;
  }
}

function metBesluit(zaak: CijferZaak, besluit: CijferBesluit): CijferZaak {
  return { ...zaak, besluiten: [...zaak.besluiten, besluit] };
}

/** A new version of the facts when the correction changes one the figures read; else the case as it was. */
function gecorrigeerd(zaak: CijferZaak, event: FeitenGecorrigeerd, op: string): CijferZaak {
  const huidig = zaak.feiten[zaak.feiten.length - 1];
  let { ontvangstdatum, constateringsdatum, zwaarsteCategorie } = huidig;
  for (const correctie of event.correcties) {
    if (correctie.veld === 'ontvangstdatum') ontvangstdatum = correctie.nieuw;
    if (correctie.veld === 'constateringsdatum') constateringsdatum = correctie.nieuw;
    if (correctie.veld === 'zwaarsteCategorie') zwaarsteCategorie = correctie.nieuw;
  }
  if (ontvangstdatum === huidig.ontvangstdatum && constateringsdatum === huidig.constateringsdatum && zwaarsteCategorie === huidig.zwaarsteCategorie) {
    return zaak; // a correction of something the figures do not read (betrokkenen, pandtype)
  }
  return {
    ...zaak,
    feiten: [...zaak.feiten.slice(0, -1), { ...huidig, vervangenOp: op }, { ontvangstdatum, constateringsdatum, zwaarsteCategorie, vastgelegdOp: op }],
  };
}

/** A case as known at a moment: what the figures count it by. */
export interface BekendeCijferZaak {
  readonly zaak: CijferZaak;
  /** The version of the facts valid at that moment. */
  readonly feiten: CijferFeiten;
  /** The measure decided, as known at that moment: the last waarschuwing, sluiting or afzien recorded by then, if any. */
  readonly maatregel?: CijferBesluit;
  /** Whether a revocation of that measure on bezwaar (or its vernietiging on beroep) was recorded by then. */
  readonly herroepen: boolean;
}

/**
 * The case as known at `grens` (epoch ms, the last millisecond that counts; as known now when
 * absent): undefined when it was not yet recorded then. A revocation keeps the measure it revokes
 * (rule 7: the closure went out) and marks it `herroepen` from the moment it was recorded.
 */
export function zoalsBekend(zaak: CijferZaak, grens: number | undefined): BekendeCijferZaak | undefined {
  const bekendBij = (vastgelegdOp: string): boolean => grens === undefined || Date.parse(vastgelegdOp) <= grens;
  const feiten = zaak.feiten.find((v) =>
    grens === undefined ? v.vervangenOp === undefined : bekendBij(v.vastgelegdOp) && (v.vervangenOp === undefined || Date.parse(v.vervangenOp) > grens),
  );
  if (feiten === undefined) return undefined; // not yet recorded then
  const besluiten = zaak.besluiten.filter((b) => bekendBij(b.vastgelegdOp));
  const m = besluiten.findLastIndex((b) => b.soort !== 'herroepen');
  const maatregel = m === -1 ? undefined : besluiten[m];
  return { zaak, feiten, maatregel, herroepen: m !== -1 && besluiten.slice(m + 1).some((b) => b.soort === 'herroepen') };
}
