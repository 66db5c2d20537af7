import { kamerverhuurvergunningContext } from '@handhaving/domain-kamerverhuur';
import { KamerverhuurVerzendVoornemenRequest } from '../kamerverhuur-voornemen.request.dto';
import { zienswijzetermijnVolgensBeleid } from '../termijnen-volgens-beleid';
import type { ApiZaakcontext } from '../../platform/zaakstappen/api-zaakcontext';
import { AWB_STAP_REQUESTS, awbStappen } from '../../platform/zaakstappen/awb-stappen';
import {
  RegistreerAanvullingRequest,
  StelVervalVastRequest,
  TrekVergunningInRequest,
  VerdaagBeslistermijnAanvraagRequest,
  VerleenVergunningRequest,
  VraagAanvullingAanRequest,
  WeigerVergunningRequest,
} from './vergunning.requests.dto';

/** The steps on a kamerverhuurvergunning (docs/kamerverhuur.md): the aanvraag and its beslistermijn, the besluit, intrekking and verval, and the Awb procedure against a weigering or intrekking. */
export const kamerverhuurvergunningApi: ApiZaakcontext = {
  context: kamerverhuurvergunningContext,
  tag: 'kamerverhuur',
  rollen: ['juridisch-medewerker'],
  stappen: [
    { pad: 'aanvullingsverzoek', opdracht: 'VraagAanvullingAan', request: VraagAanvullingAanRequest, samenvatting: 'Vraag de aanvrager de aanvraag aan te vullen (art. 4:5 Awb); de beslistermijn staat stil (art. 4:15 lid 1 sub a Awb)' },
    { pad: 'aanvulling', opdracht: 'RegistreerAanvulling', request: RegistreerAanvullingRequest, samenvatting: 'Registreer de aanvulling van de aanvraag; de beslistermijn loopt weer' },
    { pad: 'verdaging-aanvraag', opdracht: 'VerdaagBeslistermijnAanvraag', request: VerdaagBeslistermijnAanvraagRequest, samenvatting: 'Verdaag de beslissing op de aanvraag met een redelijke termijn, vóór het einde van de beslistermijn (art. 4:14 lid 3 Awb)' },
    { pad: 'voornemen', opdracht: 'VerzendVoornemen', request: KamerverhuurVerzendVoornemenRequest, aanvullen: zienswijzetermijnVolgensBeleid, samenvatting: 'Verzend het voornemen tot weigeren (art. 4:7 Awb) of intrekken (art. 4:8 Awb), met de zienswijzetermijn' },
    { pad: 'verlening', opdracht: 'VerleenVergunning', request: VerleenVergunningRequest, samenvatting: 'Verleen de kamerverhuurvergunning, eventueel voor bepaalde tijd; het pand wordt vergund (of gelegaliseerd) in het register' },
    { pad: 'weigering', opdracht: 'WeigerVergunning', request: WeigerVergunningRequest, samenvatting: 'Weiger de vergunning, gemotiveerd; na een voornemen pas na de zienswijzefase' },
    { pad: 'intrekking', opdracht: 'TrekVergunningIn', request: TrekVergunningInRequest, samenvatting: 'Trek de vergunning in na voornemen en zienswijzefase; het pand wordt afgevoerd in het register' },
    { pad: 'verval', opdracht: 'StelVervalVast', request: StelVervalVastRequest, samenvatting: 'Stel vast dat de vergunning is vervallen (einddatum, afstand, niet gebruikt); het pand wordt afgevoerd in het register' },
    ...awbStappen(AWB_STAP_REQUESTS),
  ],
};
