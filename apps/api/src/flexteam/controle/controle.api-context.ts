import { flexteamcontroleContext } from '@handhaving/domain-flexteam';
import { pandInvoer, type PandRequest } from '../../panden/pand.request.dto';
import { verwijzingenInLijst } from '../../platform/commands/betrokkene-verwijzing';
import type { ApiZaakcontext, StapAanvulling } from '../../platform/zaakstappen/api-zaakcontext';
import { AnnuleerControleRequest, RegistreerUitvoeringRequest, StartVervolgRequest, ZieAfVanVervolgRequest } from './controle.requests.dto';

/** Each visited address as the domain reads a pand. */
const bezochtePanden: StapAanvulling = async (stap) => {
  const bezoeken = stap['bezoeken'] as ReadonlyArray<{ readonly pand: PandRequest }>;
  return { ...stap, bezoeken: bezoeken.map((bezoek) => ({ ...bezoek, pand: pandInvoer(bezoek.pand) })) };
};

/**
 * The steps of a flexteam control (docs/flexteam.md): planned (POST /api/flexteamcontrole/zaken),
 * cancelled or carried out; then each finding's follow-up, started by the process managers (or by
 * hand, for overlast) or declined with a reason, until the control is afgerond.
 */
export const flexteamcontroleApi: ApiZaakcontext = {
  context: flexteamcontroleContext,
  tag: 'flexteam',
  rollen: ['juridisch-medewerker', 'toezichthouder'],
  stappen: [
    { pad: 'annulering', opdracht: 'AnnuleerControle', request: AnnuleerControleRequest, samenvatting: 'Annuleer de geplande controle, met de reden' },
    {
      pad: 'uitvoering',
      opdracht: 'RegistreerUitvoering',
      request: RegistreerUitvoeringRequest,
      aanvullen: bezochtePanden,
      // The overtreder of a visited address is who the traject that follows is aimed at: a betrokkene of this gemeente.
      betrokkenen: (body) => verwijzingenInLijst('bezoeken', body['bezoeken'], 'overtrederId'),
      samenvatting: 'Registreer de uitgevoerde controle: per bezocht adres toegang, personen en bevindingen',
      beschrijving: 'Elke bevinding krijgt een vervolg: kamerverhuur en woningsplitsing openen een handhavingstraject, brp-onjuist en brandonveilig een verzoek, drugs-aangetroffen wacht op de rapportage van de politie (een Damocleszaak met bron flexteam).',
    },
    { pad: 'vervolg', opdracht: 'StartVervolg', request: StartVervolgRequest, samenvatting: 'Koppel een bevinding aan de zaak die haar vervolg is' },
    { pad: 'vervolg-afgezien', opdracht: 'ZieAfVanVervolg', request: ZieAfVanVervolgRequest, samenvatting: 'Zie af van een vervolg op een bevinding, met de reden' },
  ],
};
