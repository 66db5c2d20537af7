import type { Regels } from '@handhaving/domain-awb';
import type { VerleenVergunning } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { bekendmakingVan, controleerBesluit, controleerIngang } from '../regels/besluit';
import { kamerverhuurRegels, vereis } from '../regels/vereis';

/**
 * The permit granted, for the rooms asked or fewer (a besluit on an aanvraag grants no more than was
 * asked, art. 4:1 Awb), possibly for a period. Granting hurts no one the voornemen went to: it may
 * follow a voornemen to refuse at any time, also during its zienswijzefase. After a weigering
 * herroepen (gegrond bezwaar) or vernietigd, it is the new besluit on the aanvraag (art. 7:11 lid 2
 * Awb).
 */
export function verleenVergunning(command: VerleenVergunning, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['aangevraagd', 'geweigerd'], 'Een vergunning wordt verleend op een aanvraag in behandeling, of na een herroepen weigering, en één keer');
  let na = { datum: s.zaak.ontvangstdatum, wat: 'de ontvangst van de aanvraag' };
  if (s.status === 'geweigerd') {
    const herroepen = s.bestreden.herroepen;
    if (herroepen === undefined) {
      regels.weiger(
        'aanvraag-geweigerd',
        `De aanvraag is op ${s.bestreden.besluitdatum} geweigerd: verlenen kan pas als de weigering op bezwaar is herroepen of door de rechtbank is vernietigd`,
        'zaakId',
      );
    }
    na = { datum: herroepen.op, wat: herroepen.door === 'bezwaar' ? 'de beslissing op bezwaar' : 'de uitspraak van de rechtbank' };
  }
  const bekendmakingsdatum = bekendmakingVan(command);
  controleerBesluit(regels, na, command.datum, bekendmakingsdatum);
  controleerIngang(regels, command.ingangsdatum, bekendmakingsdatum, 'De vergunning');
  if (command.einddatum !== undefined) {
    regels.toekomstigeDatum(command.einddatum, 'einddatum');
    if (command.einddatum <= command.ingangsdatum) regels.weiger('einddatum-ongeldig', `Een vergunning voor bepaalde tijd eindigt na haar ingangsdatum (${command.ingangsdatum})`, 'einddatum');
  }
  const aantalKamers = command.aantalKamers ?? s.zaak.aantalKamers;
  if (!Number.isInteger(aantalKamers) || aantalKamers < 1) {
    regels.weiger('aantal-kamers-ongeldig', `${JSON.stringify(aantalKamers)} kamers kan niet: geef het aantal vergunde kamers als geheel getal van 1 of meer`, 'aantalKamers');
  }
  if (aantalKamers > s.zaak.aantalKamers) {
    regels.weiger('meer-kamers-dan-aangevraagd', `Er zijn ${s.zaak.aantalKamers} kamers aangevraagd: een vergunning voor ${aantalKamers} gaat verder dan de aanvraag`, 'aantalKamers');
  }
  return [
    {
      type: 'VergunningVerleend',
      zaakId: command.zaakId,
      besluitdatum: command.datum,
      bekendmakingsdatum,
      ingangsdatum: command.ingangsdatum,
      ...(command.einddatum === undefined ? {} : { einddatum: command.einddatum }),
      aantalKamers,
      datum: command.datum,
      door: command.door,
    },
  ];
}
