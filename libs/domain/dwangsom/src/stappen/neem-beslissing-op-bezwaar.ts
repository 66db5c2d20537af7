import { neemBeslissingOpBezwaar as neemAwbBeslissingOpBezwaar, type Regels } from '@handhaving/domain-awb';
import type { NeemBeslissingOpBezwaar } from '../dwangsom.commands';
import { BEZWAARUITKOMSTEN, type DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { gevolgVanBezwaar } from '../regels/gevolg-van-bezwaar';
import { vereisLast } from '../regels/vereis';

/**
 * Art. 7:11 Awb (the kernel's step): the beslissing op bezwaar against the last or an invorderingsbeschikking, with
 * its beroepstermijn; a gegrond one herroept or changes the last, or herroept the beschikking.
 */
export function neemBeslissingOpBezwaar(command: NeemBeslissingOpBezwaar, state: DwangsomState): readonly DwangsomEvent[] {
  const regels: Regels = dwangsomRegels(command);
  const s = vereisLast(state, command.zaakId, 'Op bezwaar wordt beslist bij een opgelegde last');
  const besluit = bestreden(s, command.tegen);
  const { uitkomst, bekendmakingsdatum, beroepstermijnEinde } = neemAwbBeslissingOpBezwaar(
    regels,
    command,
    { naam: besluit.naam, ontvangstdatum: besluit.bezwaar?.ontvangstdatum, beslist: besluit.bezwaar?.beslissing !== undefined },
    BEZWAARUITKOMSTEN,
    'tegen',
  );
  const gevolg = gevolgVanBezwaar(regels, command, s);
  const beslissing: DwangsomEvent = {
    type: 'BeslissingOpBezwaarGenomen',
    zaakId: command.zaakId,
    tegen: besluit.tegen,
    uitkomst,
    ...(gevolg === undefined ? {} : { gevolg }),
    bekendmakingsdatum,
    beroepstermijnEinde,
    datum: command.datum,
    door: command.door,
  };
  // A maximum lowered to what already forfeited exhausts the last from the beslissing on.
  const uitgeput = gevolg?.soort === 'gewijzigd' && gevolg.maximumCent !== undefined && gevolg.maximumCent === s.last.verbeurdCent && s.status === 'last-van-kracht';
  return uitgeput
    ? [beslissing, { type: 'LastUitgeput', zaakId: command.zaakId, maximumCent: s.last.verbeurdCent, op: command.bekendmakingsdatum, datum: command.datum, door: command.door }]
    : [beslissing];
}
