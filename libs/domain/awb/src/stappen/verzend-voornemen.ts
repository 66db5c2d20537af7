import type { Zienswijzeduur } from '@handhaving/policy';
import type { VoornemenVerzonden } from '../awb.events';
import { zienswijzetermijn, type GesteldeTermijn } from '../gestelde-termijnen';
import type { AwbStap, Regels } from '../regels';

export interface VerzendVoornemen extends AwbStap {
  readonly verzenddatum: string;
  readonly zienswijzetermijn: GesteldeTermijn<Zienswijzeduur>;
  /** The betrokkenen (ids) it goes to; by default every betrokkene of the case. */
  readonly aan?: readonly string[];
}

/**
 * Art. 4:8 Awb: a besluit that may hurt a betrokkene is announced to him first, with a term to
 * give his zienswijze. `na` is the step it follows (its date and, in words, what it was): the
 * voornemen cannot be sent before it.
 */
export function verzendVoornemen(
  regels: Regels,
  command: VerzendVoornemen,
  context: { readonly na: { readonly datum: string; readonly wat: string }; readonly betrokkenen: readonly string[] },
): VoornemenVerzonden {
  regels.datum(command.verzenddatum, 'verzenddatum');
  regels.volgorde(context.na.datum, command.verzenddatum, 'verzenddatum', `Het voornemen kan niet vóór ${context.na.wat} zijn verzonden`);
  const aan = command.aan === undefined ? context.betrokkenen : [...new Set(command.aan)];
  const onbekend = aan.find((id) => !context.betrokkenen.includes(id));
  if (onbekend !== undefined && command.aan !== undefined) {
    regels.weiger('voornemen-aan-onbekende', `${onbekend} is geen betrokkene van deze zaak: stuur het voornemen aan ${context.betrokkenen.join(', ') || 'de betrokkenen van de zaak'}`, 'aan');
  }
  return {
    type: 'VoornemenVerzonden',
    zaakId: command.zaakId,
    verzenddatum: command.verzenddatum,
    zienswijzetermijn: zienswijzetermijn(regels, command.verzenddatum, command.zienswijzetermijn),
    ...(aan.length === 0 ? {} : { aan }),
    datum: command.datum,
    door: command.door,
  };
}
