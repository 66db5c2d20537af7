import { leeg, type Regels } from '@handhaving/domain-awb';
import { berekenTermijn, weken } from '@handhaving/termijnen';
import type { VraagVergunningAan } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { kamerverhuurRegels } from '../regels/vereis';

/** Art. 4:13 lid 2 Awb: without a term set by law or verordening, at most eight weeks. */
export const STANDAARD_BESLISTERMIJN_WEKEN = 8;
const STANDAARD_GRONDSLAG = 'art. 4:13 lid 2 Awb';

/**
 * The aanvraag for a kamerverhuurvergunning for one pand in the register, received on
 * `ontvangstdatum`: its beslistermijn runs from the day after, for the weeks the gemeente's policy
 * sets (the API resolves them) or eight.
 */
export function vraagVergunningAan(command: VraagVergunningAan, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  if (state.status !== 'onbekend') regels.weiger('aanvraag-al-geregistreerd', `De aanvraag van deze vergunning (${command.zaakId}) is al geregistreerd: één vergunning per zaak`, 'zaakId');
  const gemeente = regels.tekst(command.gemeente, 'gemeente-ontbreekt', 'Noem de gemeente (CBS-code, bijvoorbeeld GM0928) die over de aanvraag beslist', 'gemeente');
  const registerZaakId = regels.tekst(command.registerZaakId, 'pand-ontbreekt', 'Noem de inschrijving van het pand in het kamerverhuurregister (registerZaakId): neem het pand zo nodig eerst op', 'registerZaakId');
  const pandSleutel = regels.tekst(command.pandSleutel, 'pand-ontbreekt', 'Noem de sleutel van het pand zoals het register hem geeft (bijvoorbeeld adres:6461AB-12)', 'pandSleutel');
  const aanvragerId = regels.tekst(command.aanvragerId, 'aanvrager-ontbreekt', 'Noem de aanvrager (een betrokkene-id): hij wordt houder van de vergunning', 'aanvragerId');
  if (!Number.isInteger(command.aantalKamers) || command.aantalKamers < 1) {
    regels.weiger('aantal-kamers-ongeldig', `${JSON.stringify(command.aantalKamers)} kamers kan niet: geef het aantal aangevraagde kamers als geheel getal van 1 of meer`, 'aantalKamers');
  }
  regels.datum(command.ontvangstdatum, 'ontvangstdatum');
  regels.volgorde(command.ontvangstdatum, command.datum, 'datum', 'Een aanvraag wordt niet geregistreerd vóór de dag waarop ze is ontvangen');
  const aantal = command.beslistermijnWeken ?? STANDAARD_BESLISTERMIJN_WEKEN;
  if (!Number.isInteger(aantal) || aantal < 1 || aantal > 52) {
    regels.weiger(
      'beslistermijn-ongeldig',
      `De beslistermijn is een heel aantal weken (1 tot en met 52), niet ${JSON.stringify(command.beslistermijnWeken)}; zonder termijn in de verordening acht weken (art. 4:13 lid 2 Awb)`,
      'beslistermijnWeken',
    );
  }
  const grondslag = leeg(command.grondslag) ? STANDAARD_GRONDSLAG : (command.grondslag as string).trim();
  const einde = berekenTermijn({ soort: 'beslistermijn-aanvraag', vanaf: command.ontvangstdatum, lengte: weken(aantal), grondslag }).einde;
  return [
    {
      type: 'VergunningAangevraagd',
      zaakId: command.zaakId,
      gemeente,
      registerZaakId,
      pandSleutel,
      aanvragerId,
      aantalKamers: command.aantalKamers,
      ontvangstdatum: command.ontvangstdatum,
      beslistermijn: { lengte: { aantal, eenheid: 'weken' }, grondslag, einde },
      datum: command.datum,
      door: command.door,
    },
  ];
}
