import { personalDataAlgorithm, type EncryptedPersonalData, type PersonalDataVault, type SubjectId } from '@handhaving/personal-data';
import type { Naslag } from '../zaakstappen/api-zaakcontext';

/*
 * A confidential text (a Bibob toets's findings, a melder's description) is sealed by the API
 * before it reaches a command: the vault's AES-256-GCM sealing with the key of a subject the case
 * derives (the toets, the melding), so destroying that key (crypto-shredding) destroys the text and
 * leaves the log as it was. The domain holds it as `{ verzegeld }` and never opens it.
 */

/** A sealed text as a domain event holds it (`VerzegeldeInhoud` of the Bibob and meldingen domains). */
export interface Zegel {
  readonly verzegeld: string;
}

/** What is sealed: one text. */
interface Tekst extends Record<string, unknown> {
  readonly tekst: string;
}

const SCHEIDING = '.';

/** Seals `tekst` with the key of `onderwerp`: `A256GCM.{keyVersion}.{iv}.{ciphertext}.{tag}` in one string (the subject is the case's, not written). */
export async function verzegelTekst(verzegel: Naslag['verzegel'], onderwerp: SubjectId, tekst: string): Promise<Zegel> {
  const sealed = await verzegel(onderwerp, { tekst } satisfies Tekst);
  return { verzegeld: [sealed.alg, sealed.keyVersion, sealed.iv, sealed.ciphertext, sealed.tag].join(SCHEIDING) };
}

export type GeopendeTekst = { readonly status: 'beschikbaar'; readonly tekst: string } | { readonly status: 'vernietigd'; readonly sinds?: string };

/** Opens a text sealed with the key of `onderwerp`; after that key was destroyed: `vernietigd`. */
export async function openTekst(vault: PersonalDataVault, onderwerp: SubjectId, zegel: Zegel): Promise<GeopendeTekst> {
  const [alg, keyVersion, iv, ciphertext, tag] = zegel.verzegeld.split(SCHEIDING);
  const sealed: EncryptedPersonalData = { alg: alg as typeof personalDataAlgorithm, subjectId: onderwerp, keyVersion: Number(keyVersion), iv: iv ?? '', ciphertext: ciphertext ?? '', tag: tag ?? '' };
  const geopend = await vault.open<Tekst>(sealed);
  if (geopend.status === 'verwijderd') return { status: 'vernietigd', ...(geopend.erasedAt === undefined ? {} : { sinds: geopend.erasedAt.toISOString() }) };
  return { status: 'beschikbaar', tekst: geopend.data.tekst };
}

/**
 * Where content is and that it is sealed: an event's data with each sealed field as
 * `{ verzegeld: true }`, never its ciphertext. `isZegel` is the context's own check of its sealed type.
 */
export function zonderInhoud(data: unknown, isZegel: (waarde: unknown) => boolean): unknown {
  return Object.fromEntries(Object.entries(data as Record<string, unknown>).map(([veld, waarde]) => [veld, isZegel(waarde) ? { verzegeld: true } : waarde]));
}
