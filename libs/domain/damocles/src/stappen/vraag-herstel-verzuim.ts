import { leeg, lopendeOpschorting } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { plusDagen } from '@handhaving/termijnen';
import type { VraagHerstelVerzuim } from '../damocles.commands';
import type { DamoclesEvent } from '../damocles.events';
import type { DamoclesState } from '../damocles.state';
import { beslistermijn, hangendBezwaar } from '../regels/beslistermijn';
import { damoclesRegels, vereis } from '../regels/vereis';

/** Art. 6:6 Awb: the bezwaarmaker is asked to repair an omission; the beslistermijn stands still (art. 7:10 lid 2 Awb). */
export function vraagHerstelVerzuim(command: VraagHerstelVerzuim, state: DamoclesState): readonly DamoclesEvent[] {
  const regels = damoclesRegels(command);
  const s = vereis(state, command.zaakId, ['sluiting-besloten', 'pand-gesloten'], 'Herstel van een verzuim in het bezwaar wordt gevraagd bij een sluitingsbesluit');
  const { bezwaar, verloop } = hangendBezwaar(s.rechtsbescherming);
  if (leeg(command.verzuim)) throw new DomainRuleViolation('damocles/verzuim-zonder-omschrijving', 'Zeg welk verzuim de bezwaarmaker moet herstellen (art. 6:6 Awb)', 'verzuim');
  if (verloop.lopend) {
    throw new DomainRuleViolation(
      'damocles/opschorting-loopt-al',
      `De beslistermijn is al opgeschort sinds ${verloop.lopend.opschorting.van} (herstel gevraagd op ${verloop.lopend.gevraagdOp}): leg eerst het herstel of het verstrijken van de hersteltermijn vast`,
      'zaakId',
    );
  }
  regels.volgorde(bezwaar.ontvangstdatum, command.datum, 'datum', 'Herstel kan niet vóór de ontvangst van het bezwaar zijn gevraagd');
  regels.volgorde(verloop.laatsteStap, command.datum, 'datum', 'Het herstelverzoek kan niet vóór de vorige stap in de beslistermijn liggen');
  regels.datum(command.hersteltermijnEinde, 'hersteltermijnEinde');
  if (command.hersteltermijnEinde <= command.datum) {
    throw new DomainRuleViolation('damocles/termijn-ongeldig', `De hersteltermijn moet na het verzoek (${command.datum}) eindigen`, 'hersteltermijnEinde');
  }
  const gevraagd = { datum: command.datum, verzuim: command.verzuim, opgeschortVanaf: plusDagen(command.datum, 1) };
  // Art. 7:10 lid 2 Awb: the term stands still from the day after the request. A request made
  // while the bezwaartermijn still runs suspends it from its first day (the library counts no
  // day before the start); one on or after its last day stops nothing, the term has run out
  // (the library says whether the first day still falls within it).
  const huidig = beslistermijn(s, verloop, command.datum);
  const eersteDag = gevraagd.opgeschortVanaf > huidig.uitleg.start ? gevraagd.opgeschortVanaf : huidig.uitleg.start;
  const met = beslistermijn(s, { ...verloop, opschortingen: [...verloop.opschortingen, lopendeOpschorting(gevraagd)] }, eersteDag);
  if (!met.uitleg.opschortingen.some((o) => o.lopend && o.dagen > 0)) {
    throw new DomainRuleViolation(
      'damocles/beslistermijn-verstreken',
      `De beslistermijn op bezwaar eindigde op ${huidig.einde}: een herstelverzoek van ${command.datum} schort hem niet meer op (art. 7:10 lid 2 Awb)`,
      'datum',
    );
  }
  return [
    {
      type: 'HerstelVerzuimGevraagd',
      zaakId: command.zaakId,
      verzuim: command.verzuim,
      hersteltermijnEinde: command.hersteltermijnEinde,
      opgeschortVanaf: gevraagd.opgeschortVanaf,
      datum: command.datum,
      door: command.door,
    },
  ];
}
