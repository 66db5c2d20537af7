import { verzoekContext } from '@handhaving/domain-flexteam';
import type { ApiZaakcontext } from '../../platform/zaakstappen/api-zaakcontext';
import { RegistreerAntwoordRequest } from './verzoek.requests.dto';

/** An outgoing request to the BRP or bouw- en woningtoezicht (docs/flexteam.md): sent, then answered. */
export const verzoekApi: ApiZaakcontext = {
  context: verzoekContext,
  tag: 'flexteam',
  rollen: ['juridisch-medewerker', 'toezichthouder'],
  stappen: [{ pad: 'antwoord', opdracht: 'RegistreerAntwoord', request: RegistreerAntwoordRequest, samenvatting: 'Registreer het antwoord op het verzoek: gecorrigeerd of niet (BRP), maatregel genomen of niet (bouw- en woningtoezicht)' }],
};
