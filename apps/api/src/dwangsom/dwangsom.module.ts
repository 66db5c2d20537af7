import { Module } from '@nestjs/common';
import { DwangsomCommandsController } from './commands/dwangsom-commands.http.controller';
import { OpenDwangsomzaakHandler } from './commands/open-dwangsomzaak/open-dwangsomzaak.handler';
import { zaakstappenController } from '../platform/zaakstappen/zaakstappen.http.controller';
import { dwangsomApi } from './dwangsom.api-context';
import { DwangsomCijfersController } from './queries/cijfers/dwangsom-cijfers.http.controller';
import { DwangsomVanuitDamocles } from './processen/dwangsom-vanuit-damocles.process';
import { DwangsomVanuitKamerverhuur } from './processen/dwangsom-vanuit-kamerverhuur.process';
import { OpenstaandController } from './queries/openstaand/openstaand.http.controller';
import { DwangsomzaakInzienController } from './queries/zaak-inzien/dwangsomzaak-inzien.http.controller';

/** Dwangsom: the last onder dwangsom, from the finding to the last payment; opened by a medewerker, or from a Damocles case or a kamerverhuur traject. */
@Module({
  controllers: [DwangsomCommandsController, zaakstappenController(dwangsomApi), DwangsomzaakInzienController, DwangsomCijfersController, OpenstaandController],
  providers: [OpenDwangsomzaakHandler, DwangsomVanuitDamocles, DwangsomVanuitKamerverhuur],
})
export class DwangsomModule {}
