import { Module } from '@nestjs/common';
import { DwangsomCommandsController } from './commands/dwangsom-commands.http.controller';
import { OpenDwangsomzaakHandler } from './commands/open-dwangsomzaak/open-dwangsomzaak.handler';
import { DwangsomstappenController } from './commands/zaakstappen/dwangsomstappen.http.controller';
import { VoerDwangsomstapUitHandler } from './commands/zaakstappen/voer-dwangsomstap-uit.handler';
import { DwangsomCijfersController } from './queries/cijfers/dwangsom-cijfers.http.controller';
import { DwangsomVanuitDamocles } from './processen/dwangsom-vanuit-damocles.process';
import { OpenstaandController } from './queries/openstaand/openstaand.http.controller';
import { DwangsomzaakInzienController } from './queries/zaak-inzien/dwangsomzaak-inzien.http.controller';

/** Dwangsom: the last onder dwangsom, from the finding to the last payment. */
@Module({
  controllers: [DwangsomCommandsController, DwangsomstappenController, DwangsomzaakInzienController, DwangsomCijfersController, OpenstaandController],
  providers: [OpenDwangsomzaakHandler, VoerDwangsomstapUitHandler, DwangsomVanuitDamocles],
})
export class DwangsomModule {}
