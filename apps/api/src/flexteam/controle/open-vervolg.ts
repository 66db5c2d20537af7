import { openVervolgen, verwachteVervolgcontext, type Bevinding, type ControleState, type Vervolgcontext } from '@handhaving/domain-flexteam';
import { pandVelden } from '../../panden/pand.request.dto';

/** A finding still without a follow-up, and what starts it: the route and the body's fields the control already knows. */
export interface OpenVervolg {
  readonly pandSleutel: string;
  readonly bevinding: Bevinding;
  /** Where its follow-up runs; absent for overlast: the medewerker chooses (`…/vervolg`) or declines (`…/vervolg-afgezien`). */
  readonly context?: Vervolgcontext;
  /** The case prepared: POST this route with these fields and what only the medewerker knows (the police report's finds). */
  readonly voorbereid?: { readonly route: string; readonly velden: Record<string, unknown> };
}

/**
 * What a control's view adds beside its state (docs/flexteam.md, "Vervolg"): each open finding
 * with the case that would follow it up. A drugs find waits for the police report: the Damocles
 * case is prepared (pand, day of the find, the control as its bron) and opens when the report is
 * entered; a kamerverhuur finding still open (its pand not in the register) likewise, for the
 * traject once the pand is entered.
 */
export function openVervolg(toestand: unknown): { readonly openVervolg: readonly OpenVervolg[] } {
  const controle = toestand as ControleState;
  if (controle.status !== 'uitgevoerd') return { openVervolg: [] };
  const bron = { context: 'flexteam', zaakId: controle.zaak.zaakId };
  return {
    openVervolg: openVervolgen(controle).map(({ pandSleutel, bevinding }): OpenVervolg => {
      const bezoek = controle.uitvoering.bezoeken.find((b) => b.pandSleutel === pandSleutel);
      const context = verwachteVervolgcontext(bevinding);
      const basis = { gemeente: controle.zaak.gemeente, pand: bezoek === undefined ? undefined : pandVelden(bezoek.pand), constateringsdatum: controle.uitvoering.datum, bron };
      if (context === 'damocles') return { pandSleutel, bevinding, context, voorbereid: { route: 'POST /api/damocles/zaken', velden: basis } };
      if (context === 'kamerverhuurtraject') {
        return { pandSleutel, bevinding, context, voorbereid: { route: 'POST /api/kamerverhuurtraject/zaken', velden: { ...basis, soort: bevinding, overtrederId: bezoek?.overtrederId } } };
      }
      return { pandSleutel, bevinding, ...(context === undefined ? {} : { context }) };
    }),
  };
}
