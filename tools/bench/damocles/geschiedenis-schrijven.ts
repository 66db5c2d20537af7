/**
 * Writes a generated Damocles history straight into an event store, through the deciders (the
 * same decide → append as the API, without HTTP): every step's events are appended on the day
 * the step was taken (the store's clock is set to that day), so "as known on" questions about
 * the history have real answers. Used to build the million-event store; the import benchmark
 * measures the API path on its own.
 */
import { damoclesDecider, damoclesStreamId, type DamoclesCommand, type DamoclesEvent, type DamoclesState } from '@handhaving/domain-damocles';
import type { EventStore, NewEvent } from '@handhaving/event-store';
import { beleidDecider, beleidOp, beleidStreamId, type Beleid, type BeleidEvent } from '@handhaving/policy';
import type { Zaakverloop } from './zaakgeschiedenis';

export interface InstelbareKlok {
  now(): Date;
  zet(instant: string): void;
}

export function instelbareKlok(begin: string): InstelbareKlok {
  let nu = new Date(begin);
  return { now: () => nu, zet: (instant) => (nu = new Date(instant)) };
}

const STAPTYPE: Record<string, DamoclesCommand['type']> = {
  voornemen: 'VerzendVoornemen',
  zienswijze: 'RegistreerZienswijze',
  'zienswijzetermijn-verstreken': 'StelVastDatZienswijzetermijnVerstreken',
  besluit: 'NeemBesluit',
  bezwaar: 'RegistreerBezwaar',
  'beslissing-op-bezwaar': 'NeemBeslissingOpBezwaar',
  'sluiting-uitgevoerd': 'RegistreerSluitingUitgevoerd',
  heropening: 'RegistreerHeropening',
};

function toNewEvent(event: { readonly type: string }): NewEvent {
  const { type, ...data } = event;
  return { type, data };
}

/** Appends the policy of every gemeente (valid from `ingangsdatum`) and every case, day by day. Returns the number of events. */
export async function schrijfGeschiedenis(
  store: EventStore,
  klok: InstelbareKlok,
  zaken: readonly Zaakverloop[],
  beleid: Beleid,
  opties: { readonly ingangsdatum: string; readonly onVoortgang?: (events: number) => void },
): Promise<number> {
  let events = 0;
  const versies = new Map<string, string>();
  klok.zet(`${opties.ingangsdatum}T09:00:00Z`);
  for (const gemeente of new Set(zaken.map((zaak) => zaak.gemeente))) {
    const beleidEvents = beleidDecider.decide(
      { type: 'StelBeleidVast', gemeente, ingangsdatum: opties.ingangsdatum, beleid, toelichting: 'benchmark', datum: opties.ingangsdatum, door: 'bench' },
      beleidDecider.initialState(),
    );
    await store.appendToStream(beleidStreamId(gemeente), beleidEvents.map(toNewEvent), { expectedRevision: 'no-stream', metadata: { gemeente, userId: 'bench' } });
    const inForce = beleidOp(beleidEvents as BeleidEvent[], opties.ingangsdatum);
    if (inForce.status === 'geen-beleid') throw new Error(inForce.reden);
    versies.set(gemeente, inForce.versie);
    events += beleidEvents.length;
  }

  const stappen = zaken.flatMap((zaak, z) => zaak.stappen.map((stap, s) => ({ z, s, datum: stap.datum })));
  stappen.sort((a, b) => a.datum.localeCompare(b.datum) || a.z - b.z || a.s - b.s);
  const toestand = new Map<number, { state: DamoclesState; revision: number }>();
  for (let i = 0; i < stappen.length; ) {
    const datum = stappen[i]?.datum as string;
    klok.zet(`${datum}T15:00:00Z`);
    const appends: Promise<unknown>[] = [];
    for (; i < stappen.length && stappen[i]?.datum === datum; i++) {
      const { z, s } = stappen[i] as { z: number; s: number };
      const zaak = zaken[z] as Zaakverloop;
      const huidig = toestand.get(z) ?? { state: damoclesDecider.initialState(), revision: -1 };
      const command = opdrachtVoor(zaak, s, beleid, versies.get(zaak.gemeente) as string);
      const decided: readonly DamoclesEvent[] = damoclesDecider.decide(command, huidig.state);
      toestand.set(z, { state: decided.reduce(damoclesDecider.evolve, huidig.state), revision: huidig.revision + decided.length });
      appends.push(
        store.appendToStream(damoclesStreamId(zaak.zaakId), decided.map(toNewEvent), {
          expectedRevision: huidig.revision < 0 ? 'no-stream' : huidig.revision,
          metadata: { commandId: `${zaak.zaakId}.${s}`, userId: 'bench', gemeente: zaak.gemeente, correlationId: `${zaak.zaakId}.${s}` },
        }),
      );
      events += decided.length;
    }
    await Promise.all(appends);
    opties.onVoortgang?.(events);
  }
  return events;
}

function opdrachtVoor(zaak: Zaakverloop, index: number, beleid: Beleid, beleidsversie: string): DamoclesCommand {
  const stap = zaak.stappen[index];
  if (stap === undefined) throw new Error(`zaak ${zaak.zaakId} heeft geen stap ${index}`);
  const naam = stap.pad.split('/')[2] ?? '';
  const door = 'bench';
  if (naam === '') {
    const { zaakId: _gekozen, ...rapportage } = stap.body;
    return { type: 'RegistreerRapportage', ...(rapportage as object), zaakId: zaak.zaakId, door } as DamoclesCommand;
  }
  if (naam === 'maatregelvoorstel') {
    return { type: 'StelMaatregelVoor', zaakId: zaak.zaakId, datum: stap.datum, door, beleid, beleidsversie, eerdereVondsten: stap.eerdereVondsten ?? [] };
  }
  const type = STAPTYPE[naam];
  if (type === undefined) throw new Error(`onbekende stap ${naam}`);
  return { type, ...stap.body, zaakId: zaak.zaakId, door } as DamoclesCommand;
}
