import { leeg } from '@handhaving/domain-awb';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { beschrijfMaatregel, type Maatregel } from '@handhaving/policy';
import type { Afwijking } from '../damocles.events';
import type { Zaak } from '../damocles.state';

export function zelfdeMaatregel(a: Maatregel, b: Maatregel): boolean {
  if (a.soort === 'sluiting' && b.soort === 'sluiting') return a.duurMaanden === b.duurMaanden;
  return a.soort === b.soort;
}

export function controleerMaatregel(maatregel: Maatregel, veld: string): Maatregel {
  if (maatregel.soort === 'waarschuwing') return { soort: 'waarschuwing' };
  if (maatregel.soort === 'sluiting' && (maatregel.duurMaanden === 'onbepaald' || (Number.isInteger(maatregel.duurMaanden) && maatregel.duurMaanden >= 1))) {
    return { soort: 'sluiting', duurMaanden: maatregel.duurMaanden };
  }
  throw new DomainRuleViolation('damocles/maatregel-ongeldig', `Ongeldige maatregel ${JSON.stringify(maatregel)}: een waarschuwing, of een sluiting van een heel aantal maanden of onbepaald`, veld);
}

/** docs/damocles.md: harddrugs never get a warning (Kerkrade reports such warnings as "n.v.t."). */
export function geenWaarschuwingVoorHarddrugs(zaak: Zaak, maatregel: Maatregel, veld: string): void {
  if (maatregel.soort === 'waarschuwing' && zaak.zwaarsteCategorie === 'harddrugs') {
    throw new DomainRuleViolation('damocles/harddrugs-geen-waarschuwing', 'Bij harddrugs wordt nooit gewaarschuwd: kies een sluiting of zie gemotiveerd af van een maatregel', veld);
  }
}

/** A deviation needs its reasons; reasons without a deviation would be recorded as one, so they are refused too. */
export function controleerAfwijking(basis: Maatregel, gekozen: Maatregel, afwijking: Afwijking | undefined, waarvan: string): { afwijking?: Afwijking } {
  const wijktAf = !zelfdeMaatregel(basis, gekozen);
  if (wijktAf && leeg(afwijking?.motivering)) {
    throw new DomainRuleViolation(
      'damocles/afwijking-zonder-motivering',
      `${beschrijfMaatregel(gekozen)} wijkt af van ${waarvan} (${beschrijfMaatregel(basis)}): motiveer de afwijking`,
      'afwijking',
    );
  }
  if (!wijktAf && afwijking !== undefined) {
    throw new DomainRuleViolation('damocles/afwijking-zonder-verschil', `${beschrijfMaatregel(gekozen)} is ${waarvan}: er is geen afwijking om te motiveren`, 'afwijking');
  }
  return wijktAf ? { afwijking: { motivering: (afwijking as Afwijking).motivering } } : {};
}
