import { Module } from '@nestjs/common';
import { BeleidModule } from '../beleid/beleid.module';
import { DamoclesCommandsController } from './commands/damocles-commands.http.controller';
import { RegistreerRapportageHandler } from './commands/registreer-rapportage/registreer-rapportage.handler';
import { StelMaatregelVoorHandler } from './commands/stel-maatregel-voor/stel-maatregel-voor.handler';
import { StelMaatregelVoorController } from './commands/stel-maatregel-voor/stel-maatregel-voor.http.controller';
import { damoclesApi } from './damocles.api-context';
import { zaakstappenController } from '../platform/zaakstappen/zaakstappen.http.controller';
import { DamoclesCijfersController } from './queries/cijfers/cijfers.http.controller';
import { DamoclesCijfersService } from './queries/cijfers/damocles-cijfers.service';
import { DamoclesHoofdstuk } from './queries/jaarverslag/damocles.hoofdstuk';
import { RecidiveController } from './queries/recidive/recidive.http.controller';
import { ZaakInzienController } from './queries/zaak-inzien/zaak-inzien.http.controller';
import { WerkvoorraadController } from './queries/werkvoorraad/werkvoorraad.http.controller';

/** Damocles: closing drug premises under art. 13b Opiumwet. */
@Module({
  imports: [BeleidModule],
  controllers: [DamoclesCommandsController, StelMaatregelVoorController, zaakstappenController(damoclesApi), ZaakInzienController, WerkvoorraadController, DamoclesCijfersController, RecidiveController],
  providers: [RegistreerRapportageHandler, StelMaatregelVoorHandler, DamoclesCijfersService, DamoclesHoofdstuk],
  exports: [DamoclesHoofdstuk],
})
export class DamoclesModule {}
