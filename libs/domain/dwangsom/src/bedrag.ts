import { DomainRuleViolation } from '@handhaving/domain-shared';

/**
 * Money is counted in whole euro cents: a float would lose cents over a year of forfeitures and
 * payments. A non-integer, negative or zero amount is refused, never rounded.
 */
export function controleerBedragCent(waarde: unknown, veld: string): number {
  if (typeof waarde !== 'number' || !Number.isSafeInteger(waarde) || waarde <= 0) {
    throw new DomainRuleViolation(
      'dwangsom/bedrag-ongeldig',
      `${JSON.stringify(waarde)} in ${veld} is geen bedrag in hele eurocenten: geef een positief geheel aantal centen, bijvoorbeeld 250000 voor € 2.500,00`,
      veld,
    );
  }
  return waarde;
}

/** "€ 2.500,00", the way a besluit writes it. */
export function formatEuro(cent: number): string {
  const teken = cent < 0 ? '-' : '';
  const abs = Math.abs(cent);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${teken}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}
