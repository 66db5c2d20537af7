import type { Regels } from '@handhaving/domain-awb';

/*
 * A melder's description often names people (a neighbour, a resident, a suspected dealer): personal
 * data (art. 4 AVG), and for drugs or ondermijning signals possibly criminal data (art. 10 AVG).
 * Like a Bibob file's content it reaches the domain only sealed by the API; the domain never opens
 * it. What the figures count stays plain: source, category, place, dates. The same shape as
 * @handhaving/domain-bibob's, kept here rather than imported: Bibob's words cite art. 28 Wet Bibob,
 * and one context should not depend on another's. Lint would allow the import; the second copy is
 * the signal to move `{ verzegeld }` into @handhaving/domain-shared when a third context needs it.
 */

/** Content sealed outside the domain: opaque to it. */
export interface VerzegeldeInhoud {
  /** The ciphertext as the sealing produced it; never plaintext. */
  readonly verzegeld: string;
}

export function isVerzegeldeInhoud(waarde: unknown): waarde is VerzegeldeInhoud {
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde)) return false;
  const verzegeld = (waarde as { verzegeld?: unknown }).verzegeld;
  return Object.keys(waarde).length === 1 && typeof verzegeld === 'string' && verzegeld.trim() !== '';
}

/** Optional sealed content: absent stays absent; plain text is refused so it never reaches the stream. */
export function verzegeldOfNiets(regels: Regels, waarde: unknown, veld: string): VerzegeldeInhoud | undefined {
  if (waarde === undefined) return undefined;
  if (typeof waarde === 'string') {
    regels.weiger('inhoud-niet-verzegeld', 'De omschrijving kan personen noemen en wordt alleen verzegeld vastgelegd: verzegel de tekst en stuur { verzegeld } mee', veld);
  }
  if (!isVerzegeldeInhoud(waarde)) regels.weiger('inhoud-ongeldig', 'Stuur de verzegelde omschrijving mee als { verzegeld }', veld);
  return { verzegeld: waarde.verzegeld };
}
