import type { Beleid } from './beleid';

/** Policy streams are named `beleid-{gemeentecode}`: one stream per gemeente. */
export const BELEID_STREAM_PREFIX = 'beleid-';

export function beleidStreamId(gemeente: string): string {
  return `${BELEID_STREAM_PREFIX}${gemeente}`;
}

/**
 * The id a case records for the policy version it was judged by: gemeente, ingangsdatum and
 * the stream revision of the BeleidVastgesteld that set it (`GM0928.2020-01-01.r1`). A
 * replacement on the same ingangsdatum gets a new revision, so the id never points at two
 * different policies. Only `.`, `-` and letters: safe in URLs, Redis keys and job ids.
 */
export function beleidVersieId(gemeente: string, ingangsdatum: string, revisie: number): string {
  return `${gemeente}.${ingangsdatum}.r${revisie}`;
}

export function parseBeleidVersieId(id: string): { gemeente: string; ingangsdatum: string; revisie: number } | undefined {
  const gevonden = /^(GM\d{4})\.(\d{4}-\d{2}-\d{2})\.r(\d+)$/.exec(id);
  return gevonden ? { gemeente: gevonden[1], ingangsdatum: gevonden[2], revisie: Number(gevonden[3]) } : undefined;
}

/** One version as the stream tells it, including those replaced or withdrawn since. */
export interface BeleidVersie {
  readonly versie: string;
  readonly gemeente: string;
  readonly ingangsdatum: string;
  readonly beleid: Beleid;
  readonly toelichting: string;
  /** Stream revision of the BeleidVastgesteld that set it. */
  readonly revisie: number;
  readonly vastgesteldOp: string;
  readonly vastgesteldDoor?: string;
  /** `geldig`: it applies from its ingangsdatum; `vervangen`: a later version took its ingangsdatum; `ingetrokken`: withdrawn. */
  readonly status: 'geldig' | 'vervangen' | 'ingetrokken';
  readonly vervangenDoor?: string;
  readonly intrekking?: { readonly op: string; readonly door?: string; readonly reden: string; readonly revisie: number };
}
