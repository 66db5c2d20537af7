import { Module } from '@nestjs/common';
import { BeleidCommandsController } from './commands/beleid-commands.http.controller';
import { StelBeleidVastHandler } from './commands/stel-beleid-vast/stel-beleid-vast.handler';
import { TrekBeleidVersieInHandler } from './commands/trek-beleid-versie-in/trek-beleid-versie-in.handler';
import { BeleidQueriesController } from './queries/beleid-queries.http.controller';
import { BeleidStream } from './queries/beleid-stream';

/** Per-gemeente policy, versioned by ingangsdatum, changed by beheer. */
@Module({
  controllers: [BeleidCommandsController, BeleidQueriesController],
  providers: [StelBeleidVastHandler, TrekBeleidVersieInHandler, BeleidStream],
  exports: [BeleidStream],
})
export class BeleidModule {}
