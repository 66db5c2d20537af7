import { regelsVoor, vereisStand, type AwbStap, type Regels } from '@handhaving/domain-awb';
import type { ControleState, ControleStatus } from '../controle.state';

/** The kernel's rules under this context's prefix: refusals read `flexteam/{regel}`. */
export function controleRegels(command: Pick<AwbStap, 'vandaag'>): Regels {
  return regelsVoor('flexteam', command);
}

const WOORDEN = { eersteStap: 'plan eerst de controle' };

/**
 * The control in one of the states the step may follow, or a refusal: the kernel's
 * (`zaak-onbekend`, `andere-zaak`), or what the control's state forbids, in words that say what
 * happened to it.
 */
export function vereisControle<S extends ControleStatus>(state: ControleState, zaakId: string, statussen: readonly S[], wat: string): Extract<ControleState, { status: S }> {
  const regels = controleRegels({});
  const toegestaan = statussen as readonly ControleStatus[];
  if (state.status !== 'onbekend' && state.zaak.zaakId === zaakId && !toegestaan.includes(state.status)) {
    switch (state.status) {
      case 'gepland':
        return regels.weiger('controle-niet-uitgevoerd', `${wat}: controle ${zaakId} is gepland op ${state.planning.geplandOp} maar nog niet uitgevoerd; registreer eerst de uitvoering`, 'zaakId');
      case 'geannuleerd':
        return regels.weiger('controle-geannuleerd', `${wat}: controle ${zaakId} is op ${state.annulering.datum} geannuleerd (${state.annulering.reden}); plan een nieuwe controle`, 'zaakId');
      case 'uitgevoerd':
      case 'afgerond':
        return regels.weiger('controle-al-uitgevoerd', `${wat}: controle ${zaakId} is op ${state.uitvoering.datum} al uitgevoerd`, 'zaakId');
      default: {
        const onbekend: never = state;
        return onbekend;
      }
    }
  }
  return vereisStand(regels, WOORDEN, state, zaakId, statussen, wat);
}
