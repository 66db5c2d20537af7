import { Module } from '@nestjs/common';
import { openstaandCent, type DwangsomState } from '@handhaving/domain-dwangsom';
import { zaakInzienController } from '../platform/zaakstappen/zaak-inzien.http.controller';
import { zaakstappenController } from '../platform/zaakstappen/zaakstappen.http.controller';
import { DwangsomCommandsController } from './commands/dwangsom-commands.http.controller';
import { OpenDwangsomzaakHandler } from './commands/open-dwangsomzaak/open-dwangsomzaak.handler';
import { dwangsomApi } from './dwangsom.api-context';
import { DwangsomCijfersController } from './queries/cijfers/dwangsom-cijfers.http.controller';
import { DwangsomCijfersService } from './queries/cijfers/dwangsom-cijfers.service';
import { DwangsomHoofdstuk } from './queries/jaarverslag/dwangsom.hoofdstuk';
import { DwangsomVanuitDamocles } from './processen/dwangsom-vanuit-damocles.process';
import { DwangsomVanuitKamerverhuur } from './processen/dwangsom-vanuit-kamerverhuur.process';
import { OpenstaandController } from './queries/openstaand/openstaand.http.controller';

/** Dwangsom: the last onder dwangsom, from the finding to the last payment; opened by a medewerker, or from a Damocles case or a kamerverhuur traject. */
@Module({
  controllers: [
    DwangsomCommandsController,
    zaakstappenController(dwangsomApi),
    // A case with its forfeitures, invorderingen, terms and timeline, and the amount still open.
    zaakInzienController(dwangsomApi, {
      samenvatting: 'Een dwangsomzaak met haar verbeuringen, invorderingen, termijnen en tijdlijn',
      rollen: ['juridisch-medewerker', 'oov-analist', 'beheer'],
      erbij: (toestand) => ({ openstaandCent: openstaandCent(toestand as DwangsomState) }),
    }),
    DwangsomCijfersController,
    OpenstaandController,
  ],
  providers: [OpenDwangsomzaakHandler, DwangsomVanuitDamocles, DwangsomVanuitKamerverhuur, DwangsomCijfersService, DwangsomHoofdstuk],
  exports: [DwangsomHoofdstuk],
})
export class DwangsomModule {}
