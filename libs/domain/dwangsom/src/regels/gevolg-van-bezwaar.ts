import { begunstigingstermijn as begunstiging, type Begunstigingstermijn, type Regels } from '@handhaving/domain-awb';
import { controleerBedragCent, formatEuro } from '../bedrag';
import type { NeemBeslissingOpBezwaar } from '../dwangsom.commands';
import type { Dwangsombedrag, GevolgVanBezwaar } from '../dwangsom.events';
import { controleerDwangsombedrag, controleerMaximum } from './dwangsombedrag';
import type { MetLastState } from './vereis';

/**
 * What a gegrond objection against the last does (art. 7:11 lid 2 Awb): herroepen unless the
 * command says gewijzigd. A change may only lighten the last, and takes the place of the original
 * from its bekendmaking: a change that would alter a forfeiture already recorded is refused, with
 * what to do instead.
 */
export function gevolgVanBezwaar(regels: Regels, command: NeemBeslissingOpBezwaar, s: MetLastState): GevolgVanBezwaar | undefined {
  const gevraagd = command.gevolg;
  if (command.uitkomst !== 'gegrond' || command.tegen.besluit !== 'last') {
    if (gevraagd === undefined) return undefined;
    return regels.weiger(
      'gevolg-zonder-gegrond-bezwaar-tegen-last',
      command.uitkomst !== 'gegrond'
        ? `Een ${command.uitkomst} bezwaar laat het besluit staan: geef geen gevolg`
        : 'Een gegrond bezwaar tegen een invorderingsbeschikking herroept die beschikking; de last wijzigen kan alleen op bezwaar tegen de last',
      'gevolg',
    );
  }
  if (gevraagd === undefined || gevraagd.soort === 'herroepen') return { soort: 'herroepen' };
  if (gevraagd.soort !== 'gewijzigd') regels.weiger('gevolg-onbekend', 'Een gegrond bezwaar tegen de last herroept hem of wijzigt hem: kies herroepen of gewijzigd', 'gevolg.soort');
  if (gevraagd.bedrag === undefined && gevraagd.maximumCent === undefined && gevraagd.begunstigingstermijn === undefined) {
    regels.weiger('wijziging-leeg', 'Zeg wat er aan de last verandert: een lager bedrag, een lager maximum of een nieuwe begunstigingstermijn', 'gevolg');
  }
  const { last } = s;
  const verbeurd = s.verbeuringen.filter((v) => !v.vervallen);
  const alVerbeurd = `Onder deze last is al ${formatEuro(last.verbeurdCent)} verbeurd (${verbeurd.length === 1 ? 'verbeuring 1' : `verbeuringen 1 tot en met ${verbeurd.length}`})`;
  const anders = 'herroep de last (gevolg herroepen) en leg zo nodig een nieuwe last op';
  let bedrag: Dwangsombedrag | undefined;
  if (gevraagd.bedrag !== undefined) {
    bedrag = controleerDwangsombedrag(regels, gevraagd.bedrag);
    const zelfdeSoort = bedrag.soort === last.bedrag.soort && (bedrag.soort === 'per-overtreding' || (last.bedrag.soort === 'per-tijdseenheid' && bedrag.eenheid === last.bedrag.eenheid));
    if (!zelfdeSoort || bedrag.bedragCent > last.bedrag.bedragCent) {
      regels.weiger(
        'wijziging-verzwaart',
        `Een gegrond bezwaar maakt de last niet zwaarder of anders van soort: geef een bedrag van dezelfde soort, ten hoogste ${formatEuro(last.bedrag.bedragCent)}; voor een andere soort bedrag: ${anders}`,
        'gevolg.bedrag',
      );
    }
    if (verbeurd.length > 0 && bedrag.bedragCent !== last.bedrag.bedragCent) {
      regels.weiger(
        'wijziging-raakt-verbeuringen',
        `${alVerbeurd}. Een lager bedrag geldt vanaf de bekendmaking van de last en zou die verbeuringen verlagen; ${anders}, of wijzig alleen het maximum`,
        'gevolg.bedrag',
      );
    }
  }
  let maximumCent: number | undefined;
  if (gevraagd.maximumCent !== undefined) {
    maximumCent = controleerBedragCent(gevraagd.maximumCent, 'gevolg.maximumCent');
    if (maximumCent > last.maximumCent) regels.weiger('wijziging-verzwaart', `Een gegrond bezwaar maakt de last niet zwaarder: het maximum is ${formatEuro(last.maximumCent)}`, 'gevolg.maximumCent');
    controleerMaximum(regels, maximumCent, bedrag ?? last.bedrag, 'gevolg.maximumCent');
    // What forfeited stays forfeited: a maximum below it would make recorded forfeitures lapse.
    if (maximumCent < last.verbeurdCent) {
      regels.weiger(
        'maximum-onder-verbeurd',
        `${alVerbeurd}: een maximum daaronder zou verbeurde bedragen laten vervallen. Kies een maximum van ten minste ${formatEuro(last.verbeurdCent)} (precies dat bedrag: de last is dan uitgeput), of ${anders}`,
        'gevolg.maximumCent',
      );
    }
  }
  let begunstigingstermijn: Begunstigingstermijn | undefined;
  if (gevraagd.begunstigingstermijn !== undefined) {
    if (last.vorm.soort !== 'herstellast') {
      return regels.weiger('begunstigingstermijn-bij-preventieve-last', 'Een preventieve last heeft geen begunstigingstermijn (art. 5:32a Awb): alleen een herstellast', 'gevolg.begunstigingstermijn');
    }
    // A new term gives the overtreder a new chance from the day he learns of the beslissing op bezwaar.
    const nieuw = begunstiging(regels, command.bekendmakingsdatum, gevraagd.begunstigingstermijn, 'dwangsom', 'gevolg.begunstigingstermijn');
    const oud = last.vorm.begunstigingstermijn.einde;
    if (nieuw.einde < oud) {
      regels.weiger(
        'wijziging-verzwaart',
        `Een gegrond bezwaar maakt de last niet zwaarder: de begunstigingstermijn liep tot en met ${oud}, de nieuwe eindigt eerder (${nieuw.einde})`,
        'gevolg.begunstigingstermijn',
      );
    }
    const binnen = verbeurd.find((v) => v.verbeurdOp <= nieuw.einde);
    if (binnen !== undefined) {
      regels.weiger(
        'wijziging-raakt-verbeuringen',
        `${alVerbeurd}; verbeuring ${binnen.verbeuring} (vanaf ${binnen.verbeurdOp}) valt binnen de nieuwe begunstigingstermijn tot en met ${nieuw.einde} en zou vervallen. Kies een termijn die vóór ${binnen.verbeurdOp} eindigt, of ${anders}`,
        'gevolg.begunstigingstermijn',
      );
    }
    begunstigingstermijn = nieuw;
  }
  return {
    soort: 'gewijzigd',
    ...(bedrag === undefined ? {} : { bedrag }),
    ...(maximumCent === undefined ? {} : { maximumCent }),
    ...(begunstigingstermijn === undefined ? {} : { begunstigingstermijn }),
  };
}
