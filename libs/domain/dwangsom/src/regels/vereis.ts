import { vereisStand } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { formatEuro } from '../bedrag';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from './dwangsom-regels';

export type MetStatus<S extends DwangsomState['status']> = Extract<DwangsomState, { status: S }>;
export type MetLastState = MetStatus<'last-van-kracht' | 'last-beeindigd'>;

/** The case in one of the states the step may follow, or a refusal saying the step is out of order. */
export function vereis<S extends DwangsomState['status']>(state: DwangsomState, zaakId: string, statussen: readonly S[], wat: string): MetStatus<S> {
  return vereisStand(dwangsomRegels({}), { eersteStap: 'open eerst de zaak' }, state, zaakId, statussen, wat);
}

/** A last was imposed: in force or ended (what forfeited under it is still collected). */
export function vereisLast(state: DwangsomState, zaakId: string, wat: string): MetLastState {
  return vereis(state, zaakId, ['last-van-kracht', 'last-beeindigd'], wat);
}

/** A last that can still forfeit; once exhausted, lifted or revoked it says which. */
export function vereisLastVanKracht(state: DwangsomState, zaakId: string, wat: string): MetStatus<'last-van-kracht'> {
  if (state.status === 'last-beeindigd' && state.zaak.zaakId === zaakId) {
    if (state.einde.reden === 'uitgeput') {
      throw new DomainRuleViolation(
        'dwangsom/last-uitgeput',
        `Het maximum van ${formatEuro(state.last.maximumCent)} is sinds ${state.einde.sinds} bereikt: onder deze last verbeurt niets meer; overweeg een nieuwe last of bestuursdwang`,
        'zaakId',
      );
    }
    throw new DomainRuleViolation('dwangsom/last-niet-van-kracht', `De last is ${state.einde.reden} met ingang van ${state.einde.sinds}`, 'zaakId');
  }
  return vereis(state, zaakId, ['last-van-kracht'], wat);
}
