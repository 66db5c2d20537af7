import type { Response } from 'express';

/** A field refused, and by which rule (as the API's problems name them). */
export interface Veldprobleem {
  readonly field: string;
  readonly rule: string;
  readonly detail: string;
}

/** The problem types the board answers with; the same URIs as the API's. */
export const probleemtypen = {
  400: 'https://handhaving.nl/problemen/onleesbaar-verzoek',
  401: 'https://handhaving.nl/problemen/niet-aangemeld',
  403: 'https://handhaving.nl/problemen/geen-toegang',
  413: 'https://handhaving.nl/problemen/verzoek-te-groot',
  415: 'https://handhaving.nl/problemen/niet-ondersteunde-inhoud',
  503: 'https://handhaving.nl/problemen/interne-fout',
} as const;

const titels: Record<keyof typeof probleemtypen, string> = {
  400: 'Onleesbaar verzoek',
  401: 'Niet aangemeld',
  403: 'Geen toegang',
  413: 'Verzoek te groot',
  415: 'Niet ondersteunde inhoud',
  503: 'Tijdelijk niet beschikbaar',
};

/** Answers an RFC 9457 problem+json, as the API does: the board's own JSON error shape is never seen. */
export function antwoordProbleem(response: Response, status: keyof typeof probleemtypen, detail: string, errors?: readonly Veldprobleem[]): void {
  response
    .status(status)
    .type('application/problem+json')
    .send(JSON.stringify({ type: probleemtypen[status], title: titels[status], status, detail, ...(errors === undefined ? {} : { errors }) }));
}
