import type { Regels } from '@handhaving/domain-awb';
import { pandSleutel } from '@handhaving/domain-shared';
import { plusDagen } from '@handhaving/termijnen';
import { geheelGetal, geregistreerdOp, pandIn, sleutelIn } from '../../regels/flexteam-regels';
import { AAN_PER_BEVINDING, STANDAARD_ANTWOORDTERMIJN_IN_WEKEN, verzoekRegels } from '../regels/verzoek-regels';
import type { VerstuurVerzoek } from '../verzoek.commands';
import { VERZOEK_AAN, type Herkomst, type VerzoekEvent } from '../verzoek.events';
import type { VerzoekState } from '../verzoek.state';

const BEVINDINGEN_MET_VERZOEK = Object.keys(AAN_PER_BEVINDING) as (keyof typeof AAN_PER_BEVINDING)[];

/**
 * A finding of a control asks another part of the gemeente to act: the BRP to correct a
 * registration, bouw- en woningtoezicht to act on fire safety; to be answered within a number of
 * weeks from the day it is sent (default four). A term the gemeente sets itself, not one of law: it
 * ends on the same weekday, weekends and holidays not moving it.
 */
export function verstuurVerzoek(command: VerstuurVerzoek, state: VerzoekState): readonly VerzoekEvent[] {
  const regels = verzoekRegels(command);
  if (state.status !== 'onbekend') regels.weiger('verzoek-bestaat-al', `Verzoek ${command.zaakId} is al verstuurd`, 'zaakId');
  const gemeente = regels.tekst(command.gemeente, 'gemeente-ontbreekt', 'Noem de gemeente (CBS-code, bijvoorbeeld GM0928)', 'gemeente');
  const aan = regels.keuze(command.aan, VERZOEK_AAN, 'aan-onbekend', 'ontvanger', 'aan');
  const pand = pandIn(regels, command.pand, 'pand');
  const herkomst = herkomstVan(regels, command.herkomst);
  if (AAN_PER_BEVINDING[herkomst.bevinding] !== aan) {
    regels.weiger('bevinding-past-niet-bij-aan', `Een verzoek over ${herkomst.bevinding} gaat naar ${AAN_PER_BEVINDING[herkomst.bevinding]}, niet naar ${aan}`, 'herkomst.bevinding');
  }
  const weken = geheelGetal(
    regels,
    command.antwoordtermijnInWeken ?? STANDAARD_ANTWOORDTERMIJN_IN_WEKEN,
    1,
    'antwoordtermijn-ongeldig',
    'De antwoordtermijn is een heel aantal weken van 1 tot en met 52 (zonder termijn: 4 weken)',
    'antwoordtermijnInWeken',
    52,
  );
  return [
    {
      type: 'VerzoekVerstuurd',
      zaakId: command.zaakId,
      gemeente,
      aan,
      pand,
      pandSleutel: pandSleutel(pand),
      herkomst,
      antwoordtermijnInWeken: weken,
      antwoordUiterlijk: plusDagen(command.datum, 7 * weken),
      datum: command.datum,
      door: command.door,
      geregistreerdOp: geregistreerdOp(command),
    },
  ];
}

function herkomstVan(regels: Regels, herkomst: Herkomst | undefined): Herkomst {
  if (typeof herkomst !== 'object' || herkomst === null) return regels.weiger('herkomst-ontbreekt', 'Noem de controle en het adres waar het verzoek uit voortkomt: { context: "flexteam", zaakId, pandSleutel, bevinding }', 'herkomst');
  if (herkomst.context !== 'flexteam') regels.weiger('herkomst-onbekend', `Een verzoek komt voort uit een flexteamcontrole, niet uit ${JSON.stringify(herkomst.context)}`, 'herkomst.context');
  const zaakId = regels.tekst(herkomst.zaakId, 'herkomst-ontbreekt', 'Noem de flexteamcontrole (zaakId) waar het verzoek uit voortkomt', 'herkomst.zaakId');
  const sleutel = sleutelIn(herkomst.pandSleutel, 'herkomst.pandSleutel');
  const bevinding = regels.keuze(herkomst.bevinding, BEVINDINGEN_MET_VERZOEK, 'bevinding-onbekend', 'bevinding', 'herkomst.bevinding');
  return { context: 'flexteam', zaakId, pandSleutel: sleutel, bevinding };
}
