import { type Feestdag, wettelijkeFeestdagen } from './feestdagen';
import { gebruikelijkeGelijkstellingen } from './gebruikelijk-patroon';
import { GELIJKSTELLINGSBESLUITEN, type GelijkstellingsBesluit } from './gelijkgestelde-dagen';
import { dagnummerVan, formatDagnummer, jaarVan, parseDagnummer, weekdagVan } from './kalenderdatum';
import { TermijnFout } from './termijn-fout';

/** The years the holiday rules are written and tested for. */
export const EERSTE_JAAR = 1965;
export const LAATSTE_JAAR = 2100;

const LID_3 = 'art. 3 lid 3 Atw';

export interface KalenderOpties {
  /**
   * Decrees (art. 3 lid 3 Atw) beheer adds after a release, e.g. the one for 2029–2031. A year
   * they cover no longer gets the provisional pattern; a year also in the shipped table gets the
   * days of both.
   */
  readonly extraBesluiten?: readonly GelijkstellingsBesluit[];
  /** Replaces the shipped table entirely (tests, or a municipality that keeps its own). */
  readonly besluiten?: readonly GelijkstellingsBesluit[];
}

const ONBEKEND = 0;
const WERKDAG = 1;
const WEEKEND = 2;
const FEESTDAG = 3;

/**
 * The Atw calendar: which days are Saturdays, Sundays or general holidays (art. 3). Holidays are
 * worked out per year on first use and kept, so a term computation costs a few array reads.
 */
export class Kalender {
  private readonly eersteDag = dagnummerVan(EERSTE_JAAR, 1, 1);
  private readonly laatsteDag = dagnummerVan(LAATSTE_JAAR, 12, 31);
  /** Per day since 1965-01-01: year not yet worked out, werkdag, Saturday or Sunday, or holiday (on any weekday). */
  private readonly vlaggen = new Uint8Array(this.laatsteDag - this.eersteDag + 1);
  private readonly feestdagenOpDag = new Map<number, Feestdag>();
  private readonly feestdagenPerJaar = new Map<number, readonly Feestdag[]>();
  private readonly besluitdagenPerJaar = new Map<number, { dagnummer: number; feestdag: Feestdag }[]>();
  private readonly gedekteJaren = new Set<number>();

  constructor(opties: KalenderOpties = {}) {
    const besluiten = [...(opties.besluiten ?? GELIJKSTELLINGSBESLUITEN), ...(opties.extraBesluiten ?? [])];
    besluiten.forEach((besluit, b) => {
      for (const jaar of besluit.jaren) this.gedekteJaren.add(jaar);
      besluit.dagen.forEach((gelijkgesteld, d) => {
        const dagnummer = parseDagnummer(gelijkgesteld.datum, `besluiten[${b}].dagen[${d}].datum`);
        const feestdag: Feestdag = {
          datum: formatDagnummer(dagnummer),
          naam: gelijkgesteld.omschrijving,
          grondslag: LID_3,
          besluit: besluit.vindplaats ? `${besluit.titel} (${besluit.vindplaats})` : besluit.titel,
          voorlopig: besluit.bron === 'aangenomen',
        };
        const jaar = jaarVan(dagnummer);
        const lijst = this.besluitdagenPerJaar.get(jaar) ?? [];
        lijst.push({ dagnummer, feestdag });
        this.besluitdagenPerJaar.set(jaar, lijst);
      });
    });
  }

  /** All Atw holidays of a year (art. 3 lid 1, 2 and 3), in date order. */
  feestdagen(jaar: number): readonly Feestdag[] {
    if (!Number.isInteger(jaar) || jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
      throw new TermijnFout('buiten-bereik', `Jaar ${jaar} valt buiten ${EERSTE_JAAR}–${LAATSTE_JAAR} (year out of supported range)`, 'jaar');
    }
    return this.laadJaar(jaar);
  }

  feestdag(datum: string): Feestdag | undefined {
    return this.feestdagOp(parseDagnummer(datum));
  }

  /** Not a Saturday, Sunday or Atw holiday. */
  isWerkdag(datum: string): boolean {
    return this.isWerkdagOp(parseDagnummer(datum));
  }

  /** Same as `feestdag`, by day number (the hot path of every term computation). */
  feestdagOp(dagnummer: number): Feestdag | undefined {
    return this.isFeestdagOp(dagnummer) ? this.feestdagenOpDag.get(dagnummer) : undefined;
  }

  isFeestdagOp(dagnummer: number): boolean {
    return this.vlag(dagnummer) === FEESTDAG;
  }

  isWerkdagOp(dagnummer: number): boolean {
    return this.vlag(dagnummer) === WERKDAG;
  }

  private vlag(dagnummer: number): number {
    const index = dagnummer - this.eersteDag;
    if (index < 0 || index >= this.vlaggen.length) this.buitenBereik(dagnummer);
    const vlag = this.vlaggen[index];
    if (vlag !== ONBEKEND) return vlag;
    this.laadJaar(jaarVan(dagnummer));
    return this.vlaggen[index];
  }

  private laadJaar(jaar: number): readonly Feestdag[] {
    const bekend = this.feestdagenPerJaar.get(jaar);
    if (bekend) return bekend;
    const wettelijk = wettelijkeFeestdagen(jaar);
    const dagen: { dagnummer: number; feestdag: Feestdag }[] = [...wettelijk];
    if (this.gedekteJaren.has(jaar)) {
      dagen.push(...(this.besluitdagenPerJaar.get(jaar) ?? []));
    } else {
      for (const { dagnummer, omschrijving } of gebruikelijkeGelijkstellingen(jaar, wettelijk)) {
        dagen.push({
          dagnummer,
          feestdag: {
            datum: formatDagnummer(dagnummer),
            naam: omschrijving,
            grondslag: LID_3,
            voorlopig: true,
            toelichting: `geen besluit voor ${jaar} bekend; aangenomen volgens het gebruikelijke patroon`,
          },
        });
      }
    }
    // A day that is two holidays at once (5 May on Hemelvaartsdag, 2016) is one holiday with both names.
    const opDag = new Map<number, Feestdag>();
    for (const { dagnummer, feestdag } of dagen.sort((a, b) => a.dagnummer - b.dagnummer)) {
      const eerder = opDag.get(dagnummer);
      opDag.set(dagnummer, eerder ? { ...eerder, naam: `${eerder.naam} en ${feestdag.naam}`, voorlopig: eerder.voorlopig && feestdag.voorlopig } : feestdag);
    }
    const begin = dagnummerVan(jaar, 1, 1) - this.eersteDag;
    const einde = dagnummerVan(jaar + 1, 1, 1) - this.eersteDag;
    for (let index = Math.max(begin, 0); index < Math.min(einde, this.vlaggen.length); index++) {
      this.vlaggen[index] = weekdagVan(index + this.eersteDag) < 6 ? WERKDAG : WEEKEND;
    }
    for (const [dagnummer, feestdag] of opDag) {
      const index = dagnummer - this.eersteDag;
      if (index < 0 || index >= this.vlaggen.length) continue;
      this.vlaggen[index] = FEESTDAG;
      this.feestdagenOpDag.set(dagnummer, feestdag);
    }
    const lijst = Object.freeze([...opDag.values()]);
    this.feestdagenPerJaar.set(jaar, lijst);
    return lijst;
  }

  private buitenBereik(dagnummer: number): never {
    throw new TermijnFout(
      'buiten-bereik',
      `Datum ${formatDagnummer(dagnummer)} valt buiten ${EERSTE_JAAR}–${LAATSTE_JAAR}, waarvoor de feestdagen van de Algemene termijnenwet bekend zijn (date out of supported range)`,
    );
  }
}

let standaard: Kalender | undefined;

/** The calendar with the shipped decree table, shared by every computation that does not pass its own. */
export function standaardKalender(): Kalender {
  return (standaard ??= new Kalender());
}

export function maakKalender(opties: KalenderOpties = {}): Kalender {
  return new Kalender(opties);
}
