import { controleerBesluitNaZienswijzefase, type Regels, type Zienswijzefase } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';

/**
 * Art. 4:8 Awb (the kernel's rule) for the last onder bestuursdwang: taken after the
 * zienswijzefase, made known on or after that day. The command names the day the besluit was
 * taken `besluitdatum`, so the kernel's refusals about it name that field.
 */
export function controleerBesluitdatum(regels: Regels, fase: Zienswijzefase, besluitdatum: string, bekendmakingsdatum: string): void {
  regels.datum(besluitdatum, 'besluitdatum');
  try {
    controleerBesluitNaZienswijzefase(regels, fase, { datum: besluitdatum, bekendmakingsdatum, veld: 'bekendmakingsdatum' });
  } catch (error) {
    if (error instanceof DomainRuleViolation && error.field === 'datum') throw new DomainRuleViolation(error.rule, error.detail, 'besluitdatum');
    throw error;
  }
}
