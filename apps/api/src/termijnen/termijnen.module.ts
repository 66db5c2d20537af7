import { Module } from '@nestjs/common';
import { DeadlinesController } from './queries/deadlines/deadlines.http.controller';

/** Legal terms across all contexts: the deadline list. */
@Module({ controllers: [DeadlinesController] })
export class TermijnenModule {}
