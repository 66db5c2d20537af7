import { zaakcontext } from '@handhaving/domain-shared';
import type { DwangsomCommand } from './dwangsom.commands';
import { dwangsomDecider } from './dwangsom.decider';
import { DWANGSOM_EVENT_TYPES, type DwangsomEvent } from './dwangsom.events';
import type { DwangsomState } from './dwangsom.state';

/** The dwangsom context as the rest of the product registers it (last onder dwangsom, docs/dwangsom.md). */
export const dwangsomContext = zaakcontext<DwangsomCommand, DwangsomEvent, DwangsomState>('dwangsom', dwangsomDecider, DWANGSOM_EVENT_TYPES);
