import { damoclesContext } from '@handhaving/domain-damocles';
import { dwangsomContext } from '@handhaving/domain-dwangsom';
import { CONTROLE_EVENT_TYPES, flexteamcontroleContext, VERVOLGCONTEXTEN, verzoekContext, type ControleEvent, type Vervolgcontext } from '@handhaving/domain-flexteam';
import { kamerverhuurtrajectContext } from '@handhaving/domain-kamerverhuur';
import { meldingContext } from '@handhaving/domain-meldingen';
import type { Zaakcontext } from '@handhaving/domain-shared';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { kalenderdatumInAmsterdam } from '@handhaving/termijnen';
import { BatchRecords } from '../shared/batch-records';
import { jaarVan, schrijfPerJaar } from '../shared/per-jaar';
import {
  AFLOOP_EVENTS,
  evolveFlexteamCijfers,
  metStandwijziging,
  standwijziging,
  type AfloopEvent,
  type FlexteamCijferControle,
  type Standwijziging,
} from './flexteam-cijfers.evolve';

/*
 * The flexteam figures per gemeente and year (docs/cijfers.md, "Flexteam"): controls held and
 * cancelled, addresses visited, access, findings, follow-ups started per context or declined, and
 * where each follow-up stood a year after the control. The record of a control is folded in
 * flexteam-cijfers.evolve.ts; the question and its counting rules are in flexteam-cijfers.vragen.ts.
 *
 * Key layout (under `{keyPrefix}flexteam.cijfers.v1:`):
 * - `gemeente:{gemeente}`             hash: zaakId -> JSON `FlexteamCijferControle`
 * - `gemeente:{gemeente}:jaar:{JJJJ}` hash: the same records, filed under the year of the day the
 *                                     control was to be held and of the day it was held
 * - `zaak-gemeente`                   hash: the control's zaakId -> gemeente
 * - `vervolg`                         hash: a follow-up's stream id -> the control's zaakId (the first
 *                                     control that linked it: a case follows up one control)
 * - `afloop`                          hash: a case's stream id -> JSON `Standwijziging[]`, for a
 *                                     case no control links to (yet)
 *
 * Subscribed to the controls' streams and, for the follow-ups, to the steps that settle a case in
 * the contexts a follow-up runs in (AFLOOP_EVENTS: a traject closed, a Damocles besluit, a
 * request answered, a melding closed, a last imposed or not). A step of a case a control links
 * to goes into that control's record; a step of any other case is kept in `afloop`, since a
 * control may link it later (a medewerker linking a case that was already running): its
 * `VervolgGestart` then takes the steps kept. That costs one small hash field per settled case of
 * those contexts, which the log's order alone could not spare.
 */

export const FLEXTEAM_CIJFERS_PROJECTIE = 'flexteam.cijfers.v1';

/** The case context each follow-up context names: its streams' prefix. */
const VERVOLGZAKEN: { readonly [C in Vervolgcontext]: Pick<Zaakcontext, 'streamPrefix' | 'streamId'> } = {
  kamerverhuurtraject: kamerverhuurtrajectContext,
  damocles: damoclesContext,
  verzoek: verzoekContext,
  melding: meldingContext,
  dwangsom: dwangsomContext,
};
const VERVOLGSTROMEN = VERVOLGCONTEXTEN.map((context) => ({ context, prefix: VERVOLGZAKEN[context].streamPrefix }));

type Gelezen =
  | { readonly soort: 'controle'; readonly event: ControleEvent }
  | { readonly soort: 'afloop'; readonly streamId: string; readonly context: Vervolgcontext; readonly zaakId: string; readonly wijziging: Standwijziging };

function lees(recorded: RecordedEvent): Gelezen | undefined {
  const event = { ...(recorded.data as object), type: recorded.type } as ControleEvent | AfloopEvent;
  if (recorded.streamId.startsWith(flexteamcontroleContext.streamPrefix)) return { soort: 'controle', event: event as ControleEvent };
  const stroom = VERVOLGSTROMEN.find((s) => recorded.streamId.startsWith(s.prefix));
  if (stroom === undefined) return undefined;
  const geregistreerdOp = (event as { geregistreerdOp?: string }).geregistreerdOp ?? kalenderdatumInAmsterdam(recorded.metadata.recordedAt);
  const wijziging = standwijziging(stroom.context, event as AfloopEvent, geregistreerdOp);
  if (wijziging === undefined) return undefined;
  return { soort: 'afloop', streamId: recorded.streamId, context: stroom.context, zaakId: recorded.streamId.slice(stroom.prefix.length), wijziging };
}

export const flexteamCijfersProjectie = defineProjection({
  name: FLEXTEAM_CIJFERS_PROJECTIE,
  filter: {
    eventTypes: [...new Set([...CONTROLE_EVENT_TYPES, ...Object.values(AFLOOP_EVENTS).flat()])],
    streamPrefixes: [flexteamcontroleContext.streamPrefix, ...VERVOLGSTROMEN.map((s) => s.prefix)],
  },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const gelezen = events.flatMap((recorded) => lees(recorded) ?? []);
    if (gelezen.length === 0) return;
    // The follow-up streams of the batch: those whose case settled, and those a control links to.
    const stromen = [...new Set(gelezen.map((g) => (g.soort === 'afloop' ? g.streamId : g.event.type === 'VervolgGestart' ? VERVOLGZAKEN[g.event.vervolg.context].streamId(g.event.vervolg.zaakId) : undefined)).filter((s) => s !== undefined))];
    const [links, afloop] = stromen.length === 0 ? [[], []] : await Promise.all([context.redis.hmget(context.key('vervolg'), ...stromen), context.redis.hmget(context.key('afloop'), ...stromen)]);
    const controleVan = new Map<string, string>();
    const losseAfloop = new Map<string, Standwijziging[]>();
    stromen.forEach((stream, i) => {
      const link = links[i];
      if (link) controleVan.set(stream, link);
      const json = afloop[i];
      if (json) losseAfloop.set(stream, JSON.parse(json) as Standwijziging[]);
    });

    const controles = new BatchRecords<FlexteamCijferControle>(context, 'zaak-gemeente', 'gemeente');
    await controles.preload([...gelezen.map((g) => (g.soort === 'controle' ? g.event.zaakId : controleVan.get(g.streamId))).filter((z) => z !== undefined)]);
    const losGewijzigd = new Set<string>();
    for (const g of gelezen) {
      if (g.soort === 'controle') {
        const { event } = g;
        const voor = await controles.get(event.zaakId);
        let standen: Standwijziging[] = [];
        if (event.type === 'VervolgGestart') {
          const stream = VERVOLGZAKEN[event.vervolg.context].streamId(event.vervolg.zaakId);
          standen = losseAfloop.get(stream) ?? [];
          if (!controleVan.has(stream)) {
            controleVan.set(stream, event.zaakId);
            context.multi.hset(context.key('vervolg'), stream, event.zaakId);
          }
        }
        const na = evolveFlexteamCijfers(voor, event, standen);
        if (na === null || na === voor) continue;
        if (voor === null) controles.add(event.zaakId, na.gemeente, na);
        else controles.set(event.zaakId, na);
        continue;
      }
      const controleId = controleVan.get(g.streamId);
      const controle = controleId === undefined ? null : await controles.get(controleId);
      if (controleId !== undefined && controle !== null) {
        controles.set(controleId, metStandwijziging(controle, g.context, g.zaakId, g.wijziging));
      } else {
        losseAfloop.set(g.streamId, [...(losseAfloop.get(g.streamId) ?? []), g.wijziging]);
        losGewijzigd.add(g.streamId);
      }
    }
    for (const stream of losGewijzigd) context.multi.hset(context.key('afloop'), stream, JSON.stringify(losseAfloop.get(stream)));
    controles.write();
    schrijfPerJaar(context, 'gemeente', controles, jarenVanControle);
  },
});

/** The year of the day the control was to be held (a cancelled one counts there) and of the day it was held. */
export function jarenVanControle(controle: FlexteamCijferControle): number[] {
  return [jaarVan(controle.gepland.geplandOp), ...(controle.uitgevoerd ? [jaarVan(controle.uitgevoerd.datum)] : [])];
}
