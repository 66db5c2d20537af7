import type { BibobCommand } from '../bibob.commands';
import type { BibobState } from '../bibob.state';

type Stap = BibobCommand['type'];

const RECHTSGANG: readonly Stap[] = [
  'RegistreerBezwaar',
  'VraagHerstelVerzuim',
  'RegistreerEindeOpschorting',
  'VerdaagBeslistermijnBezwaar',
  'StelBeslissingOpBezwaarUit',
  'NeemBeslissingOpBezwaar',
  'RegistreerVoorlopigeVoorziening',
  'RegistreerBeroep',
  'RegistreerUitspraakOpBeroep',
];

/**
 * The steps that may follow in this state, for the screen that offers them: the phase of the toets
 * as its next steps. A step listed can still be refused on its details (a date, a term).
 */
export function volgendeStappen(state: BibobState): readonly Stap[] {
  switch (state.status) {
    case 'onbekend':
      return ['StartToets'];
    case 'in-onderzoek':
      return [...gegevens(state), 'RondEigenOnderzoekAf', 'SluitToetsAf'];
    case 'eigen-onderzoek-afgerond': {
      const vervolg = state.onderzoek.eigenOnderzoek?.vervolg;
      const verder: Stap[] = vervolg === 'geen-gevaar' ? ['NeemBesluit'] : vervolg === 'advies-nodig' ? ['VraagLbbAdvies'] : ['VraagLbbAdvies', 'VerzendVoornemen', 'NeemBesluit'];
      return [...gegevens(state), ...verder, 'SluitToetsAf'];
    }
    case 'advies-gevraagd': {
      const lbb = state.onderzoek.lbb;
      const vragenOpen = lbb?.vragen.some((v) => v.beantwoordOp === undefined) ?? false;
      return [...gegevens(state), vragenOpen ? 'RegistreerAntwoordOpVragenLbb' : 'RegistreerVragenLbb', ...(lbb?.verlengd ? [] : ['VerlengLbbTermijn' as const]), 'RegistreerLbbAdvies', 'SluitToetsAf'];
    }
    case 'advies-ontvangen':
      return [...gegevens(state), 'VerzendVoornemen', 'NeemBesluit', 'SluitToetsAf'];
    case 'voornemen-verzonden':
      return ['RegistreerZienswijze', 'StelVastDatZienswijzetermijnVerstreken', 'SluitToetsAf'];
    case 'gereed-voor-besluit':
      return ['RegistreerZienswijze', 'NeemBesluit', 'SluitToetsAf'];
    case 'besloten':
      return RECHTSGANG;
    case 'afgesloten':
      return [];
    default: {
      const onbekend: never = state;
      void onbekend;
      return [];
    }
  }
}

function gegevens(state: Extract<BibobState, { onderzoek: unknown }>): Stap[] {
  return [state.onderzoek.gegevens.some((g) => g.ontvangstdatum === undefined) ? 'RegistreerOntvangstGegevens' : 'VraagGegevensOp'];
}
