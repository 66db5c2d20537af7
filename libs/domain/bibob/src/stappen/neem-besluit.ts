import { controleerBesluitNaZienswijzefase, eindeVan } from '@handhaving/domain-awb';
import type { NeemBesluit } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { controleerUitkomst, nietZwaarderDanVoornemen } from '../regels/besluit';
import { bibobRegels, vereis } from '../regels/vereis';
import { verzegeldOfNiets } from '../verzegelde-inhoud';

/**
 * Step 7: the besluit. Granting harms no one: it may follow the eigen onderzoek (unless that asked
 * for advice) or the advice directly. Refusing, attaching voorschriften or revoking follows a
 * voornemen and its zienswijzefase (art. 4:8 Awb, the kernel's rule) and goes no further than it
 * announced. Bezwaar runs six weeks from the bekendmaking (art. 6:7 Awb).
 */
export function neemBesluit(command: NeemBesluit, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['eigen-onderzoek-afgerond', 'advies-ontvangen', 'voornemen-verzonden', 'gereed-voor-besluit'], 'Een besluit volgt op het eigen onderzoek, het LBB-advies of de zienswijzefase, en één keer');
  const uitkomst = controleerUitkomst(regels, s.zaak, command.uitkomst, 'uitkomst');
  if (s.status === 'voornemen-verzonden') {
    regels.weiger('zienswijzefase-niet-afgerond', `Wacht op de zienswijze of het einde van de zienswijzetermijn (${s.voornemen.zienswijzetermijnEinde}) voordat het besluit wordt genomen`, 'uitkomst');
  }
  if (s.status === 'gereed-voor-besluit') {
    nietZwaarderDanVoornemen(regels, s.voornemen.strekking, uitkomst);
    controleerBesluitNaZienswijzefase(regels, s.voornemen, { datum: command.datum, bekendmakingsdatum: command.bekendmakingsdatum, veld: 'bekendmakingsdatum' });
  } else {
    if (uitkomst !== 'verleend') {
      regels.weiger('voornemen-ontbreekt', 'Weigeren, voorschriften verbinden of intrekken op grond van de Wet Bibob volgt op een voornemen waarop de betrokkene zijn zienswijze kan geven (art. 4:8 Awb)', 'uitkomst');
    }
    if (s.status === 'eigen-onderzoek-afgerond' && s.onderzoek.eigenOnderzoek?.vervolg === 'advies-nodig') {
      regels.weiger('advies-nodig', 'Het eigen onderzoek concludeerde dat advies nodig is: vraag eerst het LBB om advies', 'uitkomst');
    }
    const vorige = s.onderzoek.lbb?.advies?.ontvangstdatum ?? s.onderzoek.eigenOnderzoek?.datum ?? s.zaak.startdatum;
    regels.volgorde(vorige, command.datum, 'datum', 'Het besluit kan niet vóór de vorige stap van de toets zijn genomen');
    regels.bekendmakingsdatum(command.bekendmakingsdatum, 'bekendmakingsdatum');
    regels.volgorde(command.datum, command.bekendmakingsdatum, 'bekendmakingsdatum', 'Een besluit wordt niet bekendgemaakt vóór de dag waarop het is genomen');
  }
  const motivering = verzegeldOfNiets(regels, command.motivering, 'motivering', 'De motivering van het besluit');
  return [
    {
      type: 'BibobBesluitGenomen',
      zaakId: command.zaakId,
      uitkomst,
      bekendmakingsdatum: command.bekendmakingsdatum,
      bezwaartermijnEinde: eindeVan(regels, { soort: 'bezwaartermijn', vanaf: command.bekendmakingsdatum }, 'bekendmakingsdatum'),
      ...(motivering === undefined ? {} : { motivering }),
      datum: command.datum,
      door: command.door,
    },
  ];
}
