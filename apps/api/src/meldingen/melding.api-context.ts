import type { Rol } from '@handhaving/auth';
import { meldingContext } from '@handhaving/domain-meldingen';
import { nameBasedUuid } from '@handhaving/event-store';
import type { SubjectId } from '@handhaving/personal-data';
import type { ApiZaakcontext } from '../platform/zaakstappen/api-zaakcontext';
import { KoppelMeldingAanPandRequest, SluitMeldingRequest } from './melding.requests.dto';

/** Who registers a melding and takes its steps: the medewerker who handles it, as for every context's cases. */
export const MELDING_ROLLEN: readonly Rol[] = ['juridisch-medewerker'];

/**
 * The vault subject whose key seals a melding's description: derived from its zaak-id, so it is
 * never a betrokkene's (random ids), a Bibob toets's (another name) or another melding's.
 */
export function meldingOnderwerp(zaakId: string): SubjectId {
  return nameBasedUuid('melding', zaakId.toLowerCase()) as SubjectId;
}

/**
 * The steps on a melding (libs/domain/meldingen), each a route under `/api/melding/zaken/{zaakId}/`;
 * it is registered at `POST /api/melding/zaken` (commands/meldingen-commands.http.controller.ts).
 */
export const meldingApi: ApiZaakcontext = {
  context: meldingContext,
  tag: 'meldingen',
  rollen: MELDING_ROLLEN,
  stappen: [
    { pad: 'koppel-aan-pand', opdracht: 'KoppelAanPand', request: KoppelMeldingAanPandRequest, samenvatting: 'Koppel de melding aan het pand waarover zij bleek te gaan' },
    {
      pad: 'sluiting',
      opdracht: 'SluitMelding',
      request: SluitMeldingRequest,
      samenvatting: 'Sluit de melding: afgehandeld, doorverwezen, geen actie nodig, of opgenomen in een zaak (noem die zaak)',
      beschrijving: 'Een gesloten melding blijft meetellen in de cijfers van het jaar van haar meldingsdatum.',
    },
  ],
};
