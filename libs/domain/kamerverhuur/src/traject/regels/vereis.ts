import { vereisStand } from '@handhaving/domain-awb';
import { kamerverhuurRegels } from '../../regels/kamerverhuur-regels';
import type { GevondenTraject, LastOnderBestuursdwang, TrajectIn, TrajectState, TrajectStatus } from '../traject.state';

const WOORDEN = { eersteStap: 'registreer eerst de constatering' };

/** Every state after the constatering but the closed one: where the traject's own course goes on. */
export const LOPEND = ['geconstateerd', 'vooraankondiging-verzonden', 'voornemen-verzonden', 'gereed-voor-besluit', 'last-opgelegd', 'bestuursdwang-toegepast', 'dwangsom-gekozen'] as const;

/**
 * The traject in one of the states the step may follow, or a refusal: the kernel's (`zaak-onbekend`,
 * `andere-zaak`, `stap-in-verkeerde-volgorde`), or, where that says more, that the traject was
 * closed or went the dwangsom route.
 */
export function vereis<S extends TrajectStatus>(state: TrajectState, zaakId: string, statussen: readonly S[], wat: string): TrajectIn<S> {
  const regels = kamerverhuurRegels({});
  const toegestaan = statussen as readonly TrajectStatus[];
  if (state.status !== 'onbekend' && state.zaak.zaakId === zaakId) {
    if (state.status === 'afgesloten' && !toegestaan.includes('afgesloten')) {
      regels.weiger('traject-afgesloten', `Het traject is op ${state.afsluiting.afsluitdatum} afgesloten (${state.afsluiting.resultaat}): alleen een lopende juridische procedure tegen de last kan nog worden vastgelegd`, 'zaakId');
    }
    if (state.status === 'dwangsom-gekozen' && !toegestaan.includes('dwangsom-gekozen')) {
      regels.weiger('dwangsom-gekozen', `Voor dit traject is op ${state.dwangsom.gekozenOp} een last onder dwangsom gekozen: de handhaving loopt verder in dwangsomzaak ${state.dwangsom.dwangsomZaakId}`, 'zaakId');
    }
  }
  return vereisStand(regels, WOORDEN, state, zaakId, statussen, wat);
}

/** The traject has a last onder bestuursdwang: the one besluit of the traject open to bezwaar and beroep. */
export function vereisLast(state: TrajectState, zaakId: string): GevondenTraject & { readonly last: LastOnderBestuursdwang } {
  const s: GevondenTraject = vereis(state, zaakId, [...LOPEND, 'afgesloten'], 'Een juridische procedure hoort bij een traject');
  if (s.last === undefined) {
    const waar = s.dwangsom === undefined ? '' : `; bezwaar en beroep tegen de last onder dwangsom lopen in dwangsomzaak ${s.dwangsom.dwangsomZaakId}`;
    kamerverhuurRegels({}).weiger('geen-last', `In dit traject is geen last onder bestuursdwang opgelegd waartegen bezwaar of beroep kan lopen${waar}`, 'zaakId');
  }
  return s as GevondenTraject & { readonly last: LastOnderBestuursdwang };
}
