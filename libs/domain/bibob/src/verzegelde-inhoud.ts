import type { Regels } from '@handhaving/domain-awb';

/*
 * A Bibob file is secret (art. 28 Wet Bibob): what the screening found, the LBB advice's text, what
 * a letter asked for, every free text of the case. Commands and events carry such content only
 * sealed: encrypted outside the domain with the screening's own key, so the stream, the read models
 * and the logs hold ciphertext; only users with the `bibob` role have it opened, and every opening
 * is logged. The domain never decrypts and never looks inside. What others may see and what the
 * figures count stays plain: the state, the dates, the outcome categories, the aanvraag type, the
 * reason for a toets.
 */

/** Content sealed with the screening's key: opaque to the domain. */
export interface VerzegeldeInhoud {
  /** The ciphertext as the sealing produced it (base64 or a compact serialisation); never plaintext. */
  readonly verzegeld: string;
}

export function isVerzegeldeInhoud(waarde: unknown): waarde is VerzegeldeInhoud {
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde)) return false;
  const sleutels = Object.keys(waarde);
  const verzegeld = (waarde as { verzegeld?: unknown }).verzegeld;
  return sleutels.length === 1 && typeof verzegeld === 'string' && verzegeld.trim() !== '';
}

/**
 * Content a step needs, sealed; plain text is refused, so it can never reach the stream.
 * Returns a copy with nothing but the sealed value.
 */
export function verzegeld(regels: Regels, waarde: unknown, veld: string, wat: string): VerzegeldeInhoud {
  if (typeof waarde === 'string') {
    regels.weiger('inhoud-niet-verzegeld', `${wat} is vertrouwelijk (art. 28 Wet Bibob) en wordt alleen verzegeld vastgelegd: verzegel de tekst met de sleutel van de toets en stuur { verzegeld } mee`, veld);
  }
  if (!isVerzegeldeInhoud(waarde)) regels.weiger('inhoud-ontbreekt', `${wat} ontbreekt: stuur de verzegelde inhoud mee als { verzegeld }`, veld);
  return { verzegeld: waarde.verzegeld };
}

/** Optional sealed content: absent stays absent. */
export function verzegeldOfNiets(regels: Regels, waarde: unknown, veld: string, wat: string): VerzegeldeInhoud | undefined {
  return waarde === undefined ? undefined : verzegeld(regels, waarde, veld, wat);
}

/**
 * The text a kernel event's free-text field (the verzuim of a herstelverzoek, the reason of a
 * verdaging) carries in a Bibob case: the kernel's shape is kept for the deadline explanation, and
 * the real text travels sealed beside it.
 */
export const VERTROUWELIJK = 'vertrouwelijk (art. 28 Wet Bibob): zie de verzegelde inhoud';
