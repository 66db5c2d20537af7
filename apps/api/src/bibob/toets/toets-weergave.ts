import { beslistermijnVanToets, lbbAdviestermijn, type BibobState } from '@handhaving/domain-bibob';

/*
 * What a toets shows to whom (art. 28 Wet Bibob). Everyone with access to the gemeente may see
 * that the toets exists, its state, its dates and its terms; what the screening found (the
 * eigen onderzoek's and the LBB's degree of danger, and every text) only the Bibob role, and the
 * texts only through inzage.
 */

/** The terms of the toets as they stand on `peildatum`. */
export function termijnenVan(toestand: BibobState, peildatum: string): object {
  if (toestand.status === 'onbekend') return {};
  const beslistermijn = beslistermijnVanToets(toestand.zaak, toestand.onderzoek, peildatum);
  const lbb = toestand.onderzoek.lbb;
  return {
    ...(beslistermijn === undefined ? {} : { beslistermijnAanvraag: beslistermijn }),
    ...(lbb === undefined ? {} : { lbbAdvies: lbbAdviestermijn(lbb.verzenddatum, lbb.verlengd, lbb.vragen, peildatum) }),
    ...('voornemen' in toestand ? { zienswijzetermijnEinde: toestand.voornemen.zienswijzetermijnEinde } : {}),
    ...(toestand.status === 'besloten'
      ? { bezwaartermijnEinde: toestand.besluit.bezwaartermijnEinde, ...(toestand.rechtsbescherming.beslistermijn === undefined ? {} : { beslistermijnBezwaar: toestand.rechtsbescherming.beslistermijn }) }
      : {}),
  };
}

/** The toets as anyone with access to its gemeente may see it: that it exists, its state, its dates, its terms. */
export function openbareWeergave(zaakId: string, gemeente: string, toestand: BibobState, peildatum: string): object {
  if (toestand.status === 'onbekend') return { zaakId, gemeente, status: toestand.status };
  const aanleiding = toestand.zaak.aanleiding;
  return {
    zaakId,
    gemeente,
    status: toestand.status,
    startdatum: toestand.zaak.startdatum,
    // What the toets is about, as the figures count it; never who (the betrokkene ids stay out).
    aanleiding: aanleiding.soort === 'aanvraag' ? { soort: 'aanvraag', aanvraagtype: aanleiding.aanvraagtype, ontvangstdatum: aanleiding.ontvangstdatum } : { soort: 'signaal', reden: aanleiding.reden },
    ...(toestand.status === 'besloten' ? { besluit: { uitkomst: toestand.besluit.herzien ?? toestand.besluit.uitkomst, bekendmakingsdatum: toestand.besluit.bekendmakingsdatum } } : {}),
    ...(toestand.status === 'afgesloten' ? { afgesloten: { reden: toestand.reden, sinds: toestand.sinds } } : {}),
    termijnen: termijnenVan(toestand, peildatum),
  };
}
