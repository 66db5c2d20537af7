import { BEZWAARUITKOMSTEN, neemBeslissingOpBezwaar as neemAwbBeslissingOpBezwaar } from '@handhaving/domain-awb';
import type { NeemBeslissingOpBezwaar } from '../bibob.commands';
import type { BibobEvent } from '../bibob.events';
import type { BibobState } from '../bibob.state';
import { controleerUitkomst } from '../regels/besluit';
import { bibobRegels, vereis } from '../regels/vereis';

/**
 * Art. 7:11 Awb (the kernel's step): the beslissing op bezwaar, with its beroepstermijn. A gegrond
 * bezwaar herroept the besluit and replaces it (`herzien`: the outcome now, one this toets allows).
 */
export function neemBeslissingOpBezwaar(command: NeemBeslissingOpBezwaar, state: BibobState): readonly BibobEvent[] {
  const regels = bibobRegels(command);
  const s = vereis(state, command.zaakId, ['besloten'], 'Op bezwaar wordt beslist na het besluit op de toets');
  const r = s.rechtsbescherming;
  const beslissing = neemAwbBeslissingOpBezwaar(regels, command, { naam: 'het besluit', ontvangstdatum: r.bezwaar?.ontvangstdatum, beslist: r.beslissingOpBezwaar !== undefined }, BEZWAARUITKOMSTEN);
  if (beslissing.uitkomst !== 'gegrond' && command.herzien !== undefined) {
    regels.weiger('herzien-zonder-gegrond-bezwaar', `Een ${beslissing.uitkomst} bezwaar laat het besluit staan: geef geen herzien besluit`, 'herzien');
  }
  let herzien;
  if (beslissing.uitkomst === 'gegrond') {
    if (command.herzien === undefined) regels.weiger('herzien-ontbreekt', 'Bij een gegrond bezwaar: zeg welk besluit in de plaats komt van het herroepen besluit (herzien)', 'herzien');
    herzien = controleerUitkomst(regels, s.zaak, command.herzien, 'herzien');
    if (herzien === s.besluit.uitkomst) regels.weiger('herzien-gelijk-aan-besluit', `Het besluit was al "${herzien}": een gegrond bezwaar herziet het; of is het bezwaar ongegrond?`, 'herzien');
  }
  return [{ type: 'BeslissingOpBezwaarGenomen', zaakId: command.zaakId, ...beslissing, ...(herzien === undefined ? {} : { herzien }), datum: command.datum, door: command.door }];
}
