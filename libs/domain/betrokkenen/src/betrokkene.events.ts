/**
 * Personal data in these events is sealed (`Verzegeld`): encrypted with the betrokkene's own
 * key, outside the domain. The domain never sees a name or a BSN; it sees that there is one.
 */
export interface Verzegeld {
  readonly alg: string;
  readonly subjectId: string;
  readonly keyVersion: number;
  readonly iv: string;
  readonly ciphertext: string;
  readonly tag: string;
}

export type SoortBetrokkene = 'persoon' | 'bedrijf';

export interface BetrokkeneGeregistreerd {
  readonly type: 'BetrokkeneGeregistreerd';
  readonly betrokkeneId: string;
  readonly gemeente: string;
  readonly soort: SoortBetrokkene;
  readonly gegevens: Verzegeld;
  /** The day the registration was made (YYYY-MM-DD, Europe/Amsterdam). */
  readonly registratiedatum: string;
}

/** AVG art. 17 or the end of the retention period: the key is gone, the facts stay. */
export interface PersoonsgegevensVerwijderd {
  readonly type: 'PersoonsgegevensVerwijderd';
  readonly betrokkeneId: string;
  readonly reden: RedenVerwijdering;
  readonly toelichting?: string;
  readonly verwijderdOp: string;
}

export type RedenVerwijdering = 'avg-artikel-17' | 'bewaartermijn-verstreken';

export type BetrokkeneEvent = BetrokkeneGeregistreerd | PersoonsgegevensVerwijderd;
