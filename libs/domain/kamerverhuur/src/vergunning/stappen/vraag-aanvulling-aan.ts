import type { Regels } from '@handhaving/domain-awb';
import { plusDagen } from '@handhaving/termijnen';
import type { VraagAanvullingAan } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { beslistermijnAanvraag } from '../regels/beslistermijn';
import { kamerverhuurRegels, vereis } from '../regels/vereis';

/**
 * Art. 4:5 Awb: the aanvrager is asked to complete the aanvraag within a hersteltermijn; art. 4:15
 * lid 1 sub a Awb: the beslistermijn stands still from the day after the request. One request at a
 * time (an earlier one is completed, or its hersteltermijn passed); a request made once the term
 * ran out suspends nothing, and is refused.
 */
export function vraagAanvullingAan(command: VraagAanvullingAan, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['aangevraagd'], 'Aanvulling wordt gevraagd van een aanvraag die nog in behandeling is');
  const ontbreekt = regels.tekst(command.ontbreekt, 'aanvulling-zonder-omschrijving', 'Zeg wat er aan de aanvraag ontbreekt (art. 4:5 Awb): de aanvrager moet weten wat hij moet aanvullen', 'ontbreekt');
  regels.datum(command.gevraagdOp, 'gevraagdOp');
  regels.volgorde(s.zaak.ontvangstdatum, command.gevraagdOp, 'gevraagdOp', 'Aanvulling kan niet vóór de ontvangst van de aanvraag zijn gevraagd');
  regels.volgorde(command.gevraagdOp, command.datum, 'datum', 'Het verzoek wordt niet geregistreerd vóór de dag waarop het is verzonden');
  const vorige = s.beslistermijn.aanvullingen.at(-1);
  if (vorige !== undefined) {
    if (vorige.ontvangenOp === undefined && command.gevraagdOp <= vorige.hersteltermijnEinde) {
      regels.weiger(
        'aanvulling-loopt-al',
        `Aanvulling ${vorige.aanvulling} (gevraagd op ${vorige.gevraagdOp}) loopt nog tot en met ${vorige.hersteltermijnEinde}: registreer eerst de aanvulling, of vraag opnieuw na het einde van die hersteltermijn`,
        'gevraagdOp',
      );
    }
    regels.volgorde(vorige.ontvangenOp ?? vorige.gevraagdOp, command.gevraagdOp, 'gevraagdOp', `Een nieuw verzoek kan niet vóór aanvulling ${vorige.aanvulling} liggen`);
  }
  regels.toekomstigeDatum(command.hersteltermijnEinde, 'hersteltermijnEinde');
  if (command.hersteltermijnEinde <= command.gevraagdOp) {
    regels.weiger('termijn-ongeldig', `De hersteltermijn moet na het verzoek (${command.gevraagdOp}) eindigen`, 'hersteltermijnEinde');
  }
  const aanvulling = s.beslistermijn.aanvullingen.length + 1;
  const verzoek = { aanvulling, gevraagdOp: command.gevraagdOp, hersteltermijnEinde: command.hersteltermijnEinde };
  const met = beslistermijnAanvraag(s.zaak, { ...s.beslistermijn, aanvullingen: [...s.beslistermijn.aanvullingen, verzoek] }, command.gevraagdOp);
  if (met.status !== 'opgeschort') {
    const zonder = beslistermijnAanvraag(s.zaak, s.beslistermijn, command.gevraagdOp);
    regels.weiger(
      'beslistermijn-verstreken',
      `De beslistermijn van de aanvraag eindigde op ${zonder.einde ?? 'een eerdere dag'}: een verzoek om aanvulling van ${command.gevraagdOp} schort hem niet meer op (art. 4:15 Awb)`,
      'gevraagdOp',
    );
  }
  return [
    {
      type: 'AanvullingGevraagd',
      zaakId: command.zaakId,
      aanvulling,
      gevraagdOp: command.gevraagdOp,
      ontbreekt,
      hersteltermijnEinde: command.hersteltermijnEinde,
      opgeschortVanaf: plusDagen(command.gevraagdOp, 1),
      datum: command.datum,
      door: command.door,
    },
  ];
}
