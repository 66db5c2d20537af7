import { formatDagnummer, type Kalenderdatum } from './kalenderdatum';
import { TermijnFout } from './termijn-fout';
import type { TermijnSoortDefinitie } from './termijn-soorten';
import { controleerTermijnlengte, formatTermijnlengte, type Termijnlengte } from './termijnlengte';
import { laatsteDagNaGebeurtenis } from './telling';

/**
 * `verdaging`: the authority extends the term by notice, as far as the rule of the kind allows
 * (art. 7:10 lid 3 Awb: once, at most six weeks). `uitstel`: further postponement with consent
 * (art. 7:10 lid 4 Awb).
 */
export type VerdagingSoort = 'verdaging' | 'uitstel';

export interface Verdaging {
  readonly soort?: VerdagingSoort;
  readonly lengte: Termijnlengte;
  readonly reden: string;
}

export interface VerdagingInUitleg {
  readonly soort: VerdagingSoort;
  readonly lengte: Termijnlengte;
  readonly reden: string;
  readonly grondslag: string;
  /** The end after this extension, before any suspension or Atw extension. */
  readonly totEnMet: Kalenderdatum;
}

/**
 * Adds each extension to the end as counted (a six-week verdaging ends on the same weekday six
 * weeks on). The Atw is applied once, to the final end: applying it in between could only make
 * the deadline later than the law's own arithmetic.
 */
export function verdaag(
  definitie: TermijnSoortDefinitie,
  einde: number,
  verdagingen: readonly Verdaging[],
  uitleg: VerdagingInUitleg[],
): number {
  let nieuwEinde = einde;
  let verdagingenGezien = 0;
  verdagingen.forEach((verdaging, i) => {
    const veld = `verdagingen[${i}]`;
    const soort: VerdagingSoort = verdaging?.soort ?? 'verdaging';
    const lengte = controleerTermijnlengte(verdaging?.lengte, `${veld}.lengte`);
    if (typeof verdaging.reden !== 'string' || verdaging.reden.trim() === '') {
      throw new TermijnFout('ongeldige-verdaging', `Verdaging ${i + 1} heeft geen reden (extension needs a reason)`, `${veld}.reden`);
    }
    let grondslag: string;
    switch (soort) {
      case 'verdaging': {
        const regel = definitie.verdaging;
        if (!regel) {
          throw new TermijnFout('ongeldige-verdaging', `Een ${definitie.naam} kan niet worden verdaagd (${definitie.grondslag}) (this term cannot be extended)`, veld);
        }
        if (regel.eenmalig && ++verdagingenGezien > 1) {
          throw new TermijnFout('ongeldige-verdaging', `Een ${definitie.naam} kan maar één keer worden verdaagd (${regel.grondslag}) (only one extension allowed)`, veld);
        }
        if (regel.maximum && laatsteDagNaGebeurtenis(nieuwEinde, lengte) > laatsteDagNaGebeurtenis(nieuwEinde, regel.maximum)) {
          throw new TermijnFout(
            'ongeldige-verdaging',
            `Verdaging met ${formatTermijnlengte(lengte)} is langer dan ${regel.grondslag} toestaat (ten hoogste ${formatTermijnlengte(regel.maximum)}) (extension too long)`,
            `${veld}.lengte`,
          );
        }
        grondslag = regel.grondslag;
        break;
      }
      case 'uitstel': {
        if (!definitie.uitstel) {
          throw new TermijnFout('ongeldige-verdaging', `Voor een ${definitie.naam} bestaat geen uitstel met instemming (no postponement by consent for this term)`, `${veld}.soort`);
        }
        grondslag = definitie.uitstel.grondslag;
        break;
      }
      default: {
        const onbekend: never = soort;
        throw new TermijnFout('ongeldige-verdaging', `Onbekende soort verdaging ${JSON.stringify(onbekend)} (unknown extension kind)`, `${veld}.soort`);
      }
    }
    nieuwEinde = laatsteDagNaGebeurtenis(nieuwEinde, lengte);
    uitleg.push({ soort, lengte, reden: verdaging.reden, grondslag, totEnMet: formatDagnummer(nieuwEinde) });
  });
  return nieuwEinde;
}
