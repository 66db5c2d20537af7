import { bedragVanEenheden, eenhedenVan, verjaardVoor, verjaringVanEenheid, type DwangsomEvent, type Eenheden } from '@handhaving/domain-dwangsom';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, projectionKeyPrefix, type ProjectionContext } from '@handhaving/projections';
import { isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { BatchRecords, zaakIdsIn } from '../shared/batch-records';

/*
 * What each overtreder owes under his lasten onder dwangsom, for the juridisch medewerker who
 * collects it: per case the forfeitures, the invorderingsbeschikkingen and what was paid on them.
 *
 * A forfeiture per tijdseenheid verjaart unit by unit (art. 5:35 Awb): on a peildatum part of a
 * period may be lost and the rest still claimable; a beschikking records the part that had
 * verjaard before it went out.
 *
 * Key layout (under `{keyPrefix}dwangsom.openstaand.v2:`; v2 keeps each forfeiture's units):
 * - `overtreder:{gemeente}:{overtrederId}`  hash: zaakId -> JSON `OpenstaandeZaak`
 * - `zaak-overtreder`                       hash: zaakId -> `{gemeente}:{overtrederId}`
 * - `overtreders:{gemeente}`                set: the overtreders with a case in the gemeente
 * The overtreder is a betrokkene id: names stay in the betrokkenen context's vault.
 */

export const DWANGSOM_OPENSTAAND_PROJECTIE = 'dwangsom.openstaand.v2';

export interface OpenstaandeVerbeuring {
  readonly verbeuring: number;
  readonly verbeurdOp: string;
  readonly bedragCent: number;
  /** Of the first unit. */
  readonly verjaringsdatum: string;
  readonly eenheden: Eenheden;
  readonly invordering?: number;
  readonly vervallen: boolean;
}

export interface OpenstaandeInvordering {
  readonly invordering: number;
  readonly verbeuring: number;
  readonly bedragCent: number;
  readonly betaaldCent: number;
  readonly bekendmakingsdatum: string;
  /** The units of the forfeiture that had verjaard before the beschikking went out: lost. */
  readonly verjaardCent: number;
  readonly vervallen: boolean;
}

export interface OpenstaandeZaak {
  readonly zaakId: string;
  readonly gemeente: string;
  readonly overtrederId: string;
  readonly verbeuringen: readonly OpenstaandeVerbeuring[];
  readonly invorderingen: readonly OpenstaandeInvordering[];
}

const EVENTS: readonly DwangsomEvent['type'][] = ['DwangsomzaakGeopend', 'DwangsomVerbeurd', 'InvorderingsbeschikkingVerzonden', 'BetalingOntvangen', 'BeslissingOpBezwaarGenomen'];

export const dwangsomOpenstaandProjectie = defineProjection({
  name: DWANGSOM_OPENSTAAND_PROJECTIE,
  filter: { eventTypes: EVENTS, streamPrefixes: ['dwangsom-'] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const zaken = new BatchRecords<OpenstaandeZaak>(context, 'zaak-overtreder', 'overtreder');
    await zaken.preload(zaakIdsIn(events));
    const wijzig = async (zaakId: string, f: (zaak: OpenstaandeZaak) => OpenstaandeZaak): Promise<void> => {
      const zaak = await zaken.get(zaakId);
      if (zaak !== null) zaken.set(zaakId, f(zaak));
    };
    for (const recorded of events) {
      const event = { ...(recorded.data as object), type: recorded.type } as DwangsomEvent;
      switch (event.type) {
        case 'DwangsomzaakGeopend':
          if ((await zaken.get(event.zaakId)) !== null) break;
          zaken.add(event.zaakId, `${event.gemeente}:${event.overtrederId}`, { zaakId: event.zaakId, gemeente: event.gemeente, overtrederId: event.overtrederId, verbeuringen: [], invorderingen: [] });
          context.multi.sadd(context.key('overtreders', event.gemeente), event.overtrederId);
          break;
        case 'DwangsomVerbeurd':
          await wijzig(event.zaakId, (z) => ({
            ...z,
            verbeuringen: [
              ...z.verbeuringen,
              { verbeuring: event.verbeuring, verbeurdOp: event.verbeurdOp, bedragCent: event.bedragCent, verjaringsdatum: event.verjaringsdatum, eenheden: eenhedenVan(event), vervallen: false },
            ],
          }));
          break;
        case 'InvorderingsbeschikkingVerzonden':
          await wijzig(event.zaakId, (z) => ({
            ...z,
            verbeuringen: z.verbeuringen.map((v) => (v.verbeuring === event.verbeuring ? { ...v, invordering: event.invordering } : v)),
            invorderingen: [
              ...z.invorderingen,
              {
                invordering: event.invordering,
                verbeuring: event.verbeuring,
                bedragCent: event.bedragCent,
                betaaldCent: 0,
                bekendmakingsdatum: event.bekendmakingsdatum,
                verjaardCent: event.verjaard?.bedragCent ?? 0,
                vervallen: false,
              },
            ],
          }));
          break;
        case 'BetalingOntvangen':
          await wijzig(event.zaakId, (z) => ({
            ...z,
            invorderingen: z.invorderingen.map((i) => (i.invordering === event.invordering ? { ...i, betaaldCent: i.betaaldCent + event.bedragCent } : i)),
          }));
          break;
        case 'BeslissingOpBezwaarGenomen': {
          // A last gewijzigd on bezwaar keeps what forfeited (a change that would alter it is refused).
          if (event.uitkomst !== 'gegrond' || event.gevolg?.soort === 'gewijzigd') break;
          const tegen = event.tegen;
          await wijzig(event.zaakId, (z) =>
            tegen.besluit === 'last'
              ? { ...z, verbeuringen: z.verbeuringen.map((v) => ({ ...v, vervallen: true })), invorderingen: z.invorderingen.map((i) => ({ ...i, vervallen: true })) }
              : { ...z, invorderingen: z.invorderingen.map((i) => (i.invordering === tegen.invordering ? { ...i, vervallen: true } : i)) },
          );
          break;
        }
        default:
          break;
      }
    }
    zaken.write();
  },
});

/* ------------------------------------------------------------------------------------------ */
/* Query                                                                                       */
/* ------------------------------------------------------------------------------------------ */

export interface OpenstaandPerZaak {
  readonly zaakId: string;
  /** Claimed by an invorderingsbeschikking and not yet paid. */
  readonly openstaandCent: number;
  /** Forfeited, no beschikking yet, and still claimable on the peildatum. */
  readonly nogInTeVorderenCent: number;
  /** Forfeited units whose verjaring passed before they were claimed (on the peildatum, or before the beschikking went out): lost. */
  readonly verjaardCent: number;
  readonly betaaldCent: number;
  /** The earliest verjaringsdatum among the units still to claim: the date to act by. */
  readonly eerstvolgendeVerjaring?: string;
}

export interface OpenstaandPerOvertreder {
  readonly overtrederId: string;
  readonly openstaandCent: number;
  readonly nogInTeVorderenCent: number;
  readonly verjaardCent: number;
  readonly betaaldCent: number;
  readonly eerstvolgendeVerjaring?: string;
  readonly zaken: readonly OpenstaandPerZaak[];
}

/**
 * What each overtreder of `gemeente` (or one of them) owes on `peildatum`: sorted by the amount
 * open and still to claim, largest first. Overtreders with nothing forfeited are left out.
 */
export async function openstaandeBedragen(
  redis: Redis,
  keyPrefix: string,
  vraag: { readonly gemeente: string; readonly overtrederId?: string; readonly peildatum: string },
): Promise<OpenstaandPerOvertreder[]> {
  if (!isKalenderdatum(vraag.peildatum)) throw new RangeError(`peildatum: geen datum JJJJ-MM-DD: ${JSON.stringify(vraag.peildatum)}`);
  const basis = projectionKeyPrefix(keyPrefix, DWANGSOM_OPENSTAAND_PROJECTIE);
  const overtreders = vraag.overtrederId === undefined ? await redis.smembers(`${basis}overtreders:${vraag.gemeente}`) : [vraag.overtrederId];
  // One round trip for all of them.
  const antwoorden = (await overtreders.reduce((p, id) => p.hvals(`${basis}overtreder:${vraag.gemeente}:${id}`), redis.pipeline()).exec()) ?? [];
  const uitkomst: OpenstaandPerOvertreder[] = [];
  for (const [i, overtrederId] of overtreders.entries()) {
    const [fout, jsons] = antwoorden[i] ?? [null, []];
    if (fout) throw fout;
    const zaken = (jsons as string[]).map((json) => perZaak(JSON.parse(json) as OpenstaandeZaak, vraag.peildatum));
    const relevant = zaken.filter((z) => z.openstaandCent + z.nogInTeVorderenCent + z.verjaardCent + z.betaaldCent > 0).sort((a, b) => a.zaakId.localeCompare(b.zaakId));
    if (relevant.length === 0) continue;
    const som = (veld: 'openstaandCent' | 'nogInTeVorderenCent' | 'verjaardCent' | 'betaaldCent') => relevant.reduce((t, z) => t + z[veld], 0);
    const eerstvolgende = relevant.map((z) => z.eerstvolgendeVerjaring).filter((d): d is string => d !== undefined).sort()[0];
    uitkomst.push({
      overtrederId,
      openstaandCent: som('openstaandCent'),
      nogInTeVorderenCent: som('nogInTeVorderenCent'),
      verjaardCent: som('verjaardCent'),
      betaaldCent: som('betaaldCent'),
      ...(eerstvolgende === undefined ? {} : { eerstvolgendeVerjaring: eerstvolgende }),
      zaken: relevant,
    });
  }
  return uitkomst.sort((a, b) => b.openstaandCent + b.nogInTeVorderenCent - (a.openstaandCent + a.nogInTeVorderenCent) || a.overtrederId.localeCompare(b.overtrederId));
}

function perZaak(zaak: OpenstaandeZaak, peildatum: string): OpenstaandPerZaak {
  let openstaandCent = 0;
  let betaaldCent = 0;
  for (const i of zaak.invorderingen) {
    betaaldCent += i.betaaldCent;
    if (!i.vervallen) openstaandCent += i.bedragCent - i.betaaldCent;
  }
  let nogInTeVorderenCent = 0;
  let verjaardCent = 0;
  let eerstvolgendeVerjaring: string | undefined;
  for (const v of zaak.verbeuringen) {
    if (v.vervallen) continue;
    if (v.invordering !== undefined) {
      verjaardCent += zaak.invorderingen.find((i) => i.invordering === v.invordering)?.verjaardCent ?? 0;
      continue;
    }
    // Art. 5:35 Awb: the units whose verjaringsdatum lies before the peildatum are lost, the rest can still be claimed.
    const e = v.eenheden;
    const verjaard = verjaardVoor(e, peildatum);
    verjaardCent += bedragVanEenheden(e, 0, verjaard);
    nogInTeVorderenCent += bedragVanEenheden(e, verjaard, e.aantal);
    if (verjaard < e.aantal) {
      const volgende = verjaringVanEenheid(e, verjaard);
      if (eerstvolgendeVerjaring === undefined || volgende < eerstvolgendeVerjaring) eerstvolgendeVerjaring = volgende;
    }
  }
  return { zaakId: zaak.zaakId, openstaandCent, nogInTeVorderenCent, verjaardCent, betaaldCent, ...(eerstvolgendeVerjaring === undefined ? {} : { eerstvolgendeVerjaring }) };
}
