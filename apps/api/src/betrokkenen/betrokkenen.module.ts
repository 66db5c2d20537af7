import { Module } from '@nestjs/common';
import { RegistreerBetrokkeneHandler } from './commands/registreer-betrokkene/registreer-betrokkene.handler';
import { RegistreerBetrokkeneController } from './commands/registreer-betrokkene/registreer-betrokkene.http.controller';
import { VerwijderPersoonsgegevensHandler } from './commands/verwijder-persoonsgegevens/verwijder-persoonsgegevens.handler';
import { VerwijderPersoonsgegevensController } from './commands/verwijder-persoonsgegevens/verwijder-persoonsgegevens.http.controller';
import { BetrokkeneGemeente } from './queries/betrokkene-gemeente';
import { BetrokkeneInzienHandler } from './queries/betrokkene-inzien/betrokkene-inzien.handler';
import { BetrokkeneInzienController } from './queries/betrokkene-inzien/betrokkene-inzien.http.controller';
import { BetrokkenenTellingController } from './queries/betrokkenen-telling/betrokkenen-telling.http.controller';

/** Betrokkenen: people and companies in cases, with their personal data sealed per person. */
@Module({
  controllers: [RegistreerBetrokkeneController, VerwijderPersoonsgegevensController, BetrokkeneInzienController, BetrokkenenTellingController],
  providers: [RegistreerBetrokkeneHandler, VerwijderPersoonsgegevensHandler, BetrokkeneInzienHandler, BetrokkeneGemeente],
})
export class BetrokkenenModule {}
