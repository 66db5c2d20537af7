import { regelsVoor, type AwbStap, type Regels } from '@handhaving/domain-awb';
import { DomainRuleViolation, leesPandIn, type Pand, type PandInvoer } from '@handhaving/domain-shared';
import type { Melding, MeldingState } from '../melding.state';

/** The kernel's rules under this context's prefix: refusals read `melding/{regel}`. */
export function meldingRegels(command: Pick<AwbStap, 'vandaag'>): Regels {
  return regelsVoor('melding', command);
}

/** The day an event is recorded: the API's `vandaag`, else the step's own date. */
export function geregistreerdOp(command: Pick<AwbStap, 'vandaag' | 'datum'>): string {
  return command.vandaag ?? command.datum;
}

/** The open melding a step follows, or a refusal: none registered, another melding's stream, or already closed. */
export function vereisOpen(regels: Regels, state: MeldingState, zaakId: string): Melding {
  if (state.status === 'onbekend') return regels.weiger('melding-onbekend', `Er is geen melding ${zaakId}: registreer eerst de melding`, 'zaakId');
  if (state.melding.zaakId !== zaakId) regels.weiger('andere-melding', `Deze stream hoort bij melding ${state.melding.zaakId}, niet bij ${zaakId}`, 'zaakId');
  if (state.status === 'gesloten') regels.weiger('melding-gesloten', `Melding ${zaakId} is al gesloten (${state.reden})`, 'zaakId');
  return state.melding;
}

/** A pand read by the shared identity; its refusal keeps the `pand/…` rule and names the field under `veld`. */
export function pandIn(invoer: PandInvoer | Pand | undefined, veld: string): Pand {
  if (typeof invoer !== 'object' || invoer === null) throw new DomainRuleViolation('melding/pand-ontbreekt', 'Noem het pand: een BAG-id of postcode en huisnummer', veld);
  return leesPandIn(invoer, veld);
}
