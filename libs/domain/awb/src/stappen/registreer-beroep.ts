import { plusDagen } from '@handhaving/termijnen';
import type { BeroepIngesteld } from '../awb.events';
import type { Beroep } from '../beroepsfase';
import type { Regels } from '../regels';

/** The beslissing op bezwaar open to beroep, as a context describes it. */
export interface BestredenBeslissing {
  /** In words, for the refusals: "de beslissing op bezwaar tegen het sluitingsbesluit". */
  readonly naam: string;
  readonly bekendmakingsdatum: string;
  readonly beroepstermijnEinde: string;
}

export interface RegistreerBeroep {
  readonly rechtbank: string;
  readonly indieningsdatum: string;
  /** The postmark, for a beroepschrift sent by post (art. 6:9 lid 2 Awb). */
  readonly verzenddatum?: string;
}

/** The fields every context's BeroepIngesteld carries. */
export type Beroepsinstelling = Omit<BeroepIngesteld, 'type' | 'zaakId' | 'datum' | 'door'>;

/**
 * Art. 6:9 Awb: a bezwaar- or beroepschrift is on time when received within the term (lid 1), or
 * posted within it and received at most a week after it ended (lid 2).
 */
export function tijdigIngediend(termijnEinde: string, ontvangstdatum: string, verzenddatum?: string): boolean {
  return ontvangstdatum <= termijnEinde || (verzenddatum !== undefined && verzenddatum <= termijnEinde && ontvangstdatum <= plusDagen(termijnEinde, 7));
}

/**
 * Art. 8:1, 7:1 Awb: beroep lies against the beslissing op bezwaar, not against the besluit itself,
 * so one must have been taken; one beroep per beslissing is recorded (the rechtbank joins those of
 * several appellants). Art. 6:7 Awb: the beroepstermijn is six weeks after its bekendmaking; a late
 * beroep is recorded and flagged, the rechtbank judges whether it is excusable (art. 6:11 Awb).
 */
export function registreerBeroep(regels: Regels, command: RegistreerBeroep, beslissing: BestredenBeslissing | undefined, beroep: Beroep | undefined, veld = 'zaakId'): Beroepsinstelling {
  if (beslissing === undefined) regels.weiger('geen-beslissing-op-bezwaar', 'Beroep wordt ingesteld tegen de beslissing op bezwaar: er is nog niet op bezwaar beslist (art. 7:1 Awb)', veld);
  if (beroep !== undefined) regels.weiger('beroep-al-ingesteld', `Tegen ${beslissing.naam} is al beroep ingesteld bij ${beroep.rechtbank}`, veld);
  const rechtbank = regels.tekst(command.rechtbank, 'rechtbank-ontbreekt', 'Noem de rechtbank waar het beroep is ingesteld', 'rechtbank');
  regels.datum(command.indieningsdatum, 'indieningsdatum');
  regels.volgorde(beslissing.bekendmakingsdatum, command.indieningsdatum, 'indieningsdatum', `Het beroep kan niet vóór de bekendmaking van ${beslissing.naam} zijn ingediend`);
  if (command.verzenddatum !== undefined) {
    regels.datum(command.verzenddatum, 'verzenddatum');
    regels.volgorde(command.verzenddatum, command.indieningsdatum, 'indieningsdatum', 'Het beroepschrift kan niet zijn ontvangen vóór het werd verzonden');
  }
  return {
    rechtbank,
    indieningsdatum: command.indieningsdatum,
    ...(command.verzenddatum === undefined ? {} : { verzenddatum: command.verzenddatum }),
    beroepstermijnEinde: beslissing.beroepstermijnEinde,
    tijdig: tijdigIngediend(beslissing.beroepstermijnEinde, command.indieningsdatum, command.verzenddatum),
  };
}
