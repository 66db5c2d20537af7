import { zaakcontext } from '@handhaving/domain-shared';
import type { KamerverhuurCommand } from './kamerverhuur.commands';
import { kamerverhuurDecider } from './kamerverhuur.decider';
import { KAMERVERHUUR_EVENT_TYPES, type KamerverhuurEvent } from './kamerverhuur.events';
import type { KamerverhuurState } from './kamerverhuur.state';

/** The kamerverhuur context (issue 14); its pand register lives on streams `kamerverhuur-pand-{pandSleutel}` (kamerverhuur.stream.ts). */
export const kamerverhuurContext = zaakcontext<KamerverhuurCommand, KamerverhuurEvent, KamerverhuurState>('kamerverhuur', kamerverhuurDecider, KAMERVERHUUR_EVENT_TYPES);
