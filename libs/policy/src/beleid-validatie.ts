import {
  BEGUNSTIGING_CONTEXTEN,
  BELEIDSTERMIJNEN,
  type Beleid,
  DRUGSCATEGORIEEN,
  type Drugscategorie,
  HERINNERING_TERMIJNSOORTEN,
  type Maatregel,
  PANDTYPES,
  RECIDIVE_BEVINDINGEN,
  RECIDIVE_CONTEXTEN,
  TREDEN,
  ZIENSWIJZE_CONTEXTEN,
} from './beleid';

/** One thing wrong with a policy: the field (a dotted path into the policy) and the rule, in Dutch. */
export interface BeleidProbleem {
  readonly veld: string;
  readonly regel: string;
}

/** `damocles.recidiveTermijnMaanden: moet een geheel getal van 1 tot en met 120 zijn`. */
export function formatBeleidProbleem(probleem: BeleidProbleem): string {
  return probleem.veld === '' ? probleem.regel : `${probleem.veld}: ${probleem.regel}`;
}

export const RECIDIVETERMIJN_MAANDEN = { min: 1, max: 120 } as const;
export const SLUITINGSDUUR_MAANDEN = { min: 1, max: 60 } as const;
export const HERINNERING_WERKDAGEN = { min: 1, max: 60 } as const;
export const MAX_HERINNERINGEN_PER_LIJST = 10;

/*
 * Upper bounds that catch typing errors (a zienswijzetermijn of 20 weeks, a begunstiging of
 * 400 days), not legal maxima: the law sets none for these terms.
 */
const ZIENSWIJZE_MAXIMUM = { dagen: 84, weken: 12 } as const;
const BEGUNSTIGING_MAXIMUM = { dagen: 365, weken: 52, maanden: 12 } as const;

/**
 * Everything wrong with a policy, each problem naming its field; an empty list means the policy
 * is valid. Takes any input (a request body, a stored event) and never throws. Besides the
 * shape it checks the rules of the Damoclesbeleid itself: harddrugs never get a warning, and a
 * later rung of the ladder is never lighter than an earlier one.
 */
export function valideerBeleid(invoer: unknown): BeleidProbleem[] {
  const problemen: BeleidProbleem[] = [];
  const controle = new Controle(problemen);
  const beleid = controle.object(invoer, '', ['damocles', 'termijnen', 'herinneringen', 'bezwaar', 'recidive']);
  if (beleid) {
    valideerDamocles(controle, beleid['damocles'], 'damocles');
    valideerTermijnen(controle, beleid['termijnen'], 'termijnen');
    valideerHerinneringen(controle, beleid['herinneringen'], 'herinneringen');
    // Optional: versions set before it was kept have none, and mean no adviescommissie.
    if (beleid['bezwaar'] !== undefined) valideerBezwaar(controle, beleid['bezwaar'], 'bezwaar');
    // Optional too: without it only Damocles finds count, by pand.
    if (beleid['recidive'] !== undefined) valideerRecidive(controle, beleid['recidive'], 'recidive');
  }
  return problemen;
}

export function isGeldigBeleid(invoer: unknown): invoer is Beleid {
  return valideerBeleid(invoer).length === 0;
}

function valideerDamocles(controle: Controle, invoer: unknown, pad: string): void {
  const damocles = controle.object(invoer, pad, ['ladder', 'recidiveTermijnMaanden', 'vondstenZonderMaatregelTellenMee']);
  if (!damocles) return;
  const ladder = controle.object(damocles['ladder'], `${pad}.ladder`, PANDTYPES);
  if (ladder) {
    for (const pandtype of PANDTYPES) {
      const perCategorie = controle.object(ladder[pandtype], `${pad}.ladder.${pandtype}`, DRUGSCATEGORIEEN);
      if (!perCategorie) continue;
      for (const categorie of DRUGSCATEGORIEEN) {
        valideerLadderrij(controle, perCategorie[categorie], `${pad}.ladder.${pandtype}.${categorie}`, categorie);
      }
    }
  }
  controle.geheelGetal(damocles['recidiveTermijnMaanden'], `${pad}.recidiveTermijnMaanden`, RECIDIVETERMIJN_MAANDEN);
  controle.waarheidswaarde(damocles['vondstenZonderMaatregelTellenMee'], `${pad}.vondstenZonderMaatregelTellenMee`);
}

function valideerLadderrij(controle: Controle, invoer: unknown, pad: string, categorie: Drugscategorie): void {
  const rij = controle.object(invoer, pad, TREDEN);
  if (!rij) return;
  let vorige: { trede: string; maatregel: Maatregel } | undefined;
  for (const trede of TREDEN) {
    const veld = `${pad}.${trede}`;
    const maatregel = valideerMaatregel(controle, rij[trede], veld);
    if (!maatregel) {
      vorige = undefined;
      continue;
    }
    // Art. 13b Opiumwet practice: a trade quantity of hard drugs is closed, never only warned
    // about (Kerkrade's figures show "n.v.t." for warnings on harddrugs).
    if (categorie === 'harddrugs' && maatregel.soort === 'waarschuwing') {
      controle.probleem(veld, 'harddrugs krijgen nooit een waarschuwing (praktijk art. 13b Opiumwet; Kerkrade rapporteert dit als n.v.t.): kies een sluiting');
    }
    if (vorige && zwaarte(maatregel) < zwaarte(vorige.maatregel)) {
      controle.probleem(veld, `mag niet lichter zijn dan de vorige trede (${vorige.trede}): een herhaling binnen de termijn weegt zwaarder`);
    }
    vorige = { trede, maatregel };
  }
}

function valideerMaatregel(controle: Controle, invoer: unknown, pad: string): Maatregel | undefined {
  if (!isRecord(invoer)) {
    controle.probleem(pad, 'ontbreekt: geef een maatregel (waarschuwing, sluiting of geen-maatregel)');
    return undefined;
  }
  switch (invoer['soort']) {
    case 'waarschuwing':
    case 'geen-maatregel':
      controle.alleenVelden(invoer, pad, ['soort']);
      return { soort: invoer['soort'] };
    case 'sluiting': {
      controle.alleenVelden(invoer, pad, ['soort', 'duurMaanden']);
      const duur = invoer['duurMaanden'];
      if (duur === 'onbepaald') return { soort: 'sluiting', duurMaanden: 'onbepaald' };
      if (!isGeheelGetalTussen(duur, SLUITINGSDUUR_MAANDEN)) {
        controle.probleem(
          `${pad}.duurMaanden`,
          `moet een geheel getal van ${SLUITINGSDUUR_MAANDEN.min} tot en met ${SLUITINGSDUUR_MAANDEN.max} zijn, of "onbepaald"`,
        );
        return undefined;
      }
      return { soort: 'sluiting', duurMaanden: duur };
    }
    default:
      controle.probleem(`${pad}.soort`, 'moet waarschuwing, sluiting of geen-maatregel zijn');
      return undefined;
  }
}

/** Heavier measures rank higher; an indefinite closure is the heaviest. */
function zwaarte(maatregel: Maatregel): number {
  switch (maatregel.soort) {
    case 'geen-maatregel':
      return 0;
    case 'waarschuwing':
      return 1;
    case 'sluiting':
      return maatregel.duurMaanden === 'onbepaald' ? Number.MAX_SAFE_INTEGER : 1 + maatregel.duurMaanden;
    default: {
      const onbekend: never = maatregel;
      return onbekend;
    }
  }
}

function valideerTermijnen(controle: Controle, invoer: unknown, pad: string): void {
  const termijnen = controle.object(invoer, pad, ['zienswijzetermijn', 'begunstigingstermijn', 'atwVerlengt']);
  if (!termijnen) return;
  const zienswijze = controle.object(termijnen['zienswijzetermijn'], `${pad}.zienswijzetermijn`, ZIENSWIJZE_CONTEXTEN);
  if (zienswijze) {
    for (const context of ZIENSWIJZE_CONTEXTEN) {
      controle.termijnduur(zienswijze[context], `${pad}.zienswijzetermijn.${context}`, ZIENSWIJZE_MAXIMUM);
    }
  }
  const begunstiging = controle.object(termijnen['begunstigingstermijn'], `${pad}.begunstigingstermijn`, BEGUNSTIGING_CONTEXTEN);
  if (begunstiging) {
    for (const context of BEGUNSTIGING_CONTEXTEN) {
      controle.termijnduur(begunstiging[context], `${pad}.begunstigingstermijn.${context}`, BEGUNSTIGING_MAXIMUM);
    }
  }
  const atw = controle.object(termijnen['atwVerlengt'], `${pad}.atwVerlengt`, BELEIDSTERMIJNEN);
  if (atw) {
    for (const termijn of BELEIDSTERMIJNEN) controle.waarheidswaarde(atw[termijn], `${pad}.atwVerlengt.${termijn}`);
  }
}

function valideerBezwaar(controle: Controle, invoer: unknown, pad: string): void {
  const bezwaar = controle.object(invoer, pad, ['adviescommissie']);
  if (bezwaar) controle.waarheidswaarde(bezwaar['adviescommissie'], `${pad}.adviescommissie`);
}

function valideerRecidive(controle: Controle, invoer: unknown, pad: string): void {
  const recidive = controle.object(invoer, pad, ['contexten', 'flexteamBevindingen', 'ookPerBetrokkene']);
  if (!recidive) return;
  const contexten = controle.keuzelijst(recidive['contexten'], `${pad}.contexten`, RECIDIVE_CONTEXTEN, 'Damocles-vondsten tellen altijd mee');
  const bevindingen = recidive['flexteamBevindingen'];
  if (contexten?.includes('flexteam')) {
    controle.keuzelijst(bevindingen, `${pad}.flexteamBevindingen`, RECIDIVE_BEVINDINGEN, 'geen-bijzonderheden is geen vondst');
    if (Array.isArray(bevindingen) && bevindingen.length === 0) controle.probleem(`${pad}.flexteamBevindingen`, 'noem ten minste één bevinding waarmee een flexteambezoek meetelt, of haal flexteam uit contexten');
  } else if (bevindingen !== undefined) {
    controle.probleem(`${pad}.flexteamBevindingen`, 'hoort alleen bij flexteam in contexten: laat het weg of voeg flexteam toe aan contexten');
  }
  controle.waarheidswaarde(recidive['ookPerBetrokkene'], `${pad}.ookPerBetrokkene`);
}

function valideerHerinneringen(controle: Controle, invoer: unknown, pad: string): void {
  const herinneringen = controle.object(invoer, pad, ['standaard', 'perTermijnsoort']);
  if (!herinneringen) return;
  valideerHerinneringlijst(controle, herinneringen['standaard'], `${pad}.standaard`);
  const perSoort = controle.object(herinneringen['perTermijnsoort'], `${pad}.perTermijnsoort`, HERINNERING_TERMIJNSOORTEN, {
    onbekendVeld: `is geen termijnsoort; kies uit ${HERINNERING_TERMIJNSOORTEN.join(', ')}`,
  });
  if (!perSoort) return;
  for (const soort of HERINNERING_TERMIJNSOORTEN) {
    if (perSoort[soort] !== undefined) valideerHerinneringlijst(controle, perSoort[soort], `${pad}.perTermijnsoort.${soort}`);
  }
}

const TIJD = /^([01]\d|2[0-3]):[0-5]\d$/;

function valideerHerinneringlijst(controle: Controle, invoer: unknown, pad: string): void {
  if (!Array.isArray(invoer)) {
    controle.probleem(pad, 'moet een lijst van herinneringen zijn (mag leeg zijn)');
    return;
  }
  if (invoer.length > MAX_HERINNERINGEN_PER_LIJST) {
    controle.probleem(pad, `mag hoogstens ${MAX_HERINNERINGEN_PER_LIJST} herinneringen bevatten`);
  }
  const gezien = new Set<string>();
  invoer.forEach((element: unknown, index) => {
    const veld = `${pad}[${index}]`;
    if (!isRecord(element)) {
      controle.probleem(veld, 'moet een herinnering zijn, bijvoorbeeld { "wanneer": "voor-einde", "werkdagen": 5, "tijd": "08:00" }');
      return;
    }
    const wanneer = element['wanneer'];
    if (wanneer === 'op-einddag') {
      controle.alleenVelden(element, veld, ['wanneer', 'tijd']);
    } else if (wanneer === 'voor-einde' || wanneer === 'na-einde') {
      controle.alleenVelden(element, veld, ['wanneer', 'werkdagen', 'tijd']);
      controle.geheelGetal(element['werkdagen'], `${veld}.werkdagen`, HERINNERING_WERKDAGEN);
    } else {
      controle.probleem(`${veld}.wanneer`, 'moet voor-einde, op-einddag of na-einde zijn');
    }
    if (typeof element['tijd'] !== 'string' || !TIJD.test(element['tijd'])) {
      controle.probleem(`${veld}.tijd`, 'moet een tijd zijn als 08:00 (uu:mm, van 00:00 tot en met 23:59, Nederlandse tijd)');
    }
    const sleutel = `${String(wanneer)}/${String(element['werkdagen'] ?? 0)}/${String(element['tijd'])}`;
    if (gezien.has(sleutel)) controle.probleem(veld, 'staat al eerder in deze lijst');
    gezien.add(sleutel);
  });
}

type Bereik = { readonly min: number; readonly max: number };

function isRecord(waarde: unknown): waarde is Record<string, unknown> {
  return typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);
}

function isGeheelGetalTussen(waarde: unknown, bereik: Bereik): waarde is number {
  return typeof waarde === 'number' && Number.isInteger(waarde) && waarde >= bereik.min && waarde <= bereik.max;
}

/** "dagen, weken of maanden". */
function opsomming(woorden: readonly string[]): string {
  return woorden.length <= 1 ? woorden.join('') : `${woorden.slice(0, -1).join(', ')} of ${woorden[woorden.length - 1]}`;
}

function pad(ouder: string, veld: string): string {
  return ouder === '' ? veld : `${ouder}.${veld}`;
}

/** Collects problems while walking the input; every check names its field. */
class Controle {
  constructor(private readonly problemen: BeleidProbleem[]) {}

  probleem(veld: string, regel: string): void {
    this.problemen.push({ veld, regel });
  }

  /** The input as an object with exactly the expected keys: missing ones are reported where they are read, extra ones here. */
  object<K extends string>(
    invoer: unknown,
    veld: string,
    sleutels: readonly K[],
    opties: { readonly onbekendVeld?: string } = {},
  ): Partial<Record<K, unknown>> | undefined {
    if (!isRecord(invoer)) {
      this.probleem(veld, invoer === undefined ? 'ontbreekt' : 'moet een object zijn');
      return undefined;
    }
    this.alleenVelden(invoer, veld, sleutels, opties.onbekendVeld);
    return invoer as Partial<Record<K, unknown>>;
  }

  alleenVelden(invoer: Record<string, unknown>, veld: string, sleutels: readonly string[], regel = 'is geen veld van het beleid'): void {
    for (const sleutel of Object.keys(invoer)) {
      if (!sleutels.includes(sleutel)) this.probleem(pad(veld, sleutel), regel);
    }
  }

  geheelGetal(waarde: unknown, veld: string, bereik: Bereik): void {
    if (!isGeheelGetalTussen(waarde, bereik)) this.probleem(veld, `moet een geheel getal van ${bereik.min} tot en met ${bereik.max} zijn`);
  }

  waarheidswaarde(waarde: unknown, veld: string): void {
    if (typeof waarde !== 'boolean') this.probleem(veld, 'moet true of false zijn');
  }

  /** A list of distinct values from `keuzes` (may be empty); undefined when it is no list. */
  keuzelijst<K extends string>(invoer: unknown, veld: string, keuzes: readonly K[], uitleg: string): K[] | undefined {
    if (invoer === undefined || !Array.isArray(invoer)) {
      this.probleem(veld, invoer === undefined ? 'ontbreekt: geef een lijst (mag leeg zijn)' : 'moet een lijst zijn');
      return undefined;
    }
    const gekozen: K[] = [];
    invoer.forEach((element: unknown, index) => {
      if (!(keuzes as readonly unknown[]).includes(element)) this.probleem(`${veld}[${index}]`, `moet ${opsomming(keuzes)} zijn (${uitleg})`);
      else if (gekozen.includes(element as K)) this.probleem(`${veld}[${index}]`, 'staat al eerder in deze lijst');
      else gekozen.push(element as K);
    });
    return gekozen;
  }

  termijnduur(invoer: unknown, veld: string, maxima: Readonly<Record<string, number>>): void {
    const duur = this.object(invoer, veld, ['aantal', 'eenheid']);
    if (!duur) return;
    const eenheid = duur['eenheid'];
    if (typeof eenheid !== 'string' || !Object.hasOwn(maxima, eenheid)) {
      this.probleem(`${veld}.eenheid`, `moet ${opsomming(Object.keys(maxima))} zijn`);
      return;
    }
    this.geheelGetal(duur['aantal'], `${veld}.aantal`, { min: 1, max: maxima[eenheid] });
  }
}
