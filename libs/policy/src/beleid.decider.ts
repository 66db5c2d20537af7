import { type Decider, DomainRuleViolation } from '@handhaving/domain-shared';
import { JAREN_VOORUIT, LAATSTE_DATUM, uitersteToekomstigeDatum, VROEGSTE_DATUM } from '@handhaving/termijnen';
import { type BeleidProbleem, formatBeleidProbleem, valideerBeleid } from './beleid-validatie';
import { type BeleidVersie, beleidVersieId } from './beleid-versie';
import type { BeleidCommand, StelBeleidVast, TrekBeleidVersieIn } from './beleid.commands';
import type { BeleidEvent, BeleidVastgesteld, BeleidVersieIngetrokken } from './beleid.events';
import { parseGemeentecode } from './gemeentecode';
import { isKalenderdatum } from './kalenderdatum';

/**
 * The folded policy stream. `volgendeRevisie` counts the events folded so far, so the revision
 * of each event (what a version id is made of) is known without the store: fold the stream
 * from its first event, or a prefix of it ("as known on K").
 */
export type BeleidState =
  | { readonly status: 'leeg'; readonly volgendeRevisie: number }
  | {
      readonly status: 'vastgesteld';
      readonly gemeente: string;
      /** Every version ever set, in stream order, with what became of it. */
      readonly versies: readonly BeleidVersie[];
      readonly volgendeRevisie: number;
    };

/** A policy that breaks one or more rules; `problemen` lists them all, `field` names the first. */
export class OngeldigBeleid extends DomainRuleViolation {
  constructor(readonly problemen: readonly BeleidProbleem[]) {
    super(
      'beleid/ongeldig',
      `Het beleid is niet geldig: ${problemen.map(formatBeleidProbleem).join('; ')}`,
      problemen[0].veld === '' ? 'beleid' : `beleid.${problemen[0].veld}`,
    );
  }
}

export const beleidDecider: Decider<BeleidCommand, BeleidEvent, BeleidState> = {
  initialState: () => ({ status: 'leeg', volgendeRevisie: 0 }),

  decide(command, state) {
    switch (command.type) {
      case 'StelBeleidVast':
        return stelBeleidVast(command, state);
      case 'TrekBeleidVersieIn':
        return trekBeleidVersieIn(command, state);
      default: {
        const onbekend: never = command;
        throw new DomainRuleViolation('beleid/onbekend-commando', `Onbekend commando ${JSON.stringify((onbekend as { type?: unknown }).type)}`, 'type');
      }
    }
  },

  evolve(state, event) {
    const revisie = state.volgendeRevisie;
    switch (event.type) {
      case 'BeleidVastgesteld':
        return vastgesteld(state, event, revisie);
      case 'BeleidVersieIngetrokken':
        return ingetrokken(state, event, revisie);
      default: {
        // An event type this version does not know (a newer writer): it still takes a revision.
        const _onbekend: never = event;
        return { ...state, volgendeRevisie: revisie + 1 };
      }
    }
  },
};

function stelBeleidVast(command: StelBeleidVast, state: BeleidState): BeleidEvent[] {
  const gemeente = controleerGemeente(command.gemeente, state);
  controleerDatum(command.ingangsdatum, 'ingangsdatum', 'beleid/ingangsdatum-ongeldig', 'De ingangsdatum');
  controleerDatum(command.datum, 'datum', 'beleid/datum-ongeldig', 'De datum van vaststelling');
  controleerIngangVooruit(command.ingangsdatum, command.datum);
  controleerTekst(command.door, 'door', 'beleid/door-ontbreekt', 'Zeg wie het beleid vaststelt');
  controleerTekst(command.toelichting, 'toelichting', 'beleid/toelichting-ontbreekt', 'Licht het beleid toe: waarop berust het (besluit, datum), wat verandert er');
  const problemen = valideerBeleid(command.beleid);
  if (problemen.length > 0) throw new OngeldigBeleid(problemen);

  // The same version again (a retried or repeated seed) changes nothing: no new revision, so
  // the version id that cases recorded stays the one in force.
  const huidige = geldigeVersieOp(state, command.ingangsdatum);
  if (huidige && canoniek(huidige.beleid) === canoniek(command.beleid) && huidige.toelichting === command.toelichting) return [];

  const event: BeleidVastgesteld = {
    type: 'BeleidVastgesteld',
    gemeente,
    ingangsdatum: command.ingangsdatum,
    beleid: command.beleid,
    toelichting: command.toelichting,
    vastgesteldOp: command.datum,
    vastgesteldDoor: command.door,
  };
  return [event];
}

function trekBeleidVersieIn(command: TrekBeleidVersieIn, state: BeleidState): BeleidEvent[] {
  const gemeente = controleerGemeente(command.gemeente, state);
  controleerDatum(command.ingangsdatum, 'ingangsdatum', 'beleid/ingangsdatum-ongeldig', 'De ingangsdatum');
  controleerDatum(command.datum, 'datum', 'beleid/datum-ongeldig', 'De datum van intrekking');
  controleerTekst(command.door, 'door', 'beleid/door-ontbreekt', 'Zeg wie de versie intrekt');
  controleerTekst(command.reden, 'reden', 'beleid/reden-ontbreekt', 'Geef de reden van de intrekking');

  const versie = geldigeVersieOp(state, command.ingangsdatum);
  if (!versie) {
    const eerder = state.status === 'vastgesteld' && state.versies.some((v) => v.ingangsdatum === command.ingangsdatum && v.status === 'ingetrokken');
    if (eerder) {
      throw new DomainRuleViolation(
        'beleid/versie-al-ingetrokken',
        `De versie met ingangsdatum ${command.ingangsdatum} van ${gemeente} is al ingetrokken`,
        'ingangsdatum',
      );
    }
    throw new DomainRuleViolation(
      'beleid/versie-bestaat-niet',
      `${gemeente} heeft geen beleidsversie met ingangsdatum ${command.ingangsdatum}${bestaandeIngangsdata(state)}`,
      'ingangsdatum',
    );
  }
  const event: BeleidVersieIngetrokken = {
    type: 'BeleidVersieIngetrokken',
    gemeente,
    ingangsdatum: command.ingangsdatum,
    versie: versie.versie,
    reden: command.reden,
    ingetrokkenOp: command.datum,
    ingetrokkenDoor: command.door,
  };
  return [event];
}

function vastgesteld(state: BeleidState, event: BeleidVastgesteld, revisie: number): BeleidState {
  const gemeente = state.status === 'vastgesteld' ? state.gemeente : event.gemeente;
  const versie: BeleidVersie = {
    versie: beleidVersieId(gemeente, event.ingangsdatum, revisie),
    gemeente,
    ingangsdatum: event.ingangsdatum,
    beleid: event.beleid,
    toelichting: event.toelichting,
    revisie,
    vastgesteldOp: event.vastgesteldOp,
    ...(event.vastgesteldDoor === undefined ? {} : { vastgesteldDoor: event.vastgesteldDoor }),
    status: 'geldig',
  };
  const eerdere = state.status === 'vastgesteld' ? state.versies : [];
  const bijgewerkt = eerdere.map((oud): BeleidVersie =>
    oud.status === 'geldig' && oud.ingangsdatum === event.ingangsdatum ? { ...oud, status: 'vervangen', vervangenDoor: versie.versie } : oud,
  );
  return { status: 'vastgesteld', gemeente, versies: [...bijgewerkt, versie], volgendeRevisie: revisie + 1 };
}

function ingetrokken(state: BeleidState, event: BeleidVersieIngetrokken, revisie: number): BeleidState {
  if (state.status !== 'vastgesteld') return { ...state, volgendeRevisie: revisie + 1 };
  const intrekking = {
    op: event.ingetrokkenOp,
    reden: event.reden,
    revisie,
    ...(event.ingetrokkenDoor === undefined ? {} : { door: event.ingetrokkenDoor }),
  };
  return {
    ...state,
    versies: state.versies.map((versie): BeleidVersie =>
      versie.status === 'geldig' && versie.ingangsdatum === event.ingangsdatum ? { ...versie, status: 'ingetrokken', intrekking } : versie,
    ),
    volgendeRevisie: revisie + 1,
  };
}

/** The version that currently holds `ingangsdatum`, if any. */
export function geldigeVersieOp(state: BeleidState, ingangsdatum: string): BeleidVersie | undefined {
  return state.status === 'vastgesteld' ? state.versies.find((v) => v.status === 'geldig' && v.ingangsdatum === ingangsdatum) : undefined;
}

function controleerGemeente(tekst: string, state: BeleidState): string {
  const gemeente = parseGemeentecode(tekst, 'gemeente');
  if (state.status === 'vastgesteld' && state.gemeente !== gemeente) {
    throw new DomainRuleViolation(
      'beleid/gemeente-komt-niet-overeen',
      `Dit is het beleid van ${state.gemeente}; een versie voor ${gemeente} hoort in diens eigen beleidsstroom`,
      'gemeente',
    );
  }
  return gemeente;
}

/** A day that exists, in the plausible range of every date of a step (libs/termijnen, plausibele-datum.ts). */
function controleerDatum(waarde: string, veld: string, regel: string, wat: string): void {
  if (!isKalenderdatum(waarde)) {
    throw new DomainRuleViolation(regel, `${wat} ${JSON.stringify(waarde)} is geen datum: schrijf JJJJ-MM-DD, bijvoorbeeld 2020-01-01`, veld);
  }
  if (waarde < VROEGSTE_DATUM) {
    throw new DomainRuleViolation('beleid/datum-te-vroeg', `${wat} ${waarde} ligt vóór ${VROEGSTE_DATUM}: een datum van beleid ligt niet vóór 1 januari 1980; controleer het jaartal`, veld);
  }
  if (waarde > LAATSTE_DATUM) {
    throw new DomainRuleViolation('beleid/datum-te-ver-vooruit', `${wat} ${waarde} ligt na ${LAATSTE_DATUM}: zo ver vooruit telt geen termijn; controleer het jaartal`, veld);
  }
}

/** A policy may be set ahead of the day it goes in, by at most 10 years. */
function controleerIngangVooruit(ingangsdatum: string, datum: string): void {
  const uiterste = uitersteToekomstigeDatum(datum);
  if (ingangsdatum > uiterste) {
    throw new DomainRuleViolation(
      'beleid/datum-te-ver-vooruit',
      `De ingangsdatum ${ingangsdatum} ligt meer dan ${JAREN_VOORUIT} jaar na de vaststelling (${datum}): de laatste dag die kan is ${uiterste}; controleer het jaartal`,
      'ingangsdatum',
    );
  }
}

function controleerTekst(waarde: string, veld: string, regel: string, detail: string): void {
  if (typeof waarde !== 'string' || waarde.trim() === '') throw new DomainRuleViolation(regel, detail, veld);
}

function bestaandeIngangsdata(state: BeleidState): string {
  const data = state.status === 'vastgesteld' ? state.versies.filter((v) => v.status === 'geldig').map((v) => v.ingangsdatum) : [];
  return data.length === 0 ? ' (er is nog geen beleid vastgesteld)' : ` (wel: ${[...new Set(data)].sort().join(', ')})`;
}

/** JSON with sorted keys: two policies are the same when they say the same, whatever the key order. */
function canoniek(waarde: unknown): string {
  return JSON.stringify(waarde, (_sleutel, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
