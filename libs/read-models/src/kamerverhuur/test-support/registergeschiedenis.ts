import { REGISTER_OVERGANGEN, registerDecider, STANDEN, type RegisterCommand, type RegisterEvent, type RegisterState, type Stand } from '@handhaving/domain-kamerverhuur';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { plusDagen } from '@handhaving/termijnen';

/*
 * Register histories for the read model's specs: a few panden of one or two gemeenten over a
 * few years, each step recorded on its own day, many of them backdated (taking effect weeks
 * before they are recorded) and some changes corrected away later. Either through the decider
 * (what the API can record) or raw (events the decider would refuse: changes out of order,
 * corrections of any change, days recorded out of order), to hold the read model to the
 * domain's `registerOp` on any history, not only on tidy ones.
 */

export const KERKRADE = 'GM0928';
export const LANDGRAAF = 'GM0882';
export const EERSTE_DAG = '2019-01-01';
const door = 'medewerker-1';

/** One event with its place in its stream, as the store records it. */
export interface Geregistreerd {
  readonly streamId: string;
  readonly streamRevision: number;
  readonly event: RegisterEvent;
}

export interface GeschiedenisOpties {
  readonly panden?: number;
  readonly dagen?: number;
  /** Raw events, not through the decider. */
  readonly ruw?: boolean;
}

/** A small deterministic generator (mulberry32). */
export function willekeur(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const zaakIdVan = (pand: number): string => `00000000-0000-4000-8000-${pand.toString(16).padStart(12, '0')}`;

/** The history in the order recorded (streams interleaved), with each event's stream revision. */
export function registergeschiedenis(seed: number, opties: GeschiedenisOpties = {}): Geregistreerd[] {
  const r = willekeur(seed);
  const aantal = opties.panden ?? 12;
  const dagen = opties.dagen ?? 1_100;
  const kies = <T>(uit: readonly T[]): T => uit[Math.floor(r() * uit.length)] as T;
  const states: RegisterState[] = Array.from({ length: aantal }, () => registerDecider.initialState());
  const revisies: number[] = Array.from({ length: aantal }, () => -1);
  const ruweStanden: Stand[] = Array.from({ length: aantal }, () => 'in-onderzoek');
  const ruweNummers: number[] = Array.from({ length: aantal }, () => 0);
  const uit: Geregistreerd[] = [];

  for (let dag = 0; dag < dagen; dag++) {
    if (r() > 0.08) continue;
    const vandaag = plusDagen(EERSTE_DAG, dag);
    const p = Math.floor(r() * aantal);
    const zaakId = zaakIdVan(p);
    // Backdated in four steps of ten: weeks, sometimes months before the day recorded.
    const ingangsdatum = plusDagen(vandaag, -(r() < 0.4 ? Math.floor(r() * 120) : 0));
    const state = states[p] as RegisterState;
    const gemeente = p % 3 === 2 ? LANDGRAAF : KERKRADE;
    let events: readonly RegisterEvent[];
    if (opties.ruw) {
      events = ruweEvents(state, p, zaakId, gemeente, vandaag, ingangsdatum);
    } else {
      const command = commandVoor(state, zaakId, gemeente, vandaag, ingangsdatum, p);
      try {
        events = registerDecider.decide(command, state);
      } catch (error) {
        if (error instanceof DomainRuleViolation) continue;
        throw error;
      }
    }
    states[p] = events.reduce(registerDecider.evolve, state);
    for (const event of events) {
      revisies[p] = (revisies[p] as number) + 1;
      uit.push({ streamId: `kamerverhuurregister-${zaakId}`, streamRevision: revisies[p] as number, event });
    }
  }
  return uit;

  function commandVoor(state: RegisterState, zaakId: string, gemeente: string, vandaag: string, ingangsdatum: string, p: number): RegisterCommand {
    const stap = { zaakId, datum: vandaag, vandaag, door };
    if (state.status === 'onbekend') {
      return { type: 'NeemPandOp', ...stap, gemeente, pand: { postcode: '6461AB', huisnummer: String(p + 1) }, aantalKamers: 4, betrokkenen: { eigenaarId: `b-${p}` }, ingangsdatum };
    }
    const geldend = state.wijzigingen.filter((w) => w.vervallen === undefined);
    if (geldend.length > 0 && r() < 0.15) {
      return { type: 'CorrigeerGegevens', ...stap, correctie: { soort: 'wijziging-vervalt', wijziging: (geldend.at(-1) as { wijziging: number }).wijziging }, reden: 'bleek anders' };
    }
    const van = geldend.at(-1)?.naar ?? 'in-onderzoek';
    // Afgevoerd often, so that many panden leave the list and some come back on it.
    const naar = REGISTER_OVERGANGEN[van].includes('afgevoerd') && r() < 0.35 ? 'afgevoerd' : kies(REGISTER_OVERGANGEN[van]);
    return { type: 'WijzigStand', ...stap, naar, ingangsdatum, ...(naar === 'afgevoerd' ? { reden: 'geen kamerverhuur meer' } : {}) };
  }

  function ruweEvents(state: RegisterState, p: number, zaakId: string, gemeente: string, vandaag: string, ingangsdatum: string): RegisterEvent[] {
    // Recorded out of order now and then: a day from the last months.
    const geregistreerdOp = r() < 0.15 ? plusDagen(vandaag, -Math.floor(r() * 90)) : vandaag;
    const feit = { zaakId, ingangsdatum, geregistreerdOp, datum: vandaag, door };
    if (state.status === 'onbekend' && r() < 0.8) {
      return [{ type: 'PandInRegisterOpgenomen', ...feit, gemeente, pand: { sleutel: `adres:6461AB-${p + 1}`, identiteit: { soort: 'adres', postcode: '6461AB', huisnummer: p + 1 } }, aantalKamers: 4, betrokkenen: { eigenaarId: `b-${p}` }, stand: 'in-onderzoek' }];
    }
    const nummer = ruweNummers[p] as number;
    if (nummer > 0 && r() < 0.2) return [{ type: 'GegevensGecorrigeerd', ...feit, correctie: { soort: 'wijziging-vervalt', wijziging: 1 + Math.floor(r() * nummer) }, reden: 'bleek anders' }];
    const van = ruweStanden[p] as Stand;
    const naar = kies(STANDEN);
    ruweStanden[p] = naar;
    ruweNummers[p] = nummer + 1;
    return [{ type: 'StandGewijzigd', ...feit, wijziging: nummer + 1, van, naar, ...(naar === 'afgevoerd' ? { reden: 'geen kamerverhuur meer' } : {}) }];
  }
}
