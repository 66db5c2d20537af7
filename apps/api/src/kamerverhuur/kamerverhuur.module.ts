import { Module } from '@nestjs/common';
import { zaakInzienController } from '../platform/zaakstappen/zaak-inzien.http.controller';
import { zaakstappenController } from '../platform/zaakstappen/zaakstappen.http.controller';
import { KamerverhuurCommandsController } from './commands/kamerverhuur-commands.http.controller';
import { RegisterVolgtVergunningEnTraject } from './processen/register-volgt-vergunning-en-traject.process';
import { KamerverhuurCijfersController } from './queries/kamerverhuur-cijfers.http.controller';
import { KamerverhuurCijfersService } from './queries/kamerverhuur-cijfers.service';
import { KamerverhuurHoofdstuk } from './queries/jaarverslag/kamerverhuur.hoofdstuk';
import { KamerverhuurWerkvoorraadController } from './queries/kamerverhuur-werkvoorraad.http.controller';
import { RegisterTabelController } from './queries/register-tabel.http.controller';
import { Pandregister } from './register/pandregister';
import { kamerverhuurregisterApi } from './register/register.api-context';
import { kamerverhuurtrajectApi } from './traject/traject.api-context';
import { kamerverhuurvergunningApi } from './vergunning/vergunning.api-context';

/** Who reads a kamerverhuur case: those who work on it, and the analyst and beheer, as for every context's cases. */
const LEZERS = ['juridisch-medewerker', 'oov-analist', 'beheer'] as const;

/**
 * Kamerverhuur (docs/kamerverhuur.md): the pand register, the kamerverhuurvergunning and the
 * handhavingstraject per pand, each its own kind of case.
 */
@Module({
  controllers: [
    KamerverhuurCommandsController,
    zaakstappenController(kamerverhuurregisterApi),
    zaakstappenController(kamerverhuurvergunningApi),
    zaakstappenController(kamerverhuurtrajectApi),
    zaakInzienController(kamerverhuurregisterApi, { samenvatting: 'Een pand in het register: zijn stand, elke wijziging met haar nummer (voor een correctie) en aanleiding, en zijn tijdlijn', rollen: LEZERS }),
    zaakInzienController(kamerverhuurvergunningApi, { samenvatting: 'Een kamerverhuurvergunning: aanvraag, beslistermijn, besluit, rechtsgang, termijnen en tijdlijn', rollen: LEZERS }),
    zaakInzienController(kamerverhuurtrajectApi, { samenvatting: 'Een handhavingstraject: constatering, aanschrijving, last (of de gekoppelde dwangsomzaak), rechtsgang, termijnen en tijdlijn', rollen: LEZERS }),
    RegisterTabelController,
    KamerverhuurCijfersController,
    KamerverhuurWerkvoorraadController,
  ],
  providers: [Pandregister, RegisterVolgtVergunningEnTraject, KamerverhuurCijfersService, KamerverhuurHoofdstuk],
  exports: [Pandregister, KamerverhuurHoofdstuk],
})
export class KamerverhuurModule {}
