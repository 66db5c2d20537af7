import { Module } from '@nestjs/common';
import { ImportController } from './import.http.controller';
import { OpdrachtenUitvoerder } from './opdrachten-uitvoerder';

/** Bulk commands (`handhaving import`): many commands per request through the same endpoints. */
@Module({ controllers: [ImportController], providers: [OpdrachtenUitvoerder] })
export class ImportModule {}
