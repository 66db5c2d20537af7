import { regelsVoor, type AwbStap, type Regels } from '@handhaving/domain-awb';
import type { DamoclesState } from '../damocles.state';

export type MetStatus<S extends DamoclesState['status']> = Extract<DamoclesState, { status: S }>;

/** The kernel's rules under this context's prefix: refusals read `damocles/{regel}`. */
export function damoclesRegels(command: Pick<AwbStap, 'vandaag'>): Regels {
  return regelsVoor('damocles', command);
}

/** The case in one of the states the step may follow, or a refusal saying the step is out of order. */
export function vereis<S extends DamoclesState['status']>(state: DamoclesState, zaakId: string, statussen: readonly S[], wat: string): MetStatus<S> {
  const regels = damoclesRegels({});
  if (state.status === 'onbekend') return regels.weiger('zaak-onbekend', `Er is geen zaak ${zaakId}: registreer eerst de rapportage`, 'zaakId');
  if (state.zaak.zaakId !== zaakId) regels.weiger('andere-zaak', `Deze stream hoort bij zaak ${state.zaak.zaakId}, niet bij ${zaakId}`, 'zaakId');
  if (!(statussen as readonly string[]).includes(state.status)) regels.weiger('stap-in-verkeerde-volgorde', `${wat} (de zaak staat op: ${state.status})`);
  return state as MetStatus<S>;
}

/** Every state of a registered case: for the steps that may come at any stage. */
export const GEREGISTREERD = ['rapportage-ontvangen', 'maatregel-voorgesteld', 'voornemen-verzonden', 'gereed-voor-besluit', 'sluiting-besloten', 'pand-gesloten', 'afgesloten'] as const;
