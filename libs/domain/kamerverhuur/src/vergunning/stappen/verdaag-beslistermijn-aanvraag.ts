import type { Regels } from '@handhaving/domain-awb';
import type { VerdaagBeslistermijnAanvraag } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { beslistermijnAanvraag } from '../regels/beslistermijn';
import { kamerverhuurRegels, vereis } from '../regels/vereis';

/**
 * Art. 4:14 lid 3 Awb: the besluit cannot be given within the term; the aanvrager is told so before
 * it ends ("vóór afloop van die termijn"; its last day is still within it), with a reasonable period
 * within which it can be expected, and why. While an aanvulling is awaited the term stands still,
 * so it has not ended.
 */
export function verdaagBeslistermijnAanvraag(command: VerdaagBeslistermijnAanvraag, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['aangevraagd'], 'Alleen de beslistermijn van een aanvraag die nog in behandeling is kan worden verdaagd');
  const motivering = regels.tekst(command.motivering, 'verdaging-zonder-motivering', 'Zeg waarom niet binnen de beslistermijn kan worden beslist (art. 4:14 lid 3 Awb)', 'motivering');
  if (!Number.isInteger(command.weken) || command.weken < 1 || command.weken > 52) {
    regels.weiger('verdaging-ongeldig', `Verdaag met een redelijke termijn in hele weken (1 tot en met 52), niet ${JSON.stringify(command.weken)} (art. 4:14 lid 3 Awb)`, 'weken');
  }
  regels.datum(command.verdagingsdatum, 'verdagingsdatum');
  regels.volgorde(s.zaak.ontvangstdatum, command.verdagingsdatum, 'verdagingsdatum', 'De verdaging kan niet vóór de ontvangst van de aanvraag zijn verzonden');
  const vorige = s.beslistermijn.verdagingen.at(-1);
  if (vorige !== undefined) regels.volgorde(vorige.verdagingsdatum, command.verdagingsdatum, 'verdagingsdatum', 'Een verdaging kan niet vóór de vorige verdaging liggen');
  regels.volgorde(command.verdagingsdatum, command.datum, 'datum', 'De verdaging wordt niet geregistreerd vóór de dag waarop ze is verzonden');
  const huidig = beslistermijnAanvraag(s.zaak, s.beslistermijn, command.verdagingsdatum);
  if (huidig.status === 'bekend' && command.verdagingsdatum > huidig.einde) {
    regels.weiger('beslistermijn-verstreken', `De beslistermijn van de aanvraag eindigde op ${huidig.einde}: verdagen kan alleen vóór het einde ervan (art. 4:14 lid 3 Awb)`, 'verdagingsdatum');
  }
  const verdaging = { verdagingsdatum: command.verdagingsdatum, weken: command.weken, motivering };
  const nieuw = beslistermijnAanvraag(s.zaak, { ...s.beslistermijn, verdagingen: [...s.beslistermijn.verdagingen, verdaging] }, command.verdagingsdatum);
  return [
    {
      type: 'BeslistermijnAanvraagVerdaagd',
      zaakId: command.zaakId,
      ...verdaging,
      ...(nieuw.einde === null ? {} : { beslistermijnEinde: nieuw.einde }),
      datum: command.datum,
      door: command.door,
    },
  ];
}
