import type { DwangsomEvent } from '@handhaving/domain-dwangsom';
import { opgeslagenVerbeuring, type OpgeslagenVerbeuring } from './opgeslagen-verbeuring';

/*
 * What one case owes, folded from its events (the read model `dwangsom.openstaand`): the
 * forfeitures, the invorderingsbeschikkingen and what was paid on them. Pure: the projection
 * (openstaand.projection.ts) loads and stores the records, the questions are in openstaand.vragen.ts.
 */

export interface OpenstaandeVerbeuring extends OpgeslagenVerbeuring {
  /** The invorderingsbeschikking that claimed it: from then on its units are the beschikking's. */
  readonly invordering?: number;
  /** The last was herroepen on bezwaar: nothing of it is owed. */
  readonly vervallen?: true;
}

export interface OpenstaandeInvordering {
  readonly invordering: number;
  readonly verbeuring: number;
  readonly bedragCent: number;
  readonly betaaldCent: number;
  readonly bekendmakingsdatum: string;
  /** The units of the forfeiture that had verjaard before the beschikking went out: lost. */
  readonly verjaardCent: number;
  /** Herroepen on bezwaar. */
  readonly vervallen?: true;
}

export interface OpenstaandeZaak {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly overtrederId: string;
  readonly verbeuringen: readonly OpenstaandeVerbeuring[];
  readonly invorderingen: readonly OpenstaandeInvordering[];
}

/** The event types this read model folds. */
export const OPENSTAAND_EVENTS: readonly DwangsomEvent['type'][] = ['DwangsomzaakGeopend', 'DwangsomVerbeurd', 'InvorderingsbeschikkingVerzonden', 'BetalingOntvangen', 'BeslissingOpBezwaarGenomen'];

/** The case's record after `event`; null for a case this read model has not seen opened. */
export function evolveOpenstaand(zaak: OpenstaandeZaak | null, event: DwangsomEvent): OpenstaandeZaak | null {
  if (event.type === 'DwangsomzaakGeopend') {
    // Replayed: the first one stands.
    return zaak ?? { zaakId: event.zaakId, gemeente: event.gemeente, overtrederId: event.overtrederId, verbeuringen: [], invorderingen: [] };
  }
  if (zaak === null) return null;
  switch (event.type) {
    case 'DwangsomVerbeurd':
      return { ...zaak, verbeuringen: [...zaak.verbeuringen, opgeslagenVerbeuring(event)] };
    case 'InvorderingsbeschikkingVerzonden':
      return {
        ...zaak,
        verbeuringen: zaak.verbeuringen.map((v) => (v.verbeuring === event.verbeuring ? { ...v, invordering: event.invordering } : v)),
        invorderingen: [
          ...zaak.invorderingen,
          {
            invordering: event.invordering,
            verbeuring: event.verbeuring,
            bedragCent: event.bedragCent,
            betaaldCent: 0,
            bekendmakingsdatum: event.bekendmakingsdatum,
            verjaardCent: event.verjaard?.bedragCent ?? 0,
          },
        ],
      };
    case 'BetalingOntvangen':
      return { ...zaak, invorderingen: zaak.invorderingen.map((i) => (i.invordering === event.invordering ? { ...i, betaaldCent: i.betaaldCent + event.bedragCent } : i)) };
    case 'BeslissingOpBezwaarGenomen': {
      // A last gewijzigd on bezwaar keeps what forfeited (a change that would alter it is refused).
      if (event.uitkomst !== 'gegrond' || event.gevolg?.soort === 'gewijzigd') return zaak;
      const tegen = event.tegen;
      return tegen.besluit === 'last'
        ? { ...zaak, verbeuringen: zaak.verbeuringen.map((v) => ({ ...v, vervallen: true })), invorderingen: zaak.invorderingen.map((i) => ({ ...i, vervallen: true })) }
        : { ...zaak, invorderingen: zaak.invorderingen.map((i) => (i.invordering === tegen.invordering ? { ...i, vervallen: true } : i)) };
    }
    default:
      return zaak;
  }
}
