import { damoclesContext } from '@handhaving/domain-damocles';
import { dwangsomContext, type DwangsomzaakGeopend } from '@handhaving/domain-dwangsom';
import { kamerverhuurregisterContext, kamerverhuurtrajectContext, kamerverhuurvergunningContext } from '@handhaving/domain-kamerverhuur';
import { PAND_KOPPELING_STREAM_PREFIX, type PandKoppelingEvent } from '@handhaving/domain-panden';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, type ProjectionContext } from '@handhaving/projections';
import { legKoppelingVast, PAND_KOPPELING_EVENTS } from '../damocles/pand-koppelingen';
import { BatchRecords } from '../shared/batch-records';
import { evolvePandZaak, herkomstzaak, zaakSleutel, type Pandcontext, type PandDossierEvent, type PandZaak, type Zaakverwijzing } from './pand-dossier.evolve';

/*
 * The pand dossier (issue 14, item 4): per gemeente and pand, the cases about it across
 * kamerverhuur (register, vergunning, traject), Damocles and dwangsom — the start of the address
 * dossier the flexteam needs (docs/flexteam.md). An index only: which cases, of what kind, from
 * when, recorded when; each case's state is folded from its own stream when asked.
 *
 * Key layout (under `{keyPrefix}panden.pand-dossier.v1:`):
 * - `pand:{gemeente}:{pandSleutel}`  hash: `{context}:{zaakId}` -> JSON `PandZaak`
 * - `zaak-pand`                      hash: `{context}:{zaakId}` -> `{gemeente}:{pandSleutel}` (a dwangsom case finds its herkomst's pand here)
 * - `koppeling`, `bag-adressen:{bagSleutel}`: the links between addresses and BAG ids (damocles/pand-koppelingen.ts)
 *
 * A case is filed under the key its first step recorded, in today's normal form. An address and
 * a BAG id are one pand from the moment a medewerker's link was recorded, as the recidive check
 * reads them (pand-koppelingen.ts, its own copy of the links here); the question in
 * pand-dossier.vragen.ts reads them as known on the day asked. A dwangsom case is filed under
 * its herkomst's pand when that case is known here, which it is: the herkomst is recorded first
 * (the process managers open the dwangsom case from its step) and this subscription reads in
 * global order.
 */

export const PAND_DOSSIER_PROJECTIE = 'panden.pand-dossier.v1';

/** The first steps that name a pand (or, for dwangsom, the case it came from). */
const EERSTE_STAPPEN = ['PandInRegisterOpgenomen', 'VergunningAangevraagd', 'OvertredingGeconstateerd', 'RapportageOntvangen', 'DwangsomzaakGeopend'] as const;

const CONTEXTEN: ReadonlyArray<{ readonly naam: Pandcontext; readonly streamPrefix: string }> = [
  kamerverhuurregisterContext,
  kamerverhuurvergunningContext,
  kamerverhuurtrajectContext,
  damoclesContext,
  dwangsomContext,
].map((context) => ({ naam: context.naam as Pandcontext, streamPrefix: context.streamPrefix }));

function contextVan(streamId: string): Pandcontext | undefined {
  return CONTEXTEN.find((context) => streamId.startsWith(context.streamPrefix))?.naam;
}

export const pandDossierProjectie = defineProjection({
  name: PAND_DOSSIER_PROJECTIE,
  filter: {
    eventTypes: [...EERSTE_STAPPEN, ...PAND_KOPPELING_EVENTS],
    streamPrefixes: [...CONTEXTEN.map((context) => context.streamPrefix), PAND_KOPPELING_STREAM_PREFIX],
  },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const records = new BatchRecords<PandZaak>(context, 'zaak-pand', 'pand');
    const zaken = events.flatMap((recorded) => {
      const naam = contextVan(recorded.streamId);
      if (naam === undefined) return [];
      const event = { ...(recorded.data as object), type: recorded.type } as PandDossierEvent;
      const herkomst = event.type === 'DwangsomzaakGeopend' ? herkomstzaak((event as DwangsomzaakGeopend).herkomst) : undefined;
      return [{ recorded, event, zaak: { context: naam, zaakId: event.zaakId } as Zaakverwijzing, herkomst }];
    });
    await records.preload(zaken.flatMap(({ zaak, herkomst }) => [zaakSleutel(zaak), ...(herkomst === undefined ? [] : [zaakSleutel(herkomst)])]));
    for (const recorded of events) {
      if (recorded.type === 'AdresAanPandGekoppeld') legKoppelingVast(context, toEvent<PandKoppelingEvent>(recorded), recorded.metadata.recordedAt);
    }
    for (const { recorded, event, zaak, herkomst } of zaken) {
      const sleutel = zaakSleutel(zaak);
      const voor = await records.get(sleutel);
      const bron = herkomst === undefined ? undefined : await records.get(zaakSleutel(herkomst));
      const na = evolvePandZaak(voor, zaak.context, event, { op: recorded.metadata.recordedAt, ...(bron === undefined ? {} : { herkomst: bron }) });
      if (na === null || na === voor) continue;
      records.add(sleutel, `${na.gemeente}:${na.pandSleutel}`, na);
    }
    records.write();
  },
});

function toEvent<E>(recorded: RecordedEvent): E {
  return { ...(recorded.data as object), type: recorded.type } as E;
}
