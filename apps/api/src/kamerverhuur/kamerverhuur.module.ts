import { Module } from '@nestjs/common';
import { zaakstappenController } from '../platform/zaakstappen/zaakstappen.http.controller';
import { KamerverhuurCommandsController } from './commands/kamerverhuur-commands.http.controller';
import { kamerverhuurregisterApi } from './register/register.api-context';

/**
 * Kamerverhuur (docs/kamerverhuur.md): the pand register, the kamerverhuurvergunning and the
 * handhavingstraject per pand, each its own kind of case.
 */
@Module({
  controllers: [KamerverhuurCommandsController, zaakstappenController(kamerverhuurregisterApi)],
})
export class KamerverhuurModule {}
