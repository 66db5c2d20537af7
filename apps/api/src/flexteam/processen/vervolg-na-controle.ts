import { AAN_PER_BEVINDING, verwachteVervolgcontext, type Bevinding, type Bezoek, type ControleGepland, type ControleUitgevoerd, type VerzoekAan } from '@handhaving/domain-flexteam';
import type { Trajectsoort } from '@handhaving/domain-kamerverhuur';
import { nameBasedUuid } from '@handhaving/event-store';

/*
 * What a carried-out control starts by itself (docs/flexteam.md, "Vervolg"): a kamerverhuur
 * handhavingstraject per kamerverhuur or woningsplitsing finding, a request to the BRP per
 * brp-onjuist finding and to bouw- en woningtoezicht per brandonveilig finding. A drugs find waits
 * for the police report (the Damocles case names the control as its bron); overlast is the
 * medewerker's choice. Each follow-up's id derives from the control, the pand and the finding: the
 * process manager that runs twice, or again after a crash, lands on the same case.
 */

export type Vervolgopdracht =
  | { readonly soort: 'traject'; readonly zaakId: string; readonly bezoek: Bezoek; readonly trajectsoort: Trajectsoort; readonly bevindingen: string }
  | { readonly soort: 'verzoek'; readonly zaakId: string; readonly bezoek: Bezoek; readonly aan: VerzoekAan; readonly bevinding: 'brp-onjuist' | 'brandonveilig' };

/** The id of the case that follows up one finding at one address of a control. */
export function vervolgZaakId(controleZaakId: string, pandSleutel: string, bevinding: Bevinding): string {
  return nameBasedUuid('flexteam', 'vervolg', controleZaakId, pandSleutel, bevinding);
}

export function vervolgopdrachten(gepland: ControleGepland, uitgevoerd: ControleUitgevoerd): readonly Vervolgopdracht[] {
  return uitgevoerd.bezoeken.flatMap((bezoek) =>
    bezoek.bevindingen.flatMap((bevinding): Vervolgopdracht[] => {
      const zaakId = vervolgZaakId(uitgevoerd.zaakId, bezoek.pandSleutel, bevinding);
      if (verwachteVervolgcontext(bevinding) === 'kamerverhuurtraject') {
        return [{ soort: 'traject', zaakId, bezoek, trajectsoort: bevinding as Trajectsoort, bevindingen: verslag(gepland, uitgevoerd, bezoek) }];
      }
      if (bevinding === 'brp-onjuist' || bevinding === 'brandonveilig') return [{ soort: 'verzoek', zaakId, bezoek, aan: AAN_PER_BEVINDING[bevinding], bevinding }];
      return [];
    }),
  );
}

/** The traject's constatering in words: where the control was, and what the team counted. */
function verslag(gepland: ControleGepland, uitgevoerd: ControleUitgevoerd, bezoek: Bezoek): string {
  const personen =
    bezoek.personenAangetroffen === undefined ? '' : `; ${bezoek.personenAangetroffen} personen aangetroffen${bezoek.personenInBrp === undefined ? '' : `, ${bezoek.personenInBrp} ingeschreven in de BRP`}`;
  const kamers = bezoek.aantalKamers === undefined ? '' : `; ${bezoek.aantalKamers} kamers verhuurd`;
  return `Flexteamcontrole van ${uitgevoerd.datum} in ${gepland.gebied} (team van ${uitgevoerd.teamgrootte}): ${bezoek.bevindingen.join(', ')}${personen}${kamers}`;
}
