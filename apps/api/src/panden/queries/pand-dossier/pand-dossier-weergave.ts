import type { DamoclesEvent, DamoclesState } from '@handhaving/domain-damocles';
import { openstaandCent, type DwangsomState } from '@handhaving/domain-dwangsom';
import { standOp, volgendeStap, type RegisterState, type Stand, type TrajectState, type VergunningState } from '@handhaving/domain-kamerverhuur';
import type { PandZaak, Zaakverwijzing } from '@handhaving/read-models';

/*
 * What the pand dossier shows of each case, folded as known on the day asked: categorical fields
 * and dates only. No betrokkene, no free text of findings, reasons or motiveringen: the case views
 * (`GET /api/{context}/zaken/{zaakId}`) show those to the roles that may read them. Pure.
 */

/** What every case in the dossier says: which case, filed under which key, from when. */
interface Dossierzaak {
  readonly zaakId: string;
  /** The key the case recorded (normal form): the key asked, or one linked to it. */
  readonly pandSleutel: string;
  readonly startdatum: string;
}

function dossierzaak(zaak: PandZaak): Dossierzaak {
  return { zaakId: zaak.zaakId, pandSleutel: zaak.pandSleutel, startdatum: zaak.startdatum };
}

export interface StandInRegister {
  readonly naar: Stand;
  readonly ingangsdatum: string;
  /** Corrected away later (still known so): it never was. */
  readonly vervallen?: true;
}

export interface Registerinschrijving extends Dossierzaak {
  readonly aantalKamers: number;
  /** The pand's stand on the day asked. */
  readonly stand: Stand | null;
  /** From the entry (`in-onderzoek`) on, every change in the order recorded. */
  readonly standen: readonly StandInRegister[];
}

export function registerinschrijving(zaak: PandZaak, state: RegisterState, op: string): Registerinschrijving | undefined {
  if (state.status !== 'opgenomen') return undefined;
  return {
    ...dossierzaak(zaak),
    aantalKamers: state.aantalKamers,
    stand: standOp(state, op) ?? null,
    standen: [
      { naar: 'in-onderzoek', ingangsdatum: state.opgenomenOp },
      ...state.wijzigingen.map((w): StandInRegister => ({ naar: w.naar, ingangsdatum: w.ingangsdatum, ...(w.vervallen === undefined ? {} : { vervallen: true }) })),
    ],
  };
}

export interface Vergunningzaak extends Dossierzaak {
  readonly status: Exclude<VergunningState['status'], 'onbekend'>;
  readonly aantalKamers: number;
  readonly ontvangstdatum: string;
  readonly verleend?: { readonly bekendmakingsdatum: string; readonly ingangsdatum: string; readonly einddatum?: string; readonly aantalKamers: number };
  readonly geweigerd?: { readonly bekendmakingsdatum: string };
  readonly ingetrokken?: { readonly ingangsdatum: string };
  readonly vervallen?: { readonly vervaldatum: string; readonly reden: string };
  /** The weigering or intrekking was herroepen (on bezwaar or by the rechtbank). */
  readonly herroepen?: { readonly soort: string; readonly op: string; readonly door: string };
}

export function vergunningzaak(zaak: PandZaak, state: VergunningState): Vergunningzaak | undefined {
  if (state.status === 'onbekend') return undefined;
  const vergunning = state.status === 'verleend' || state.status === 'ingetrokken' || state.status === 'vervallen' ? state.vergunning : undefined;
  const bestreden = state.status === 'aangevraagd' ? undefined : state.bestreden;
  return {
    ...dossierzaak(zaak),
    status: state.status,
    aantalKamers: state.zaak.aantalKamers,
    ontvangstdatum: state.zaak.ontvangstdatum,
    ...(vergunning === undefined
      ? {}
      : {
          verleend: {
            bekendmakingsdatum: vergunning.bekendmakingsdatum,
            ingangsdatum: vergunning.ingangsdatum,
            ...(vergunning.einddatum === undefined ? {} : { einddatum: vergunning.einddatum }),
            aantalKamers: vergunning.aantalKamers,
          },
        }),
    ...(state.status === 'geweigerd' ? { geweigerd: { bekendmakingsdatum: state.bestreden.bekendmakingsdatum } } : {}),
    ...(state.status === 'ingetrokken' ? { ingetrokken: { ingangsdatum: state.intrekking.ingangsdatum } } : {}),
    ...(state.status === 'vervallen' ? { vervallen: { vervaldatum: state.verval.vervaldatum, reden: state.verval.reden } } : {}),
    ...(bestreden?.herroepen === undefined ? {} : { herroepen: { soort: bestreden.soort, op: bestreden.herroepen.op, door: bestreden.herroepen.door } }),
  };
}

export interface Trajectzaak extends Dossierzaak {
  readonly soort: string;
  readonly constateringsdatum: string;
  readonly status: Exclude<TrajectState['status'], 'onbekend'>;
  /** In the medewerker's words, as the work list says it (`volgendeStap` of the domain). */
  readonly volgendeStap: string;
  /** The date of the latest step of its own course. */
  readonly laatsteStap: string;
  /** The dwangsom case its choice of a last onder dwangsom opened. */
  readonly dwangsomZaakId?: string;
  readonly afsluiting?: { readonly afsluitdatum: string; readonly resultaat: string };
}

export function trajectzaak(zaak: PandZaak, state: TrajectState): Trajectzaak | undefined {
  if (state.status === 'onbekend') return undefined;
  return {
    ...dossierzaak(zaak),
    soort: state.zaak.soort,
    constateringsdatum: state.zaak.constateringsdatum,
    status: state.status,
    volgendeStap: volgendeStap(state),
    laatsteStap: state.laatsteStap,
    ...(state.dwangsom === undefined ? {} : { dwangsomZaakId: state.dwangsom.dwangsomZaakId }),
    ...(state.status === 'afgesloten' ? { afsluiting: { afsluitdatum: state.afsluiting.afsluitdatum, resultaat: state.afsluiting.resultaat } } : {}),
  };
}

/** A besluit of a Damocles case, by its kind and the day it was made known. */
export type Damoclesbesluit =
  | { readonly besluit: 'waarschuwing'; readonly datum: string }
  | { readonly besluit: 'sluiting'; readonly datum: string; readonly duurMaanden: number | 'onbepaald'; readonly spoedeisend: boolean }
  | { readonly besluit: 'afgezien'; readonly datum: string }
  | { readonly besluit: 'beslissing-op-bezwaar'; readonly datum: string; readonly uitkomst: string; readonly gevolg?: string }
  | { readonly besluit: 'uitspraak-op-beroep'; readonly datum: string; readonly uitkomst: string; readonly vernietigd: boolean };

export interface Damocleszaak extends Dossierzaak {
  readonly constateringsdatum: string;
  readonly zwaarsteCategorie: string;
  readonly pandtype: string;
  readonly status: Exclude<DamoclesState['status'], 'onbekend'>;
  readonly besluiten: readonly Damoclesbesluit[];
  readonly sluiting?: { readonly sluitingsdatum: string; readonly eindeSluiting?: string };
  readonly afloop?: { readonly afloop: string; readonly sinds: string };
}

export function damocleszaak(zaak: PandZaak, state: DamoclesState, events: readonly DamoclesEvent[]): Damocleszaak | undefined {
  if (state.status === 'onbekend') return undefined;
  return {
    ...dossierzaak(zaak),
    constateringsdatum: state.zaak.constateringsdatum,
    zwaarsteCategorie: state.zaak.zwaarsteCategorie,
    pandtype: state.zaak.pand.pandtype,
    status: state.status,
    besluiten: events.flatMap(damoclesbesluit),
    ...(state.status === 'pand-gesloten'
      ? { sluiting: { sluitingsdatum: state.sluitingsdatum, ...(state.eindeSluiting === undefined ? {} : { eindeSluiting: state.eindeSluiting }) } }
      : {}),
    ...(state.status === 'afgesloten' ? { afloop: { afloop: state.afloop, sinds: state.sinds } } : {}),
  };
}

function damoclesbesluit(event: DamoclesEvent): Damoclesbesluit[] {
  switch (event.type) {
    case 'WaarschuwingGegeven':
      return [{ besluit: 'waarschuwing', datum: event.bekendmakingsdatum }];
    case 'SluitingsbesluitGenomen':
      return [{ besluit: 'sluiting', datum: event.bekendmakingsdatum, duurMaanden: event.duurMaanden, spoedeisend: event.spoedeisend }];
    case 'AfgezienVanMaatregel':
      return [{ besluit: 'afgezien', datum: event.datum }];
    case 'BeslissingOpBezwaarGenomen':
      return [{ besluit: 'beslissing-op-bezwaar', datum: event.bekendmakingsdatum, uitkomst: event.uitkomst, ...(event.gevolg === undefined ? {} : { gevolg: event.gevolg.soort }) }];
    case 'UitspraakOpBeroepGedaan':
      return [{ besluit: 'uitspraak-op-beroep', datum: event.uitspraakdatum, uitkomst: event.uitkomst, vernietigd: event.vernietigd }];
    default:
      return [];
  }
}

export interface Dwangsomzaak extends Dossierzaak {
  /** The case it came from, under whose pand it is filed. */
  readonly herkomst?: Zaakverwijzing;
  readonly thema: string;
  readonly status: Exclude<DwangsomState['status'], 'onbekend'>;
  readonly last?: { readonly vorm: string; readonly bekendmakingsdatum: string; readonly maximumCent: number };
  /** What forfeited and still stands. */
  readonly verbeurdCent: number;
  /** What is still to be paid on its invorderingsbeschikkingen. */
  readonly openstaandCent: number;
  readonly einde?: { readonly reden: string; readonly sinds: string };
}

export function dwangsomzaak(zaak: PandZaak, state: DwangsomState): Dwangsomzaak | undefined {
  if (state.status === 'onbekend') return undefined;
  const metLast = state.status === 'last-van-kracht' || state.status === 'last-beeindigd' ? state : undefined;
  return {
    ...dossierzaak(zaak),
    ...(zaak.herkomst === undefined ? {} : { herkomst: zaak.herkomst }),
    thema: state.zaak.thema,
    status: state.status,
    ...(metLast === undefined ? {} : { last: { vorm: metLast.last.vorm.soort, bekendmakingsdatum: metLast.last.bekendmakingsdatum, maximumCent: metLast.last.maximumCent } }),
    verbeurdCent: metLast?.last.verbeurdCent ?? 0,
    openstaandCent: openstaandCent(state),
    ...(state.status === 'last-beeindigd' ? { einde: { reden: state.einde.reden, sinds: state.einde.sinds } } : {}),
    ...(state.status === 'afgezien' ? { einde: { reden: 'afgezien', sinds: state.sinds } } : {}),
  };
}
