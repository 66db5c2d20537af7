/**
 * The kamerverhuur register of every gemeente over a number of years, as commands to the
 * register decider, each on the day it is recorded (`vandaag`). Sized after Kerkrade (about
 * 45,000 inhabitants: about 100 panden on the list at a time, about 40 afgevoerd a year), scaled
 * by each gemeente's size; the register is full from the first day (the panden on the list when
 * it was started), so five years of history hold as many panden on the list as twenty.
 *
 * A pand's life: entered `in-onderzoek`; after one to six months vergund (25 %), in handhaving
 * (45 %) or afgevoerd (30 %); a vergund pand goes into handhaving now and then (10 %); one in
 * handhaving is legalised (40 %) or its rental ends; it leaves the list after on average 2.5
 * years (40 % a year), and one in twenty comes back on it later instead of being replaced. One vergund in thirty turns out
 * to have been none (corrected months later); three changes in ten are recorded days to weeks
 * after they took effect. A pand afgevoerd is replaced by a new one within two months.
 */
import type { RegisterCommand, Stand } from '@handhaving/domain-kamerverhuur';
import { plusDagen } from '@handhaving/termijnen';
import { uuid, willekeur } from '../support/meten';

export interface Registerstap {
  /** The day it is recorded (JJJJ-MM-DD): the store's clock and the command's `vandaag`. */
  readonly vandaag: string;
  readonly maak: () => RegisterCommand;
}

export interface Registerpand {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly stappen: readonly Registerstap[];
}

/** Inhabitants of the gemeente of this rank (1 the largest): 930,000 × rank^-0.7, about the Dutch spread. */
export function inwoners(rang: number): number {
  return Math.round(930_000 * rang ** -0.7);
}

/** Panden on the list at a time: Kerkrade's 100 per 45,000 inhabitants. */
export function pandenOpDeLijst(rang: number): number {
  return Math.max(2, Math.round((100 * inwoners(rang)) / 45_000));
}

/**
 * Kerkrade's 40 afgevoerd a year per 100 on the list is a stay of 2.5 years on average: three in
 * ten leave after investigation (about four months), so the others stay 3.4 years on average.
 */
const AFVOER_PER_JAAR_NA_ONDERZOEK = 1 / 3.4;

/** Every pand of these gemeenten (ranked in the order given) entered from `vanJaar` through `totDag`. */
export function genereerRegister(gemeenten: readonly string[], vanJaar: number, totDag: string, seed = 14): Registerpand[] {
  const r = willekeur(seed);
  const panden: Registerpand[] = [];
  const dagen = (min: number, max: number): number => min + Math.floor(r() * (max - min + 1));
  const levensduur = (): number => Math.round((-Math.log(1 - r()) / AFVOER_PER_JAAR_NA_ONDERZOEK) * 365);

  gemeenten.forEach((gemeente, g) => {
    const postcode = String(1000 + ((g * 37) % 9000));
    let huisnummer = 0;
    const nieuwPand = (opname: string): void => {
      huisnummer += 1;
      const zaakId = uuid(r);
      const stappen: Registerstap[] = [];
      const stap = (ingangsdatum: string, naar: Stand | 'opname' | 'correctie', wijziging = 0): void => {
        const vandaag = r() < 0.3 && naar !== 'correctie' ? plusDagen(ingangsdatum, dagen(1, 45)) : ingangsdatum;
        if (vandaag > totDag) return;
        const basis = { zaakId, datum: vandaag, vandaag, door: 'bench' };
        const nummer = huisnummer;
        stappen.push({
          vandaag,
          maak: (): RegisterCommand =>
            naar === 'opname'
              ? { type: 'NeemPandOp', ...basis, gemeente, pand: { postcode: `${postcode}AB`, huisnummer: nummer }, aantalKamers: 3 + (nummer % 6), betrokkenen: { eigenaarId: `eigenaar-${gemeente}-${nummer}` }, ingangsdatum }
              : naar === 'correctie'
                ? { type: 'CorrigeerGegevens', ...basis, correctie: { soort: 'wijziging-vervalt', wijziging }, reden: 'bijzondere afspraken, geen formele vergunning' }
                : { type: 'WijzigStand', ...basis, naar, ingangsdatum, ...(naar === 'afgevoerd' ? { reden: 'geen kamerverhuur meer' } : {}) },
        });
      };

      stap(opname, 'opname');
      let dag = opname;
      let wijzigingen = 0;
      let einde = plusDagen(opname, levensduur());
      const wijzig = (naar: Stand, na: number): boolean => {
        const volgende = plusDagen(dag, na);
        if (volgende > totDag) return false;
        dag = volgende;
        wijzigingen += 1;
        stap(dag, naar);
        return true;
      };
      // Changes at least 50 days apart: a change recorded late (up to 45 days) is still recorded before the next.
      const totHetEinde = (): number => Math.max(50, dagenTot(dag, einde));
      for (let ronde = 0; ronde < 2; ronde++) {
        const uitkomst = r();
        const eerste = dagen(50, 180);
        if (uitkomst < 0.3 || plusDagen(dag, eerste) >= einde) {
          if (!wijzig('afgevoerd', eerste)) break;
        } else if (uitkomst < 0.55) {
          if (!wijzig('vergund', eerste)) break;
          if (r() < 1 / 30) {
            // No formal permit after all: corrected months later, back in onderzoek until it leaves.
            dag = plusDagen(dag, dagen(60, 300));
            stap(dag, 'correctie', wijzigingen);
          } else if (r() < 0.1 && plusDagen(dag, 200) < einde) {
            if (!wijzig('in-handhaving', dagen(100, 400))) break;
          }
          if (!wijzig('afgevoerd', totHetEinde())) break;
        } else {
          if (!wijzig('in-handhaving', eerste)) break;
          if (r() < 0.4 && !wijzig('gelegaliseerd', dagen(60, 400))) break;
          if (!wijzig('afgevoerd', totHetEinde())) break;
        }
        // One in twenty comes back on the list itself; the others are replaced within two months.
        if (r() >= 0.05) {
          const vervanging = plusDagen(dag, dagen(0, 60));
          if (vervanging <= totDag) nieuwPand(vervanging);
          break;
        }
        if (!wijzig('in-onderzoek', dagen(90, 700))) break;
        einde = plusDagen(dag, levensduur());
      }
      panden.push({ zaakId, gemeente, stappen });
    };
    const begin = `${vanJaar}-01-01`;
    for (let i = 0; i < pandenOpDeLijst(g + 1); i++) nieuwPand(plusDagen(begin, dagen(0, 60)));
  });
  return panden;
}

function dagenTot(van: string, tot: string): number {
  return Math.round((Date.parse(tot) - Date.parse(van)) / 86_400_000);
}
