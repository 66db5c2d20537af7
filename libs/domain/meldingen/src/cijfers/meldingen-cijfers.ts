import { fold } from '@handhaving/domain-shared';
import { BRONNEN, categorieenVan, MELDING_EVENT_TYPES, type Bron, type Categorie, type MeldingEvent } from '../melding.events';
import { evolveMelding } from '../melding.evolve';
import type { Melding, MeldingState } from '../melding.state';

export interface MeldingenCijfersOptions {
  readonly jaar: number;
  /** Read the history as it was known on this day: events recorded after it are left out. Absent: as known now. */
  readonly bekendOp?: string;
  /** Only this gemeente's meldingen (CBS-code). Absent: every melding given. */
  readonly gemeente?: string;
}

export interface Cel {
  readonly aantal: number;
  /** The meldingen counted, in the order registered: every figure can be opened to its cases. */
  readonly zaakIds: readonly string[];
}

export interface CijfersPerBron {
  /** Every category the source may use, zero or not, as the table's columns. */
  readonly perCategorie: Readonly<Partial<Record<Categorie, Cel>>>;
  readonly totaal: number;
}

export interface MeldingenCijfers {
  readonly jaar: number;
  readonly bekendOp?: string;
  readonly perBron: Readonly<Record<Bron, CijfersPerBron>>;
  readonly totaal: number;
}

const EIGEN_TYPES: readonly string[] = MELDING_EVENT_TYPES;

/**
 * The meldingen of a year per source and category, as Kerkrade's chapter 6 tables count them (issue
 * 15, item 1): a melding counts in the year of its meldingsdatum, whatever became of it later. From
 * the recorded history (streams interleaved in any way, events of other types passed by), as known
 * now or on `bekendOp`: a melding registered after that day is not yet known. Pure: the caller reads
 * the events.
 */
export function meldingenCijfers(geschiedenis: readonly { readonly type: string }[], opties: MeldingenCijfersOptions): MeldingenCijfers {
  const { jaar, bekendOp, gemeente } = opties;
  const eigen = geschiedenis.filter((e): e is MeldingEvent => EIGEN_TYPES.includes(e.type));
  const bekend = bekendOp === undefined ? eigen : eigen.filter((e) => e.geregistreerdOp <= bekendOp);
  const meldingen = meldingenUit(bekend).filter((m) => Number(m.meldingsdatum.slice(0, 4)) === jaar && (gemeente === undefined || m.gemeente === gemeente));

  const perBron = {} as Record<Bron, CijfersPerBron>;
  for (const bron of BRONNEN) {
    const vanBron = meldingen.filter((m) => m.bron === bron);
    const perCategorie: Partial<Record<Categorie, Cel>> = {};
    for (const categorie of categorieenVan(bron)) {
      const zaakIds = vanBron.filter((m) => m.categorie === categorie).map((m) => m.zaakId);
      perCategorie[categorie] = { aantal: zaakIds.length, zaakIds };
    }
    perBron[bron] = { perCategorie, totaal: vanBron.length };
  }
  return { jaar, ...(bekendOp === undefined ? {} : { bekendOp }), perBron, totaal: meldingen.length };
}

function meldingenUit(events: readonly MeldingEvent[]): readonly Melding[] {
  const perZaak = new Map<string, MeldingEvent[]>();
  for (const event of events) {
    const stroom = perZaak.get(event.zaakId);
    if (stroom === undefined) perZaak.set(event.zaakId, [event]);
    else stroom.push(event);
  }
  return [...perZaak.values()]
    .map((stroom) => fold<MeldingEvent, MeldingState>({ initialState: () => ({ status: 'onbekend' }), evolve: evolveMelding }, stroom))
    .flatMap((state) => (state.status === 'onbekend' ? [] : [state.melding]));
}
