import { damoclesContext } from '@handhaving/domain-damocles';
import { dwangsomContext } from '@handhaving/domain-dwangsom';
import { flexteamcontroleContext, type ControleUitgevoerd } from '@handhaving/domain-flexteam';
import { kamerverhuurtrajectContext } from '@handhaving/domain-kamerverhuur';
import { PAND_KOPPELING_STREAM_PREFIX, type AdresAanPandGekoppeld } from '@handhaving/domain-panden';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { FEITEN_EN_AFLOOP } from '../damocles/feiten-en-afloop.events';
import { legKoppelingVast, PAND_KOPPELING_EVENTS } from '../damocles/pand-koppelingen';
import { evolveVondst, herkomstVan, vondstenVanControle, vondstId, type Vondst, type Vondstcontext, type VondstEvent } from './eerdere-vondsten.evolve';

/*
 * The earlier finds of every context, for the recidive check across contexts (docs/flexteam.md,
 * "Recidive across contexts"; the question in eerdere-vondsten.vragen.ts). The Damocles maatregel
 * ladder does not read this model: it keeps its own (damocles/recidive.projection.ts).
 *
 * Key layout (under `{keyPrefix}recidive.eerdere-vondsten.v1:`):
 * - `vondst`                     hash: vondstId -> JSON `Vondst` (every find, bitemporal; never deleted)
 * - `pand:{pandSleutel}`         hash: vondstId -> vondstId (the finds recorded under that key)
 * - `betrokkene:{betrokkeneId}`  hash: vondstId -> vondstId (the finds that ever named that betrokkene;
 *                                whether one still does, as known then, is in the find's `betrokkenen`)
 * - `koppeling`, `bag-adressen:{bagSleutel}`: the links between addresses and BAG ids, kept and read
 *   as the Damocles recidive model keeps and reads its own (../damocles/pand-koppelingen.ts)
 */

export const EERDERE_VONDSTEN_PROJECTIE = 'recidive.eerdere-vondsten.v1';

/** The streams whose finds this model keeps, by context. */
const STREAMS: ReadonlyArray<readonly [string, Vondstcontext]> = [
  [damoclesContext.streamPrefix, 'damocles'],
  [flexteamcontroleContext.streamPrefix, 'flexteam'],
  [kamerverhuurtrajectContext.streamPrefix, 'kamerverhuur'],
  [dwangsomContext.streamPrefix, 'dwangsom'],
];

/** The steps that make or change a find (eerdere-vondsten.evolve.ts); a Damocles case's as the Damocles recidive model reads them. */
const STAPPEN = [
  ...FEITEN_EN_AFLOOP,
  'ControleUitgevoerd',
  'OvertredingGeconstateerd',
  'LastOnderBestuursdwangOpgelegd',
  'TrajectAfgesloten',
  'DwangsomzaakGeopend',
  'AfgezienVanLast',
  'LastOpgelegd',
];

export const eerdereVondstenProjectie = defineProjection({
  name: EERDERE_VONDSTEN_PROJECTIE,
  filter: { eventTypes: [...new Set([...STAPPEN, ...PAND_KOPPELING_EVENTS])], streamPrefixes: [...STREAMS.map(([prefix]) => prefix), PAND_KOPPELING_STREAM_PREFIX] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const gelezen = events.map((recorded) => ({
      recorded,
      event: { ...(recorded.data as object), type: recorded.type } as VondstEvent | ControleUitgevoerd | AdresAanPandGekoppeld,
      vondstcontext: STREAMS.find(([prefix]) => recorded.streamId.startsWith(prefix))?.[1],
    }));
    const vondsten = new Vondstenbatch(context);
    await vondsten.preload(
      gelezen.flatMap(({ event, vondstcontext, recorded }) => {
        if (vondstcontext === undefined || event.type === 'AdresAanPandGekoppeld') return [];
        if (vondstcontext === 'flexteam') return event.type === 'ControleUitgevoerd' ? vondstenVanControle(event, { op: recorded.metadata.recordedAt }).map((v) => v.vondstId) : [];
        const herkomst = herkomstVan(event as VondstEvent);
        return [vondstId(vondstcontext, event.zaakId), ...(herkomst === undefined ? [] : [herkomst])];
      }),
    );
    for (const { recorded, event, vondstcontext } of gelezen) {
      const vastlegging = { op: recorded.metadata.recordedAt, gemeente: recorded.metadata.gemeente };
      if (event.type === 'AdresAanPandGekoppeld') {
        legKoppelingVast(context, event, vastlegging.op);
      } else if (vondstcontext === 'flexteam') {
        // A control recorded twice (a replay): the first stands.
        if (event.type === 'ControleUitgevoerd') for (const vondst of vondstenVanControle(event, vastlegging)) if (vondsten.get(vondst.vondstId) === null) vondsten.set(vondst);
      } else if (vondstcontext !== undefined) {
        const id = vondstId(vondstcontext, event.zaakId);
        const voor = vondsten.get(id);
        const herkomst = herkomstVan(event as VondstEvent);
        const na = evolveVondst(voor, vondstcontext, event as VondstEvent, { ...vastlegging, ...(herkomst === undefined ? {} : { herkomst: vondsten.get(herkomst) }) });
        if (na !== null && na !== voor) vondsten.set(na);
      }
    }
    vondsten.write();
  },
});

/**
 * The finds a batch touches: read in one round trip before the batch, written at its end through
 * the batch's MULTI (its own writes are not readable in Redis before EXEC), with their pand and
 * betrokkene indexes.
 */
class Vondstenbatch {
  private readonly vondsten = new Map<string, Vondst | null>();
  private readonly gewijzigd = new Set<string>();

  constructor(private readonly context: ProjectionContext) {}

  async preload(ids: readonly string[]): Promise<void> {
    const onbekend = [...new Set(ids)].filter((id) => !this.vondsten.has(id));
    if (onbekend.length === 0) return;
    const json = await this.context.redis.hmget(this.context.key('vondst'), ...onbekend);
    onbekend.forEach((id, i) => this.vondsten.set(id, typeof json[i] === 'string' ? (JSON.parse(json[i] as string) as Vondst) : null));
  }

  /** Preloaded, or made earlier in this batch; null when never seen. */
  get(id: string): Vondst | null {
    return this.vondsten.get(id) ?? null;
  }

  set(vondst: Vondst): void {
    this.vondsten.set(vondst.vondstId, vondst);
    this.gewijzigd.add(vondst.vondstId);
  }

  write(): void {
    for (const id of this.gewijzigd) {
      const vondst = this.vondsten.get(id);
      if (!vondst) continue;
      this.context.multi.hset(this.context.key('vondst'), id, JSON.stringify(vondst));
      if (vondst.pandSleutel !== undefined) this.context.multi.hset(this.context.key('pand', vondst.pandSleutel), id, id);
      for (const { betrokkeneId } of vondst.betrokkenen) this.context.multi.hset(this.context.key('betrokkene', betrokkeneId), id, id);
    }
  }
}
