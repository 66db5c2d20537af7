import { fold, type Decider } from './decider';
import { HERINNERING_VERSTUURD, type HerinneringVerstuurd } from '../herinnering/herinnering-verstuurd';

/*
 * A case's stream also holds events its decider does not know: facts other processes record on
 * it (the scheduler's HerinneringVerstuurd) and types written by a newer version of the product.
 * Every `evolve` must pass them by unchanged, or one reminder sent would break every later
 * command on the case. `verdraagtVreemdeEvents` is the check each context's spec runs.
 */

const herinnering: HerinneringVerstuurd = {
  type: HERINNERING_VERSTUURD,
  herinneringId: 'zaak-1.bezwaartermijn.voor-einde-5wd-0800.2021-04-14',
  deadlineId: 'zaak-1.bezwaartermijn',
  zaakId: 'zaak-1',
  termijnsoort: 'bezwaartermijn',
  herinneringSoort: 'voor-einde-5wd-0800',
  termijnEinde: '2021-04-14',
  gepland: '2021-04-07T06:00:00.000Z',
  verstuurdOp: '2021-04-07T06:00:01.000Z',
  datum: '2021-04-07',
  kanalen: ['e-mail'],
};

const vanEenNieuwereVersie = { type: 'GebeurtenisVanEenNieuwereVersie', zaakId: 'zaak-1', datum: '2021-04-08', iets: { nieuw: true } };

/** A reminder sent, and an event of a type no version of this code has seen yet. */
export const VREEMDE_EVENTS: readonly { readonly type: string }[] = [herinnering, vanEenNieuwereVersie];

/**
 * Folds `given` with the foreign events after every event (and before the first), and checks that
 * the state is the same as without them and that `command` decides the same events (or the same
 * refusal). Throws a plain error saying what differs.
 */
export function verdraagtVreemdeEvents<Command, Event, State>(decider: Decider<Command, Event, State>, given: readonly Event[], command: Command): void {
  const vreemd = VREEMDE_EVENTS as unknown as readonly Event[];
  const gemengd = [...vreemd, ...given.flatMap((event) => [event, ...vreemd])];
  const zonder = fold(decider, given);
  const met = fold(decider, gemengd);
  if (JSON.stringify(met) !== JSON.stringify(zonder)) {
    throw new Error(`Events die de decider niet kent veranderden de toestand:\n  zonder ${JSON.stringify(zonder)}\n  met    ${JSON.stringify(met)}`);
  }
  const besluit = (state: State): string => {
    try {
      return JSON.stringify(decider.decide(command, state));
    } catch (error) {
      return `geweigerd: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const verwacht = besluit(zonder);
  const gekregen = besluit(met);
  if (gekregen !== verwacht) throw new Error(`Met events die de decider niet kent besliste het commando anders:\n  zonder ${verwacht}\n  met    ${gekregen}`);
  if (verwacht.startsWith('geweigerd')) throw new Error(`Het commando moet na deze events worden aanvaard, maar werd ${verwacht}`);
}
