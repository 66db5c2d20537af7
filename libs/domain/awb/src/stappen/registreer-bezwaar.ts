import { plusDagen } from '@handhaving/termijnen';
import type { Regels } from '../regels';

/** A besluit open to bezwaar, as a context describes it. */
export interface BestredenBesluit {
  /** In words, for the refusals: "het sluitingsbesluit", "invorderingsbeschikking 2". */
  readonly naam: string;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  /** A bezwaar already registered against it. */
  readonly bezwaar?: unknown;
}

export interface RegistreerBezwaar {
  readonly ontvangstdatum: string;
  /** The postmark, for a bezwaar sent by post (art. 6:9 lid 2 Awb). */
  readonly verzenddatum?: string;
  /**
   * Whether an adviescommissie (art. 7:13 Awb) advises on this bezwaar, making the beslistermijn
   * twelve weeks (art. 7:10 lid 1 Awb). The API resolves it (the caller's choice, else the
   * gemeente's policy in force on the ontvangstdatum); absent: not recorded, six weeks.
   */
  readonly adviescommissie?: boolean;
}

/** The fields every context's BezwaarIngediend carries. */
export interface Bezwaarontvangst {
  readonly ontvangstdatum: string;
  readonly verzenddatum?: string;
  readonly bezwaartermijnEinde: string;
  /** False for a late bezwaar: recorded and flagged, never refused (art. 6:11 Awb is the medewerker's call). */
  readonly tijdig: boolean;
  /** An adviescommissie (art. 7:13 Awb) advises: a beslistermijn of twelve weeks. Absent on bezwaren recorded before it was kept: six. */
  readonly adviescommissie?: boolean;
}

/**
 * Art. 6:7–6:9 Awb: a bezwaar against a besluit, on time when received within the bezwaartermijn,
 * or posted within it and received at most a week after.
 */
export function registreerBezwaar(regels: Regels, command: RegistreerBezwaar, besluit: BestredenBesluit, veld = 'zaakId'): Bezwaarontvangst {
  if (besluit.bezwaar !== undefined) regels.weiger('bezwaar-al-ingediend', `Tegen ${besluit.naam} is al bezwaar geregistreerd`, veld);
  regels.datum(command.ontvangstdatum, 'ontvangstdatum');
  regels.volgorde(besluit.bekendmakingsdatum, command.ontvangstdatum, 'ontvangstdatum', `Het bezwaar kan niet vóór de bekendmaking van ${besluit.naam} zijn ontvangen`);
  if (command.verzenddatum !== undefined) {
    regels.datum(command.verzenddatum, 'verzenddatum');
    regels.volgorde(command.verzenddatum, command.ontvangstdatum, 'ontvangstdatum', 'Het bezwaar kan niet zijn ontvangen vóór het werd verzonden');
  }
  if (command.adviescommissie !== undefined && typeof command.adviescommissie !== 'boolean') {
    regels.weiger('adviescommissie-ongeldig', 'Zeg met true of false of een adviescommissie (art. 7:13 Awb) over het bezwaar adviseert', 'adviescommissie');
  }
  const einde = besluit.bezwaartermijnEinde;
  const tijdig = command.ontvangstdatum <= einde || (command.verzenddatum !== undefined && command.verzenddatum <= einde && command.ontvangstdatum <= plusDagen(einde, 7));
  return {
    ontvangstdatum: command.ontvangstdatum,
    ...(command.verzenddatum === undefined ? {} : { verzenddatum: command.verzenddatum }),
    bezwaartermijnEinde: einde,
    tijdig,
    ...(command.adviescommissie === undefined ? {} : { adviescommissie: command.adviescommissie }),
  };
}
