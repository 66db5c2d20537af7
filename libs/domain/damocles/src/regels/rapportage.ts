import { DomainRuleViolation } from '@handhaving/domain-shared';
import { DRUGSCATEGORIEEN, type Drugscategorie } from '@handhaving/policy';
import { ROLLEN, type Vondst, type ZaakBetrokkene } from '../damocles.events';

/** The heaviest category found (harddrugs > softdrugs > attributen): the case is classified by it. */
export function zwaarsteCategorie(vondsten: readonly Pick<Vondst, 'categorie'>[]): Drugscategorie {
  const gevonden = DRUGSCATEGORIEEN.find((categorie) => vondsten.some((v) => v.categorie === categorie));
  if (gevonden === undefined) throw new DomainRuleViolation('damocles/geen-vondsten', 'Een rapportage noemt ten minste één vondst', 'vondsten');
  return gevonden;
}

export function controleerVondsten(vondsten: readonly Vondst[], veld = 'vondsten'): void {
  if (!Array.isArray(vondsten) || vondsten.length === 0) throw new DomainRuleViolation('damocles/geen-vondsten', 'Een rapportage noemt ten minste één vondst', veld);
  vondsten.forEach((v, i) => {
    if (!(DRUGSCATEGORIEEN as readonly string[]).includes(v.categorie)) {
      throw new DomainRuleViolation('damocles/categorie-onbekend', `Onbekende categorie ${JSON.stringify(v.categorie)}: kies ${DRUGSCATEGORIEEN.join(', ')}`, `${veld}[${i}].categorie`);
    }
  });
}

export function controleerBetrokkenen(betrokkenen: readonly ZaakBetrokkene[], veld = 'betrokkenen'): void {
  betrokkenen.forEach((b, i) => {
    if (!(ROLLEN as readonly string[]).includes(b.rol)) {
      throw new DomainRuleViolation('damocles/rol-onbekend', `Onbekende rol ${JSON.stringify(b.rol)}: kies ${ROLLEN.join(', ')}`, `${veld}[${i}].rol`);
    }
  });
}

