import {
  berekenTermijn,
  type LastSoort,
  LASTSOORTEN,
  type Opschorting,
  parseTermijnlengte,
  renderUitleg,
  STANDAARDBELEID,
  type TermijnBeleid,
  TermijnFout,
  TERMIJNSOORTEN,
  type TermijnSoort,
  type TermijnVraag,
  type Verdaging,
  type VerdagingSoort,
} from '@handhaving/termijnen';
import type { Command } from 'commander';

/** Input the command refuses exits with 2 (a usage error), apart from failures while running (1). */
const ONGELDIGE_INVOER = 2;

const ZONDER_ATW_BELEID: TermijnBeleid = { verlengAlsAtw: { zienswijzetermijn: false, begunstigingstermijn: false } };

interface TermijnOpties {
  vanaf?: string;
  lengte?: string;
  grondslag?: string;
  adviescommissie?: boolean;
  opschorting: string[];
  verdaging: string[];
  uitstel: string[];
  vasteEinddatum?: string;
  last?: string;
  terug?: boolean;
  peildatum?: string;
  geenAtwBeleid?: boolean;
  json?: boolean;
}

/**
 * `handhaving termijn bezwaartermijn --vanaf 2021-03-03` prints the end of a legal term and why:
 * start, length and article, each verdaging and opschorting, and what the Algemene termijnenwet did.
 */
export function registerTermijnCommand(program: Command): void {
  program
    .command('termijn')
    .description('bereken het einde van een termijn, met uitleg (end of a legal term, explained)')
    .argument('<soort>', TERMIJNSOORTEN.join(', '))
    .option('--vanaf <datum>', 'dag van de gebeurtenis (bekendmaking, ontvangst, verbeuring …), JJJJ-MM-DD; de termijn telt vanaf de dag erna')
    .option('--lengte <lengte>', 'lengte waar de soort dat toelaat, bv. "2 weken", "3 dagen", "6 maanden"')
    .option('--grondslag <artikel>', 'artikel van een wettelijke-termijn of van een bijzondere beslistermijn')
    .option('--adviescommissie', 'beslistermijn op bezwaar met adviescommissie: 12 weken (art. 7:10 lid 1 Awb)')
    .option('--opschorting <VAN..TOT[:reden]>', 'opschorting, beide dagen inbegrepen; herhaalbaar; "VAN.." loopt nog (met --peildatum)', verzamel, [])
    .option('--verdaging <lengte[:reden]>', 'verdaging, bv. "6 weken:hoorzitting"', verzamel, [])
    .option('--uitstel <lengte[:reden]>', 'verder uitstel met instemming (art. 7:10 lid 4 Awb)', verzamel, [])
    .option('--vaste-einddatum <datum>', 'begunstigingstermijn met een vaste einddatum in het besluit; die dag blijft staan, ook op een zaterdag, zondag of feestdag')
    .option('--last <last>', `begunstigingstermijn: de last waarin hij staat, ${LASTSOORTEN.join(' of ')} (art. 5:24 lid 2 of 5:32a lid 2 Awb)`)
    .option('--terug', 'terugrekenen vanaf --vanaf ("ten minste … vóór"); nooit verlengd (art. 1 lid 2 Atw)')
    .option('--peildatum <datum>', 'tel een lopende opschorting tot en met deze dag')
    .option('--geen-atw-beleid', 'zienswijze- en begunstigingstermijnen gesteld als lengte niet verlengen zoals de Atw')
    .option('--json', 'de uitleg als JSON (explanation as JSON)')
    .allowExcessArguments(false)
    .showHelpAfterError(false)
    // Commander's own usage errors (unknown option, missing <soort>) also exit with 2; help exits 0.
    .exitOverride((fout) => process.exit(fout.exitCode === 0 ? 0 : ONGELDIGE_INVOER))
    .action((soort: string, opties: TermijnOpties) => {
      try {
        const vraag = leesVraag(soort, opties);
        const { einde, uitleg } = berekenTermijn(vraag, { beleid: opties.geenAtwBeleid ? ZONDER_ATW_BELEID : STANDAARDBELEID });
        console.log(opties.json ? JSON.stringify({ einde, uitleg }, null, 2) : renderUitleg(uitleg));
      } catch (fout) {
        if (!(fout instanceof TermijnFout)) throw fout;
        console.error(`handhaving termijn: ${fout.message}`);
        process.exitCode = ONGELDIGE_INVOER;
      }
    });
}

function verzamel(waarde: string, eerder: string[]): string[] {
  return [...eerder, waarde];
}

function leesVraag(soort: string, opties: TermijnOpties): TermijnVraag {
  if (opties.vanaf === undefined) {
    throw new TermijnFout('ongeldige-invoer', '--vanaf ontbreekt: geef de dag van de gebeurtenis als JJJJ-MM-DD (missing --vanaf)', 'vanaf');
  }
  const verdagingen = [
    ...opties.verdaging.map((tekst) => leesVerdaging(tekst, 'verdaging')),
    ...opties.uitstel.map((tekst) => leesVerdaging(tekst, 'uitstel')),
  ];
  return {
    soort: soort as TermijnSoort,
    vanaf: opties.vanaf,
    lengte: opties.lengte === undefined ? undefined : parseTermijnlengte(opties.lengte, '--lengte'),
    grondslag: opties.grondslag,
    adviescommissie: opties.adviescommissie,
    vasteEinddatum: opties.vasteEinddatum,
    // Checked by the library, which names the field when the value or the kind of term is wrong.
    last: opties.last as LastSoort | undefined,
    terugrekenen: opties.terug,
    peildatum: opties.peildatum,
    opschortingen: opties.opschorting.map(leesOpschorting),
    verdagingen,
  };
}

/** "2021-03-10..2021-03-20:aanvraag onvolledig", or "2021-03-10.." for one still running. */
function leesOpschorting(tekst: string): Opschorting {
  const scheiding = tekst.indexOf(':');
  const periode = scheiding < 0 ? tekst : tekst.slice(0, scheiding);
  const reden = scheiding < 0 ? 'opschorting (opgegeven op de opdrachtregel)' : tekst.slice(scheiding + 1).trim();
  const delen = periode.split('..');
  if (delen.length !== 2 || delen[0] === '') {
    throw new TermijnFout('ongeldige-opschorting', `Ongeldige opschorting "${tekst}": schrijf VAN..TOT of VAN.. (invalid suspension, expected FROM..TO)`, '--opschorting');
  }
  return delen[1] === '' ? { van: delen[0], reden } : { van: delen[0], totEnMet: delen[1], reden };
}

/** "6 weken:hoorzitting verplaatst". */
function leesVerdaging(tekst: string, soort: VerdagingSoort): Verdaging {
  const scheiding = tekst.indexOf(':');
  const lengte = parseTermijnlengte(scheiding < 0 ? tekst : tekst.slice(0, scheiding), `--${soort}`);
  const reden = scheiding < 0 ? `${soort} (opgegeven op de opdrachtregel)` : tekst.slice(scheiding + 1).trim();
  return { soort, lengte, reden };
}
