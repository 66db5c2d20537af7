import {
  ATW_ARTIKEL_1_LID_1,
  ATW_ARTIKEL_1_LID_2,
  type AtwUitsluiting,
  atwUitsluitingVoor,
  type AtwVerlenging,
  verlengVolgensAtw,
} from './atw';
import { type Kalender, standaardKalender } from './kalender';
import { formatDagnummer, type Kalenderdatum, parseDagnummer, weekdagnaamVan } from './kalenderdatum';
import { type Opschorting, type OpschortingInUitleg, schortOp } from './opschorting';
import { TermijnFout } from './termijn-fout';
import {
  isLastSoort,
  type LastSoort,
  LASTSOORTEN,
  isTermijnSoort,
  TERMIJNSOORT_DEFINITIES,
  TERMIJNSOORTEN,
  type TermijnSoort,
  type TermijnSoortDefinitie,
} from './termijn-soorten';
import { controleerTermijnlengte, formatTermijnlengte, type Termijnlengte, weken } from './termijnlengte';
import { laatsteDagNaGebeurtenis, laatsteDagTerugVanaf, laatsteDagVanafEersteDag } from './telling';
import type { AtwToepassing, Uitleg } from './uitleg';
import { type Verdaging, type VerdagingInUitleg, verdaag } from './verdaging';

/** What to compute: a kind of term, the date it counts from, and what happened to it since. */
export interface TermijnVraag {
  readonly soort: TermijnSoort;
  /**
   * The event the term counts from, `YYYY-MM-DD` (bekendmaking, ontvangst, verbeuring…); counting
   * starts the day after. For `sluitingsduur` the first day of the closure itself; for a term
   * counted back (`terugrekenen`) the moment counted back from.
   */
  readonly vanaf: string;
  /** The length, where the kind lets the caller set it (special law, besluit, policy). */
  readonly lengte?: Termijnlengte;
  /** The article of a `wettelijke-termijn`, or of the special law setting a `beslistermijn-aanvraag`. */
  readonly grondslag?: string;
  /** Beslistermijn op bezwaar with an advisory committee (art. 7:13 Awb): twelve weeks (art. 7:10 lid 1 Awb). */
  readonly adviescommissie?: boolean;
  /**
   * The last a begunstigingstermijn belongs to, for the article in the explanation: a last onder
   * bestuursdwang (art. 5:24 lid 2 Awb) or onder dwangsom (art. 5:32a lid 2 Awb). Without it the
   * explanation cites both. Refused for any other kind of term.
   */
  readonly last?: LastSoort;
  /**
   * A begunstigingstermijn the besluit sets as a date instead of a length. That day is the end,
   * whatever weekday or holiday it is and whatever the policy: only a verdaging or opschorting
   * recorded on the case moves it (see `TermijnBeleid`).
   */
  readonly vasteEinddatum?: string;
  /** A term counted back from `vanaf` ("at least two weeks before the hearing"): never extended (art. 1 lid 2 Atw). */
  readonly terugrekenen?: boolean;
  readonly opschortingen?: readonly Opschorting[];
  readonly verdagingen?: readonly Verdaging[];
  /** The day a running suspension is counted through (the library reads no clock). */
  readonly peildatum?: string;
}

/**
 * Terms set by a besluit or letter are outside the Atw (art. 1 lid 1 covers only "een in een wet
 * gestelde termijn"); many municipalities extend them the same way all the same. That choice is
 * theirs, per kind, and the explanation says which applied.
 *
 * The choice covers a term the besluit gives as a length ("binnen twee weken"), whose last day
 * nobody named. A day the besluit names itself (`vasteEinddatum`) is never moved: it is the date
 * the addressee reads in the besluit, and neither the Atw nor this policy reaches it. Library, CLI
 * and deciders give that one answer.
 */
export interface TermijnBeleid {
  readonly verlengAlsAtw: { readonly zienswijzetermijn: boolean; readonly begunstigingstermijn: boolean };
}

/**
 * Default: extend as the Atw would. A citizen given until a Sunday may answer on Monday; acting
 * on the Sunday deadline instead would be the riskier reading for the municipality.
 */
export const STANDAARDBELEID: TermijnBeleid = { verlengAlsAtw: { zienswijzetermijn: true, begunstigingstermijn: true } };

export interface TermijnOpties {
  readonly beleid?: TermijnBeleid;
  readonly kalender?: Kalender;
}

export interface Termijn {
  readonly einde: Kalenderdatum;
  readonly uitleg: Uitleg;
}

const REDEN_WET = `in een wet gestelde termijn (${ATW_ARTIKEL_1_LID_1})`;
const REDEN_BELEID_WEL = 'termijn gesteld bij besluit, buiten de Atw (die geldt voor in een wet gestelde termijnen); beleid: verlengd zoals art. 1 en 2 Atw';
const REDEN_BELEID_NIET = 'termijn gesteld bij besluit, buiten de Atw (die geldt voor in een wet gestelde termijnen); beleid: niet verlengd';
const REDEN_TERUG = `termijn bepaald door terugrekening; niet verlengd (${ATW_ARTIKEL_1_LID_2})`;
const REDEN_DUUR = 'geen termijn om binnen te handelen maar een duur; de Atw verlengt die niet';
const REDEN_VASTE_EINDDATUM =
  'einddatum genoemd in het besluit, en die dag geldt zoals het besluit hem noemt: de Atw geldt alleen voor in een wet gestelde termijnen (art. 1 lid 1 Atw), ' +
  'en het beleid om zoals de Atw te verlengen geldt voor een termijn gesteld als lengte, niet voor een genoemde dag';
const GEEN_VERLENGINGEN: readonly AtwVerlenging[] = Object.freeze([]);
const GEEN_VOORLOPIG: readonly string[] = Object.freeze([]);
const GEEN_VERDAGINGEN: readonly VerdagingInUitleg[] = Object.freeze([]);
const GEEN_OPSCHORTINGEN: readonly OpschortingInUitleg[] = Object.freeze([]);

/**
 * The end of a term and why: its start, length and article, each extension and suspension, and
 * what the Algemene termijnenwet did. Pure: the same question always gives the same answer.
 */
export function berekenTermijn(vraag: TermijnVraag, opties: TermijnOpties = {}): Termijn {
  if (!isTermijnSoort(vraag?.soort)) {
    throw new TermijnFout(
      'onbekende-soort',
      `Onbekende termijnsoort ${JSON.stringify(vraag?.soort)}; kies uit ${TERMIJNSOORTEN.join(', ')} (unknown kind of term)`,
      'soort',
    );
  }
  const definitie: TermijnSoortDefinitie = TERMIJNSOORT_DEFINITIES[vraag.soort];
  const kalender = opties.kalender ?? standaardKalender();
  const gebeurtenis = parseDagnummer(vraag.vanaf, 'vanaf');
  const peildatum = vraag.peildatum === undefined ? undefined : parseDagnummer(vraag.peildatum, 'peildatum');
  const vasteEinddatum = leesVasteEinddatum(definitie, vraag);
  const lengte = vasteEinddatum === undefined ? bepaalLengte(definitie, vraag) : undefined;
  const grondslag = bepaalGrondslag(definitie, vraag);

  if (vraag.terugrekenen) return terug(definitie, vraag, gebeurtenis, lengte, grondslag, kalender);

  const zelf = definitie.aanvang.regel === 'dag-zelf';
  const eersteDag = zelf ? gebeurtenis : gebeurtenis + 1;
  let einde: number;
  if (vasteEinddatum !== undefined) {
    if (vasteEinddatum < eersteDag) {
      throw new TermijnFout('ongeldige-invoer', `Vaste einddatum ${vraag.vasteEinddatum} ligt vóór de start van de termijn ${formatDagnummer(eersteDag)} (end before start)`, 'vasteEinddatum');
    }
    einde = vasteEinddatum;
  } else {
    einde = zelf ? laatsteDagVanafEersteDag(eersteDag, lengte as Termijnlengte) : laatsteDagNaGebeurtenis(gebeurtenis, lengte as Termijnlengte);
  }
  const onverlengdEinde = einde;

  let verdagingen = GEEN_VERDAGINGEN;
  if (vraag.verdagingen && vraag.verdagingen.length > 0) {
    const lijst: VerdagingInUitleg[] = [];
    einde = verdaag(definitie, einde, vraag.verdagingen, lijst);
    verdagingen = lijst;
  }

  let opschortingen = GEEN_OPSCHORTINGEN;
  let voorlopig = GEEN_VOORLOPIG;
  if (vraag.opschortingen && vraag.opschortingen.length > 0) {
    const lijst: OpschortingInUitleg[] = [];
    einde = schortOp(eersteDag, einde, vraag.opschortingen, peildatum, lijst);
    opschortingen = lijst;
    const lopend = lijst.find((o) => o.lopend);
    if (lopend) voorlopig = [`opschorting sinds ${lopend.van} loopt nog: geteld tot en met peildatum ${lopend.geteldTotEnMet}; het einde schuift met elke dag op`];
  }

  const atw = vasteEinddatum !== undefined ? ATW_VASTE_EINDDATUM : bepaalAtw(definitie, vraag.soort, lengte, opties.beleid ?? STANDAARDBELEID);
  let verlengingen = GEEN_VERLENGINGEN;
  if (atw.toegepast) {
    const lijst: AtwVerlenging[] = [];
    // Art. 2 Atw: terms of at least three days. Weeks, months and years always are.
    const tweedagenregel = lengte === undefined ? einde - eersteDag + 1 >= 3 : lengte.eenheid !== 'dagen' || lengte.aantal >= 3;
    einde = verlengVolgensAtw(eersteDag, einde, kalender, tweedagenregel, lijst);
    if (lijst.length > 0) {
      verlengingen = lijst;
      voorlopig = voorlopigeFeestdagen(lijst, voorlopig);
    }
  }

  // Every field is always set (undefined where it does not apply), so each explanation has the
  // same shape: cheaper to build, and JSON leaves the undefined ones out.
  const uitleg: Uitleg = {
    soort: vraag.soort,
    naam: definitie.naam,
    einde: formatDagnummer(einde),
    richting: 'vooruit',
    gebeurtenis: { omschrijving: definitie.aanvang.gebeurtenis, datum: formatDagnummer(gebeurtenis) },
    start: formatDagnummer(eersteDag),
    aanvang: definitie.aanvang.regel,
    aanvangGrondslag: definitie.aanvang.grondslag,
    lengte,
    vasteEinddatum: lengte ? undefined : formatDagnummer(onverlengdEinde),
    grondslag,
    onverlengdEinde: formatDagnummer(onverlengdEinde),
    verdagingen,
    opschortingen,
    atw: { toegepast: atw.toegepast, reden: atw.reden, beleid: atw.beleid, verlengingen },
    eindigtOp: eindigtOp(einde, kalender),
    voorlopig,
  };
  return { einde: uitleg.einde, uitleg };
}

function terug(
  definitie: TermijnSoortDefinitie,
  vraag: TermijnVraag,
  moment: number,
  lengte: Termijnlengte | undefined,
  grondslag: string,
  kalender: Kalender,
): Termijn {
  if (definitie.herkomst === 'duur' || lengte === undefined || vraag.opschortingen?.length || vraag.verdagingen?.length) {
    throw new TermijnFout(
      'ongeldige-invoer',
      `Terugrekenen kan alleen voor een termijn met een lengte, zonder vaste einddatum, opschorting of verdaging (counting back needs a plain length)`,
      'terugrekenen',
    );
  }
  const einde = laatsteDagTerugVanaf(moment, lengte);
  const uitleg: Uitleg = {
    soort: vraag.soort,
    naam: definitie.naam,
    einde: formatDagnummer(einde),
    richting: 'terug',
    gebeurtenis: { omschrijving: definitie.aanvang.gebeurtenis, datum: formatDagnummer(moment) },
    start: formatDagnummer(moment),
    aanvang: 'terugrekening',
    aanvangGrondslag: undefined,
    lengte,
    vasteEinddatum: undefined,
    grondslag,
    onverlengdEinde: formatDagnummer(einde),
    verdagingen: GEEN_VERDAGINGEN,
    opschortingen: GEEN_OPSCHORTINGEN,
    atw: { toegepast: false, reden: REDEN_TERUG, beleid: false, verlengingen: GEEN_VERLENGINGEN },
    eindigtOp: eindigtOp(einde, kalender),
    voorlopig: GEEN_VOORLOPIG,
  };
  return { einde: uitleg.einde, uitleg };
}

function eindigtOp(einde: number, kalender: Kalender): Uitleg['eindigtOp'] {
  return { weekdag: weekdagnaamVan(einde), feestdag: kalender.feestdagOp(einde) };
}

type AtwBesluit = Omit<AtwToepassing, 'verlengingen'>;

const ATW_WET: AtwBesluit = { toegepast: true, reden: REDEN_WET, beleid: false };
const ATW_BELEID_WEL: AtwBesluit = { toegepast: true, reden: REDEN_BELEID_WEL, beleid: true };
const ATW_BELEID_NIET: AtwBesluit = { toegepast: false, reden: REDEN_BELEID_NIET, beleid: true };
const ATW_DUUR: AtwBesluit = { toegepast: false, reden: REDEN_DUUR, beleid: false };
// Not the policy's doing (`beleid: false`): no policy setting reaches a day the besluit names.
const ATW_VASTE_EINDDATUM: AtwBesluit = { toegepast: false, reden: REDEN_VASTE_EINDDATUM, beleid: false };
const uitgeslotenDoorWet = new Map<AtwUitsluiting, AtwBesluit>();
const uitgeslotenDoorBeleid = new Map<AtwUitsluiting, AtwBesluit>();

function uitgesloten(uitsluiting: AtwUitsluiting, beleid: boolean): AtwBesluit {
  const cache = beleid ? uitgeslotenDoorBeleid : uitgeslotenDoorWet;
  let besluit = cache.get(uitsluiting);
  if (!besluit) {
    const reden = `${uitsluiting.omschrijving} (${uitsluiting.grondslag})`;
    besluit = {
      toegepast: false,
      reden: beleid ? `termijn gesteld bij besluit; beleid volgt de Atw, en die geldt niet voor een ${reden}` : `Atw geldt niet: ${reden}`,
      beleid,
    };
    cache.set(uitsluiting, besluit);
  }
  return besluit;
}

function bepaalAtw(
  definitie: TermijnSoortDefinitie,
  soort: TermijnSoort,
  lengte: Termijnlengte | undefined,
  beleid: TermijnBeleid,
): AtwBesluit {
  switch (definitie.herkomst) {
    case 'wet': {
      const uitsluiting = lengte && atwUitsluitingVoor(lengte);
      return uitsluiting ? uitgesloten(uitsluiting, false) : ATW_WET;
    }
    case 'besluit': {
      const verlengen = soort === 'zienswijzetermijn' ? beleid.verlengAlsAtw.zienswijzetermijn : soort === 'begunstigingstermijn' ? beleid.verlengAlsAtw.begunstigingstermijn : false;
      if (!verlengen) return ATW_BELEID_NIET;
      const uitsluiting = lengte && atwUitsluitingVoor(lengte);
      return uitsluiting ? uitgesloten(uitsluiting, true) : ATW_BELEID_WEL;
    }
    case 'duur':
      return ATW_DUUR;
    default: {
      const onbekend: never = definitie.herkomst;
      throw new Error(`Onbekende herkomst ${String(onbekend)}`);
    }
  }
}

function bepaalLengte(definitie: TermijnSoortDefinitie, vraag: TermijnVraag): Termijnlengte {
  if (vraag.adviescommissie) {
    if (definitie.soort !== 'beslistermijn-bezwaar') {
      throw new TermijnFout('ongeldige-invoer', `Adviescommissie geldt alleen voor de beslistermijn op bezwaar (advisory committee only applies to beslistermijn-bezwaar)`, 'adviescommissie');
    }
    if (vraag.lengte) throw new TermijnFout('ongeldige-invoer', `Geef een adviescommissie of een lengte, niet beide (give one of adviescommissie or lengte)`, 'lengte');
    return TWAALF_WEKEN;
  }
  if (vraag.lengte !== undefined) {
    if (!definitie.lengteInstelbaar) {
      throw new TermijnFout(
        'ongeldige-invoer',
        `De lengte van een ${definitie.naam} staat vast (${formatTermijnlengte(definitie.standaardLengte as Termijnlengte)}, ${definitie.grondslag}) (length is fixed by law)`,
        'lengte',
      );
    }
    return controleerTermijnlengte(vraag.lengte);
  }
  if (!definitie.standaardLengte) {
    throw new TermijnFout('ongeldige-invoer', `Een ${definitie.naam} heeft geen vaste lengte; geef een lengte${definitie.soort === 'begunstigingstermijn' ? ' of een vaste einddatum' : ''} (length required)`, 'lengte');
  }
  return definitie.standaardLengte;
}

const TWAALF_WEKEN = weken(12);

function bepaalGrondslag(definitie: TermijnSoortDefinitie, vraag: TermijnVraag): string {
  if (vraag.last !== undefined) {
    if (!definitie.grondslagPerLast) {
      throw new TermijnFout('ongeldige-invoer', `Een last hoort alleen bij een begunstigingstermijn, niet bij een ${definitie.naam} (last only applies to begunstigingstermijn)`, 'last');
    }
    if (!isLastSoort(vraag.last)) {
      throw new TermijnFout('ongeldige-invoer', `Onbekende last ${JSON.stringify(vraag.last)}; kies uit ${LASTSOORTEN.join(', ')} (unknown kind of last)`, 'last');
    }
  }
  if (vraag.grondslag !== undefined) {
    if (definitie.soort !== 'wettelijke-termijn' && definitie.soort !== 'beslistermijn-aanvraag') {
      throw new TermijnFout('ongeldige-invoer', `De grondslag van een ${definitie.naam} staat vast (${definitie.grondslag}) (legal basis is fixed)`, 'grondslag');
    }
    if (typeof vraag.grondslag !== 'string' || vraag.grondslag.trim() === '') {
      throw new TermijnFout('ongeldige-invoer', `Lege grondslag; noem het artikel (empty legal basis)`, 'grondslag');
    }
    return vraag.grondslag;
  }
  if (definitie.soort === 'wettelijke-termijn') {
    throw new TermijnFout('ongeldige-invoer', `Een wettelijke termijn vraagt een grondslag: noem het artikel (legal basis required)`, 'grondslag');
  }
  if (vraag.adviescommissie) return `${definitie.grondslag}, met adviescommissie (art. 7:13 Awb)`;
  if (vraag.last !== undefined && definitie.grondslagPerLast) return definitie.grondslagPerLast[vraag.last];
  return definitie.grondslag;
}

function leesVasteEinddatum(definitie: TermijnSoortDefinitie, vraag: TermijnVraag): number | undefined {
  if (vraag.vasteEinddatum === undefined) return undefined;
  if (definitie.soort !== 'begunstigingstermijn') {
    throw new TermijnFout('ongeldige-invoer', `Een vaste einddatum kan alleen bij een begunstigingstermijn (fixed end date only for begunstigingstermijn)`, 'vasteEinddatum');
  }
  if (vraag.lengte !== undefined) throw new TermijnFout('ongeldige-invoer', `Geef een lengte of een vaste einddatum, niet beide (give one of lengte or vasteEinddatum)`, 'vasteEinddatum');
  return parseDagnummer(vraag.vasteEinddatum, 'vasteEinddatum');
}

function voorlopigeFeestdagen(verlengingen: readonly AtwVerlenging[], eerder: readonly string[]): readonly string[] {
  let voorlopig: string[] | undefined;
  for (const verlenging of verlengingen) {
    for (const dag of verlenging.overgeslagen) {
      if (dag.feestdag?.voorlopig) {
        voorlopig ??= [...eerder];
        voorlopig.push(`${dag.datum} (${dag.feestdag.naam}) is als feestdag aangenomen zonder nagelezen besluit (art. 3 lid 3 Atw)`);
      }
    }
  }
  return voorlopig ?? eerder;
}

/** Convenience for callers that hold the kind and date only. */
export function eindeVan(soort: TermijnSoort, vanaf: string, opties?: TermijnOpties): Kalenderdatum {
  return berekenTermijn({ soort, vanaf }, opties).einde;
}
