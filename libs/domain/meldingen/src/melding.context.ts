import { zaakcontext } from '@handhaving/domain-shared';
import type { MeldingCommand } from './melding.commands';
import { meldingDecider } from './melding.decider';
import { MELDING_EVENT_TYPES, type MeldingEvent } from './melding.events';
import type { MeldingState } from './melding.state';

/** The meldingen register as the rest of the product registers it: one melding per stream `melding-{zaakId}`. */
export const meldingContext = zaakcontext<MeldingCommand, MeldingEvent, MeldingState>('melding', meldingDecider, MELDING_EVENT_TYPES);
