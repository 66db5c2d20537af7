import { plusDagen } from '@handhaving/termijnen';
import type { HerstelVerzuimGevraagd } from '../awb.events';
import { lopendeBeslistermijn, lopendeOpschorting } from '../beslistermijn-bezwaar';
import type { Regels } from '../regels';
import type { HangendeBeslistermijn } from './stel-beslissing-op-bezwaar-uit';

export interface VraagHerstelVerzuim {
  readonly verzuim: string;
  /** Last day the bezwaarmaker may repair it: a day the letter names, so it may lie ahead. */
  readonly hersteltermijnEinde: string;
  /** The day the request was sent. */
  readonly datum: string;
}

export type Herstelverzoek = Omit<HerstelVerzuimGevraagd, 'type' | 'zaakId' | 'datum' | 'door'>;

/**
 * Art. 6:6 Awb: the bezwaarmaker is asked to repair an omission in the bezwaarschrift within a
 * term; art. 7:10 lid 2 Awb: the beslistermijn op bezwaar stands still from the day after the
 * request until the omission is repaired or that term passed unused. One suspension at a time;
 * a request made once the term ended suspends nothing.
 */
export function vraagHerstelVerzuim(regels: Regels, command: VraagHerstelVerzuim, termijn: HangendeBeslistermijn): Herstelverzoek {
  const { bezwaar, verloop } = termijn;
  const verzuim = regels.tekst(command.verzuim, 'verzuim-zonder-omschrijving', 'Zeg welk verzuim de bezwaarmaker moet herstellen (art. 6:6 Awb)', 'verzuim');
  if (verloop.lopend) {
    regels.weiger(
      'opschorting-loopt-al',
      `De beslistermijn is al opgeschort sinds ${verloop.lopend.opschorting.van} (herstel gevraagd op ${verloop.lopend.gevraagdOp}): leg eerst het herstel of het verstrijken van de hersteltermijn vast`,
      'zaakId',
    );
  }
  regels.volgorde(bezwaar.ontvangstdatum, command.datum, 'datum', 'Herstel kan niet vóór de ontvangst van het bezwaar zijn gevraagd');
  regels.volgorde(verloop.laatsteStap, command.datum, 'datum', 'Het herstelverzoek kan niet vóór de vorige stap in de beslistermijn liggen');
  regels.toekomstigeDatum(command.hersteltermijnEinde, 'hersteltermijnEinde');
  if (command.hersteltermijnEinde <= command.datum) {
    regels.weiger('termijn-ongeldig', `De hersteltermijn moet na het verzoek (${command.datum}) eindigen`, 'hersteltermijnEinde');
  }
  const gevraagd = { datum: command.datum, verzuim, opgeschortVanaf: plusDagen(command.datum, 1) };
  // Art. 7:10 lid 2 Awb: the term stands still from the day after the request. A request made
  // while the bezwaartermijn still runs suspends it from its first day (the library counts no
  // day before the start); one on or after its last day stops nothing, the term has run out
  // (the library says whether the first day still falls within it).
  const huidig = lopendeBeslistermijn(termijn.bezwaartermijnEinde, verloop, command.datum, bezwaar);
  const eersteDag = gevraagd.opgeschortVanaf > huidig.uitleg.start ? gevraagd.opgeschortVanaf : huidig.uitleg.start;
  const met = lopendeBeslistermijn(termijn.bezwaartermijnEinde, { ...verloop, opschortingen: [...verloop.opschortingen, lopendeOpschorting(gevraagd)] }, eersteDag, bezwaar);
  if (!met.uitleg.opschortingen.some((o) => o.lopend && o.dagen > 0)) {
    regels.weiger(
      'beslistermijn-verstreken',
      `De beslistermijn op bezwaar eindigde op ${huidig.einde}: een herstelverzoek van ${command.datum} schort hem niet meer op (art. 7:10 lid 2 Awb)`,
      'datum',
    );
  }
  return { verzuim, hersteltermijnEinde: command.hersteltermijnEinde, opgeschortVanaf: gevraagd.opgeschortVanaf };
}
