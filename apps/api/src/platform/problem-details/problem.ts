/** RFC 9457 problem details, the shape of every error the API returns. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  /** Which fields were wrong and by which rule (validation and domain rules). */
  readonly errors?: readonly FieldProblem[];
  readonly [extension: string]: unknown;
}

export interface FieldProblem {
  readonly field: string;
  readonly rule: string;
  readonly detail: string;
}

export const problemContentType = 'application/problem+json';

/** Stable problem type URIs; a client may switch on them. */
export const problemTypes = {
  validation: 'https://handhaving.nl/problemen/ongeldige-invoer',
  unreadableBody: 'https://handhaving.nl/problemen/onleesbaar-verzoek',
  tooLarge: 'https://handhaving.nl/problemen/verzoek-te-groot',
  unsupportedMediaType: 'https://handhaving.nl/problemen/niet-ondersteunde-inhoud',
  unauthenticated: 'https://handhaving.nl/problemen/niet-aangemeld',
  forbidden: 'https://handhaving.nl/problemen/geen-toegang',
  notFound: 'https://handhaving.nl/problemen/niet-gevonden',
  conflict: 'https://handhaving.nl/problemen/gelijktijdige-wijziging',
  idInGebruik: 'https://handhaving.nl/problemen/id-in-gebruik',
  teVeelVerzoeken: 'https://handhaving.nl/problemen/te-veel-verzoeken',
  preconditionFailed: 'https://handhaving.nl/problemen/verouderde-versie',
  internal: 'https://handhaving.nl/problemen/interne-fout',
  domainRule: (rule: string) => `https://handhaving.nl/problemen/regel/${rule}`,
} as const;
