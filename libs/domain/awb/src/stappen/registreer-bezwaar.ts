import type { Regels } from '../regels';
import { tijdigIngediend } from './registreer-beroep';

/** A besluit open to bezwaar, as a context describes it. */
export interface BestredenBesluit {
  /** In words, for the refusals: "het sluitingsbesluit", "invorderingsbeschikking 2". */
  readonly naam: string;
  readonly bekendmakingsdatum: string;
  readonly bezwaartermijnEinde: string;
  /** A bezwaar already registered against it, where the context takes one per besluit. */
  readonly bezwaar?: unknown;
  /**
   * Where the context takes a bezwaar per betrokkene: the bezwaren registered so far (by whom,
   * where known) and the betrokkenen of the case who may object.
   */
  readonly bezwaren?: readonly { readonly van?: string }[];
  readonly betrokkenen?: readonly string[];
}

export interface RegistreerBezwaar {
  /** The betrokkene who objects (art. 6:7, 8:1 Awb: each belanghebbende may); one bezwaar each. */
  readonly van?: string;
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
  /** The betrokkene who objected; absent where not said (and on bezwaren recorded before it was kept). */
  readonly van?: string;
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
  const eerdere = besluit.bezwaren ?? (besluit.bezwaar === undefined ? [] : [{}]);
  if (command.van !== undefined && besluit.betrokkenen !== undefined && !besluit.betrokkenen.includes(command.van)) {
    regels.weiger('bezwaar-van-onbekend', `${command.van} is geen betrokkene van deze zaak: bezwaar komt van ${besluit.betrokkenen.join(', ') || 'een betrokkene van de zaak'}`, 'van');
  }
  // A second bezwaar must say whose it is: a bezwaar without a name may be the first one's again.
  if (command.van === undefined ? eerdere.length > 0 : eerdere.some((b) => b.van === command.van)) {
    if (command.van !== undefined) regels.weiger('bezwaar-al-ingediend', `${command.van} maakte al bezwaar tegen ${besluit.naam}`, 'van');
    regels.weiger(
      'bezwaar-al-ingediend',
      besluit.bezwaren === undefined ? `Tegen ${besluit.naam} is al bezwaar geregistreerd` : `Tegen ${besluit.naam} is al bezwaar geregistreerd: zeg van welke betrokkene dit bezwaar is (van)`,
      besluit.bezwaren === undefined ? veld : 'van',
    );
  }
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
  const tijdig = tijdigIngediend(einde, command.ontvangstdatum, command.verzenddatum);
  return {
    ...(command.van === undefined ? {} : { van: command.van }),
    ontvangstdatum: command.ontvangstdatum,
    ...(command.verzenddatum === undefined ? {} : { verzenddatum: command.verzenddatum }),
    bezwaartermijnEinde: einde,
    tijdig,
    ...(command.adviescommissie === undefined ? {} : { adviescommissie: command.adviescommissie }),
  };
}
