import { GEEN_VERLOOP, type HangendeBeslistermijn, type Regels } from '@handhaving/domain-awb';
import type { BestredenBesluit, MetStatus, Rechtsbescherming, VergunningState } from '../vergunning.state';
import { vereis } from './vereis';

/** The states in which the case has, or may have had, a weigering or intrekking to object to. */
export const NA_BESLUIT = ['geweigerd', 'verleend', 'ingetrokken', 'vervallen'] as const;

export const GEEN_RECHTSBESCHERMING: Rechtsbescherming = { voorlopigeVoorziening: 'geen' };

/** In words, for the refusals: "de weigering van de vergunning". */
export function naamVan(besluit: Pick<BestredenBesluit, 'soort'>): string {
  return besluit.soort === 'weigering' ? 'de weigering van de vergunning' : 'de intrekking van de vergunning';
}

/**
 * The weigering or intrekking a step of the rechtsgang is about. Bezwaar against the verlening
 * (a neighbour's, or the aanvrager's against fewer rooms or a period) is not kept here.
 */
export function vereisBestreden(regels: Regels, state: VergunningState, zaakId: string, wat: string): MetStatus<(typeof NA_BESLUIT)[number]> & { readonly bestreden: BestredenBesluit } {
  const s = vereis(state, zaakId, NA_BESLUIT, wat);
  if (s.bestreden === undefined) {
    regels.weiger('geen-bestreden-besluit', 'Bezwaar en beroep worden hier bijgehouden tegen de weigering of de intrekking van de vergunning: deze zaak heeft geen van beide', 'zaakId');
  }
  return s as MetStatus<(typeof NA_BESLUIT)[number]> & { readonly bestreden: BestredenBesluit };
}

/** A bezwaar registered and not yet decided: the only time the beslistermijn op bezwaar runs. */
export function hangendeBeslistermijn(regels: Regels, besluit: BestredenBesluit): HangendeBeslistermijn {
  const r = besluit.rechtsbescherming;
  if (r.bezwaar === undefined) regels.weiger('geen-bezwaar', `Er is geen bezwaar tegen ${naamVan(besluit)} geregistreerd: zonder bezwaar loopt er geen beslistermijn op bezwaar`, 'zaakId');
  if (r.beslissingOpBezwaar !== undefined) regels.weiger('bezwaar-al-beslist', `Op het bezwaar tegen ${naamVan(besluit)} is al beslist: de beslistermijn loopt niet meer`, 'zaakId');
  return { bezwaartermijnEinde: besluit.bezwaartermijnEinde, bezwaar: r.bezwaar, verloop: r.beslistermijn ?? GEEN_VERLOOP };
}
