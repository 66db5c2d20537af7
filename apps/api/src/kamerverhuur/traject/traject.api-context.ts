import { kamerverhuurtrajectContext, type TrajectState } from '@handhaving/domain-kamerverhuur';
import { nameBasedUuid } from '@handhaving/event-store';
import { KamerverhuurVerzendVoornemenRequest } from '../kamerverhuur-voornemen.request.dto';
import { begunstigingstermijnVolgensBeleid, zienswijzetermijnVolgensBeleid } from '../termijnen-volgens-beleid';
import type { ApiZaakcontext, StapAanvulling } from '../../platform/zaakstappen/api-zaakcontext';
import { AWB_STAP_REQUESTS, awbStappen } from '../../platform/zaakstappen/awb-stappen';
import {
  KiesLastOnderDwangsomRequest,
  LegLastOnderBestuursdwangOpRequest,
  PasBestuursdwangToeRequest,
  RegistreerHercontroleRequest,
  SluitTrajectAfRequest,
  VerzendVooraankondigingRequest,
} from './traject.requests.dto';

/**
 * The dwangsom case a traject's choice opens: one per traject (the decider allows the choice
 * once), named after it, so the traject's event and the process manager name the same case.
 */
export function dwangsomzaakVanTraject(trajectZaakId: string): string {
  return nameBasedUuid('dwangsom', 'vanuit-kamerverhuur', trajectZaakId);
}

/** On a traject not yet found the decider refuses the step; there is no case to name then. */
const metDwangsomzaak: StapAanvulling = async (stap, state) => {
  const traject = state as TrajectState;
  return traject.status === 'onbekend' ? stap : { ...stap, dwangsomZaakId: dwangsomzaakVanTraject(traject.zaak.zaakId) };
};

/** The steps of a handhavingstraject (docs/kamerverhuur.md): aanschrijving, hercontrole, last onder dwangsom (through a dwangsom case) or bestuursdwang, afsluiting, and the Awb procedure against the last. */
export const kamerverhuurtrajectApi: ApiZaakcontext = {
  context: kamerverhuurtrajectContext,
  tag: 'kamerverhuur',
  rollen: ['juridisch-medewerker'],
  stappen: [
    { pad: 'vooraankondiging', opdracht: 'VerzendVooraankondiging', request: VerzendVooraankondigingRequest, samenvatting: 'Verzend de vooraankondiging (aanschrijving), eventueel met een hersteltermijn' },
    { pad: 'hercontrole', opdracht: 'RegistreerHercontrole', request: RegistreerHercontroleRequest, samenvatting: 'Registreer een hercontrole: nageleefd of nog een overtreding' },
    {
      pad: 'last-onder-dwangsom',
      opdracht: 'KiesLastOnderDwangsom',
      request: KiesLastOnderDwangsomRequest,
      samenvatting: 'Kies een last onder dwangsom: er wordt een dwangsomzaak geopend, gekoppeld aan dit traject',
      beschrijving: 'De dwangsomzaak (zie het antwoord en GET de zaak) heeft een vaste id, afgeleid van het traject; voornemen, last, controles, verbeuring en invordering lopen daar.',
      aanvullen: metDwangsomzaak,
    },
    { pad: 'voornemen', opdracht: 'VerzendVoornemen', request: KamerverhuurVerzendVoornemenRequest, aanvullen: zienswijzetermijnVolgensBeleid, samenvatting: 'Verzend het voornemen tot een last onder bestuursdwang, met de zienswijzetermijn (art. 4:8 Awb)' },
    { pad: 'last-onder-bestuursdwang', opdracht: 'LegLastOnderBestuursdwangOp', request: LegLastOnderBestuursdwangOpRequest, aanvullen: begunstigingstermijnVolgensBeleid, samenvatting: 'Leg de last onder bestuursdwang op, na de zienswijzefase, met een begunstigingstermijn (art. 5:21, 5:24 Awb)' },
    { pad: 'bestuursdwang-toegepast', opdracht: 'PasBestuursdwangToe', request: PasBestuursdwangToeRequest, samenvatting: 'Registreer dat de gemeente de last zelf uitvoerde, na de begunstigingstermijn en een hercontrole' },
    { pad: 'afsluiting', opdracht: 'SluitTrajectAf', request: SluitTrajectAfRequest, samenvatting: 'Sluit het traject af met zijn resultaat (nageleefd, gelegaliseerd, bestuursdwang toegepast, dwangsom ingevorderd, geen overtreding)' },
    ...awbStappen(AWB_STAP_REQUESTS),
  ],
};
