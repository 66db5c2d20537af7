import type { Regels } from '@handhaving/domain-awb';
import type { TrekVergunningIn } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { bekendmakingVan, bezwaartermijnEinde, controleerIngang, controleerNaVoornemen } from '../regels/besluit';
import { kamerverhuurRegels, vereis } from '../regels/vereis';

/**
 * The permit revoked. An intrekking hurts the holder: it always follows a voornemen to revoke and
 * its zienswijzefase (art. 4:8 Awb, the kernel's rule). Only a permit that holds and has not yet
 * reached its einddatum; one that did has lapsed (StelVervalVast). Bezwaar runs six weeks from the
 * bekendmaking; a gegrond bezwaar gives the permit back.
 */
export function trekVergunningIn(command: TrekVergunningIn, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['verleend'], 'Alleen een verleende vergunning die nog geldt kan worden ingetrokken');
  if (s.voornemen === undefined) {
    regels.weiger('voornemen-ontbreekt', 'Een intrekking volgt op een voornemen waarop de houder zijn zienswijze kan geven (art. 4:8 Awb): verzend eerst het voornemen', 'zaakId');
  }
  const reden = regels.tekst(command.reden, 'reden-ontbreekt', 'Zeg waarom de vergunning wordt ingetrokken (art. 3:46 Awb)', 'reden');
  const bekendmakingsdatum = bekendmakingVan(command);
  controleerNaVoornemen(regels, s.voornemen, command.datum, bekendmakingsdatum, 'de intrekking');
  const einddatum = s.vergunning.einddatum;
  if (einddatum !== undefined && command.datum >= einddatum) {
    regels.weiger('vergunning-al-verlopen', `De vergunning liep af op ${einddatum}: stel het verval vast in plaats van haar in te trekken`, 'datum');
  }
  controleerIngang(regels, command.ingangsdatum, bekendmakingsdatum, 'De intrekking');
  if (einddatum !== undefined && command.ingangsdatum >= einddatum) {
    regels.weiger('vergunning-al-verlopen', `De vergunning loopt af op ${einddatum}: een intrekking met ingang van ${command.ingangsdatum} komt te laat`, 'ingangsdatum');
  }
  return [
    {
      type: 'VergunningIngetrokken',
      zaakId: command.zaakId,
      besluitdatum: command.datum,
      bekendmakingsdatum,
      bezwaartermijnEinde: bezwaartermijnEinde(regels, bekendmakingsdatum),
      ingangsdatum: command.ingangsdatum,
      reden,
      datum: command.datum,
      door: command.door,
    },
  ];
}
