import { zaakcontext } from '@handhaving/domain-shared';
import type { ControleCommand } from './controle.commands';
import { controleDecider } from './controle.decider';
import { CONTROLE_EVENT_TYPES, type ControleEvent } from './controle.events';
import type { ControleState } from './controle.state';

/** The flexteam control as the rest of the product registers it: one control per stream `flexteamcontrole-{zaakId}`; refusals read `flexteam/{regel}`. */
export const flexteamcontroleContext = zaakcontext<ControleCommand, ControleEvent, ControleState>('flexteamcontrole', controleDecider, CONTROLE_EVENT_TYPES);
