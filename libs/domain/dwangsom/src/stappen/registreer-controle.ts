import { leeg, type Regels } from '@handhaving/domain-awb';
import { plusDagen } from '@handhaving/termijnen';
import type { RegistreerControle } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { verjaringsdatumVoor } from '../eenheden';
import { eenhedenVoor, eersteNieuweWeek, voortgezet } from '../regels/verbeuring';
import { vereisLastVanKracht } from '../regels/vereis';

/**
 * docs/dwangsom.md ("Controle"): a controle finds the last complied with, or a violation on a day or over a
 * period; the dwangsom forfeits by law (art. 5:33 Awb) unit by unit, never beyond the maximum
 * (art. 5:32b Awb), and not within the begunstigingstermijn or outside the last's looptijd.
 */
export function registreerControle(command: RegistreerControle, state: DwangsomState): readonly DwangsomEvent[] {
  const regels: Regels = dwangsomRegels(command);
  const s = vereisLastVanKracht(state, command.zaakId, 'Een controle hoort bij een last die van kracht is');
  regels.datum(command.controledatum, 'controledatum');
  regels.volgorde(s.last.bekendmakingsdatum, command.controledatum, 'controledatum', 'Een controle op de last kan niet vóór zijn bekendmaking liggen');
  const uitkomst = command.uitkomst;
  const stap = { zaakId: command.zaakId, datum: command.datum, door: command.door };
  if (uitkomst.soort === 'nageleefd') return [{ type: 'NalevingGeconstateerd', zaakId: command.zaakId, controledatum: command.controledatum, datum: command.datum, door: command.door }];
  if (uitkomst.soort !== 'overtreding') {
    regels.weiger('uitkomst-onbekend', `Onbekende uitkomst ${JSON.stringify((uitkomst as { soort: unknown }).soort)}: kies nageleefd of overtreding`, 'uitkomst.soort');
  }
  if (leeg(uitkomst.omschrijving)) regels.weiger('overtreding-ontbreekt', 'Beschrijf de geconstateerde overtreding', 'uitkomst.omschrijving');
  regels.datum(uitkomst.van, 'uitkomst.van');
  const totEnMet = uitkomst.totEnMet ?? uitkomst.van;
  regels.datum(totEnMet, 'uitkomst.totEnMet');
  regels.volgorde(uitkomst.van, totEnMet, 'uitkomst.totEnMet', 'De overtreding kan niet eindigen vóór ze begon');
  regels.volgorde(totEnMet, command.controledatum, 'uitkomst.totEnMet', 'De controle kan geen overtreding vaststellen die na de controle ligt');
  const { last } = s;
  if (last.bedrag.soort === 'per-overtreding' && totEnMet !== uitkomst.van) {
    regels.weiger(
      'periode-bij-bedrag-per-overtreding',
      'Deze last verbeurt per overtreding: registreer elke overtreding op haar eigen dag, niet een periode',
      'uitkomst.totEnMet',
    );
  }
  if (last.vorm.soort === 'herstellast' && uitkomst.van <= last.vorm.begunstigingstermijn.einde) {
    regels.weiger(
      'binnen-begunstigingstermijn',
      `De begunstigingstermijn loopt tot en met ${last.vorm.begunstigingstermijn.einde}: daarbinnen verbeurt niets (art. 5:32a Awb); de overtreding telt vanaf ${plusDagen(last.vorm.begunstigingstermijn.einde, 1)}`,
      'uitkomst.van',
    );
  }
  if (last.vorm.soort === 'preventieve-last') {
    // Art. 3:40 Awb: the last is in force from its bekendmaking.
    regels.volgorde(last.bekendmakingsdatum, uitkomst.van, 'uitkomst.van', 'Er verbeurt niets vóór de bekendmaking van de last');
    const looptijd = last.vorm.looptijd;
    if (looptijd !== undefined && totEnMet > looptijd.einde) {
      regels.weiger('na-looptijd', `De last gold tot en met ${looptijd.einde}: daarna verbeurt niets`, 'uitkomst.totEnMet');
    }
  }
  if (last.bedrag.soort === 'per-tijdseenheid') {
    const overlap = s.verbeuringen.find((v) => !v.vervallen && v.verbeurdOp <= totEnMet && uitkomst.van <= v.totEnMet);
    if (overlap) {
      regels.weiger(
        'periode-al-verbeurd',
        `Over ${overlap.verbeurdOp} tot en met ${overlap.totEnMet} is al verbeurd (verbeuring ${overlap.verbeuring}): een dag verbeurt maar één keer`,
        'uitkomst.van',
      );
    }
    // A period that fell entirely in a week already begun forfeited nothing, but was registered.
    const geregistreerd = s.overtredingen.find((o) => o.van <= totEnMet && uitkomst.van <= o.totEnMet);
    if (geregistreerd) {
      regels.weiger(
        'periode-al-verbeurd',
        `De overtreding van ${geregistreerd.van} tot en met ${geregistreerd.totEnMet} is al geregistreerd: een dag verbeurt maar één keer`,
        'uitkomst.van',
      );
    }
  }
  const geconstateerd: DwangsomEvent = { type: 'OvertredingGeconstateerd', ...stap, controledatum: command.controledatum, van: uitkomst.van, totEnMet, omschrijving: uitkomst.omschrijving };
  // "Per week of gedeelte daarvan" counts the weeks of one continuing violation, however many
  // controles register it: a period starting the day after the last one ended continues it.
  const sinds = last.bedrag.soort === 'per-tijdseenheid' && last.bedrag.eenheid === 'week' ? (voortgezet(s.overtredingen, uitkomst.van)?.sinds ?? uitkomst.van) : uitkomst.van;
  const eenheden = eenhedenVoor(last.bedrag, uitkomst.van, totEnMet, sinds);
  // The whole period lies in a week already begun and forfeited under an earlier registration.
  if (eenheden === 0) return [geconstateerd];
  const eersteVerbeurdOp = sinds === uitkomst.van ? uitkomst.van : eersteNieuweWeek(sinds, uitkomst.van);
  const berekendCent = eenheden * last.bedrag.bedragCent;
  const resterend = last.maximumCent - last.verbeurdCent;
  const bedragCent = Math.min(berekendCent, resterend);
  const nummer = s.verbeuringen.length + 1;
  const events: DwangsomEvent[] = [
    geconstateerd,
    {
      type: 'DwangsomVerbeurd',
      ...stap,
      verbeuring: nummer,
      verbeurdOp: uitkomst.van,
      totEnMet,
      eenheden,
      berekendCent,
      bedragCent,
      afgetopt: bedragCent < berekendCent,
      verjaringsdatum: verjaringsdatumVoor(eersteVerbeurdOp),
      ...(last.bedrag.soort === 'per-tijdseenheid'
        ? { tijdseenheden: { eenheid: last.bedrag.eenheid, eersteVerbeurdOp, bedragPerEenheidCent: last.bedrag.bedragCent } }
        : {}),
      ...(sinds === uitkomst.van ? {} : { overtredingSinds: sinds }),
    },
  ];
  if (bedragCent === resterend) events.push({ type: 'LastUitgeput', ...stap, maximumCent: last.maximumCent, op: totEnMet });
  return events;
}
