import { eindeVan, GEEN_VERLOOP, lopendeBeslistermijn, type Beslistermijnstappen, type BeslistermijnVerloop, type Regels } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { maanden, type Termijn } from '@handhaving/termijnen';
import type { Rechtsbescherming } from '../damocles.state';

/** The last day of a closure: calendar months from the day of actual closure, never extended (it is a duration, not a term to act within). */
export function eindeVanSluiting(regels: Regels, sluitingsdatum: string, duurMaanden: number | 'onbepaald'): string | undefined {
  if (duurMaanden === 'onbepaald') return undefined;
  return eindeVan(regels, { soort: 'sluitingsduur', vanaf: sluitingsdatum, lengte: maanden(duurMaanden) }, 'sluitingsdatum');
}

export { GEEN_VERLOOP };

/** An objection registered and not yet decided: the only time the beslistermijn op bezwaar runs. */
export function hangendBezwaar(r: Rechtsbescherming): { bezwaar: NonNullable<Rechtsbescherming['bezwaar']>; verloop: BeslistermijnVerloop } {
  if (!r.bezwaar) throw new DomainRuleViolation('damocles/geen-bezwaar', 'Er is geen bezwaar geregistreerd: zonder bezwaar loopt er geen beslistermijn op bezwaar', 'zaakId');
  if (r.beslissingOpBezwaar) throw new DomainRuleViolation('damocles/bezwaar-al-beslist', 'Op het bezwaar is al beslist: de beslistermijn loopt niet meer', 'zaakId');
  return { bezwaar: r.bezwaar, verloop: r.beslistermijn ?? GEEN_VERLOOP };
}

/**
 * The beslistermijn op bezwaar with what happened to it; a suspension still running counted
 * through `peildatum`. Twelve weeks when an adviescommissie advises on the bezwaar (art. 7:10 lid 1, 7:13 Awb).
 */
export function beslistermijn(
  s: { besluit: { bezwaartermijnEinde: string }; rechtsbescherming: Rechtsbescherming },
  verloop: Beslistermijnstappen & { lopend?: BeslistermijnVerloop['lopend'] },
  peildatum: string,
): Termijn {
  return lopendeBeslistermijn(s.besluit.bezwaartermijnEinde, verloop, peildatum, s.rechtsbescherming.bezwaar ?? {});
}
