import { stelBeslissingOpBezwaarUit as stelAwbBeslissingUit } from '@handhaving/domain-awb';
import type { StelBeslissingOpBezwaarUit } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { hangendeBeslistermijn } from '../regels/rechtsgang';
import { vereisLast } from '../regels/vereis';

/** Art. 7:10 lid 4 Awb (the kernel's step): the beslissing on the bezwaar against `tegen` postponed further, with the bezwaarmaker's consent, before the term ends. */
export function stelBeslissingOpBezwaarUit(command: StelBeslissingOpBezwaarUit, state: DwangsomState): readonly DwangsomEvent[] {
  const regels = dwangsomRegels(command);
  const s = vereisLast(state, command.zaakId, 'De beslissing op bezwaar wordt uitgesteld in een bezwaar tegen de last of een invorderingsbeschikking');
  const besluit = bestreden(s, command.tegen);
  const uitstel = stelAwbBeslissingUit(regels, command, hangendeBeslistermijn(regels, besluit));
  return [{ type: 'BeslistermijnBezwaarUitgesteld', zaakId: command.zaakId, tegen: besluit.tegen, ...uitstel, datum: command.datum, door: command.door }];
}
