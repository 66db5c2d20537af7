import { Module } from '@nestjs/common';
import { zaakstappenController } from '../platform/zaakstappen/zaakstappen.http.controller';
import { KamerverhuurCommandsController } from './commands/kamerverhuur-commands.http.controller';
import { RegisterVolgtVergunningEnTraject } from './processen/register-volgt-vergunning-en-traject.process';
import { KamerverhuurCijfersController } from './queries/kamerverhuur-cijfers.http.controller';
import { KamerverhuurWerkvoorraadController } from './queries/kamerverhuur-werkvoorraad.http.controller';
import { RegisterTabelController } from './queries/register-tabel.http.controller';
import { Pandregister } from './register/pandregister';
import { kamerverhuurregisterApi } from './register/register.api-context';
import { kamerverhuurtrajectApi } from './traject/traject.api-context';
import { kamerverhuurvergunningApi } from './vergunning/vergunning.api-context';

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
    RegisterTabelController,
    KamerverhuurCijfersController,
    KamerverhuurWerkvoorraadController,
  ],
  providers: [Pandregister, RegisterVolgtVergunningEnTraject],
})
export class KamerverhuurModule {}
