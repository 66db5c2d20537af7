import { regelsVoor, vereisStand, type AwbStap, type Regels } from '@handhaving/domain-awb';
import type { BibobState } from '../bibob.state';

export type MetStatus<S extends BibobState['status']> = Extract<BibobState, { status: S }>;

/** The kernel's rules under this context's prefix: refusals read `bibob/{regel}`. */
export function bibobRegels(command: Pick<AwbStap, 'vandaag'>): Regels {
  return regelsVoor('bibob', command);
}

/** The toets in one of the states the step may follow, or a refusal saying the step is out of order. */
export function vereis<S extends BibobState['status']>(state: BibobState, zaakId: string, statussen: readonly S[], wat: string): MetStatus<S> {
  return vereisStand(bibobRegels({}), { eersteStap: 'start eerst de Bibob-toets' }, state, zaakId, statussen, wat);
}
