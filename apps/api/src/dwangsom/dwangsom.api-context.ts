import { dwangsomContext } from '@handhaving/domain-dwangsom';
import { adviescommissieVolgensBeleid } from '../platform/zaakstappen/adviescommissie-volgens-beleid';
import type { ApiZaakcontext } from '../platform/zaakstappen/api-zaakcontext';
import {
  BeeindigLastRequest,
  DwangsomstapRequest,
  LegLastOpRequest,
  NeemBeslissingOpBezwaarRequest,
  RegistreerBetalingRequest,
  RegistreerBezwaarRequest,
  RegistreerBeroepRequest,
  RegistreerControleRequest,
  RegistreerEindeOpschortingRequest,
  RegistreerUitspraakOpBeroepRequest,
  RegistreerVoorlopigeVoorzieningRequest,
  RegistreerZienswijzeRequest,
  StelBeslissingOpBezwaarUitRequest,
  VerdaagBeslistermijnBezwaarRequest,
  VraagHerstelVerzuimRequest,
  VerzendInvorderingsbeschikkingRequest,
  VerzendVoornemenRequest,
  ZieAfVanLastRequest,
} from './commands/zaakstappen/dwangsomstap.requests.dto';

/** The steps on an existing dwangsom case (docs/dwangsom.md), each a route, its request and the command it becomes. */
export const dwangsomApi: ApiZaakcontext = {
  context: dwangsomContext,
  tag: 'dwangsom',
  rollen: ['juridisch-medewerker'],
  stappen: [
    { pad: 'voornemen', opdracht: 'VerzendVoornemen', request: VerzendVoornemenRequest, samenvatting: 'Verzend het voornemen tot het opleggen van een last, met de zienswijzetermijn' },
    { pad: 'zienswijze', opdracht: 'RegistreerZienswijze', request: RegistreerZienswijzeRequest, samenvatting: 'Registreer een ontvangen zienswijze (schriftelijk of mondeling)' },
    { pad: 'zienswijzetermijn-verstreken', opdracht: 'StelVastDatZienswijzetermijnVerstreken', request: DwangsomstapRequest, samenvatting: 'Stel vast dat de zienswijzetermijn zonder zienswijze verstreek' },
    { pad: 'last', opdracht: 'LegLastOp', request: LegLastOpRequest, samenvatting: 'Leg de last onder dwangsom op: herstellast (begunstigingstermijn) of preventieve last (looptijd), bedrag per overtreding of per tijdseenheid, maximum' },
    { pad: 'afzien', opdracht: 'ZieAfVanLast', request: ZieAfVanLastRequest, samenvatting: 'Zie gemotiveerd af van een last' },
    { pad: 'controle', opdracht: 'RegistreerControle', request: RegistreerControleRequest, samenvatting: 'Registreer een controle: nageleefd, of een overtreding (de dwangsom verbeurt, tot het maximum)' },
    { pad: 'invorderingsbeschikking', opdracht: 'VerzendInvorderingsbeschikking', request: VerzendInvorderingsbeschikkingRequest, samenvatting: 'Verzend de invorderingsbeschikking voor een verbeuring, vóór haar verjaring (art. 5:35, 5:37 Awb)' },
    { pad: 'betaling', opdracht: 'RegistreerBetaling', request: RegistreerBetalingRequest, samenvatting: 'Registreer een (deel)betaling op een invorderingsbeschikking' },
    {
      pad: 'bezwaar',
      opdracht: 'RegistreerBezwaar',
      request: RegistreerBezwaarRequest,
      samenvatting: 'Registreer bezwaar tegen de last of een invorderingsbeschikking; te laat wordt vastgelegd en gemarkeerd (art. 6:9, 6:11 Awb)',
      beschrijving: 'Met een adviescommissie (art. 7:13 Awb) is de beslistermijn twaalf weken, anders zes (art. 7:10 lid 1 Awb); zonder adviescommissie in de opdracht geldt het beleid van de gemeente op de ontvangstdatum.',
      aanvullen: adviescommissieVolgensBeleid,
    },
    { pad: 'herstelverzoek', opdracht: 'VraagHerstelVerzuim', request: VraagHerstelVerzuimRequest, samenvatting: 'Vraag herstel van een verzuim in het bezwaar (art. 6:6 Awb); de beslistermijn wordt opgeschort (art. 7:10 lid 2 Awb)' },
    { pad: 'einde-opschorting', opdracht: 'RegistreerEindeOpschorting', request: RegistreerEindeOpschortingRequest, samenvatting: 'Leg vast dat het verzuim is hersteld of de hersteltermijn ongebruikt verstreek; de beslistermijn loopt weer' },
    { pad: 'verdaging', opdracht: 'VerdaagBeslistermijnBezwaar', request: VerdaagBeslistermijnBezwaarRequest, samenvatting: 'Verdaag de beslissing op bezwaar eenmaal, ten hoogste zes weken (art. 7:10 lid 3 Awb)' },
    { pad: 'uitstel', opdracht: 'StelBeslissingOpBezwaarUit', request: StelBeslissingOpBezwaarUitRequest, samenvatting: 'Stel de beslissing op bezwaar verder uit met instemming van de bezwaarmaker (art. 7:10 lid 4 Awb)' },
    {
      pad: 'voorlopige-voorziening',
      opdracht: 'RegistreerVoorlopigeVoorziening',
      request: RegistreerVoorlopigeVoorzieningRequest,
      samenvatting: 'Registreer een voorlopige voorziening tegen de last of een invorderingsbeschikking (art. 8:81 Awb); tegen de last houdt zij de invorderingsbeschikkingen op',
    },
    { pad: 'beslissing-op-bezwaar', opdracht: 'NeemBeslissingOpBezwaar', request: NeemBeslissingOpBezwaarRequest, samenvatting: 'Neem de beslissing op bezwaar; gegrond herroept het bestreden besluit, of wijzigt de last (gevolg)' },
    { pad: 'beroep', opdracht: 'RegistreerBeroep', request: RegistreerBeroepRequest, samenvatting: 'Registreer beroep tegen de beslissing op bezwaar (art. 8:1, 6:7 Awb); te laat wordt vastgelegd en gemarkeerd' },
    { pad: 'uitspraak-op-beroep', opdracht: 'RegistreerUitspraakOpBeroep', request: RegistreerUitspraakOpBeroepRequest, samenvatting: 'Registreer de uitspraak op beroep; gegrond en vernietigd laat het besluit vervallen als bij herroeping (art. 8:72 Awb)' },
    { pad: 'opheffing', opdracht: 'HefLastOp', request: BeeindigLastRequest, samenvatting: 'Hef de last op (art. 5:34 Awb); wat eerder verbeurde blijft verschuldigd' },
    { pad: 'intrekking', opdracht: 'TrekLastIn', request: BeeindigLastRequest, samenvatting: 'Trek de last in; wat eerder verbeurde blijft verschuldigd' },
  ],
};
