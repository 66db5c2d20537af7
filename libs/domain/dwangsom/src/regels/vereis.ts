import { DomainRuleViolation } from '@handhaving/domain-shared';
import { formatEuro } from '../bedrag';
import type { DwangsomState } from '../dwangsom.state';

export type MetStatus<S extends DwangsomState['status']> = Extract<DwangsomState, { status: S }>;
export type MetLastState = MetStatus<'last-van-kracht' | 'last-beeindigd'>;

/** The case in one of the states the step may follow, or a refusal saying the step is out of order. */
export function vereis<S extends DwangsomState['status']>(state: DwangsomState, zaakId: string, statussen: readonly S[], wat: string): MetStatus<S> {
  if (state.status === 'onbekend') throw new DomainRuleViolation('dwangsom/zaak-onbekend', `Er is geen zaak ${zaakId}: open eerst de zaak`, 'zaakId');
  if (state.zaak.zaakId !== zaakId) throw new DomainRuleViolation('dwangsom/andere-zaak', `Deze stream hoort bij zaak ${state.zaak.zaakId}, niet bij ${zaakId}`, 'zaakId');
  if (!(statussen as readonly string[]).includes(state.status)) {
    throw new DomainRuleViolation('dwangsom/stap-in-verkeerde-volgorde', `${wat} (de zaak staat op: ${state.status})`);
  }
  return state as MetStatus<S>;
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
