import { formatDagnummer, type Kalenderdatum, parseDagnummer } from './kalenderdatum';
import { TermijnFout } from './termijn-fout';

/**
 * A period in which the term stands still (e.g. art. 4:15 Awb: an incomplete aanvraag; a Bibob
 * questionnaire out; the LBB advice pending). Both days are included. The caller translates the
 * law's wording ("met ingang van de dag na … tot de dag waarop …") into these two days, so the
 * explanation shows exactly the days that were counted.
 */
export interface Opschorting {
  /** First day the term stands still, `YYYY-MM-DD`. */
  readonly van: string;
  /** Last day it stands still; absent while the suspension still runs. */
  readonly totEnMet?: string;
  readonly reden: string;
}

export interface OpschortingInUitleg {
  readonly van: Kalenderdatum;
  readonly totEnMet?: Kalenderdatum;
  /** Still running: counted through the peildatum. */
  readonly lopend: boolean;
  readonly geteldTotEnMet?: Kalenderdatum;
  /** Days by which this suspension moved the end, after overlap with earlier ones was taken out. */
  readonly dagen: number;
  readonly reden: string;
  /** Why it counted fewer days than it lasted, if it did. */
  readonly toelichting?: string;
}

interface GelezenOpschorting {
  readonly van: number;
  readonly totEnMet: number;
  readonly bron: Opschorting;
}

const OVERLAP = 'overlapt met een eerdere opschorting; die dagen tellen één keer';
const VOOR_START = 'begon vóór de start van de termijn; alleen dagen vanaf de start tellen';
const NA_EINDE = 'begon na het einde van de termijn; telt niet';
const NOG_NIET_BEGONNEN = 'begint na de peildatum; telt nog niet';

/**
 * Moves the end of a term running from `eersteDag` through `einde` by the suspended days. Days
 * covered by more than one suspension count once; a suspension that starts after the (already
 * moved) end has no effect, because the term had run out. Returns the new end; the explanation
 * of each suspension, in date order, is pushed onto `uitleg`.
 */
export function schortOp(
  eersteDag: number,
  einde: number,
  opschortingen: readonly Opschorting[],
  peildatum: number | undefined,
  uitleg: OpschortingInUitleg[],
): number {
  const gelezen: GelezenOpschorting[] = [];
  for (let i = 0; i < opschortingen.length; i++) gelezen.push(lees(opschortingen[i], i, peildatum));
  if (gelezen.length > 1) gelezen.sort((a, b) => a.van - b.van || a.totEnMet - b.totEnMet);
  let nieuwEinde = einde;
  let bedektTotEnMet = Number.NEGATIVE_INFINITY;
  for (const { van, totEnMet, bron } of gelezen) {
    const lopend = bron.totEnMet === undefined;
    let toelichting: string | undefined;
    let telVanaf = van;
    if (telVanaf < eersteDag) {
      telVanaf = eersteDag;
      toelichting = VOOR_START;
    }
    if (telVanaf <= bedektTotEnMet) {
      telVanaf = bedektTotEnMet + 1;
      toelichting = OVERLAP;
    }
    let dagen = 0;
    if (van > nieuwEinde) toelichting = NA_EINDE;
    else if (lopend && van > totEnMet) toelichting = NOG_NIET_BEGONNEN;
    else if (totEnMet >= telVanaf) dagen = totEnMet - telVanaf + 1;
    if (dagen > 0) {
      nieuwEinde += dagen;
      bedektTotEnMet = totEnMet;
    }
    uitleg.push({
      van: formatDagnummer(van),
      totEnMet: lopend ? undefined : formatDagnummer(totEnMet),
      lopend,
      geteldTotEnMet: lopend ? formatDagnummer(totEnMet) : undefined,
      dagen,
      reden: bron.reden,
      toelichting,
    });
  }
  return nieuwEinde;
}

function lees(opschorting: Opschorting, i: number, peildatum: number | undefined): GelezenOpschorting {
  const veld = `opschortingen[${i}]`;
  if (!opschorting || typeof opschorting.reden !== 'string' || opschorting.reden.trim() === '') {
    throw new TermijnFout('ongeldige-opschorting', `Opschorting ${i + 1} heeft geen reden; elke opschorting noemt waarom (suspension needs a reason)`, `${veld}.reden`);
  }
  const van = parseDagnummer(opschorting.van, `${veld}.van`);
  if (opschorting.totEnMet === undefined) {
    if (peildatum === undefined) {
      throw new TermijnFout(
        'ongeldige-opschorting',
        `Opschorting vanaf ${opschorting.van} loopt nog; geef een peildatum om tot en met te tellen (running suspension needs a peildatum)`,
        'peildatum',
      );
    }
    return { van, totEnMet: peildatum, bron: opschorting };
  }
  const totEnMet = parseDagnummer(opschorting.totEnMet, `${veld}.totEnMet`);
  if (totEnMet < van) {
    throw new TermijnFout(
      'ongeldige-opschorting',
      `Opschorting ${opschorting.van}..${opschorting.totEnMet} eindigt vóór ze begint (suspension ends before it starts)`,
      `${veld}.totEnMet`,
    );
  }
  return { van, totEnMet, bron: opschorting };
}
