import { meldingContext, type Bron, type Categorie, type MeldingGeregistreerd } from '@handhaving/domain-meldingen';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection } from '@handhaving/projections';
import { jaarVan } from '../shared/per-jaar';
import { evolveMeldingenJaarrij, type MeldingenJaarrij } from './meldingen-cijfers.evolve';

/*
 * The meldingen figures per gemeente and year of the meldingsdatum, by bron and categorie, as known
 * now or on a day (docs/cijfers.md, "Meldingen"). The row and why it answers fast are explained in
 * meldingen-cijfers.evolve.ts; the question is in meldingen-cijfers.vragen.ts.
 *
 * Key layout (under `{keyPrefix}meldingen.cijfers.v1:`):
 * - `gemeente:{gemeente}:jaar:{JJJJ}`            string: JSON `MeldingenJaarrij`, the counts
 * - `gemeente:{gemeente}:jaar:{JJJJ}:meldingen`  list: one line per melding, in the log's order,
 *                                                `{geregistreerdOp} {bron} {categorie} {zaakId}`;
 *                                                read only when the cases behind the cells are asked
 *
 * Only `MeldingGeregistreerd` is read: a later link to a pand or the closing changes no figure.
 * The processor applies each event once (its checkpoint is written in the same MULTI), and the
 * decider registers a melding once per stream (`melding/melding-bestaat-al`), so a registration
 * is never counted twice.
 */

export const MELDINGEN_CIJFERS_PROJECTIE = 'meldingen.cijfers.v1';

/** One melding in the year's list of cases. */
export interface GeregistreerdeMelding {
  readonly geregistreerdOp: string;
  readonly bron: Bron;
  readonly categorie: Categorie;
  readonly zaakId: string;
}

export function alsRegel(melding: GeregistreerdeMelding): string {
  return `${melding.geregistreerdOp} ${melding.bron} ${melding.categorie} ${melding.zaakId}`;
}

export function uitRegel(regel: string): GeregistreerdeMelding {
  const [geregistreerdOp, bron, categorie, ...zaakId] = regel.split(' ');
  return { geregistreerdOp, bron: bron as Bron, categorie: categorie as Categorie, zaakId: zaakId.join(' ') };
}

/** The key parts of a gemeente-year's row; its list of cases is under the same parts plus `meldingen`. */
export function jaarrijSleutel(gemeente: string, jaar: number): readonly [string, string, string, number] {
  return ['gemeente', gemeente, 'jaar', jaar];
}

export const meldingenCijfersProjectie = defineProjection({
  name: MELDINGEN_CIJFERS_PROJECTIE,
  filter: { eventTypes: ['MeldingGeregistreerd'], streamPrefixes: [meldingContext.streamPrefix] },
  async handle(events: readonly RecordedEvent[], context) {
    const perRij = new Map<string, { readonly sleutel: ReturnType<typeof jaarrijSleutel>; readonly registraties: MeldingGeregistreerd[] }>();
    for (const recorded of events) {
      if (recorded.type !== 'MeldingGeregistreerd') continue;
      const event = { ...(recorded.data as object), type: recorded.type } as MeldingGeregistreerd;
      const sleutel = jaarrijSleutel(event.gemeente, jaarVan(event.meldingsdatum));
      const key = context.key(...sleutel);
      const rij = perRij.get(key) ?? { sleutel, registraties: [] };
      rij.registraties.push(event);
      perRij.set(key, rij);
    }
    if (perRij.size === 0) return;
    // Every row the batch touches in one round trip.
    const rijen = [...perRij.entries()];
    const opgeslagen = await context.redis.mget(...rijen.map(([key]) => key));
    rijen.forEach(([key, { sleutel, registraties }], i) => {
      const json = opgeslagen[i];
      const rij = registraties.reduce(evolveMeldingenJaarrij, json ? (JSON.parse(json) as MeldingenJaarrij) : {});
      context.multi.set(key, JSON.stringify(rij));
      context.multi.rpush(context.key(...sleutel, 'meldingen'), ...registraties.map(alsRegel));
    });
  },
});
