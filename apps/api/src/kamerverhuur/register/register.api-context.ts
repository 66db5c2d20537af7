import { kamerverhuurregisterContext } from '@handhaving/domain-kamerverhuur';
import type { ApiZaakcontext } from '../../platform/zaakstappen/api-zaakcontext';
import { registerZaakIdUit } from './register-zaak';
import { CorrigeerGegevensRequest, WijzigStandRequest } from './register.requests.dto';

/** The steps on a pand in the register (docs/kamerverhuur.md): its stand, and corrections as their own events; the route names the pand by its entry's id or by its key. */
export const kamerverhuurregisterApi: ApiZaakcontext = {
  context: kamerverhuurregisterContext,
  tag: 'kamerverhuur',
  rollen: ['juridisch-medewerker'],
  zaakIdUit: registerZaakIdUit,
  stappen: [
    { pad: 'stand', opdracht: 'WijzigStand', request: WijzigStandRequest, samenvatting: 'Wijzig de stand van het pand (in onderzoek, vergund, in handhaving, gelegaliseerd, afgevoerd) vanaf een ingangsdatum' },
    {
      pad: 'correctie',
      opdracht: 'CorrigeerGegevens',
      request: CorrigeerGegevensRequest,
      samenvatting: 'Corrigeer een eerdere wijziging die nooit had mogen staan',
      beschrijving: 'De correctie is een eigen gebeurtenis: het register zoals het vóór de correctie bekend was, blijft op te vragen (bekendOp).',
    },
  ],
};
