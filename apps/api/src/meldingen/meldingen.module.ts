import { Module } from '@nestjs/common';
import { isVerzegeldeInhoud } from '@handhaving/domain-meldingen';
import { zonderInhoud } from '../platform/personal-data/verzegelde-tekst';
import { zaakInzienController } from '../platform/zaakstappen/zaak-inzien.http.controller';
import { zaakstappenController } from '../platform/zaakstappen/zaakstappen.http.controller';
import { MeldingenCommandsController } from './commands/meldingen-commands.http.controller';
import { meldingApi } from './melding.api-context';
import { MeldingenCijfersController } from './queries/meldingen-cijfers.http.controller';
import { MeldingenCijfersService } from './queries/meldingen-cijfers.service';
import { MeldingenHoofdstuk } from './queries/jaarverslag/meldingen.hoofdstuk';

/**
 * The meldingen register (libs/domain/meldingen): signals about an address or an area, registered,
 * linked to a pand, closed; and the year figures per bron and categorie. The melder's words are
 * sealed before they reach an event, and shown to nobody as a case is read.
 */
@Module({
  controllers: [
    MeldingenCommandsController,
    zaakstappenController(meldingApi),
    zaakInzienController(meldingApi, {
      samenvatting: 'Een melding: bron, categorie, pand of gebied, meldingsdatum, of zij gesloten is, en haar tijdlijn (de omschrijving alleen als verzegeld)',
      rollen: ['juridisch-medewerker', 'oov-analist', 'beheer'],
      gegevens: (data) => zonderInhoud(data, isVerzegeldeInhoud),
    }),
    MeldingenCijfersController,
  ],
  providers: [MeldingenCijfersService, MeldingenHoofdstuk],
  exports: [MeldingenHoofdstuk],
})
export class MeldingenModule {}
