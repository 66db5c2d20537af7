import { zaakcontext } from '@handhaving/domain-shared';
import type { RegisterCommand } from './register.commands';
import { registerDecider } from './register.decider';
import { REGISTER_EVENT_TYPES, type RegisterEvent } from './register.events';
import type { RegisterState } from './register.state';

/**
 * The pand register of kamerverhuur (issue 14, item 1): one stream per pand,
 * `kamerverhuurregister-{zaakId}`, its zaakId named after the pand's key (the API's
 * `registerZaakId`), so a pand is in the register once.
 */
export const kamerverhuurregisterContext = zaakcontext<RegisterCommand, RegisterEvent, RegisterState>('kamerverhuurregister', registerDecider, REGISTER_EVENT_TYPES);
