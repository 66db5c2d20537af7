import { controleerBesluitNaZienswijzefase, eindeVan, type Regels } from '@handhaving/domain-awb';
import { controleerBedragCent } from '../bedrag';
import type { LegLastOp } from '../dwangsom.commands';
import type { DwangsomEvent } from '../dwangsom.events';
import type { DwangsomState } from '../dwangsom.state';
import { dwangsomRegels } from '../regels/dwangsom-regels';
import { controleerDwangsombedrag, controleerMaximum } from '../regels/dwangsombedrag';
import { lastvorm } from '../regels/lastvorm';
import { vereis } from '../regels/vereis';

/**
 * docs/dwangsom.md ("Last"): the last onder dwangsom, after the zienswijzefase, or without a voornemen
 * when the urgency is motivated (art. 4:11 Awb). Its sum and maximum (art. 5:32b Awb), its form,
 * and a bezwaartermijn of six weeks from bekendmaking.
 */
export function legLastOp(command: LegLastOp, state: DwangsomState): readonly DwangsomEvent[] {
  const regels: Regels = dwangsomRegels(command);
  if (state.status === 'voornemen-verzonden') {
    regels.weiger(
      'zienswijzefase-niet-afgerond',
      `Wacht op de zienswijze of het einde van de zienswijzetermijn (${state.voornemen.zienswijzetermijnEinde}) voordat de last wordt opgelegd`,
      'zaakId',
    );
  }
  const s = vereis(state, command.zaakId, ['geopend', 'gereed-voor-besluit'], 'Een last volgt op de zienswijzefase, of zonder voornemen bij spoed, en één keer');
  const vooraf: DwangsomEvent[] = [];
  if (s.status === 'geopend') {
    if (command.spoedeisend === undefined) {
      regels.weiger('voornemen-ontbreekt', 'Stuur eerst een voornemen (art. 4:8 Awb), of motiveer waarom de spoed dat niet toelaat (art. 4:11 Awb)', 'spoedeisend');
    }
    regels.tekst(command.spoedeisend.motivering, 'spoed-zonder-motivering', 'Een last zonder voornemen vraagt een motivering van de spoed (art. 4:11 Awb)', 'spoedeisend.motivering');
    vooraf.push({ type: 'VoornemenAchterwegeGelaten', zaakId: command.zaakId, motivering: command.spoedeisend.motivering, datum: command.datum, door: command.door });
  } else if (command.spoedeisend !== undefined) {
    regels.weiger('spoed-na-voornemen', 'Er is een voornemen verzonden en de zienswijzefase is afgerond: een last zonder voornemen is hier niet aan de orde', 'spoedeisend');
  }
  const bedrag = controleerDwangsombedrag(regels, command.bedrag);
  const maximumCent = controleerBedragCent(command.maximumCent, 'maximumCent');
  controleerMaximum(regels, maximumCent, bedrag, 'maximumCent');
  if (s.status === 'gereed-voor-besluit') {
    // Art. 4:8 Awb (the kernel's rule): not dated within the zienswijzetermijn unless the overtreder
    // (everyone the voornemen went to) was heard; made known on or after the day it was taken.
    controleerBesluitNaZienswijzefase(regels, s.voornemen, { datum: command.datum, bekendmakingsdatum: command.bekendmakingsdatum, veld: 'bekendmakingsdatum' });
  } else {
    regels.bekendmakingsdatum(command.bekendmakingsdatum, 'bekendmakingsdatum');
    regels.volgorde(s.zaak.constateringsdatum, command.bekendmakingsdatum, 'bekendmakingsdatum', 'De last kan niet vóór de constatering zijn bekendgemaakt');
  }
  const vorm = lastvorm(regels, command.bekendmakingsdatum, command.vorm);
  return [
    ...vooraf,
    {
      type: 'LastOpgelegd',
      zaakId: command.zaakId,
      vorm,
      bedrag,
      maximumCent,
      bekendmakingsdatum: command.bekendmakingsdatum,
      bezwaartermijnEinde: eindeVan(regels, { soort: 'bezwaartermijn', vanaf: command.bekendmakingsdatum }, 'bekendmakingsdatum'),
      datum: command.datum,
      door: command.door,
    },
  ];
}
