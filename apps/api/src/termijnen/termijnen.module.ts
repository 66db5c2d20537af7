import { Module } from '@nestjs/common';
import { AgendaLink } from './queries/agenda/agenda-link';
import { AgendaLinkIntrekkingen } from './queries/agenda/agenda-link-intrekkingen';
import { AgendaController } from './queries/agenda/agenda.http.controller';
import { DeadlinesController } from './queries/deadlines/deadlines.http.controller';

/** Legal terms across all contexts: the deadline list and each medewerker's agenda feed. */
@Module({ controllers: [DeadlinesController, AgendaController], providers: [AgendaLink, AgendaLinkIntrekkingen] })
export class TermijnenModule {}
