import { DomainRuleViolation } from '@handhaving/domain-shared';
import { betrokkeneStreamId } from '@handhaving/domain-betrokkenen';
import type { EventStore } from '@handhaving/event-store';

/** A betrokkene a command names, and the field of the request that names it (`overtrederId`, `betrokkenen[0].betrokkeneId`). */
export interface BetrokkeneVerwijzing {
  readonly veld: string;
  readonly betrokkeneId: string;
}

/** The references of a list of betrokkenen in a request, each named after its place in the list. */
export function verwijzingenNaar(lijst: string, betrokkenen: readonly { readonly betrokkeneId: string }[], veld = 'betrokkeneId'): BetrokkeneVerwijzing[] {
  return betrokkenen.map((betrokkene, index) => ({ veld: `${lijst}[${index}].${veld}`, betrokkeneId: betrokkene.betrokkeneId }));
}

/**
 * The references in a list of objects in a body the edge does not check field by field (a
 * correction's new list of betrokkenen): each string `veld` of an element; anything else the decider judges.
 */
export function verwijzingenInLijst(lijst: string, elementen: unknown, veld: string): BetrokkeneVerwijzing[] {
  if (!Array.isArray(elementen)) return [];
  return elementen.flatMap((element: unknown, index) => {
    const id = element !== null && typeof element === 'object' ? (element as Record<string, unknown>)[veld] : undefined;
    return typeof id === 'string' ? [{ veld: `${lijst}[${index}].${veld}`, betrokkeneId: id }] : [];
  });
}

/** A reference named only when the request gave one (an optional field). */
export function verwijzing(veld: string, betrokkeneId: string | undefined): BetrokkeneVerwijzing[] {
  return betrokkeneId === undefined ? [] : [{ veld, betrokkeneId }];
}

/**
 * The one check of every betrokkene a command names: it is registered in the command's gemeente
 * (`POST /api/betrokkenen` with that gemeente) and its personal data were not erased. A betrokkene
 * of another gemeente and an id that was never registered get the very same refusal, so the answer
 * says nothing about what other gemeenten registered; also a user who works for both gemeenten
 * cannot put one gemeente's betrokkene in the other's case. An erased betrokkene (AVG art. 17 or
 * the end of the retention period) of the own gemeente is refused with its own rule: a new case
 * about a person whose data must be gone would collect data about them again; register the person
 * anew if the gemeente has a fresh ground to.
 */
export class BetrokkeneVerwijzingen {
  constructor(private readonly store: EventStore) {}

  async controleer(gemeente: string, verwijzingen: readonly BetrokkeneVerwijzing[]): Promise<void> {
    for (const { veld, betrokkeneId } of verwijzingen) {
      const recorded = await this.store.readStream(betrokkeneStreamId(betrokkeneId));
      const registratie = recorded[0];
      if (registratie?.type !== 'BetrokkeneGeregistreerd' || registratie.metadata.gemeente !== gemeente) {
        throw new DomainRuleViolation('betrokkene/niet-van-gemeente', `${veld} is geen betrokkene van gemeente ${gemeente}`, veld);
      }
      if (recorded.some((event) => event.type === 'PersoonsgegevensVerwijderd')) {
        throw new DomainRuleViolation(
          'betrokkene/persoonsgegevens-verwijderd',
          `De persoonsgegevens van de betrokkene in ${veld} zijn verwijderd: een nieuwe zaak of stap kan hem niet meer noemen. Registreer de betrokkene opnieuw als daar grond voor is.`,
          veld,
        );
      }
    }
  }
}
