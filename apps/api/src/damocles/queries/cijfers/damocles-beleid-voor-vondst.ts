import { beleidOp, type Beleid, type BeleidBron } from '@handhaving/policy';

export type DamoclesBeleid = Pick<Beleid['damocles'], 'recidiveTermijnMaanden' | 'vondstenZonderMaatregelTellenMee'>;

/** Where a gemeente has recorded no Damocles policy at all: the window most policies use, and only finds with a measure count. */
export const ZONDER_BELEID: DamoclesBeleid = { recidiveTermijnMaanden: 36, vondstenZonderMaatregelTellenMee: false };

/**
 * The policy a find of `datum` is judged by. A find from before the gemeente's first policy is
 * judged by that first policy, and a gemeente without any by {@link ZONDER_BELEID}; either is
 * said in `opmerkingen`, so a figure never rests on a silent assumption.
 */
export function damoclesBeleidVoorVondst(events: BeleidBron, gemeente: string, datum: string, opmerkingen: Set<string>): DamoclesBeleid {
  const beleid = beleidOp(events, datum);
  if (beleid.status === 'van-kracht') return beleid.beleid.damocles;
  const eerste = beleid.eersteIngangsdatum === undefined ? undefined : beleidOp(events, beleid.eersteIngangsdatum);
  if (eerste?.status === 'van-kracht') {
    opmerkingen.add(
      `Vondsten van voor ${eerste.ingangsdatum}, het begin van het eerste vastgelegde Damocles-beleid van ${gemeente}, zijn op recidive beoordeeld volgens dat beleid (versie ${eerste.versie}: ${eerste.beleid.damocles.recidiveTermijnMaanden} maanden).`,
    );
    return eerste.beleid.damocles;
  }
  opmerkingen.add(
    `${gemeente} heeft geen Damocles-beleid van kracht vastgelegd: recidive is beoordeeld met ${ZONDER_BELEID.recidiveTermijnMaanden} maanden, vondsten zonder maatregel tellen niet mee. Laat beheer het beleid vastleggen (POST /api/beleid/${gemeente}/versies) voor cijfers volgens het eigen beleid.`,
  );
  return ZONDER_BELEID;
}
