import { damoclesContext } from '@handhaving/domain-damocles';
import { verwijzingenInLijst } from '../platform/commands/betrokkene-verwijzing';
import type { ApiZaakcontext } from '../platform/zaakstappen/api-zaakcontext';
import { awbStappen } from '../platform/zaakstappen/awb-stappen';
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
 * The Damocles steps on an existing case (docs/damocles.md), each a route, its request and the command
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
    { pad: 'besluit', opdracht: 'NeemBesluit', request: NeemBesluitRequest, samenvatting: 'Neem het besluit: waarschuwing, sluiting of afzien (harddrugs krijgen nooit een waarschuwing)' },
    ...awbStappen(
      {
        zienswijze: RegistreerZienswijzeRequest,
        zienswijzetermijnVerstreken: ZaakstapRequest,
        bezwaar: RegistreerBezwaarRequest,
        beslissingOpBezwaar: NeemBeslissingOpBezwaarRequest,
        herstelverzoek: VraagHerstelVerzuimRequest,
        eindeOpschorting: RegistreerEindeOpschortingRequest,
        verdaging: VerdaagBeslistermijnBezwaarRequest,
        uitstel: StelBeslissingOpBezwaarUitRequest,
        voorlopigeVoorziening: RegistreerVoorlopigeVoorzieningRequest,
        beroep: RegistreerBeroepRequest,
        uitspraakOpBeroep: RegistreerUitspraakOpBeroepRequest,
      },
      {
        'beslissing-op-bezwaar': { samenvatting: 'Neem de beslissing op bezwaar (gegrond: herroepen of gewijzigd)' },
        'voorlopige-voorziening': {
          beschrijving: 'Zolang de voorzieningenrechter niet op het verzoek heeft beslist wordt de sluiting niet uitgevoerd; toegewezen schorst zij tot de uitspraak op beroep, of zonder beroep tot het einde van de beroepstermijn (art. 8:81, 8:85 Awb).',
        },
        'uitspraak-op-beroep': { beschrijving: 'Een gegrond beroep waarbij de rechtbank het sluitingsbesluit vernietigde beëindigt de zaak als bij herroeping (art. 8:72 lid 3 Awb).' },
      },
    ),
    { pad: 'sluiting-uitgevoerd', opdracht: 'RegistreerSluitingUitgevoerd', request: RegistreerSluitingUitgevoerdRequest, samenvatting: 'Registreer de feitelijke sluiting; het einde van de sluiting volgt uit de duur' },
    { pad: 'heropening', opdracht: 'RegistreerHeropening', request: RegistreerHeropeningRequest, samenvatting: 'Registreer de heropening van het pand; de zaak sluit' },
    {
      pad: 'correctie',
      opdracht: 'CorrigeerFeiten',
      request: CorrigeerFeitenRequest,
      samenvatting: 'Corrigeer vastgelegde feiten; de correctie is een eigen gebeurtenis, de oude waarde blijft zichtbaar',
      // A corrected list of betrokkenen names betrokkenen of the case's gemeente, as the rapportage did.
      betrokkenen: (body) => verwijzingenInLijst('correcties.betrokkenen', (body['correcties'] as Record<string, unknown> | undefined)?.['betrokkenen'], 'betrokkeneId'),
    },
    { pad: 'last-onder-dwangsom', opdracht: 'KiesLastOnderDwangsom', request: KiesLastOnderDwangsomRequest, samenvatting: 'Kies een last onder dwangsom tegen een betrokkene; de dwangsomzaak wordt daaruit geopend (herkomst: deze zaak)' },
  ],
};
