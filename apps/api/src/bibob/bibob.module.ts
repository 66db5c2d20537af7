import { Module } from '@nestjs/common';
import { zaakstappenController } from '../platform/zaakstappen/zaakstappen.http.controller';
import { bibobApi } from './bibob.api-context';
import { VernietigInhoudController } from './bewaartermijn/vernietig-inhoud.http.controller';
import { BibobCommandsController } from './commands/bibob-commands.http.controller';
import { StartToetsHandler } from './commands/start-toets/start-toets.handler';
import { InzageController } from './inzage/inzage.http.controller';
import { BibobCijfersController } from './queries/cijfers/bibob-cijfers.http.controller';
import { BibobCijfersService } from './queries/cijfers/bibob-cijfers.service';
import { BibobHoofdstuk } from './queries/jaarverslag/bibob.hoofdstuk';
import { BibobWerkvoorraadController } from './queries/werkvoorraad/bibob-werkvoorraad.http.controller';
import { ToetsInzienController } from './toets/toets-inzien.http.controller';

/**
 * Bibob: the integrity screening under the Wet Bibob. Its contents are secret (art. 28): sealed
 * per toets before they reach an event, read only through an inzage by the Bibob role, each read
 * recorded; everyone else sees that a toets exists, its state and its terms.
 */
@Module({
  controllers: [BibobCommandsController, zaakstappenController(bibobApi), ToetsInzienController, InzageController, VernietigInhoudController, BibobCijfersController, BibobWerkvoorraadController],
  providers: [StartToetsHandler, BibobCijfersService, BibobHoofdstuk],
  exports: [BibobHoofdstuk],
})
export class BibobModule {}
