import { berekenTermijn, plusDagen, weken, type Termijn } from '@handhaving/termijnen';
import type { Onderzoek, Toets } from '../bibob.state';
import { beslistermijnAanvraag, type BeslistermijnAanvraag, type OpschortingVanAanvraag } from './beslistermijn-aanvraag';

/** The suspensions of the aanvraag's beslistermijn, as the toets recorded them. */
export function opschortingenVan(onderzoek: Onderzoek): OpschortingVanAanvraag[] {
  const gegevens = onderzoek.gegevens.map((g): OpschortingVanAanvraag => ({ reden: 'aanvullende-stukken', gevraagdOp: g.verzenddatum, ...(g.ontvangstdatum === undefined ? {} : { ontvangenOp: g.ontvangstdatum }) }));
  const lbb = onderzoek.lbb;
  if (lbb === undefined) return gegevens;
  return [
    ...gegevens,
    { reden: 'advies-lbb', gevraagdOp: lbb.verzenddatum, verlengd: lbb.verlengd, ...(lbb.advies === undefined ? {} : { ontvangenOp: lbb.advies.ontvangstdatum }) },
    ...lbb.vragen.map((v): OpschortingVanAanvraag => ({ reden: 'vragen-lbb', gevraagdOp: v.gesteldOp, ...(v.beantwoordOp === undefined ? {} : { ontvangenOp: v.beantwoordOp }) })),
  ];
}

/** The beslistermijn of the aanvraag the toets screens, as it stands on `peildatum`; none for a toets on a signal. */
export function beslistermijnVanToets(toets: Toets, onderzoek: Onderzoek, peildatum?: string): BeslistermijnAanvraag | undefined {
  const aanleiding = toets.aanleiding;
  if (aanleiding.soort !== 'aanvraag') return undefined;
  return beslistermijnAanvraag({
    ontvangstdatum: aanleiding.ontvangstdatum,
    weken: aanleiding.beslistermijnWeken,
    ...(aanleiding.grondslag === undefined ? {} : { grondslag: aanleiding.grondslag }),
    opschortingen: opschortingenVan(onderzoek),
    ...(peildatum === undefined ? {} : { peildatum }),
  });
}

/**
 * Art. 15 Wet Bibob: the LBB advises within eight weeks from the day after the request, four more
 * once extended; its questions to the betrokkene stop that clock from the day after they were put
 * through the day before the answers (a question still open counted through `peildatum`).
 */
export function lbbAdviestermijn(verzenddatum: string, verlengd: boolean, vragen: readonly { readonly gesteldOp: string; readonly beantwoordOp?: string }[], peildatum?: string): Termijn {
  const opschortingen = vragen
    .map((v) => ({ van: plusDagen(v.gesteldOp, 1), ...(v.beantwoordOp === undefined ? {} : { totEnMet: plusDagen(v.beantwoordOp, -1) }), reden: `vragen van het LBB aan de betrokkene op ${v.gesteldOp}` }))
    .filter((o) => o.totEnMet === undefined || o.totEnMet >= o.van);
  return berekenTermijn({
    soort: 'lbb-advies',
    vanaf: verzenddatum,
    ...(verlengd ? { verdagingen: [{ lengte: weken(4), reden: 'het LBB verlengde zijn adviestermijn (art. 15 Wet Bibob)' }] } : {}),
    ...(opschortingen.length > 0 ? { opschortingen } : {}),
    ...(peildatum === undefined ? {} : { peildatum }),
  });
}
