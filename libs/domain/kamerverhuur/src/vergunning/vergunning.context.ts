import { zaakcontext } from '@handhaving/domain-shared';
import type { VergunningCommand } from './vergunning.commands';
import { vergunningDecider } from './vergunning.decider';
import { VERGUNNING_EVENT_TYPES, type VergunningEvent } from './vergunning.events';
import type { VergunningState } from './vergunning.state';

/**
 * The kamerverhuurvergunning (issue 14, item 2) as the rest of the product registers it: one permit
 * per stream, `kamerverhuurvergunning-{zaakId}`. Its events name the pand's register entry
 * (`registerZaakId`), so a process manager can move the pand in the register.
 */
export const kamerverhuurvergunningContext = zaakcontext<VergunningCommand, VergunningEvent, VergunningState>('kamerverhuurvergunning', vergunningDecider, VERGUNNING_EVENT_TYPES);
