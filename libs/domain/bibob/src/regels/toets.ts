import { leeg, type Regels } from '@handhaving/domain-awb';
import { AANVRAAGTYPEN, SIGNAALREDENEN, type Aanleiding } from '../bibob.events';
import type { GevraagdeAanleiding } from '../bibob.commands';
import type { Toets } from '../bibob.state';

/** Art. 4:13 lid 2 Awb: without a term in the special law, at most eight weeks. */
export const STANDAARD_BESLISTERMIJN_WEKEN = 8;

/** The aanvraag or signal a toets starts on, checked against the closed lists. */
export function controleerAanleiding(regels: Regels, aanleiding: GevraagdeAanleiding, startdatum: string): Aanleiding {
  if (aanleiding?.soort === 'aanvraag') {
    const aanvraagtype = regels.keuze(aanleiding.aanvraagtype, AANVRAAGTYPEN, 'aanvraagtype-onbekend', 'aanvraagtype', 'aanleiding.aanvraagtype');
    regels.datum(aanleiding.ontvangstdatum, 'aanleiding.ontvangstdatum');
    regels.volgorde(aanleiding.ontvangstdatum, startdatum, 'startdatum', 'Een toets op een aanvraag begint niet vóór de aanvraag is ontvangen');
    const aanvragerId = regels.tekst(aanleiding.aanvragerId, 'aanvrager-ontbreekt', 'Noem de aanvrager (een betrokkene-id): de toets en het besluit gaan over hem', 'aanleiding.aanvragerId');
    const weken = aanleiding.beslistermijnWeken ?? STANDAARD_BESLISTERMIJN_WEKEN;
    if (!Number.isInteger(weken) || weken < 1 || weken > 52) {
      regels.weiger('beslistermijn-ongeldig', `De beslistermijn is een heel aantal weken (1 tot 52), niet ${JSON.stringify(aanleiding.beslistermijnWeken)}; zonder termijn in de bijzondere wet acht weken (art. 4:13 lid 2 Awb)`, 'aanleiding.beslistermijnWeken');
    }
    return {
      soort: 'aanvraag',
      aanvraagtype,
      ontvangstdatum: aanleiding.ontvangstdatum,
      aanvragerId,
      beslistermijnWeken: weken,
      ...(leeg(aanleiding.grondslag) ? {} : { grondslag: (aanleiding.grondslag as string).trim() }),
    };
  }
  if (aanleiding?.soort === 'signaal') {
    const reden = regels.keuze(aanleiding.reden, SIGNAALREDENEN, 'reden-onbekend', 'reden', 'aanleiding.reden');
    const betrokkeneId = regels.tekst(aanleiding.betrokkeneId, 'betrokkene-ontbreekt', 'Noem de betrokkene (een betrokkene-id) over wie het signaal gaat', 'aanleiding.betrokkeneId');
    const vergunning = aanleiding.vergunning === undefined ? undefined : regels.keuze(aanleiding.vergunning, AANVRAAGTYPEN, 'vergunning-onbekend', 'vergunning', 'aanleiding.vergunning');
    return { soort: 'signaal', reden, betrokkeneId, ...(vergunning === undefined ? {} : { vergunning }) };
  }
  return regels.weiger('aanleiding-onbekend', 'Zeg waarop de toets start: een aanvraag (soort "aanvraag") of een signaal (soort "signaal")', 'aanleiding.soort');
}

/** The betrokkene the toets is about: the aanvrager, or the one the signal names. */
export function betrokkeneVan(toets: Toets): string {
  return toets.aanleiding.soort === 'aanvraag' ? toets.aanleiding.aanvragerId : toets.aanleiding.betrokkeneId;
}
