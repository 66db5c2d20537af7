import type { DwangsomEvent, GrondslagSoort, HerkomstContext, Thema } from '@handhaving/domain-dwangsom';
import { opgeslagenVerbeuring, type OpgeslagenVerbeuring } from './opgeslagen-verbeuring';

/*
 * One case as the dwangsom figures count it (the read model `dwangsom.cijfers`), folded from its
 * events. Bitemporal by appending: every fact the figures read is kept with its recorded-at
 * (`vastgelegdOp`), so "as known on K" filters the facts recorded by K; a herroeping on bezwaar is
 * itself such a fact. Pure: the projection (dwangsom-cijfers.projection.ts) loads, files and stores
 * the records; the questions are in dwangsom-cijfers.vragen.ts.
 */

export interface Feit {
  /** Recorded-at (ISO instant). */
  readonly vastgelegdOp: string;
}

export interface DwangsomCijferZaak {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly overtrederId: string;
  readonly grondslag: GrondslagSoort;
  readonly thema: Thema;
  readonly herkomst?: HerkomstContext;
  readonly last?: Feit & { readonly datum: string; readonly bekendmakingsdatum: string; readonly maximumCent: number };
  readonly verbeuringen: readonly (Feit & OpgeslagenVerbeuring)[];
  readonly invorderingen: readonly (Feit & { readonly invordering: number; readonly verbeuring: number; readonly bedragCent: number; readonly bekendmakingsdatum: string })[];
  readonly betalingen: readonly (Feit & { readonly invordering: number; readonly bedragCent: number; readonly betaaldatum: string })[];
  readonly uitgeput?: Feit & { readonly op: string };
  readonly bezwaren: readonly (Feit & { readonly tegen: 'last' | 'invorderingsbeschikking'; readonly invordering?: number; readonly ontvangstdatum: string; readonly tijdig: boolean })[];
  /** Herroepen on bezwaar: the last (all its forfeitures lapse) or one invorderingsbeschikking; a last gewijzigd is not. */
  readonly herroepen: readonly (Feit & { readonly tegen: 'last' | 'invorderingsbeschikking'; readonly invordering?: number; readonly datum: string })[];
}

/** The event types the figures fold. */
export const DWANGSOM_CIJFER_EVENTS: readonly DwangsomEvent['type'][] = [
  'DwangsomzaakGeopend',
  'LastOpgelegd',
  'DwangsomVerbeurd',
  'LastUitgeput',
  'InvorderingsbeschikkingVerzonden',
  'BetalingOntvangen',
  'BezwaarIngediend',
  'BeslissingOpBezwaarGenomen',
];

/** The case's record after `event`, recorded at `vastgelegdOp`; null for a case not seen opened. */
export function evolveDwangsomCijfers(zaak: DwangsomCijferZaak | null, event: DwangsomEvent, vastgelegdOp: string): DwangsomCijferZaak | null {
  if (event.type === 'DwangsomzaakGeopend') {
    // Replayed: the first one stands.
    return (
      zaak ?? {
        zaakId: event.zaakId,
        gemeente: event.gemeente,
        overtrederId: event.overtrederId,
        grondslag: event.grondslag.soort,
        thema: event.thema ?? 'overig',
        ...(event.herkomst === undefined ? {} : { herkomst: event.herkomst.context }),
        verbeuringen: [],
        invorderingen: [],
        betalingen: [],
        bezwaren: [],
        herroepen: [],
      }
    );
  }
  if (zaak === null) return null;
  switch (event.type) {
    case 'LastOpgelegd':
      return { ...zaak, last: { datum: event.datum, bekendmakingsdatum: event.bekendmakingsdatum, maximumCent: event.maximumCent, vastgelegdOp } };
    case 'DwangsomVerbeurd':
      return { ...zaak, verbeuringen: [...zaak.verbeuringen, { ...opgeslagenVerbeuring(event), vastgelegdOp }] };
    case 'LastUitgeput':
      return { ...zaak, uitgeput: { op: event.op, vastgelegdOp } };
    case 'InvorderingsbeschikkingVerzonden':
      return {
        ...zaak,
        invorderingen: [...zaak.invorderingen, { invordering: event.invordering, verbeuring: event.verbeuring, bedragCent: event.bedragCent, bekendmakingsdatum: event.bekendmakingsdatum, vastgelegdOp }],
      };
    case 'BetalingOntvangen':
      return { ...zaak, betalingen: [...zaak.betalingen, { invordering: event.invordering, bedragCent: event.bedragCent, betaaldatum: event.betaaldatum, vastgelegdOp }] };
    case 'BezwaarIngediend':
      return {
        ...zaak,
        bezwaren: [
          ...zaak.bezwaren,
          {
            tegen: event.tegen.besluit,
            ...(event.tegen.besluit === 'invorderingsbeschikking' ? { invordering: event.tegen.invordering } : {}),
            ontvangstdatum: event.ontvangstdatum,
            tijdig: event.tijdig,
            vastgelegdOp,
          },
        ],
      };
    case 'BeslissingOpBezwaarGenomen':
      // Gewijzigd on bezwaar, the last still went out and stands (lighter): it keeps counting.
      if (event.uitkomst !== 'gegrond' || event.gevolg?.soort === 'gewijzigd') return zaak;
      return {
        ...zaak,
        herroepen: [
          ...zaak.herroepen,
          { tegen: event.tegen.besluit, ...(event.tegen.besluit === 'invorderingsbeschikking' ? { invordering: event.tegen.invordering } : {}), datum: event.datum, vastgelegdOp },
        ],
      };
    default:
      return zaak;
  }
}
