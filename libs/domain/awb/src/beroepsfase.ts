import type { BeroepIngesteld, Beroepsuitkomst, UitspraakOpBeroepGedaan } from './awb.events';

/*
 * The rechtsgang after a besluit as a part of a context's state: bezwaar, the beslissing op
 * bezwaar with its beroepstermijn, beroep at the rechtbank and its uitspraak, and a voorlopige
 * voorziening asked of the voorzieningenrechter pending either (art. 8:81 Awb). Folded from the
 * step events by `beroepVan`/`beroepNa`; the steps in ./stappen and `controleerUitvoerbaar`
 * (uitvoerbaarheid.ts) read it.
 */

export const STANDEN_VAN_VOORZIENING = ['geen', 'gevraagd', 'toegewezen', 'afgewezen'] as const;
/** Where a voorlopige voorziening stands: asked and undecided, granted (the besluit suspended) or refused. */
export type StandVanVoorziening = (typeof STANDEN_VAN_VOORZIENING)[number];

export interface Uitspraak {
  readonly uitkomst: Beroepsuitkomst;
  readonly vernietigd: boolean;
  readonly uitspraakdatum: string;
}

export interface Beroep {
  readonly rechtbank: string;
  readonly indieningsdatum: string;
  readonly tijdig: boolean;
  readonly uitspraak?: Uitspraak;
}

/** What the kernel reads of a context's rechtsbescherming against one besluit. */
export interface Rechtsgang {
  /** A bezwaar registered against the besluit. */
  readonly bezwaar?: object;
  readonly voorlopigeVoorziening: StandVanVoorziening;
  readonly beslissingOpBezwaar?: { readonly bekendmakingsdatum?: string; readonly beroepstermijnEinde: string };
  readonly beroep?: Beroep;
}

export function beroepVan(event: BeroepIngesteld): Beroep {
  return { rechtbank: event.rechtbank, indieningsdatum: event.indieningsdatum, tijdig: event.tijdig };
}

export function beroepNa(beroep: Beroep, event: UitspraakOpBeroepGedaan): Beroep {
  return { ...beroep, uitspraak: { uitkomst: event.uitkomst, vernietigd: event.vernietigd, uitspraakdatum: event.uitspraakdatum } };
}

/**
 * The procedure now pending against the besluit, on which a voorlopige voorziening can hang
 * (art. 8:81 lid 1 Awb): a bezwaar not yet decided, or a beroep without uitspraak.
 */
export function hangendeProcedure(r: Rechtsgang): 'bezwaar' | 'beroep' | undefined {
  if (r.beroep !== undefined) return r.beroep.uitspraak === undefined ? 'beroep' : undefined;
  if (r.bezwaar !== undefined && r.beslissingOpBezwaar === undefined) return 'bezwaar';
  return undefined;
}
