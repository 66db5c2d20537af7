import { dwangsomContext } from '@handhaving/domain-dwangsom';
import { awbStappen } from '../platform/zaakstappen/awb-stappen';
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
    { pad: 'last', opdracht: 'LegLastOp', request: LegLastOpRequest, samenvatting: 'Leg de last onder dwangsom op: herstellast (begunstigingstermijn) of preventieve last (looptijd), bedrag per overtreding of per tijdseenheid, maximum' },
    { pad: 'afzien', opdracht: 'ZieAfVanLast', request: ZieAfVanLastRequest, samenvatting: 'Zie gemotiveerd af van een last' },
    { pad: 'controle', opdracht: 'RegistreerControle', request: RegistreerControleRequest, samenvatting: 'Registreer een controle: nageleefd, of een overtreding (de dwangsom verbeurt, tot het maximum)' },
    { pad: 'invorderingsbeschikking', opdracht: 'VerzendInvorderingsbeschikking', request: VerzendInvorderingsbeschikkingRequest, samenvatting: 'Verzend de invorderingsbeschikking voor een verbeuring, vóór haar verjaring (art. 5:35, 5:37 Awb)' },
    { pad: 'betaling', opdracht: 'RegistreerBetaling', request: RegistreerBetalingRequest, samenvatting: 'Registreer een (deel)betaling op een invorderingsbeschikking' },
    ...awbStappen(
      {
        zienswijze: RegistreerZienswijzeRequest,
        zienswijzetermijnVerstreken: DwangsomstapRequest,
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
        bezwaar: { samenvatting: 'Registreer bezwaar tegen de last of een invorderingsbeschikking; te laat wordt vastgelegd en gemarkeerd (art. 6:9, 6:11 Awb)' },
        'beslissing-op-bezwaar': { samenvatting: 'Neem de beslissing op bezwaar; gegrond herroept het bestreden besluit, of wijzigt de last (gevolg)' },
        'voorlopige-voorziening': { samenvatting: 'Registreer een voorlopige voorziening tegen de last of een invorderingsbeschikking (art. 8:81 Awb); tegen de last houdt zij de invorderingsbeschikkingen op' },
        'uitspraak-op-beroep': { beschrijving: 'Gegrond en vernietigd laat het besluit vervallen als bij herroeping (art. 8:72 Awb).' },
      },
    ),
    { pad: 'opheffing', opdracht: 'HefLastOp', request: BeeindigLastRequest, samenvatting: 'Hef de last op (art. 5:34 Awb); wat eerder verbeurde blijft verschuldigd' },
    { pad: 'intrekking', opdracht: 'TrekLastIn', request: BeeindigLastRequest, samenvatting: 'Trek de last in; wat eerder verbeurde blijft verschuldigd' },
  ],
};
