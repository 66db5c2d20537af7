/*
 * What a Bibob toets starts on: an aanvraag (its type from a closed list, for the figures) or a
 * signal of the bestuurlijke aanpak (its reason from a closed list).
 */

/** The permits (and the subsidy) a toets on an aanvraag is about: a closed list, for the figures. */
export const AANVRAAGTYPEN = [
  'exploitatievergunning-horeca',
  'alcoholvergunning',
  'bijschrijving-leidinggevende',
  'speelautomaten',
  'seksinrichting',
  'omgevingsvergunning',
  'subsidie',
] as const;
export type Aanvraagtype = (typeof AANVRAAGTYPEN)[number];

/** Why a toets starts without an aanvraag (Kerkrade: "casus opgevoerd n.a.v. signaal ondermijning"). */
export const SIGNAALREDENEN = ['signaal-ondermijning', 'vastgoedtransactie', 'herbeoordeling-vergunning'] as const;
export type Signaalreden = (typeof SIGNAALREDENEN)[number];

/** The aanvraag a toets screens; its beslistermijn runs from the day after receipt (art. 4:13 Awb). */
export interface Aanvraag {
  readonly soort: 'aanvraag';
  readonly aanvraagtype: Aanvraagtype;
  readonly ontvangstdatum: string;
  /** A betrokkene id. */
  readonly aanvragerId: string;
  /** The statutory term in weeks (the special law's, as the policy gives it; eight by art. 4:13 lid 2 Awb). */
  readonly beslistermijnWeken: number;
  readonly grondslag?: string;
}

/** A toets on a signal: about a betrokkene, and the running permit concerned when there is one (only that can be revoked). */
export interface Signaal {
  readonly soort: 'signaal';
  readonly reden: Signaalreden;
  readonly betrokkeneId: string;
  readonly vergunning?: Aanvraagtype;
}

export type Aanleiding = Aanvraag | Signaal;
