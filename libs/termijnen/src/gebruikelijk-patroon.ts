import type { WettelijkeFeestdag } from './feestdagen';
import { dagnummerVan, weekdagVan } from './kalenderdatum';

export interface AangenomenGelijkstelling {
  readonly dagnummer: number;
  readonly omschrijving: string;
}

/**
 * The days a year without a known art. 3 lid 3 decree is assumed to get, shown as provisional.
 * Every decree we could check (2017–2019, 2023–2025, 2026–2028) made equal the Friday after
 * Hemelvaartsdag and the Friday after Nieuwjaarsdag, Koningsdag or tweede Kerstdag when that fell
 * on a Thursday. Wednesday 6 May is added when Hemelvaartsdag is 7 May (bridging 5 May and
 * Hemelvaartsdag, as described for such years). Mondays before a Tuesday holiday are not assumed:
 * the 2017–2019 decree had them, the 2026–2028 decree did not (Tuesday 27 April 2027).
 */
export function gebruikelijkeGelijkstellingen(jaar: number, feestdagen: readonly WettelijkeFeestdag[]): AangenomenGelijkstelling[] {
  const aangenomen: AangenomenGelijkstelling[] = [];
  for (const { dagnummer, feestdag } of feestdagen) {
    const donderdag = weekdagVan(dagnummer) === 4;
    if (feestdag.naam === 'Hemelvaartsdag') {
      aangenomen.push({ dagnummer: dagnummer + 1, omschrijving: 'vrijdag na Hemelvaartsdag' });
      if (dagnummer === dagnummerVan(jaar, 5, 7)) aangenomen.push({ dagnummer: dagnummer - 1, omschrijving: 'woensdag tussen 5 mei en Hemelvaartsdag' });
    } else if (donderdag && (feestdag.naam === 'Nieuwjaarsdag' || feestdag.naam === 'Koningsdag' || feestdag.naam === 'Koninginnedag' || feestdag.naam === 'tweede Kerstdag')) {
      aangenomen.push({ dagnummer: dagnummer + 1, omschrijving: `vrijdag na ${feestdag.naam}` });
    }
  }
  return aangenomen;
}
