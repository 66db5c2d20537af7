import type { Cel, Voetnoot } from '@handhaving/rapportage';
import { datumNl } from './datums-nl';

/** A count and the cases it counts, as every context's figures give them. */
export interface Telling {
  readonly aantal: number;
  readonly zaakIds: readonly string[];
}

/**
 * The cells of one table as known now, each with the figure as reported on `bekendOp` where that
 * differs, and a footnote per difference naming the cases behind it: counted since (registered or
 * corrected late) and no longer counted (corrected, revoked). Kerkrade wrote these by hand ("met
 * 2 verminderd"); here every one is derived from the log.
 */
export class ToenEnNu {
  private readonly lijst: Voetnoot[] = [];

  constructor(private readonly bekendOp: string | undefined) {}

  /**
   * A cell of `nu`; `toen` is the same cell as reported on `bekendOp` (undefined without one). `waar`
   * names the cell in the footnote; `waarom` says why cases came or went, where the cell knows better
   * than "recorded late or corrected" (a row of revoked closures: "later herroepen").
   */
  cel(waar: string, nu: Telling, toen: Telling | undefined, waarom: Waarom = STANDAARD_WAAROM): Cel {
    const basis: Cel = { waarde: nu.aantal, zaken: nu.zaakIds };
    if (toen === undefined || this.bekendOp === undefined || toen.aantal === nu.aantal) return basis;
    const id = `verschil-${this.lijst.length + 1}`;
    this.lijst.push({ id, tekst: verschil(waar, this.bekendOp, nu, toen, waarom) });
    return { ...basis, toen: toen.aantal, voetnoten: [id] };
  }

  /** The footnotes of the cells made so far, in order. */
  voetnoten(): Voetnoot[] {
    return [...this.lijst];
  }
}

/** Why cases were counted since (`bij`) or are no longer (`af`), in the footnote's words. */
export interface Waarom {
  readonly bij: string;
  readonly af: string;
}

const STANDAARD_WAAROM: Waarom = { bij: 'later vastgelegd of gecorrigeerd', af: 'gecorrigeerd of ingetrokken' };

function verschil(waar: string, bekendOp: string, nu: Telling, toen: Telling, waarom: Waarom): string {
  const toenSet = new Set(toen.zaakIds);
  const nuSet = new Set(nu.zaakIds);
  const bij = nu.zaakIds.filter((zaakId) => !toenSet.has(zaakId));
  const af = toen.zaakIds.filter((zaakId) => !nuSet.has(zaakId));
  const delta = nu.aantal - toen.aantal;
  return [
    `${waar}: op ${datumNl(bekendOp)} gerapporteerd als ${toen.aantal}, nu ${nu.aantal} (${delta > 0 ? `met ${delta} vermeerderd` : `met ${-delta} verminderd`}).`,
    bij.length > 0 ? ` Sindsdien meegeteld (${waarom.bij}): ${zaken(bij)}.` : '',
    af.length > 0 ? ` Niet meer meegeteld (${waarom.af}): ${zaken(af)}.` : '',
  ].join('');
}

function zaken(zaakIds: readonly string[]): string {
  return zaakIds.map((zaakId) => `zaak ${zaakId}`).join(', ');
}
