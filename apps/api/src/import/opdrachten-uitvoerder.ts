import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { inject, type DispatchFunc } from 'light-my-request';
import { REGEL_VAN_IMPORT } from '../platform/logging/request-log-level';
import type { ImportOpdrachtRequest } from './import.request.dto';

export interface Uitkomst {
  readonly regel?: number;
  /** The HTTP status the command's own endpoint answered. */
  readonly status: number;
  /** Its answer: the command's outcome, or the problem+json that refused it. */
  readonly body: unknown;
}

export interface Aanroeper {
  readonly authorization: string;
  readonly correlationId: string;
}

const INJECTED_RESPONSE_METHODS = ['writeHead', 'write', 'end', 'destroy', 'addTrailers', 'setTimeout'] as const;

/** Reeksen of one request run side by side up to this many at a time. */
const REEKSEN_TEGELIJK = 64;

/**
 * Runs the commands of an import request through this API's own endpoints, in process: each
 * command is dispatched to the Express app as the HTTP request it would have been (same
 * route, token, guards, validation, pipeline, problem+json), without a socket per command.
 * Commands of one reeks run in order; reeksen run side by side. A line that reaches the import
 * itself is refused there, by the route it took (GeenImportInImport), not here by its text.
 */
@Injectable()
export class OpdrachtenUitvoerder {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  private readonly dispatch: DispatchFunc = (request, response) => {
    // Express swaps the prototypes of request and response for its own; the injected
    // response's methods (which collect the answer) must survive that as own properties.
    for (const method of INJECTED_RESPONSE_METHODS) Object.defineProperty(response, method, { value: Object.getPrototypeOf(response)[method], writable: true, configurable: true });
    Object.defineProperty(request, REGEL_VAN_IMPORT, { value: true });
    (this.adapterHost.httpAdapter.getInstance() as DispatchFunc)(request, response);
  };

  async voerUit(opdrachten: readonly ImportOpdrachtRequest[], aanroeper: Aanroeper): Promise<Uitkomst[]> {
    const uitkomsten = new Array<Uitkomst>(opdrachten.length);
    const reeksen = new Map<string, number[]>();
    opdrachten.forEach((opdracht, index) => {
      const reeks = opdracht.reeks ?? `#${index}`;
      reeksen.set(reeks, [...(reeksen.get(reeks) ?? []), index]);
    });
    const wachtrij = [...reeksen.values()];
    const werker = async (): Promise<void> => {
      for (let reeks = wachtrij.shift(); reeks; reeks = wachtrij.shift()) {
        for (const index of reeks) uitkomsten[index] = await this.een(opdrachten[index] as ImportOpdrachtRequest, index, aanroeper);
      }
    };
    await Promise.all(Array.from({ length: Math.min(REEKSEN_TEGELIJK, wachtrij.length) }, werker));
    return uitkomsten;
  }

  private async een(opdracht: ImportOpdrachtRequest, index: number, aanroeper: Aanroeper): Promise<Uitkomst> {
    const [method, url] = opdracht.opdracht.split(' ') as ['POST' | 'PUT' | 'PATCH' | 'DELETE', string];
    const regel = opdracht.regel;
    const headers: Record<string, string> = {
      authorization: aanroeper.authorization,
      'content-type': 'application/json',
      'x-correlation-id': `${aanroeper.correlationId}.${regel ?? index + 1}`,
    };
    if (opdracht.sleutel !== undefined) headers['idempotency-key'] = opdracht.sleutel;
    const response = await inject(this.dispatch, { method, url, headers, payload: JSON.stringify(opdracht.body ?? {}) });
    let body: unknown = response.body;
    try {
      body = response.json();
    } catch {
      // not JSON: keep the text
    }
    return { regel, status: response.statusCode, body };
  }
}
