import { zaakcontext } from '@handhaving/domain-shared';
import type { VerzoekCommand } from './verzoek.commands';
import { verzoekDecider } from './verzoek.decider';
import { VERZOEK_EVENT_TYPES, type VerzoekEvent } from './verzoek.events';
import type { VerzoekState } from './verzoek.state';

/** The outgoing request as the rest of the product registers it: one request per stream `verzoek-{zaakId}`; refusals read `verzoek/{regel}`. */
export const verzoekContext = zaakcontext<VerzoekCommand, VerzoekEvent, VerzoekState>('verzoek', verzoekDecider, VERZOEK_EVENT_TYPES);
