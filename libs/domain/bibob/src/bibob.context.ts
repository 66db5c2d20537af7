import { zaakcontext } from '@handhaving/domain-shared';
import type { BibobCommand } from './bibob.commands';
import { bibobDecider } from './bibob.decider';
import { BIBOB_EVENT_TYPES, type BibobEvent } from './bibob.events';
import type { BibobState } from './bibob.state';

/** The Bibob context as the rest of the product registers it (integrity screening under the Wet Bibob). */
export const bibobContext = zaakcontext<BibobCommand, BibobEvent, BibobState>('bibob', bibobDecider, BIBOB_EVENT_TYPES);
