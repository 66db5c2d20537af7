import { TermijnFout } from './termijn-fout';

/** Units a term can be set in. Terms in hours are outside the Atw (art. 4 onder a) and outside this library, which counts calendar days. */
export type Eenheid = 'dagen' | 'weken' | 'maanden' | 'jaren';

export interface Termijnlengte {
  readonly aantal: number;
  readonly eenheid: Eenheid;
}

export const dagen = (aantal: number): Termijnlengte => ({ aantal, eenheid: 'dagen' });
export const weken = (aantal: number): Termijnlengte => ({ aantal, eenheid: 'weken' });
export const maanden = (aantal: number): Termijnlengte => ({ aantal, eenheid: 'maanden' });
export const jaren = (aantal: number): Termijnlengte => ({ aantal, eenheid: 'jaren' });

const ENKELVOUD: Record<Eenheid, string> = { dagen: 'dag', weken: 'week', maanden: 'maand', jaren: 'jaar' };

const EENHEDEN: Record<string, Eenheid> = {
  dag: 'dagen', dagen: 'dagen', d: 'dagen',
  week: 'weken', weken: 'weken', w: 'weken',
  maand: 'maanden', maanden: 'maanden', m: 'maanden',
  jaar: 'jaren', jaren: 'jaren', j: 'jaren',
};

/** "6 weken", "1 jaar", "3 dagen". */
export function formatTermijnlengte(lengte: Termijnlengte): string {
  return `${lengte.aantal} ${lengte.aantal === 1 ? ENKELVOUD[lengte.eenheid] : lengte.eenheid}`;
}

export function controleerTermijnlengte(lengte: Termijnlengte, veld = 'lengte'): Termijnlengte {
  const { aantal, eenheid } = lengte ?? ({} as Termijnlengte);
  if (!Number.isInteger(aantal) || aantal < 1 || aantal > 10_000 || !(eenheid in ENKELVOUD)) {
    throw new TermijnFout(
      'ongeldige-lengte',
      `Ongeldige termijnlengte ${JSON.stringify(lengte)} in ${veld}: verwacht een heel aantal (1 of meer) dagen, weken, maanden of jaren (invalid term length)`,
      veld,
    );
  }
  return lengte;
}

/** Reads "6 weken", "2 weeks" is not accepted: the users write Dutch; "8w", "3 maanden", "1 jaar" are. */
export function parseTermijnlengte(tekst: string, veld = 'lengte'): Termijnlengte {
  const gevonden = /^\s*(\d+)\s*([a-z]+)\s*$/i.exec(tekst ?? '');
  const eenheid = gevonden ? EENHEDEN[gevonden[2].toLowerCase()] : undefined;
  if (!gevonden || !eenheid) {
    throw new TermijnFout(
      'ongeldige-lengte',
      `Ongeldige termijnlengte ${JSON.stringify(tekst)} in ${veld}: schrijf bijvoorbeeld "6 weken", "3 dagen", "1 jaar" (invalid term length)`,
      veld,
    );
  }
  return controleerTermijnlengte({ aantal: Number(gevonden[1]), eenheid }, veld);
}
