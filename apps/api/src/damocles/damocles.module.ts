import { Module } from '@nestjs/common';
import { DamoclesCommandsController } from './commands/damocles-commands.http.controller';
import { RegistreerRapportageHandler } from './commands/registreer-rapportage/registreer-rapportage.handler';
import { ZaakInzienController } from './queries/zaak-inzien/zaak-inzien.http.controller';

/** Damocles: closing drug premises under art. 13b Opiumwet. */
@Module({
  controllers: [DamoclesCommandsController, ZaakInzienController],
  providers: [RegistreerRapportageHandler],
})
export class DamoclesModule {}
