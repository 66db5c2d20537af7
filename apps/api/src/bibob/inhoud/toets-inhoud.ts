import { isVerzegeldeInhoud, type VerzegeldeInhoud } from '@handhaving/domain-bibob';
import { nameBasedUuid, type RecordedEvent } from '@handhaving/event-store';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { SubjectErased, type PersonalDataVault, type SubjectId } from '@handhaving/personal-data';
import { openTekst, verzegelTekst, type GeopendeTekst } from '../../platform/personal-data/verzegelde-tekst';
import type { StapAanvulling } from '../../platform/zaakstappen/api-zaakcontext';
import type { Zaakstap } from '../../platform/zaakstappen/voer-zaakstap-uit.command';

/*
 * The contents of a Bibob toets (art. 28 Wet Bibob) are sealed with a key of the toets's own,
 * kept in the vault that keeps a betrokkene's key: the same AES-256-GCM sealing, the same
 * crypto-shredding when the retention term ends (platform/personal-data/verzegelde-tekst.ts).
 * The toets's subject id is derived from its zaak-id, so it can never be a betrokkene's (whose ids
 * are random) nor another toets's.
 */

/** The request fields in which a toets's texts arrive (art. 28 Wet Bibob): sealed before the command, and never in a log. */
export const BIBOB_VERTROUWELIJKE_VELDEN: readonly string[] = ['bevindingen', 'advies', 'motivering', 'omschrijving', 'verzuim', 'reden', 'tekst'];

/** The vault subject whose key seals one toets's contents. */
export function toetsOnderwerp(zaakId: string): SubjectId {
  return nameBasedUuid('bibob-toets', zaakId.toLowerCase()) as SubjectId;
}

/**
 * Seals the step's content fields with the toets's key before the decider sees the step: the
 * command and its events hold only `{ verzegeld }`. A field left out stays out; a field that is
 * not text is left as it is, for the decider to refuse.
 */
export function verzegelInhoud(...velden: readonly string[]): StapAanvulling {
  return async (stap, state, naslag) => {
    // The pipeline calls this only for a toets that exists and the caller may act on.
    const zaakId = (state as { zaak?: { zaakId?: string } }).zaak?.zaakId;
    if (zaakId === undefined) return stap;
    const verzegeld: Record<string, unknown> = {};
    for (const veld of velden) {
      const waarde = stap[veld];
      if (typeof waarde !== 'string') continue;
      try {
        verzegeld[veld] = await verzegelTekst(naslag.verzegel, toetsOnderwerp(zaakId), waarde);
      } catch (error) {
        if (!(error instanceof SubjectErased)) throw error;
        throw new DomainRuleViolation('bibob/inhoud-vernietigd', 'De inhoud van deze toets is vernietigd na de bewaartermijn: er kan geen nieuwe inhoud bij', veld);
      }
    }
    return { ...stap, ...verzegeld } as Zaakstap;
  };
}

/** One piece of content of a toets as its events hold it: where it is, not what it says. */
export interface Inhoudsverwijzing {
  readonly revisie: number;
  readonly stap: string;
  readonly veld: string;
  readonly datum?: string;
}

/** Every sealed content field on the toets's stream, in order, with its seal. */
export function inhoudVan(events: readonly RecordedEvent[]): { readonly verwijzing: Inhoudsverwijzing; readonly zegel: VerzegeldeInhoud }[] {
  return events.flatMap((event) =>
    Object.entries(event.data as Record<string, unknown>)
      .filter((entry): entry is [string, VerzegeldeInhoud] => isVerzegeldeInhoud(entry[1]))
      .map(([veld, zegel]) => ({ verwijzing: { revisie: event.streamRevision, stap: event.type, veld, datum: (event.data as { datum?: string }).datum }, zegel })),
  );
}

/** Opens one sealed content field of the toets; after its key was destroyed: `vernietigd`. */
export function openInhoud(vault: PersonalDataVault, zaakId: string, inhoud: VerzegeldeInhoud): Promise<GeopendeTekst> {
  return openTekst(vault, toetsOnderwerp(zaakId), inhoud);
}
