import { laatsteDagVanMaandenVanaf, plusMaandenDagnummer } from './kalenderdatum';
import type { Termijnlengte } from './termijnlengte';

/**
 * The last day of a term counted from the day after an event (art. 6:8 lid 1 Awb: "met ingang
 * van de dag na die waarop het besluit … is bekendgemaakt"). Weeks end on the event's weekday
 * (bekendmaking Wednesday 3 March 2021 + 6 weeks → Wednesday 14 April); months and years on the
 * event's day number, or the last day of a shorter month (31 January + 1 month → 28/29 February).
 */
export function laatsteDagNaGebeurtenis(gebeurtenis: number, lengte: Termijnlengte): number {
  switch (lengte.eenheid) {
    case 'dagen':
      return gebeurtenis + lengte.aantal;
    case 'weken':
      return gebeurtenis + 7 * lengte.aantal;
    case 'maanden':
      return plusMaandenDagnummer(gebeurtenis, lengte.aantal);
    case 'jaren':
      return plusMaandenDagnummer(gebeurtenis, 12 * lengte.aantal);
    default:
      return onbekendeEenheid(lengte.eenheid);
  }
}

/**
 * The last day of a period that includes its first day (a closure "ingaande" a date): 3 months
 * from 1 March run through 31 May.
 */
export function laatsteDagVanafEersteDag(eersteDag: number, lengte: Termijnlengte): number {
  switch (lengte.eenheid) {
    case 'dagen':
      return eersteDag + lengte.aantal - 1;
    case 'weken':
      return eersteDag + 7 * lengte.aantal - 1;
    case 'maanden':
      return laatsteDagVanMaandenVanaf(eersteDag, lengte.aantal);
    case 'jaren':
      return laatsteDagVanMaandenVanaf(eersteDag, 12 * lengte.aantal);
    default:
      return onbekendeEenheid(lengte.eenheid);
  }
}

/**
 * The latest day of a term counted backwards from a moment ("at least two weeks before the
 * hearing"): the same arithmetic in the other direction.
 */
export function laatsteDagTerugVanaf(moment: number, lengte: Termijnlengte): number {
  switch (lengte.eenheid) {
    case 'dagen':
      return moment - lengte.aantal;
    case 'weken':
      return moment - 7 * lengte.aantal;
    case 'maanden':
      return plusMaandenDagnummer(moment, -lengte.aantal);
    case 'jaren':
      return plusMaandenDagnummer(moment, -12 * lengte.aantal);
    default:
      return onbekendeEenheid(lengte.eenheid);
  }
}

function onbekendeEenheid(eenheid: never): never {
  throw new Error(`Onbekende eenheid ${String(eenheid)}`);
}
