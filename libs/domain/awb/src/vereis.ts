import type { Regels } from './regels';

/** A context's state of a case: `onbekend` before it is opened, and then its case (`zaak`). */
export type Zaakstand = { readonly status: 'onbekend' } | { readonly status: string; readonly zaak: { readonly zaakId: string } };

/** How a context words the refusal of a step on a case that does not exist: "registreer eerst de rapportage". */
export interface ZaakWoorden {
  readonly eersteStap: string;
}

/**
 * The guard every step of every context opens with: the case exists (`zaak-onbekend`), the
 * stream is this case's (`andere-zaak`), and it is in one of the states the step may follow
 * (`stap-in-verkeerde-volgorde`, the message naming the state). Refusals under the context's
 * prefix, in its words.
 */
export function vereisStand<T extends Zaakstand, S extends T['status']>(regels: Regels, woorden: ZaakWoorden, state: T, zaakId: string, statussen: readonly S[], wat: string): Extract<T, { status: S }> {
  if (state.status === 'onbekend' || !('zaak' in state)) return regels.weiger('zaak-onbekend', `Er is geen zaak ${zaakId}: ${woorden.eersteStap}`, 'zaakId');
  if (state.zaak.zaakId !== zaakId) regels.weiger('andere-zaak', `Deze stream hoort bij zaak ${state.zaak.zaakId}, niet bij ${zaakId}`, 'zaakId');
  if (!(statussen as readonly string[]).includes(state.status)) regels.weiger('stap-in-verkeerde-volgorde', `${wat} (de zaak staat op: ${state.status})`);
  return state as Extract<T, { status: S }>;
}
