import type { Regels } from '@handhaving/domain-awb';
import { plusDagen } from '@handhaving/termijnen';
import type { RegistreerAanvulling } from '../vergunning.commands';
import type { VergunningEvent } from '../vergunning.events';
import type { VergunningState } from '../vergunning.state';
import { kamerverhuurRegels, vereis } from '../regels/vereis';

/**
 * The aanvraag was completed: the beslistermijn runs again that day (art. 4:15 lid 1 sub a Awb). An
 * aanvulling after the hersteltermijn is recorded too, marked late; the suspension then counts
 * through the hersteltermijn's last day, when it had ended unused.
 */
export function registreerAanvulling(command: RegistreerAanvulling, state: VergunningState): readonly VergunningEvent[] {
  const regels: Regels = kamerverhuurRegels(command);
  const s = vereis(state, command.zaakId, ['aangevraagd'], 'Een aanvulling hoort bij een aanvraag die nog in behandeling is');
  const open = s.beslistermijn.aanvullingen.at(-1);
  if (open === undefined || open.ontvangenOp !== undefined) {
    regels.weiger('geen-aanvulling-gevraagd', 'Er is geen aanvulling gevraagd die nog openstaat: vraag eerst om aanvulling (art. 4:5 Awb)', 'zaakId');
  }
  regels.datum(command.ontvangenOp, 'ontvangenOp');
  regels.volgorde(open.gevraagdOp, command.ontvangenOp, 'ontvangenOp', 'De aanvulling kan niet vóór het verzoek erom zijn ontvangen');
  regels.volgorde(command.ontvangenOp, command.datum, 'datum', 'Een aanvulling wordt niet geregistreerd vóór de dag waarop ze is ontvangen');
  const van = plusDagen(open.gevraagdOp, 1);
  const dagErvoor = plusDagen(command.ontvangenOp, -1);
  const totEnMet = dagErvoor < open.hersteltermijnEinde ? dagErvoor : open.hersteltermijnEinde;
  return [
    {
      type: 'AanvraagAangevuld',
      zaakId: command.zaakId,
      aanvulling: open.aanvulling,
      ontvangenOp: command.ontvangenOp,
      binnenHersteltermijn: command.ontvangenOp <= open.hersteltermijnEinde,
      ...(totEnMet >= van ? { opschorting: { van, totEnMet } } : {}),
      datum: command.datum,
      door: command.door,
    },
  ];
}
