import type { BibobEvent } from '@handhaving/domain-bibob';
import { pandSleutel } from '@handhaving/domain-shared';
import type { Bevinding, ControleEvent, Vervolg, VerzoekAan, VerzoekEvent, Uitkomst } from '@handhaving/domain-flexteam';
import type { Bron, Categorie, GekoppeldeZaak, MeldingEvent, RedenVanSluiten } from '@handhaving/domain-meldingen';
import { inNormaleVorm } from '../damocles/pand-koppelingen';

/*
 * The flexteam's part of the pand dossier (docs/flexteam.md): per pand its meldingen, the flexteam
 * controls that planned or visited it, the requests sent about it, and that a Bibob toets exists. Unlike the cases of
 * pand-dossier.evolve.ts, these are kept whole in the read model, each step with the day it was
 * recorded (`geregistreerdOp`, which every melding, control and request event carries): "as known
 * on a day" is then a filter over a few small records, not a fold of twenty years of melding
 * streams. Categorical fields and dates only: never a melding's sealed omschrijving, a reason in
 * words, a betrokkene or a count of persons. Pure; the projection is pand-dossier.projection.ts.
 */

/** A melding under one pand, from `vanaf` (the day its registration or its link to this pand was recorded) until `tot`. */
export interface Meldingrecord {
  readonly context: 'melding';
  readonly zaakId: string;
  readonly gemeente: string;
  /** Absent while the melding is about an area: then it is under no pand. */
  readonly pandSleutel?: string;
  readonly bron: Bron;
  readonly categorie: Categorie;
  readonly meldingsdatum: string;
  readonly vanaf: string;
  /** The day its link to another pand was recorded: as known from then on it is there, not here. */
  readonly tot?: string;
  readonly gesloten?: { readonly reden: RedenVanSluiten; readonly datum: string; readonly geregistreerdOp: string; readonly zaak?: GekoppeldeZaak };
}

/** The melding after `event`, and, when a link moved it, its record at the pand it left (ended by `tot`). */
export interface MeldingNa {
  readonly melding: Meldingrecord | null;
  readonly verlaten?: Meldingrecord;
}

export function evolveMelding(melding: Meldingrecord | null, event: MeldingEvent): MeldingNa {
  switch (event.type) {
    case 'MeldingGeregistreerd':
      if (melding !== null) return { melding };
      return {
        melding: {
          context: 'melding',
          zaakId: event.zaakId,
          gemeente: event.gemeente,
          ...(event.plaats.soort === 'pand' ? { pandSleutel: inNormaleVorm(pandSleutel(event.plaats.pand)) } : {}),
          bron: event.bron,
          categorie: event.categorie,
          meldingsdatum: event.meldingsdatum,
          vanaf: event.geregistreerdOp,
        },
      };
    case 'MeldingAanPandGekoppeld': {
      const naar = inNormaleVorm(pandSleutel(event.pand));
      if (melding === null || melding.pandSleutel === naar) return { melding };
      const verplaatst: Meldingrecord = { ...melding, pandSleutel: naar, vanaf: event.geregistreerdOp };
      return melding.pandSleutel === undefined ? { melding: verplaatst } : { melding: verplaatst, verlaten: { ...melding, tot: event.geregistreerdOp } };
    }
    case 'MeldingGesloten':
      if (melding === null || melding.gesloten !== undefined) return { melding };
      return {
        melding: {
          ...melding,
          gesloten: { reden: event.reden, datum: event.datum, geregistreerdOp: event.geregistreerdOp, ...(event.zaak === undefined ? {} : { zaak: event.zaak }) },
        },
      };
    default:
      return { melding };
  }
}

export interface MeldingInDossier {
  readonly zaakId: string;
  readonly pandSleutel: string;
  readonly bron: Bron;
  readonly categorie: Categorie;
  readonly meldingsdatum: string;
  readonly status: 'open' | 'gesloten';
  readonly gesloten?: { readonly reden: RedenVanSluiten; readonly datum: string; readonly zaak?: GekoppeldeZaak };
}

/** The melding as known at the end of `op` under this pand; none when it was not (yet, or any more) here then. */
export function meldingOp(melding: Meldingrecord, op: string): MeldingInDossier | undefined {
  if (melding.pandSleutel === undefined || !bekendOp(melding, op)) return undefined;
  const gesloten = melding.gesloten !== undefined && melding.gesloten.geregistreerdOp <= op ? melding.gesloten : undefined;
  return {
    zaakId: melding.zaakId,
    pandSleutel: melding.pandSleutel,
    bron: melding.bron,
    categorie: melding.categorie,
    meldingsdatum: melding.meldingsdatum,
    status: gesloten === undefined ? 'open' : 'gesloten',
    ...(gesloten === undefined ? {} : { gesloten: { reden: gesloten.reden, datum: gesloten.datum, ...(gesloten.zaak === undefined ? {} : { zaak: gesloten.zaak }) } }),
  };
}

/** Known under its pand at the end of `op`: recorded by then, and not moved away by then. */
export function bekendOp(filing: { readonly vanaf: string; readonly tot?: string }, op: string): boolean {
  return filing.vanaf <= op && (filing.tot === undefined || op < filing.tot);
}

/** One step of a flexteam control as it concerns one pand, with the day it was recorded. */
export type Controlestap =
  | { readonly stap: 'gepland'; readonly geplandOp: string; readonly geregistreerdOp: string }
  | { readonly stap: 'geannuleerd'; readonly datum: string; readonly geregistreerdOp: string }
  | { readonly stap: 'uitgevoerd'; readonly datum: string; readonly bezoek?: Bezoekverslag; readonly geregistreerdOp: string }
  | { readonly stap: 'vervolg'; readonly bevinding: Bevinding; readonly vervolg: Vervolg | 'afgezien'; readonly datum: string; readonly geregistreerdOp: string }
  | { readonly stap: 'afgerond'; readonly datum: string; readonly geregistreerdOp: string };

/** A visit as the dossier keeps it: whether it was planned, access, findings. */
export interface Bezoekverslag {
  readonly gepland: boolean;
  readonly toegang: boolean;
  readonly bevindingen: readonly Bevinding[];
}

/** One control's steps about one pand. */
export interface Controlerecord {
  readonly context: 'flexteamcontrole';
  readonly zaakId: string;
  readonly gemeente: string;
  readonly pandSleutel: string;
  readonly stappen: readonly Controlestap[];
}

/** A whole control as the projection keeps it, to file each step under the pands it concerns: the gemeente and a record per pand. */
export interface Controledossier {
  readonly gemeente: string;
  readonly panden: Readonly<Record<string, Controlerecord>>;
}

/**
 * The control after `event`. A step of the whole control (cancelled, carried out, closed) is
 * added to every pand it planned or visited; a visit and a follow-up to that pand only. An address
 * the team added on the day joins with its visit. A control whose planning was never seen stays unknown.
 */
export function evolveControle(controle: Controledossier | null, event: ControleEvent): Controledossier | null {
  if (event.type === 'ControleGepland') {
    if (controle !== null) return controle;
    const stap: Controlestap = { stap: 'gepland', geplandOp: event.geplandOp, geregistreerdOp: event.geregistreerdOp };
    return event.adressen.reduce<Controledossier>((dossier, adres) => metStap(dossier, event.zaakId, inNormaleVorm(adres.pandSleutel), stap), { gemeente: event.gemeente, panden: {} });
  }
  if (controle === null) return null;
  const { geregistreerdOp, datum } = event;
  switch (event.type) {
    case 'ControleGeannuleerd':
      return voorAlle(controle, event.zaakId, { stap: 'geannuleerd', datum, geregistreerdOp });
    case 'ControleAfgerond':
      return voorAlle(controle, event.zaakId, { stap: 'afgerond', datum, geregistreerdOp });
    case 'ControleUitgevoerd': {
      const bezocht = new Map(event.bezoeken.map((b) => [inNormaleVorm(b.pandSleutel), b] as const));
      const sleutels = [...new Set([...Object.keys(controle.panden), ...bezocht.keys()])];
      return sleutels.reduce((dossier, sleutel) => {
        const bezoek = bezocht.get(sleutel);
        const verslag: Bezoekverslag | undefined = bezoek === undefined ? undefined : { gepland: bezoek.gepland, toegang: bezoek.toegang, bevindingen: bezoek.bevindingen };
        return metStap(dossier, event.zaakId, sleutel, { stap: 'uitgevoerd', datum, ...(verslag === undefined ? {} : { bezoek: verslag }), geregistreerdOp });
      }, controle);
    }
    case 'VervolgGestart':
      return metStap(controle, event.zaakId, inNormaleVorm(event.pandSleutel), { stap: 'vervolg', bevinding: event.bevinding, vervolg: event.vervolg, datum, geregistreerdOp });
    case 'VervolgAfgezien':
      return metStap(controle, event.zaakId, inNormaleVorm(event.pandSleutel), { stap: 'vervolg', bevinding: event.bevinding, vervolg: 'afgezien', datum, geregistreerdOp });
    default: {
      const onbekend: never = event;
      void onbekend;
      return controle;
    }
  }
}

function voorAlle(controle: Controledossier, zaakId: string, stap: Controlestap): Controledossier {
  return Object.keys(controle.panden).reduce((dossier, sleutel) => metStap(dossier, zaakId, sleutel, stap), controle);
}

function metStap(controle: Controledossier, zaakId: string, sleutel: string, stap: Controlestap): Controledossier {
  const record = controle.panden[sleutel] ?? { context: 'flexteamcontrole', zaakId, gemeente: controle.gemeente, pandSleutel: sleutel, stappen: [] };
  return { ...controle, panden: { ...controle.panden, [sleutel]: { ...record, stappen: [...record.stappen, stap] } } };
}

export interface ControleInDossier {
  readonly zaakId: string;
  readonly pandSleutel: string;
  /** The day it was planned for, when this pand was planned. */
  readonly geplandOp?: string;
  readonly status: 'gepland' | 'geannuleerd' | 'uitgevoerd' | 'afgerond';
  /** The day it was held. */
  readonly datum?: string;
  /** The visit to this pand, with each finding's follow-up: the case it started, or declined (`afgezien`); none yet when absent. */
  readonly bezoek?: {
    readonly gepland: boolean;
    readonly toegang: boolean;
    readonly bevindingen: ReadonlyArray<{ readonly bevinding: Bevinding; readonly vervolg?: Vervolg | 'afgezien' }>;
  };
}

/** The control at this pand as known at the end of `op`; none when nothing of it was recorded by then. */
export function controleOp(record: Controlerecord, op: string): ControleInDossier | undefined {
  const stappen = record.stappen.filter((stap) => stap.geregistreerdOp <= op);
  if (stappen.length === 0) return undefined;
  let status: ControleInDossier['status'] = 'gepland';
  let geplandOp: string | undefined;
  let datum: string | undefined;
  let bezoek: Bezoekverslag | undefined;
  const vervolgen = new Map<Bevinding, Vervolg | 'afgezien'>();
  for (const stap of stappen) {
    switch (stap.stap) {
      case 'gepland':
        geplandOp = stap.geplandOp;
        break;
      case 'geannuleerd':
        status = 'geannuleerd';
        break;
      case 'uitgevoerd':
        status = 'uitgevoerd';
        datum = stap.datum;
        bezoek = stap.bezoek;
        break;
      case 'vervolg':
        vervolgen.set(stap.bevinding, stap.vervolg);
        break;
      case 'afgerond':
        status = 'afgerond';
        break;
      default: {
        const onbekend: never = stap;
        return onbekend;
      }
    }
  }
  return {
    zaakId: record.zaakId,
    pandSleutel: record.pandSleutel,
    ...(geplandOp === undefined ? {} : { geplandOp }),
    status,
    ...(datum === undefined ? {} : { datum }),
    ...(bezoek === undefined
      ? {}
      : {
          bezoek: {
            gepland: bezoek.gepland,
            toegang: bezoek.toegang,
            bevindingen: bezoek.bevindingen.map((bevinding) => {
              const vervolg = vervolgen.get(bevinding);
              return vervolg === undefined ? { bevinding } : { bevinding, vervolg };
            }),
          },
        }),
  };
}

/** An outgoing request about a pand, from the day it was recorded (`vanaf`). */
export interface Verzoekrecord {
  readonly context: 'verzoek';
  readonly zaakId: string;
  readonly gemeente: string;
  readonly pandSleutel: string;
  readonly aan: VerzoekAan;
  /** The day it was sent. */
  readonly verzonden: string;
  readonly antwoordUiterlijk: string;
  /** The control it came from. */
  readonly controleZaakId: string;
  readonly vanaf: string;
  readonly beantwoord?: { readonly uitkomst: Uitkomst; readonly datum: string; readonly geregistreerdOp: string };
}

export function evolveVerzoek(verzoek: Verzoekrecord | null, event: VerzoekEvent): Verzoekrecord | null {
  switch (event.type) {
    case 'VerzoekVerstuurd':
      return (
        verzoek ?? {
          context: 'verzoek',
          zaakId: event.zaakId,
          gemeente: event.gemeente,
          pandSleutel: inNormaleVorm(event.pandSleutel),
          aan: event.aan,
          verzonden: event.datum,
          antwoordUiterlijk: event.antwoordUiterlijk,
          controleZaakId: event.herkomst.zaakId,
          vanaf: event.geregistreerdOp,
        }
      );
    case 'VerzoekBeantwoord':
      if (verzoek === null || verzoek.beantwoord !== undefined) return verzoek;
      return { ...verzoek, beantwoord: { uitkomst: event.uitkomst, datum: event.datum, geregistreerdOp: event.geregistreerdOp } };
    default:
      return verzoek;
  }
}

export interface VerzoekInDossier {
  readonly zaakId: string;
  readonly pandSleutel: string;
  readonly aan: VerzoekAan;
  readonly verzonden: string;
  readonly antwoordUiterlijk: string;
  readonly controleZaakId: string;
  readonly status: 'open' | 'beantwoord';
  readonly uitkomst?: Uitkomst;
  readonly beantwoordOp?: string;
}

export function verzoekOp(verzoek: Verzoekrecord, op: string): VerzoekInDossier | undefined {
  if (verzoek.vanaf > op) return undefined;
  const antwoord = verzoek.beantwoord !== undefined && verzoek.beantwoord.geregistreerdOp <= op ? verzoek.beantwoord : undefined;
  return {
    zaakId: verzoek.zaakId,
    pandSleutel: verzoek.pandSleutel,
    aan: verzoek.aan,
    verzonden: verzoek.verzonden,
    antwoordUiterlijk: verzoek.antwoordUiterlijk,
    controleZaakId: verzoek.controleZaakId,
    status: antwoord === undefined ? 'open' : 'beantwoord',
    ...(antwoord === undefined ? {} : { uitkomst: antwoord.uitkomst, beantwoordOp: antwoord.datum }),
  };
}

/**
 * That a Bibob toets about the pand exists, and nothing of what it holds (art. 28 Wet Bibob): its
 * id, its startdatum, whether it was closed. Filed when its start names a pand (`pand` on
 * `BibobToetsGestart`, by its key); a toets on an aanvraag or a betrokkene alone is under no pand.
 * Bibob events carry no `geregistreerdOp`: the days are those the steps were recorded (`vanaf`).
 */
export interface Bibobrecord {
  readonly context: 'bibob';
  readonly zaakId: string;
  readonly gemeente: string;
  readonly pandSleutel: string;
  readonly startdatum: string;
  readonly vanaf: string;
  readonly afgesloten?: { readonly vanaf: string };
}

/** The toets after `event`, recorded on the day `vastgelegdOp` (YYYY-MM-DD). */
export function evolveBibob(toets: Bibobrecord | null, event: BibobEvent, vastgelegdOp: string): Bibobrecord | null {
  switch (event.type) {
    case 'BibobToetsGestart':
      if (toets !== null || event.pand === undefined) return toets;
      return { context: 'bibob', zaakId: event.zaakId, gemeente: event.gemeente, pandSleutel: inNormaleVorm(event.pand.sleutel), startdatum: event.startdatum, vanaf: vastgelegdOp };
    case 'BibobToetsAfgesloten':
      return toets === null || toets.afgesloten !== undefined ? toets : { ...toets, afgesloten: { vanaf: vastgelegdOp } };
    default:
      return toets;
  }
}

export interface BibobInDossier {
  readonly zaakId: string;
  readonly pandSleutel: string;
  readonly startdatum: string;
  readonly status: 'open' | 'afgesloten';
}

export function bibobOp(toets: Bibobrecord, op: string): BibobInDossier | undefined {
  if (toets.vanaf > op) return undefined;
  const afgesloten = toets.afgesloten !== undefined && toets.afgesloten.vanaf <= op;
  return { zaakId: toets.zaakId, pandSleutel: toets.pandSleutel, startdatum: toets.startdatum, status: afgesloten ? 'afgesloten' : 'open' };
}
