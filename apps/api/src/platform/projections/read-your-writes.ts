import { Injectable } from '@nestjs/common';
import { ProjectionRunner } from '@handhaving/projections';
import type { Response } from 'express';
import { InvalidInput } from '../problem-details/api-errors';

const maxWaitMs = 5_000;

/**
 * Read-your-writes: a command answers with the global `position` of its events; a query given
 * `?na=<position>` waits (at most 5 s) until its read models have applied it. The answer says in
 * `X-Bijgewerkt-Tot-Positie` whether that was reached in time.
 */
@Injectable()
export class ReadYourWrites {
  constructor(private readonly runner: ProjectionRunner) {}

  async waitFor(na: string | undefined, projections: readonly string[], response: Response): Promise<void> {
    if (na === undefined) return;
    if (!/^\d{1,30}$/.test(na)) {
      throw new InvalidInput([{ field: 'na', rule: 'positie', detail: 'na moet de positie uit het antwoord op een opdracht zijn (een geheel getal)' }]);
    }
    const reached = await this.runner.waitForPosition(BigInt(na), maxWaitMs, projections);
    response.setHeader('X-Bijgewerkt-Tot-Positie', reached ? na : 'nog-niet');
  }
}
