import { damoclesContext } from '@handhaving/domain-damocles';
import type { ApiZaakcontext } from '../platform/zaakstappen/api-zaakcontext';
import { adviescommissieVolgensBeleid } from '../platform/zaakstappen/adviescommissie-volgens-beleid';
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
  RegistreerBeroepRequest,
  RegistreerUitspraakOpBeroepRequest,
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
    { pad: 'voorlopige-voorziening', opdracht: 'RegistreerVoorlopigeVoorziening', request: RegistreerVoorlopigeVoorzieningRequest, samenvatting: 'Registreer een verzoek om voorlopige voorziening (hangende bezwaar of beroep) of de uitspraak erop', beschrijving: 'Zolang de voorzieningenrechter niet op het verzoek heeft beslist wordt de sluiting niet uitgevoerd; toegewezen schorst zij tot de uitspraak op beroep, of zonder beroep tot het einde van de beroepstermijn (art. 8:81, 8:85 Awb).' },
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
    { pad: 'beroep', opdracht: 'RegistreerBeroep', request: RegistreerBeroepRequest, samenvatting: 'Registreer een beroep bij de rechtbank tegen de beslissing op bezwaar; een te laat beroep wordt vastgelegd en gemarkeerd (art. 6:7, 6:9 Awb)' },
    { pad: 'uitspraak-op-beroep', opdracht: 'RegistreerUitspraakOpBeroep', request: RegistreerUitspraakOpBeroepRequest, samenvatting: 'Registreer de uitspraak op beroep (gegrond: vernietigd of rechtsgevolgen in stand)', beschrijving: 'Een gegrond beroep waarbij de rechtbank het sluitingsbesluit vernietigde beëindigt de zaak als bij herroeping (art. 8:72 lid 3 Awb).' },
    { pad: 'sluiting-uitgevoerd', opdracht: 'RegistreerSluitingUitgevoerd', request: RegistreerSluitingUitgevoerdRequest, samenvatting: 'Registreer de feitelijke sluiting; het einde van de sluiting volgt uit de duur' },
    { pad: 'heropening', opdracht: 'RegistreerHeropening', request: RegistreerHeropeningRequest, samenvatting: 'Registreer de heropening van het pand; de zaak sluit' },
    { pad: 'correctie', opdracht: 'CorrigeerFeiten', request: CorrigeerFeitenRequest, samenvatting: 'Corrigeer vastgelegde feiten; de correctie is een eigen gebeurtenis, de oude waarde blijft zichtbaar' },
    { pad: 'last-onder-dwangsom', opdracht: 'KiesLastOnderDwangsom', request: KiesLastOnderDwangsomRequest, samenvatting: 'Kies een last onder dwangsom tegen een betrokkene; de dwangsomzaak wordt daaruit geopend (herkomst: deze zaak)' },
  ],
};
