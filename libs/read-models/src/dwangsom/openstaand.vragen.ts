import { projectionKeyPrefix } from '@handhaving/projections';
import { isKalenderdatum } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';
import { aantalEenheden, bedragVanDeEenheden, verjaardeEenheden, verjaringVanDeEenheid } from './opgeslagen-verbeuring';
import type { OpenstaandeZaak } from './openstaand.evolve';
import { DWANGSOM_OPENSTAAND_PROJECTIE } from './openstaand.projection';

/* The questions to the read model `dwangsom.openstaand` (openstaand.projection.ts): what is owed on a peildatum. */

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
    const aantal = aantalEenheden(v);
    const verjaard = verjaardeEenheden(v, peildatum);
    verjaardCent += bedragVanDeEenheden(v, 0, verjaard);
    nogInTeVorderenCent += bedragVanDeEenheden(v, verjaard, aantal);
    if (verjaard < aantal) {
      const volgende = verjaringVanDeEenheid(v, verjaard);
      if (eerstvolgendeVerjaring === undefined || volgende < eerstvolgendeVerjaring) eerstvolgendeVerjaring = volgende;
    }
  }
  return { zaakId: zaak.zaakId, openstaandCent, nogInTeVorderenCent, verjaardCent, betaaldCent, ...(eerstvolgendeVerjaring === undefined ? {} : { eerstvolgendeVerjaring }) };
}
