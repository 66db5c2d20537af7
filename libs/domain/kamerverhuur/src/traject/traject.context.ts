import { zaakcontext } from '@handhaving/domain-shared';
import type { TrajectCommand } from './traject.commands';
import { trajectDecider } from './traject.decider';
import { TRAJECT_EVENT_TYPES, type TrajectEvent } from './traject.events';
import type { TrajectState } from './traject.state';

/**
 * The handhavingstraject of kamerverhuur (issue 14, item 3): one traject per stream,
 * `kamerverhuurtraject-{zaakId}`, per pand and soort; its refusals read `kamerverhuur/{regel}`.
 */
export const kamerverhuurtrajectContext = zaakcontext<TrajectCommand, TrajectEvent, TrajectState>('kamerverhuurtraject', trajectDecider, TRAJECT_EVENT_TYPES);
