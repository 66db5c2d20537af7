import type { RedenVerwijdering, SoortBetrokkene, Verzegeld } from './betrokkene.events';

export interface RegistreerBetrokkene {
  readonly type: 'RegistreerBetrokkene';
  readonly betrokkeneId: string;
  readonly gemeente: string;
  readonly soort: SoortBetrokkene;
  readonly gegevens: Verzegeld;
  readonly datum: string;
}

export interface VerwijderPersoonsgegevens {
  readonly type: 'VerwijderPersoonsgegevens';
  readonly betrokkeneId: string;
  readonly reden: RedenVerwijdering;
  readonly toelichting?: string;
  readonly datum: string;
}

export type BetrokkeneCommand = RegistreerBetrokkene | VerwijderPersoonsgegevens;
