import { damoclesContext } from '@handhaving/domain-damocles';
import type { ApiZaakcontext } from '../platform/zaakstappen/api-zaakcontext';
import { adviescommissieVolgensBeleid } from './commands/registreer-bezwaar/adviescommissie-volgens-beleid';
import {
  CorrigeerFeitenRequest,
  KiesLastOnderDwangsomRequest,
  NeemBeslissingOpBezwaarRequest,
  NeemBesluitRequest,
  NeemSpoedeisendeSluitingRequest,
  RegistreerBezwaarRequest,
  RegistreerEindeOpschortingRequest,
  RegistreerHeropeningRequest,
  RegistreerSluitingUitgevoerdRequest,
  RegistreerVoorlopigeVoorzieningRequest,
  RegistreerZienswijzeRequest,
  StelBeslissingOpBezwaarUitRequest,
  VerdaagBeslistermijnBezwaarRequest,
  VerzendVoornemenRequest,
  VraagHerstelVerzuimRequest,
  ZaakstapRequest,
} from './commands/zaakstappen/zaakstap.requests.dto';

/**
 * The Damocles steps on an existing case (damocles.md), each a route, its request and the command
 * it becomes; the maatregelvoorstel, which looks up the policy and the earlier finds first, has its
 * own endpoint (commands/stel-maatregel-voor).
 */
export const damoclesApi: ApiZaakcontext = {
  context: damoclesContext,
  tag: 'damocles',
  rollen: ['juridisch-medewerker'],
  stappen: [
    { pad: 'voornemen', opdracht: 'VerzendVoornemen', request: VerzendVoornemenRequest, samenvatting: 'Verzend het voornemen, met de zienswijzetermijn (afwijking van het voorstel: motiveren)' },
    { pad: 'spoedeisende-sluiting', opdracht: 'NeemSpoedeisendeSluiting', request: NeemSpoedeisendeSluitingRequest, samenvatting: 'Sluit zonder voornemen bij acuut gevaar (art. 4:11 Awb), gemotiveerd' },
    { pad: 'zienswijze', opdracht: 'RegistreerZienswijze', request: RegistreerZienswijzeRequest, samenvatting: 'Registreer een ontvangen zienswijze (schriftelijk of mondeling)' },
    { pad: 'zienswijzetermijn-verstreken', opdracht: 'StelVastDatZienswijzetermijnVerstreken', request: ZaakstapRequest, samenvatting: 'Stel vast dat de zienswijzetermijn zonder zienswijze verstreek' },
    { pad: 'besluit', opdracht: 'NeemBesluit', request: NeemBesluitRequest, samenvatting: 'Neem het besluit: waarschuwing, sluiting of afzien (harddrugs krijgen nooit een waarschuwing)' },
    {
      pad: 'bezwaar',
      opdracht: 'RegistreerBezwaar',
      request: RegistreerBezwaarRequest,
      samenvatting: 'Registreer een bezwaar; een te laat bezwaar wordt vastgelegd en gemarkeerd (art. 6:9, 6:11 Awb)',
      beschrijving: 'Met een adviescommissie (art. 7:13 Awb) is de beslistermijn twaalf weken, anders zes (art. 7:10 lid 1 Awb); zonder adviescommissie in de opdracht geldt het beleid van de gemeente op de ontvangstdatum.',
      aanvullen: adviescommissieVolgensBeleid,
    },
    { pad: 'voorlopige-voorziening', opdracht: 'RegistreerVoorlopigeVoorziening', request: RegistreerVoorlopigeVoorzieningRequest, samenvatting: 'Registreer een verzoek om voorlopige voorziening of de uitspraak erop' },
    { pad: 'beslissing-op-bezwaar', opdracht: 'NeemBeslissingOpBezwaar', request: NeemBeslissingOpBezwaarRequest, samenvatting: 'Neem de beslissing op bezwaar (gegrond: herroepen of gewijzigd)' },
    { pad: 'herstelverzoek', opdracht: 'VraagHerstelVerzuim', request: VraagHerstelVerzuimRequest, samenvatting: 'Vraag de bezwaarmaker een verzuim te herstellen (art. 6:6 Awb)', beschrijving: 'De beslistermijn op bezwaar staat stil vanaf de dag na het verzoek (art. 7:10 lid 2 Awb); in de termijnenlijst: opgeschort.' },
    { pad: 'einde-opschorting', opdracht: 'RegistreerEindeOpschorting', request: RegistreerEindeOpschortingRequest, samenvatting: 'Registreer dat het verzuim is hersteld of dat de hersteltermijn ongebruikt verstreek', beschrijving: 'De opschorting eindigt (art. 7:10 lid 2 Awb); de beslistermijn schuift op met de dagen dat hij stilstond.' },
    { pad: 'verdaging', opdracht: 'VerdaagBeslistermijnBezwaar', request: VerdaagBeslistermijnBezwaarRequest, samenvatting: 'Verdaag de beslissing op bezwaar: één keer, ten hoogste zes weken, vóór het einde van de termijn (art. 7:10 lid 3 Awb)' },
    {
      pad: 'uitstel',
      opdracht: 'StelBeslissingOpBezwaarUit',
      request: StelBeslissingOpBezwaarUitRequest,
      samenvatting: 'Stel de beslissing op bezwaar verder uit met instemming van de bezwaarmaker, vóór het einde van de termijn (art. 7:10 lid 4 Awb)',
      beschrijving: 'Alleen als de indiener instemt en andere belanghebbenden niet worden geschaad of ook instemmen; geen maximum, ook na een verdaging. De beslistermijn in de termijnenlijst schuift mee.',
    },
    { pad: 'sluiting-uitgevoerd', opdracht: 'RegistreerSluitingUitgevoerd', request: RegistreerSluitingUitgevoerdRequest, samenvatting: 'Registreer de feitelijke sluiting; het einde van de sluiting volgt uit de duur' },
    { pad: 'heropening', opdracht: 'RegistreerHeropening', request: RegistreerHeropeningRequest, samenvatting: 'Registreer de heropening van het pand; de zaak sluit' },
    { pad: 'correctie', opdracht: 'CorrigeerFeiten', request: CorrigeerFeitenRequest, samenvatting: 'Corrigeer vastgelegde feiten; de correctie is een eigen gebeurtenis, de oude waarde blijft zichtbaar' },
    { pad: 'last-onder-dwangsom', opdracht: 'KiesLastOnderDwangsom', request: KiesLastOnderDwangsomRequest, samenvatting: 'Kies een last onder dwangsom tegen een betrokkene; de dwangsomzaak wordt daaruit geopend (herkomst: deze zaak)' },
  ],
};
