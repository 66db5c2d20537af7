import { regelsVoor, vereisStand, type AwbStap, type Regels } from '@handhaving/domain-awb';
import type { Bevinding } from '../../controle/controle.events';
import type { Uitkomst, VerzoekAan } from '../verzoek.events';
import type { VerzoekState } from '../verzoek.state';

/** The kernel's rules under this context's prefix: refusals read `verzoek/{regel}`. */
export function verzoekRegels(command: Pick<AwbStap, 'vandaag'>): Regels {
  return regelsVoor('verzoek', command);
}

/** The request a step follows, sent and not yet answered, or a refusal. */
export function vereisVerstuurd(state: VerzoekState, zaakId: string, wat: string): Extract<VerzoekState, { status: 'verstuurd' }> {
  const regels = verzoekRegels({});
  if (state.status === 'beantwoord' && state.zaak.zaakId === zaakId) {
    regels.weiger('verzoek-al-beantwoord', `${wat}: verzoek ${zaakId} is op ${state.antwoord.datum} al beantwoord (${state.antwoord.uitkomst})`, 'zaakId');
  }
  return vereisStand(regels, { eersteStap: 'verstuur eerst het verzoek' }, state, zaakId, ['verstuurd'], wat);
}

/** Who a finding asks: the BRP to correct a registration, bouw- en woningtoezicht to act on fire safety. */
export const AAN_PER_BEVINDING = { 'brp-onjuist': 'brp', brandonveilig: 'bouw-en-woningtoezicht' } as const satisfies Partial<Record<Bevinding, VerzoekAan>>;

/** The answers each side can give. */
export const UITKOMSTEN_PER_AAN: { readonly [A in VerzoekAan]: readonly Uitkomst[] } = {
  brp: ['gecorrigeerd', 'niet-gecorrigeerd'],
  'bouw-en-woningtoezicht': ['maatregel-genomen', 'geen-maatregel'],
};

/** Without a term of its own a request is to be answered in four weeks: the gemeente's choice, not a term of law. */
export const STANDAARD_ANTWOORDTERMIJN_IN_WEKEN = 4;
