import { verzendVoornemen as verzendAwbVoornemen } from '@handhaving/domain-awb';
import type { VerzendVoornemen } from '../bibob.commands';
import { STREKKINGEN, type BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { betrokkeneVan } from '../regels/toets';
import { bibobRegels, vereis } from '../regels/vereis';
import { verzegeldOfNiets } from '../verzegelde-inhoud';

/**
 * Step 6, art. 4:8 Awb (the kernel's step): the voornemen to refuse the aanvraag, to attach
 * voorschriften, or to revoke the running permit, to the betrokkene with his zienswijzetermijn.
 * It follows the eigen onderzoek when that found a danger, or the LBB's advice; with an advice the
 * betrokkene may read it during the zienswijzefase.
 */
export function verzendVoornemen(command: VerzendVoornemen, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['eigen-onderzoek-afgerond', 'advies-ontvangen'], 'Een voornemen volgt op het eigen onderzoek of op het advies van het LBB, en één keer');
  const eigen = s.onderzoek.eigenOnderzoek;
  if (s.status === 'eigen-onderzoek-afgerond' && eigen?.vervolg === 'advies-nodig') {
    regels.weiger('advies-nodig', 'Het eigen onderzoek concludeerde dat advies nodig is: vraag eerst het LBB om advies', 'zaakId');
  }
  if (s.status === 'eigen-onderzoek-afgerond' && eigen?.vervolg === 'geen-gevaar') {
    regels.weiger('geen-grond-voor-voornemen', 'Het eigen onderzoek vond geen gevaar: de Wet Bibob geeft geen grond om te weigeren, voorschriften te verbinden of in te trekken', 'zaakId');
  }
  const strekking = regels.keuze(command.strekking, STREKKINGEN, 'strekking-onbekend', 'strekking', 'strekking');
  const aanleiding = s.zaak.aanleiding;
  if (strekking === 'weigeren' && aanleiding.soort !== 'aanvraag') regels.weiger('strekking-past-niet-bij-toets', 'Weigeren kan alleen een aanvraag; bij een signaal: voorschriften of intrekken', 'strekking');
  if (strekking === 'intrekken' && (aanleiding.soort !== 'signaal' || aanleiding.vergunning === undefined)) {
    regels.weiger('strekking-past-niet-bij-toets', 'Intrekken kan alleen een lopende vergunning: start de toets op een signaal en noem de vergunning', 'strekking');
  }
  const advies = s.onderzoek.lbb?.advies;
  const na = advies === undefined ? { datum: eigen?.datum ?? s.zaak.startdatum, wat: 'het eigen onderzoek' } : { datum: advies.ontvangstdatum, wat: 'de ontvangst van het LBB-advies' };
  const voornemen = verzendAwbVoornemen(regels, command, { na, betrokkenen: [betrokkeneVan(s.zaak)] });
  const motivering = verzegeldOfNiets(regels, command.motivering, 'motivering', 'De motivering van het voornemen');
  const { type, zaakId, ...rest } = voornemen;
  return [{ type, zaakId, strekking, adviesTerInzage: advies !== undefined, ...(motivering === undefined ? {} : { motivering }), ...rest }];
}
