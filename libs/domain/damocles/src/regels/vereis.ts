import { regelsVoor, vereisStand, type AwbStap, type Regels } from '@handhaving/domain-awb';
import type { DamoclesState } from '../damocles.state';

export type MetStatus<S extends DamoclesState['status']> = Extract<DamoclesState, { status: S }>;

/** The kernel's rules under this context's prefix: refusals read `damocles/{regel}`. */
export function damoclesRegels(command: Pick<AwbStap, 'vandaag'>): Regels {
  return regelsVoor('damocles', command);
}

/** The case in one of the states the step may follow, or a refusal saying the step is out of order. */
export function vereis<S extends DamoclesState['status']>(state: DamoclesState, zaakId: string, statussen: readonly S[], wat: string): MetStatus<S> {
  return vereisStand(damoclesRegels({}), { eersteStap: 'registreer eerst de rapportage' }, state, zaakId, statussen, wat);
}

/** Every state of a registered case: for the steps that may come at any stage. */
export const GEREGISTREERD = ['rapportage-ontvangen', 'maatregel-voorgesteld', 'voornemen-verzonden', 'gereed-voor-besluit', 'sluiting-besloten', 'pand-gesloten', 'afgesloten'] as const;
