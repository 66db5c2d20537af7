import { eindeVan, type Regels } from '@handhaving/domain-awb';
import type { NeemBeslissingOpBezwaar } from '../dwangsom.commands';
import { BEZWAARUITKOMSTEN, type DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { bestreden } from '../regels/bestreden-besluit';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { gevolgVanBezwaar } from '../regels/gevolg-van-bezwaar';
import { vereisLast } from '../regels/vereis';

/**
 * Art. 7:11 Awb: the beslissing op bezwaar against the last or an invorderingsbeschikking, with
 * its beroepstermijn; a gegrond one herroept or changes the last, or herroept the beschikking.
 */
export function neemBeslissingOpBezwaar(command: NeemBeslissingOpBezwaar, state: DwangsomState): readonly DwangsomEvent[] {
  const regels: Regels = dwangsomRegels(command);
  const s = vereisLast(state, command.zaakId, 'Op bezwaar wordt beslist bij een opgelegde last');
  const besluit = bestreden(s, command.tegen);
  if (!besluit.bezwaar) return regels.weiger('geen-bezwaar', `Er is geen bezwaar tegen ${besluit.naam} om op te beslissen`, 'tegen');
  if (besluit.bezwaar.beslissing) regels.weiger('bezwaar-al-beslist', `Op het bezwaar tegen ${besluit.naam} is al beslist`, 'tegen');
  const uitkomst = regels.keuze(command.uitkomst, BEZWAARUITKOMSTEN, 'uitkomst-onbekend', 'uitkomst', 'uitkomst');
  regels.datum(command.bekendmakingsdatum, 'bekendmakingsdatum');
  regels.volgorde(besluit.bezwaar.ontvangstdatum, command.bekendmakingsdatum, 'bekendmakingsdatum', 'De beslissing op bezwaar kan niet vóór de ontvangst van het bezwaar zijn bekendgemaakt');
  const gevolg = gevolgVanBezwaar(regels, command, s);
  const beslissing: DwangsomEvent = {
    type: 'BeslissingOpBezwaarGenomen',
    zaakId: command.zaakId,
    tegen: besluit.tegen,
    uitkomst,
    ...(gevolg === undefined ? {} : { gevolg }),
    bekendmakingsdatum: command.bekendmakingsdatum,
    beroepstermijnEinde: eindeVan(regels, { soort: 'beroepstermijn', vanaf: command.bekendmakingsdatum }, 'bekendmakingsdatum'),
    datum: command.datum,
    door: command.door,
  };
  // A maximum lowered to what already forfeited exhausts the last from the beslissing on.
  const uitgeput = gevolg?.soort === 'gewijzigd' && gevolg.maximumCent !== undefined && gevolg.maximumCent === s.last.verbeurdCent && s.status === 'last-van-kracht';
  return uitgeput
    ? [beslissing, { type: 'LastUitgeput', zaakId: command.zaakId, maximumCent: s.last.verbeurdCent, op: command.bekendmakingsdatum, datum: command.datum, door: command.door }]
    : [beslissing];
}
