import type { Regels } from '@handhaving/domain-awb';
import type { StelVervalVast } from '../vergunning.commands';
import { REDENEN_VAN_VERVAL, type VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { kamerverhuurRegels, vereis } from '../regels/vereis';

/**
 * The permit lapsed: a fact, not a besluit (no voornemen, no bezwaar). Its period ended (recorded on
 * or after its einddatum, and dated by it), the holder gave it up (afstand), or it was not used as
 * the verordening requires. A voornemen to revoke it may be out: it then has nothing left to revoke.
 */
export function stelVervalVast(command: StelVervalVast, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['verleend'], 'Alleen een verleende vergunning die nog geldt kan vervallen');
  const reden = regels.keuze(command.reden, REDENEN_VAN_VERVAL, 'reden-onbekend', 'reden van verval', 'reden');
  const einddatum = s.vergunning.einddatum;
  let vervaldatum: string;
  if (reden === 'einddatum-verstreken') {
    if (einddatum === undefined) regels.weiger('geen-einddatum', 'De vergunning is voor onbepaalde tijd verleend: ze vervalt niet door een einddatum; kies afstand of niet-gebruikt', 'reden');
    if (command.vervaldatum !== undefined && command.vervaldatum !== einddatum) {
      regels.weiger('vervaldatum-is-einddatum', `Een vergunning voor bepaalde tijd vervalt op haar einddatum ${einddatum}: laat de vervaldatum weg of geef die dag`, 'vervaldatum');
    }
    if (command.datum < einddatum) regels.weiger('einddatum-niet-verstreken', `De vergunning geldt tot ${einddatum}: stel het verval vast op of na die dag`, 'datum');
    vervaldatum = einddatum;
  } else {
    if (command.vervaldatum === undefined) regels.weiger('vervaldatum-ontbreekt', `Zeg met ingang van welke dag de vergunning vervalt (${reden})`, 'vervaldatum');
    vervaldatum = regels.datum(command.vervaldatum, 'vervaldatum');
    regels.volgorde(s.vergunning.besluitdatum, vervaldatum, 'vervaldatum', 'Een vergunning kan niet vervallen vóór ze is verleend');
    regels.volgorde(vervaldatum, command.datum, 'datum', 'Het verval wordt niet vastgesteld vóór de dag waarop de vergunning verviel');
    if (einddatum !== undefined && vervaldatum >= einddatum) {
      regels.weiger('vergunning-al-verlopen', `De vergunning liep af op ${einddatum}: stel het verval vast met reden einddatum-verstreken`, 'vervaldatum');
    }
  }
  return [{ type: 'VergunningVervallen', zaakId: command.zaakId, vervaldatum, reden, datum: command.datum, door: command.door }];
}
