import { bibobContext } from '@handhaving/domain-bibob';
import { damoclesContext } from '@handhaving/domain-damocles';
import type { Zaakcontext } from '@handhaving/domain-shared';
import { dwangsomContext } from '@handhaving/domain-dwangsom';
import { kamerverhuurregisterContext, kamerverhuurtrajectContext, kamerverhuurvergunningContext } from '@handhaving/domain-kamerverhuur';
import { flexteamcontroleContext, verzoekContext } from '@handhaving/domain-flexteam';
import { meldingContext } from '@handhaving/domain-meldingen';
import type { Projection } from '@handhaving/projections';
import { betrokkenenTelling } from './betrokkenen/betrokkenen-telling.projection';
import { bibobCijfersProjectie } from './bibob/bibob-cijfers.projection';
import { bibobTermijnen } from './bibob/bibob-termijnen';
import { bibobWerkvoorraadProjectie } from './bibob/werkvoorraad.projection';
import { damoclesCijfersProjectie } from './damocles/cijfers.projection';
import { damoclesTermijnen } from './damocles/damocles-termijnen';
import { recidive } from './damocles/recidive.projection';
import { damoclesWerkvoorraadProjectie } from './damocles/werkvoorraad.projection';
import { dwangsomCijfersProjectie } from './dwangsom/dwangsom-cijfers.projection';
import { dwangsomTermijnen } from './dwangsom/dwangsom-termijnen';
import { dwangsomOpenstaandProjectie } from './dwangsom/openstaand.projection';
import { kamerverhuurCijfersProjectie } from './kamerverhuur/kamerverhuur-cijfers.projection';
import { kamerverhuurRegisterProjectie } from './kamerverhuur/register.projection';
import { kamerverhuurWerkvoorraadProjectie } from './kamerverhuur/kamerverhuur-werkvoorraad.projection';
import { kamerverhuurtrajectTermijnen } from './kamerverhuur/traject-termijnen';
import { kamerverhuurvergunningTermijnen } from './kamerverhuur/vergunning-termijnen';
import { flexteamCijfersProjectie } from './flexteam/flexteam-cijfers.projection';
import { verzoekTermijnen } from './flexteam/verzoek-termijnen';
import { meldingenCijfersProjectie } from './meldingen/meldingen-cijfers.projection';
import { pandDossierProjectie } from './panden/pand-dossier.projection';
import { eerdereVondstenProjectie } from './recidive/eerdere-vondsten.projection';
import type { Termijnvertaler } from './termijnen/deadline';
import { deadlinesProjectieVoor } from './termijnen/deadlines.projection';

/*
 * The read side of every context, registered once. A context brings its terms for the shared
 * deadline list and its own read models (figures, work list); adding a context is one entry
 * here. The deadline list, the API's and the scheduler's processors and the CLI's rebuild are
 * built from this list. For users, each context's steps are explained in docs/damocles.md and
 * docs/dwangsom.md, the terms in docs/termijnen.md, the figures' counting rules in docs/cijfers.md.
 */

export interface Leescontext {
  readonly context: Zaakcontext;
  readonly termijnen: Termijnvertaler;
  readonly leesmodellen: readonly Projection[];
}

export const LEESCONTEXTEN: readonly Leescontext[] = [
  { context: damoclesContext, termijnen: damoclesTermijnen, leesmodellen: [recidive, damoclesCijfersProjectie, damoclesWerkvoorraadProjectie] },
  { context: dwangsomContext, termijnen: dwangsomTermijnen, leesmodellen: [dwangsomCijfersProjectie, dwangsomOpenstaandProjectie] },
  { context: bibobContext, termijnen: bibobTermijnen, leesmodellen: [bibobCijfersProjectie, bibobWerkvoorraadProjectie] },
  // Kamerverhuur: three stream kinds. The register has no terms; its read model (the register on
  // dates) joins its entry. The figures and the work list read the permit's and the traject's
  // streams both, so they are registered once, with the traject.
  { context: kamerverhuurregisterContext, termijnen: zonderTermijnen(kamerverhuurregisterContext), leesmodellen: [kamerverhuurRegisterProjectie] },
  { context: kamerverhuurvergunningContext, termijnen: kamerverhuurvergunningTermijnen, leesmodellen: [] },
  { context: kamerverhuurtrajectContext, termijnen: kamerverhuurtrajectTermijnen, leesmodellen: [kamerverhuurCijfersProjectie, kamerverhuurWerkvoorraadProjectie] },
  // The meldingen register: no legal terms; its figures per gemeente and year.
  { context: meldingContext, termijnen: zonderTermijnen(meldingContext), leesmodellen: [meldingenCijfersProjectie] },
  // The flexteam control: no legal terms; its figures also read the follow-ups' cases (a traject, a
  // Damocles case, a request, a melding, a dwangsom case) for where they stood a year later.
  { context: flexteamcontroleContext, termijnen: zonderTermijnen(flexteamcontroleContext), leesmodellen: [flexteamCijfersProjectie] },
  // An outgoing request a finding started (to the BRP, to bouw- en woningtoezicht): its antwoordtermijn on the deadline list.
  { context: verzoekContext, termijnen: verzoekTermijnen, leesmodellen: [] },
];

/** The Termijnvertaler of a context whose steps start no legal term (the kamerverhuur register, the meldingen register). */
export function zonderTermijnen(context: Zaakcontext): Termijnvertaler {
  return { context, eventTypes: [], vertaal: async () => undefined };
}

/** The shared deadline list of every registered context. */
export const deadlinesProjectie: Projection = deadlinesProjectieVoor(LEESCONTEXTEN.map((leescontext) => leescontext.termijnen));

/** Every read model of Handhaving; the API runs them and the CLI reports on and rebuilds them. Those reading several contexts are named here. */
export const allProjections: readonly Projection[] = [betrokkenenTelling, pandDossierProjectie, eerdereVondstenProjectie, ...LEESCONTEXTEN.flatMap((leescontext) => leescontext.leesmodellen), deadlinesProjectie];
