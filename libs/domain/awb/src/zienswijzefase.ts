import type { VoornemenVerzonden, ZienswijzeOntvangen, ZienswijzetermijnVerstreken } from './awb.events';

/*
 * The zienswijzefase of a besluit (art. 4:8 Awb) as a part of a context's state: to whom the
 * voornemen went, until when they may answer, who did. Folded from the step events by
 * `zienswijzefaseNa`; the steps in ./stappen read it.
 */

export interface Zienswijzefase {
  readonly verzenddatum: string;
  readonly zienswijzetermijnEinde: string;
  /** The betrokkenen the voornemen went to; empty when it named none. */
  readonly aan: readonly string[];
  /** The zienswijzen received: who (where known) and on which day. */
  readonly zienswijzen: readonly { readonly van?: string; readonly datum: string }[];
  /** The term passed without a zienswijze from everyone, as recorded. */
  readonly termijnVerstreken: boolean;
}

export function zienswijzefaseVan(event: VoornemenVerzonden): Zienswijzefase {
  return { verzenddatum: event.verzenddatum, zienswijzetermijnEinde: event.zienswijzetermijn.einde, aan: event.aan ?? [], zienswijzen: [], termijnVerstreken: false };
}

export function zienswijzefaseNa(fase: Zienswijzefase, event: ZienswijzeOntvangen | ZienswijzetermijnVerstreken): Zienswijzefase {
  if (event.type === 'ZienswijzetermijnVerstreken') return { ...fase, termijnVerstreken: true };
  return { ...fase, zienswijzen: [...fase.zienswijzen, { ...(event.van === undefined ? {} : { van: event.van }), datum: event.datum }] };
}

/** Everyone the voornemen went to has given a zienswijze (any one, where it named nobody). */
export function iedereenGehoord(fase: Zienswijzefase): boolean {
  if (fase.aan.length === 0) return fase.zienswijzen.length > 0;
  return fase.aan.every((betrokkene) => fase.zienswijzen.some((z) => z.van === betrokkene));
}

/** The besluit may follow: the term ended (recorded as passed) or everyone was heard. */
export function zienswijzefaseAfgerond(fase: Zienswijzefase): boolean {
  return fase.termijnVerstreken || iedereenGehoord(fase);
}
