import { bibobContext, type BibobEvent } from '@handhaving/domain-bibob';
import { damoclesContext } from '@handhaving/domain-damocles';
import { dwangsomContext, type DwangsomzaakGeopend } from '@handhaving/domain-dwangsom';
import { flexteamcontroleContext, verzoekContext, type ControleEvent, type VerzoekEvent } from '@handhaving/domain-flexteam';
import { kamerverhuurregisterContext, kamerverhuurtrajectContext, kamerverhuurvergunningContext } from '@handhaving/domain-kamerverhuur';
import { meldingContext, type MeldingEvent } from '@handhaving/domain-meldingen';
import { PAND_KOPPELING_STREAM_PREFIX, type PandKoppelingEvent } from '@handhaving/domain-panden';
import type { Zaakcontext } from '@handhaving/domain-shared';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import { legKoppelingVast, PAND_KOPPELING_EVENTS } from '../damocles/pand-koppelingen';
import { BatchRecords } from '../shared/batch-records';
import { evolvePandZaak, herkomstzaak, lopend, LOPENDE_CONTEXTEN, zaakSleutel, type LopendeContext, type Pandcontext, type PandDossierEvent, type PandZaak } from './pand-dossier.evolve';
import { evolveBibob, evolveControle, evolveMelding, evolveVerzoek, type Bibobrecord, type Controledossier, type Controlerecord, type Meldingrecord, type Verzoekrecord } from './pand-flexteam.evolve';
import { signaalveld, type Lopendezaak } from './pand-rangorde';

/*
 * The pand dossier (issue 14, item 4; issue 15, item 4): per gemeente and pand, the cases about it
 * across kamerverhuur (register, vergunning, traject), Damocles and dwangsom, and the flexteam's
 * part: its meldingen, the controls that planned or visited it and the requests sent about it
 * (docs/flexteam.md), and that a Bibob toets exists when its start names the pand (never what it
 * holds; a toets on an aanvraag or a betrokkene alone is under no pand: no guess at one). Beside
 * it, per gemeente, what the ranking of addresses for a control needs.
 *
 * Key layout (under `{keyPrefix}panden.pand-dossier.v2:`), chosen so that one address's dossier is
 * one or two pipelined round trips over small rows, however many years the gemeente has:
 * - `pand:{gemeente}:{pandSleutel}`  hash, one field per thing about the pand, a few hundred bytes each:
 *     `{context}:{zaakId}` -> JSON `PandZaak` (an index: the case is folded from its stream when asked),
 *     `melding:{id}` -> JSON `Meldingrecord`, `flexteamcontrole:{id}` -> JSON `Controlerecord`
 *     (that control's steps at this pand), `verzoek:{id}` -> JSON `Verzoekrecord`, `bibob:{id}` ->
 *     JSON `Bibobrecord`: these kept whole, each step with the day it was recorded, so "as known
 *     on a day" is a filter.
 *     A melding about an area waits under the pseudo-key `gebied` (no question asks it) until linked.
 * - `zaak-pand`                      hash: `{context}:{zaakId}` -> `{gemeente}:{pandSleutel}` (cases, meldingen, requests, toetsen)
 * - `controle`                       hash: zaakId -> JSON `Controledossier` (a control touches several panden)
 * - `toestand`                       hash: `{context}:{zaakId}` -> JSON decider state of a Damocles,
 *                                    dwangsom or traject case: whether it still runs, for the ranking
 * - `koppeling`, `bag-adressen:{bagSleutel}`: the links between addresses and BAG ids (damocles/pand-koppelingen.ts)
 * For the ranking (pand-rangorde.vragen.ts), per gemeente:
 * - `signalen:{gemeente}:{JJJJ-MM}`  hash: `{pandSleutel}|{meldingId}` -> JSON `Signaal`: meldingen by
 *                                    the month of their meldingsdatum; a window of twelve months reads thirteen small hashes
 * - `lopend:{gemeente}`              hash: `{context}:{zaakId}` -> JSON `Lopendezaak`: the cases and
 *                                    requests running now
 * - `beeindigd:{gemeente}`           sorted set of JSON `Lopendezaak` with its `tot`, scored by that
 *                                    day (JJJJMMDD): a question about an earlier day reads only what ended since
 *
 * A case is filed under the key its first step recorded, in today's normal form. An address and
 * a BAG id are one pand from the moment a medewerker's link was recorded, as the recidive check
 * reads them (pand-koppelingen.ts, its own copy of the links here); the questions read them as
 * known on the day asked. A dwangsom case is filed under its herkomst's pand when that case is
 * known here, which it is: the herkomst is recorded first (the process managers open the dwangsom
 * case from its step) and this subscription reads in global order.
 *
 * v2: meldingen, controls, requests, Bibob toetsen and the ranking's rows; v1 held the case index only.
 */

export const PAND_DOSSIER_PROJECTIE = 'panden.pand-dossier.v2';

/** The first steps that name a pand (or, for dwangsom, the case it came from). */
const EERSTE_STAPPEN = ['PandInRegisterOpgenomen', 'VergunningAangevraagd', 'OvertredingGeconstateerd', 'RapportageOntvangen', 'DwangsomzaakGeopend'] as const;

const CONTEXTEN: ReadonlyArray<{ readonly naam: Pandcontext; readonly streamPrefix: string }> = [
  kamerverhuurregisterContext,
  kamerverhuurvergunningContext,
  kamerverhuurtrajectContext,
  damoclesContext,
  dwangsomContext,
].map((context) => ({ naam: context.naam as Pandcontext, streamPrefix: context.streamPrefix }));

/** The contexts whose running cases the ranking counts, with their deciders. */
const LOPENDE = [damoclesContext, dwangsomContext, kamerverhuurtrajectContext] as unknown as ReadonlyArray<Zaakcontext<unknown, unknown, unknown>>;

type Gebeurtenis =
  | { readonly soort: 'zaak'; readonly context: Pandcontext; readonly event: PandDossierEvent }
  | { readonly soort: 'melding'; readonly event: MeldingEvent }
  | { readonly soort: 'controle'; readonly event: ControleEvent }
  | { readonly soort: 'verzoek'; readonly event: VerzoekEvent }
  | { readonly soort: 'bibob'; readonly event: BibobEvent }
  | { readonly soort: 'koppeling'; readonly event: PandKoppelingEvent };

function gebeurtenis(recorded: RecordedEvent): Gebeurtenis | undefined {
  const event = { ...(recorded.data as object), type: recorded.type };
  if (recorded.streamId.startsWith(meldingContext.streamPrefix)) return { soort: 'melding', event: event as MeldingEvent };
  if (recorded.streamId.startsWith(flexteamcontroleContext.streamPrefix)) return { soort: 'controle', event: event as ControleEvent };
  if (recorded.streamId.startsWith(verzoekContext.streamPrefix)) return { soort: 'verzoek', event: event as VerzoekEvent };
  if (recorded.streamId.startsWith(bibobContext.streamPrefix)) return { soort: 'bibob', event: event as BibobEvent };
  if (recorded.streamId.startsWith(PAND_KOPPELING_STREAM_PREFIX)) return { soort: 'koppeling', event: event as PandKoppelingEvent };
  const context = CONTEXTEN.find((c) => recorded.streamId.startsWith(c.streamPrefix))?.naam;
  return context === undefined ? undefined : { soort: 'zaak', context, event: event as PandDossierEvent };
}

/** The field of a record in `zaak-pand` and in its pand's hash. */
function sleutelVan(gebeurtenis: Gebeurtenis): string | undefined {
  switch (gebeurtenis.soort) {
    case 'zaak':
      return zaakSleutel({ context: gebeurtenis.context, zaakId: gebeurtenis.event.zaakId });
    case 'melding':
    case 'verzoek':
    case 'bibob':
      return zaakSleutel({ context: gebeurtenis.soort, zaakId: gebeurtenis.event.zaakId });
    default:
      return undefined;
  }
}

type Pandrecord = PandZaak | Meldingrecord | Verzoekrecord | Bibobrecord;

/** Of a Bibob toets only its start (which may name the pand) and its closing: nothing else of it enters this read model. */
const BIBOB_STAPPEN = ['BibobToetsGestart', 'BibobToetsAfgesloten'] as const;

export const pandDossierProjectie = defineProjection({
  name: PAND_DOSSIER_PROJECTIE,
  filter: {
    eventTypes: [...new Set([...EERSTE_STAPPEN, ...LOPENDE.flatMap((c) => c.eventTypes), ...meldingContext.eventTypes, ...flexteamcontroleContext.eventTypes, ...verzoekContext.eventTypes, ...BIBOB_STAPPEN, ...PAND_KOPPELING_EVENTS])],
    streamPrefixes: [...CONTEXTEN.map((context) => context.streamPrefix), meldingContext.streamPrefix, flexteamcontroleContext.streamPrefix, verzoekContext.streamPrefix, bibobContext.streamPrefix, PAND_KOPPELING_STREAM_PREFIX],
  },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const batch = events.flatMap((recorded) => {
      const g = gebeurtenis(recorded);
      return g === undefined ? [] : [{ recorded, g }];
    });
    const records = new BatchRecords<Pandrecord>(context, 'zaak-pand', 'pand');
    const herkomsten = batch.flatMap(({ g }) => {
      const herkomst = g.soort === 'zaak' && g.event.type === 'DwangsomzaakGeopend' ? herkomstzaak((g.event as DwangsomzaakGeopend).herkomst) : undefined;
      return herkomst === undefined ? [] : [zaakSleutel(herkomst)];
    });
    const sleutels = batch.flatMap(({ g }) => sleutelVan(g) ?? []);
    await records.preload([...sleutels, ...herkomsten]);
    const toestanden = await Voorraad.lees<unknown>(context, 'toestand', batch.flatMap(({ g }) => (g.soort === 'zaak' && g.context in LOPENDE_CONTEXTEN ? [sleutelVan(g) as string] : [])));
    const controles = await Voorraad.lees<Controledossier>(context, 'controle', batch.flatMap(({ g }) => (g.soort === 'controle' ? [g.event.zaakId] : [])));
    const rangorde = new Rangorderijen(context);

    for (const { recorded, g } of batch) {
      const recordedAt = recorded.metadata.recordedAt;
      switch (g.soort) {
        case 'koppeling':
          if (g.event.type === 'AdresAanPandGekoppeld') legKoppelingVast(context, g.event, recordedAt);
          break;
        case 'zaak': {
          const sleutel = sleutelVan(g) as string;
          const voor = (await records.get(sleutel)) as PandZaak | null;
          const herkomst = g.event.type === 'DwangsomzaakGeopend' ? herkomstzaak((g.event as DwangsomzaakGeopend).herkomst) : undefined;
          const bron = herkomst === undefined ? undefined : ((await records.get(zaakSleutel(herkomst))) as PandZaak | null);
          const na = evolvePandZaak(voor, g.context, g.event, { op: recordedAt, ...(bron === undefined ? {} : { herkomst: bron }) });
          if (na !== null && na !== voor) records.add(sleutel, `${na.gemeente}:${na.pandSleutel}`, na);
          if (na !== null && g.context in LOPENDE_CONTEXTEN) volgLoop(toestanden, rangorde, na, g.context as LopendeContext, g.event, recordedAt);
          break;
        }
        case 'melding': {
          const sleutel = sleutelVan(g) as string;
          const voor = (await records.get(sleutel)) as Meldingrecord | null;
          const { melding, verlaten } = evolveMelding(voor, g.event);
          if (melding === null || melding === voor) break;
          records.add(sleutel, `${melding.gemeente}:${melding.pandSleutel ?? 'gebied'}`, melding);
          if (verlaten?.pandSleutel !== undefined) {
            context.multi.hset(context.key('pand', melding.gemeente, verlaten.pandSleutel), sleutel, JSON.stringify(verlaten));
            rangorde.signaal(verlaten);
          }
          if (melding.pandSleutel !== undefined && melding.pandSleutel !== voor?.pandSleutel) rangorde.signaal(melding);
          break;
        }
        case 'verzoek': {
          const sleutel = sleutelVan(g) as string;
          const voor = (await records.get(sleutel)) as Verzoekrecord | null;
          const na = evolveVerzoek(voor, g.event);
          if (na === null || na === voor) break;
          records.add(sleutel, `${na.gemeente}:${na.pandSleutel}`, na);
          const rij: Lopendezaak = { context: 'verzoek', zaakId: na.zaakId, pandSleutel: na.pandSleutel, vanaf: na.vanaf };
          if (voor === null) rangorde.begonnen(na.gemeente, rij);
          if (na.beantwoord !== undefined) rangorde.beeindigd(na.gemeente, { ...rij, tot: na.beantwoord.geregistreerdOp });
          break;
        }
        case 'bibob': {
          const sleutel = sleutelVan(g) as string;
          const voor = (await records.get(sleutel)) as Bibobrecord | null;
          const na = evolveBibob(voor, g.event, kalenderdatumInAmsterdam(recordedAt));
          if (na !== null && na !== voor) records.add(sleutel, `${na.gemeente}:${na.pandSleutel}`, na);
          break;
        }
        case 'controle': {
          const voor = controles.get(g.event.zaakId);
          const na = evolveControle(voor, g.event);
          if (na === null || na === voor) break;
          controles.set(g.event.zaakId, na);
          for (const [pandSleutel, record] of Object.entries(na.panden)) {
            if (voor?.panden[pandSleutel] === record) continue;
            context.multi.hset(context.key('pand', na.gemeente, pandSleutel), zaakSleutel(record), JSON.stringify(record satisfies Controlerecord));
          }
          break;
        }
        default: {
          const onbekend: never = g;
          void onbekend;
        }
      }
    }
    records.write();
    toestanden.write();
    controles.write();
  },
});

/** A case's decider state after `event`; a case that starts or stops running changes the gemeente's ranking rows. */
function volgLoop(toestanden: Voorraad<unknown>, rangorde: Rangorderijen, zaak: PandZaak, context: LopendeContext, event: PandDossierEvent, recordedAt: string): void {
  const { decider } = LOPENDE.find((c) => c.naam === context) as (typeof LOPENDE)[number];
  const sleutel = zaakSleutel(zaak);
  const voor = toestanden.get(sleutel) ?? decider.initialState();
  const na = decider.evolve(voor, event);
  if (na === voor) return;
  toestanden.set(sleutel, na);
  const was = lopend(context, (voor as { status: string }).status);
  const is = lopend(context, (na as { status: string }).status);
  const rij: Lopendezaak = { context, zaakId: zaak.zaakId, pandSleutel: zaak.pandSleutel, vanaf: kalenderdatumInAmsterdam(zaak.vastgelegdOp) };
  if (!was && is) rangorde.begonnen(zaak.gemeente, rij);
  if (was && !is) rangorde.beeindigd(zaak.gemeente, { ...rij, tot: kalenderdatumInAmsterdam(recordedAt) });
}

/** JSON records by id in one hash, read for a batch in one round trip and written back once through its MULTI. */
class Voorraad<T> {
  private readonly gewijzigd = new Set<string>();

  private constructor(
    private readonly context: ProjectionContext,
    private readonly naam: string,
    private readonly waarden: Map<string, T>,
  ) {}

  static async lees<T>(context: ProjectionContext, naam: string, ids: readonly string[]): Promise<Voorraad<T>> {
    const uniek = [...new Set(ids)];
    const json = uniek.length === 0 ? [] : await context.redis.hmget(context.key(naam), ...uniek);
    const waarden = new Map<string, T>();
    uniek.forEach((id, i) => {
      const waarde = json[i];
      if (typeof waarde === 'string') waarden.set(id, JSON.parse(waarde) as T);
    });
    return new Voorraad(context, naam, waarden);
  }

  get(id: string): T | null {
    return this.waarden.get(id) ?? null;
  }

  set(id: string, waarde: T): void {
    this.waarden.set(id, waarde);
    this.gewijzigd.add(id);
  }

  write(): void {
    for (const id of this.gewijzigd) this.context.multi.hset(this.context.key(this.naam), id, JSON.stringify(this.waarden.get(id)));
  }
}

/** The ranking's rows of a gemeente, written through the batch's MULTI. */
class Rangorderijen {
  constructor(private readonly context: ProjectionContext) {}

  /** A melding under a pand (or, ended by `tot`, no longer): in the month of its meldingsdatum. */
  signaal(melding: Meldingrecord): void {
    if (melding.pandSleutel === undefined) return;
    const { veld, waarde } = signaalveld(melding.pandSleutel, melding);
    this.context.multi.hset(this.context.key('signalen', melding.gemeente, melding.meldingsdatum.slice(0, 7)), veld, waarde);
  }

  begonnen(gemeente: string, zaak: Lopendezaak): void {
    this.context.multi.hset(this.context.key('lopend', gemeente), zaakSleutel(zaak), JSON.stringify(zaak));
  }

  beeindigd(gemeente: string, zaak: Lopendezaak & { readonly tot: string }): void {
    this.context.multi.hdel(this.context.key('lopend', gemeente), zaakSleutel(zaak));
    this.context.multi.zadd(this.context.key('beeindigd', gemeente), Number(zaak.tot.replaceAll('-', '')), JSON.stringify(zaak));
  }
}
