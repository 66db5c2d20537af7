import { beeindigdeOpschorting, beslistermijnVraag, lopendeOpschorting, verdagingVan, type DamoclesEvent } from '@handhaving/domain-damocles';
import { DWANGSOM_TERMIJN_EVENTS, dwangsomTermijnen } from '../dwangsom/dwangsom-termijnen';
import type { RecordedEvent } from '@handhaving/event-store';
import { defineProjection, projectionKeyPrefix, type ProjectionContext } from '@handhaving/projections';
import { berekenTermijn, isKalenderdatum, renderUitleg, type Opschorting, type TermijnOpties, type TermijnVraag } from '@handhaving/termijnen';
import type { Redis } from 'ioredis';

/*
 * Every legal term of every case, shared by all contexts (Damocles first): its due date, state
 * and explanation. The scheduler derives one BullMQ job per deadline from it (job id = deadline
 * id, so the id holds no ':').
 *
 * Key layout (under `{keyPrefix}termijnen.deadlines.v3:`):
 * - `termijn`                        hash: deadline id -> JSON `Deadline`
 * - `gemeente:{gemeente}`            sorted set: deadline id, score = day number of `einde` (days since 1970-01-01)
 * - `medewerker:{gemeente}:{userId}` sorted set: the same, for the medewerker who started the term
 * - `zaak-gemeente`                  hash: streamId -> gemeente (for events recorded without one)
 * - `stream:{streamId}`              set: the deadline ids of one case (a dwangsom case has one
 *                                    verjaring per forfeiture, a bezwaartermijn per invorderingsbeschikking)
 * Every state is kept in the sorted sets (nothing is removed), so a due window is one
 * ZRANGEBYSCORE and the state is filtered after. `verstreken` is never stored: it is a lopend
 * term whose `einde` lies before the peildatum of the question.
 *
 * v2: a beslistermijn op bezwaar keeps the question it was computed from (`berekening`), so a
 * suspension or verdaging recomputes it; v1 deadlines lack it, hence a rebuild.
 * v3: a dwangsom's verjaring per unit forfeited and a last changed on bezwaar (its new
 * begunstigingstermijn), a Damocles begunstigingstermijn citing art. 5:24 lid 2 Awb: rebuilt so
 * stored terms read the same as new ones.
 */

export const DEADLINES_PROJECTIE = 'termijnen.deadlines.v3';

/**
 * `verjaring-dwangsom` (art. 5:35 Awb) and `looptijd` (of a preventieve last) come from dwangsom
 * cases; the soort is named as in @handhaving/termijnen and the policy's reminders, so the policy's
 * escalating reminders for a verjaring apply to it by name.
 */
export const DEADLINE_SOORTEN = [
  'zienswijzetermijn',
  'begunstigingstermijn',
  'bezwaartermijn',
  'beslistermijn-bezwaar',
  'beroepstermijn',
  'sluitingsduur',
  'verjaring-dwangsom',
  'looptijd',
] as const;
export type DeadlineSoort = (typeof DEADLINE_SOORTEN)[number];

/**
 * Stored states; `verstreken` is derived at query time. `opgeschort`: the term stands still
 * (art. 7:10 lid 2 Awb, an omission being repaired); it cannot run out meanwhile, so it is never
 * `verstreken` and has no reminders; it runs again (`lopend`, a later end) when the suspension ends.
 */
export type OpgeslagenDeadlineStatus = 'lopend' | 'opgeschort' | 'voldaan' | 'vervallen';
export const DEADLINE_STATUSSEN = ['lopend', 'opgeschort', 'verstreken', 'voldaan', 'vervallen'] as const satisfies readonly (OpgeslagenDeadlineStatus | 'verstreken')[];
export type DeadlineStatus = (typeof DEADLINE_STATUSSEN)[number];

/** A term still to be met: running, or standing still for a while. */
export function isLopend(status: DeadlineStatus): boolean {
  return status === 'lopend' || status === 'opgeschort';
}

export interface DeadlineStap {
  /** The event type that recorded the step. */
  readonly event: string;
  /** Its domain date (YYYY-MM-DD). */
  readonly datum: string;
  readonly vastgelegdOp: string;
  readonly reden?: string;
}

export interface Deadline {
  /**
   * `{streamId}.{soort}`, e.g. `damocles-Z-1.bezwaartermijn`, or `{streamId}.{soort}.{onderwerp}`
   * where a case has more than one of a soort (`dwangsom-Z-9.verjaring-dwangsom.verbeuring-3`):
   * no ':' (it becomes a BullMQ job id).
   */
  readonly id: string;
  readonly context: string;
  readonly zaakId: string;
  readonly streamId: string;
  readonly gemeente: string;
  readonly soort: DeadlineSoort;
  /** Last day of the term (YYYY-MM-DD, Europe/Amsterdam), through 23:59:59 local time. */
  readonly einde: string;
  readonly status: OpgeslagenDeadlineStatus;
  /** The user (event metadata `userId`, else the event's `door`) who recorded the step that started it. */
  readonly medewerker?: string;
  /** How the end was computed, from @handhaving/termijnen where it can be reproduced. */
  readonly uitleg?: string;
  /**
   * The question to @handhaving/termijnen the end comes from, with the suspensions and verdagingen
   * so far (a running suspension without `totEnMet`), for the terms they can move (the
   * beslistermijn op bezwaar); absent for the others.
   */
  readonly berekening?: TermijnVraag;
  /** What the term is about when a case has several of its soort: "verbeuring 3: € 2.500,00 verbeurd op 2021-06-10". */
  readonly betreft?: string;
  readonly gestartDoor: DeadlineStap;
  /** The step that made it voldaan or vervallen. */
  readonly afgeslotenDoor?: DeadlineStap;
}

export function deadlineId(streamId: string, soort: DeadlineSoort, onderwerp?: string): string {
  return (onderwerp === undefined ? `${streamId}.${soort}` : `${streamId}.${soort}.${onderwerp}`).replace(/:/g, '_');
}

/**
 * What a context's handler may do with the terms of the case whose event is being applied: start
 * one (a running one of the same id is kept), close a running one, read them.
 */
export interface Termijnboek {
  readonly recorded: RecordedEvent;
  start(
    soort: DeadlineSoort,
    einde: string,
    uitleg: string | undefined,
    opties?: { readonly onderwerp?: string; readonly betreft?: string; readonly berekening?: TermijnVraag },
  ): Promise<void>;
  sluit(soort: DeadlineSoort, status: 'voldaan' | 'vervallen', reden: string, onderwerp?: string): Promise<void>;
  lees(soort: DeadlineSoort, onderwerp?: string): Promise<Deadline | null>;
  /** A changed version of a deadline (e.g. a new end after bezwaar). */
  vervang(deadline: Deadline): void;
  /** Every deadline of this case so far, this batch's changes included. */
  vanZaak(): Promise<Deadline[]>;
  /** The gemeente of a case opened by this event, for its later events recorded without one. */
  zaakGemeente(gemeente: string): void;
}

const DAMOCLES_RELEVANT: DamoclesEvent['type'][] = [
  'RapportageOntvangen',
  'VoornemenVerzonden',
  'ZienswijzeOntvangen',
  'ZienswijzetermijnVerstreken',
  'WaarschuwingGegeven',
  'AfgezienVanMaatregel',
  'SluitingsbesluitGenomen',
  'BezwaarIngediend',
  'BeslissingOpBezwaarGenomen',
  'HerstelVerzuimGevraagd',
  'OpschortingBeslistermijnBeeindigd',
  'BeslistermijnBezwaarVerdaagd',
  'SluitingUitgevoerd',
  'PandHeropend',
];

/**
 * What satisfies or ends each term (termijnen.md "Reminders": a term stops being due when the
 * step it waits for is recorded):
 * - zienswijzetermijn: voldaan by ZienswijzeOntvangen or ZienswijzetermijnVerstreken (damocles.md
 *   step 4: "received … or the term passed without one"); vervallen when a besluit comes first.
 * - begunstigingstermijn: voldaan by SluitingUitgevoerd; vervallen when the closure is herroepen.
 * - bezwaartermijn: runs out by itself; BezwaarIngediend does NOT satisfy it (others may object).
 * - beslistermijn-bezwaar: started by BezwaarIngediend, 6 weeks from the day after the
 *   bezwaartermijn ended (art. 7:10 lid 1 Awb, computed with @handhaving/termijnen); voldaan by
 *   BeslissingOpBezwaarGenomen. Recomputed from its `berekening` by @handhaving/termijnen when it
 *   moves, the explanation listing each suspension and verdaging:
 *   - HerstelVerzuimGevraagd (art. 7:10 lid 2 Awb) makes it `opgeschort` from the day after the
 *     request. Its end is then unknown until the omission is repaired: termijnen.md says the end
 *     moves by the days suspended, so it is stored as the earliest end (as if the term ran again
 *     the day after the first day suspended), and the deadline list shows it as the end if the
 *     term ran again after the day asked about (`peildatum`: today, for the API), recomputed when
 *     read and marked voorlopig. The due window selects it by the stored earliest end. No
 *     reminder fires while it stands still (the scheduler reminds only `lopend` terms);
 *   - OpschortingBeslistermijnBeeindigd makes it `lopend` again, the end moved by the days that
 *     stood still; BeslistermijnBezwaarVerdaagd (art. 7:10 lid 3 Awb) moves it by the verdaging.
 *   A moved end gives new reminder ids, so the scheduler plans the reminders of the new end.
 * - beroepstermijn: started by BeslissingOpBezwaarGenomen; runs out by itself.
 * - sluitingsduur: started by SluitingUitgevoerd (when it has an end); voldaan by PandHeropend;
 *   moved by a gegrond beslissing that changes the duration; vervallen when herroepen or made indefinite.
 */
export const deadlinesProjectie = defineProjection({
  name: DEADLINES_PROJECTIE,
  filter: { eventTypes: [...new Set<string>([...DAMOCLES_RELEVANT, ...DWANGSOM_TERMIJN_EVENTS])] },
  async handle(events: readonly RecordedEvent[], context: ProjectionContext) {
    const deadlines = new Map<string, Deadline | null>();
    const gewijzigd = new Set<string>();
    const gemeenten = new Map<string, string | null>();
    const perZaak = new Map<string, Set<string>>();

    // Two round trips per batch instead of a few per event: every case's deadline ids, then the
    // deadlines themselves. A case's id set is complete (every term is added to it when it
    // starts, and v2 was built from the log with the sets), so an id outside it does not exist.
    const streams = [...new Set(events.map((e) => e.streamId))];
    const sets = await streams.reduce((p, streamId) => p.smembers(context.key('stream', streamId)), context.redis.pipeline()).exec();
    streams.forEach((streamId, i) => perZaak.set(streamId, new Set((sets?.[i]?.[1] as string[] | undefined) ?? [])));
    const alleIds = [...perZaak.values()].flatMap((ids) => [...ids]);
    if (alleIds.length > 0) {
      const jsons = await context.redis.hmget(context.key('termijn'), ...alleIds);
      alleIds.forEach((id, i) => deadlines.set(id, jsons[i] ? (JSON.parse(jsons[i] as string) as Deadline) : null));
    }

    const lees = async (id: string): Promise<Deadline | null> => deadlines.get(id) ?? null;
    const zet = (deadline: Deadline): void => {
      deadlines.set(deadline.id, deadline);
      gewijzigd.add(deadline.id);
    };
    // Every stream of the batch was read above.
    const idsVanZaak = (streamId: string): Set<string> => perZaak.get(streamId) as Set<string>;
    const gemeenteVan = async (recorded: RecordedEvent): Promise<string> => {
      if (recorded.metadata.gemeente) return recorded.metadata.gemeente;
      if (!gemeenten.has(recorded.streamId)) gemeenten.set(recorded.streamId, await context.redis.hget(context.key('zaak-gemeente'), recorded.streamId));
      return gemeenten.get(recorded.streamId) ?? 'onbekend';
    };

    for (const recorded of events) {
      const data = recorded.data as { readonly zaakId: string; readonly datum: string; readonly door?: string };
      const contextVan = recorded.streamId.slice(0, Math.max(0, recorded.streamId.indexOf('-')));
      const stap = (reden?: string): DeadlineStap => ({
        event: recorded.type,
        datum: data.datum,
        vastgelegdOp: recorded.metadata.recordedAt,
        ...(reden === undefined ? {} : { reden }),
      });
      const boek: Termijnboek = {
        recorded,
        async start(soort, einde, uitleg, opties = {}) {
          const id = deadlineId(recorded.streamId, soort, opties.onderwerp);
          const bestaand = await lees(id);
          if (bestaand !== null && isLopend(bestaand.status)) return; // a second objection starts no second beslistermijn
          const medewerker = recorded.metadata.userId ?? data.door;
          zet({
            id,
            context: contextVan,
            zaakId: data.zaakId,
            streamId: recorded.streamId,
            gemeente: await gemeenteVan(recorded),
            soort,
            einde,
            status: 'lopend',
            ...(medewerker ? { medewerker } : {}),
            ...(uitleg === undefined ? {} : { uitleg }),
            ...(opties.betreft === undefined ? {} : { betreft: opties.betreft }),
            ...(opties.berekening === undefined ? {} : { berekening: opties.berekening }),
            gestartDoor: stap(),
          });
          const ids = idsVanZaak(recorded.streamId);
          if (!ids.has(id)) {
            ids.add(id);
            context.multi.sadd(context.key('stream', recorded.streamId), id);
          }
        },
        async sluit(soort, status, reden, onderwerp) {
          const bestaand = await lees(deadlineId(recorded.streamId, soort, onderwerp));
          if (bestaand === null || !isLopend(bestaand.status)) return;
          zet({ ...bestaand, status, afgeslotenDoor: stap(reden) });
        },
        lees: (soort, onderwerp) => lees(deadlineId(recorded.streamId, soort, onderwerp)),
        vervang: zet,
        async vanZaak() {
          const lijst: Deadline[] = [];
          for (const id of idsVanZaak(recorded.streamId)) {
            const deadline = await lees(id);
            if (deadline !== null) lijst.push(deadline);
          }
          return lijst;
        },
        zaakGemeente(gemeente) {
          gemeenten.set(recorded.streamId, gemeente);
          context.multi.hset(context.key('zaak-gemeente'), recorded.streamId, gemeente);
        },
      };

      if (recorded.streamId.startsWith('dwangsom-')) {
        await dwangsomTermijnen(boek);
        continue;
      }
      if (!recorded.streamId.startsWith('damocles-')) continue;
      await damoclesTermijnen(boek);
    }

    for (const id of gewijzigd) {
      const deadline = deadlines.get(id);
      if (!deadline) continue;
      const score = dagnummer(deadline.einde);
      context.multi.hset(context.key('termijn'), id, JSON.stringify(deadline));
      context.multi.zadd(context.key('gemeente', deadline.gemeente), score, id);
      if (deadline.medewerker) context.multi.zadd(context.key('medewerker', deadline.gemeente, deadline.medewerker), score, id);
    }
  },
});

/** The terms of a Damocles case, step by step (see the table above). */
async function damoclesTermijnen(boek: Termijnboek): Promise<void> {
  const { recorded } = boek;
  const event = { ...(recorded.data as object), type: recorded.type } as DamoclesEvent;
  const start = (soort: DeadlineSoort, einde: string, uitleg: string | undefined) => boek.start(soort, einde, uitleg);
  const sluit = (soort: DeadlineSoort, status: 'voldaan' | 'vervallen', reden: string) => boek.sluit(soort, status, reden);
  switch (event.type) {
    case 'RapportageOntvangen':
      boek.zaakGemeente(event.gemeente);
      break;
    case 'VoornemenVerzonden': {
      const t = event.zienswijzetermijn;
      const beleid = t.verlengdAlsAtw ?? true;
      await start(
        'zienswijzetermijn',
        t.einde,
        t.lengte === undefined
          ? `zienswijzetermijn: eindigt ${t.einde}\n  gesteld in het voornemen verzonden op ${event.verzenddatum} (art. 4:8 Awb)`
          : uitlegVoor({ soort: 'zienswijzetermijn', vanaf: event.verzenddatum, lengte: t.lengte }, t.einde, { beleid: { verlengAlsAtw: { zienswijzetermijn: beleid, begunstigingstermijn: beleid } } }),
      );
      break;
    }
    case 'ZienswijzeOntvangen':
      await sluit('zienswijzetermijn', 'voldaan', event.binnenTermijn ? 'zienswijze ontvangen' : 'zienswijze ontvangen na de termijn');
      break;
    case 'ZienswijzetermijnVerstreken':
      await sluit('zienswijzetermijn', 'voldaan', 'termijn verstreken zonder zienswijze (vastgelegd)');
      break;
    case 'WaarschuwingGegeven':
      await sluit('zienswijzetermijn', 'vervallen', 'besluit genomen: waarschuwing');
      break;
    case 'AfgezienVanMaatregel':
      await sluit('zienswijzetermijn', 'vervallen', 'afgezien van maatregel');
      break;
    case 'SluitingsbesluitGenomen': {
      await sluit('zienswijzetermijn', 'vervallen', 'besluit genomen: sluiting');
      const b = event.begunstigingstermijn;
      if (b !== undefined) {
        const beleid = b.verlengdAlsAtw ?? true;
        await start(
          'begunstigingstermijn',
          b.einde,
          b.lengte === undefined
            ? `begunstigingstermijn: eindigt ${b.einde}\n  gesteld in het sluitingsbesluit bekendgemaakt op ${event.bekendmakingsdatum} (art. 5:24 lid 2 Awb)`
            : uitlegVoor({ soort: 'begunstigingstermijn', vanaf: event.bekendmakingsdatum, lengte: b.lengte }, b.einde, {
                beleid: { verlengAlsAtw: { zienswijzetermijn: beleid, begunstigingstermijn: beleid } },
              }),
        );
      }
      await start('bezwaartermijn', event.bezwaartermijnEinde, uitlegVoor({ soort: 'bezwaartermijn', vanaf: event.bekendmakingsdatum }, event.bezwaartermijnEinde));
      break;
    }
    case 'BezwaarIngediend': {
      const berekening = beslistermijnVraag(event.bezwaartermijnEinde, { opschortingen: [], verdagingen: [] });
      const berekend = berekenTermijn(berekening);
      await boek.start('beslistermijn-bezwaar', berekend.einde, renderUitleg(berekend.uitleg), { berekening });
      break;
    }
    case 'HerstelVerzuimGevraagd':
      await verschuifBeslistermijn(boek, 'lopend', (vraag) => ({ ...vraag, opschortingen: [...(vraag.opschortingen ?? []), lopendeOpschorting(event)] }));
      break;
    case 'OpschortingBeslistermijnBeeindigd':
      await verschuifBeslistermijn(boek, 'opgeschort', (vraag) => {
        // The running suspension (no `totEnMet`) ends; one in which not a day stood still drops out.
        const opschortingen: Opschorting[] = [];
        for (const o of vraag.opschortingen ?? []) {
          const beeindigd = o.totEnMet === undefined ? beeindigdeOpschorting(o, event) : o;
          if (beeindigd !== undefined) opschortingen.push(beeindigd);
        }
        const { opschortingen: _oud, ...rest } = vraag;
        return opschortingen.length === 0 ? rest : { ...rest, opschortingen };
      });
      break;
    case 'BeslistermijnBezwaarVerdaagd':
      await verschuifBeslistermijn(boek, undefined, (vraag) => ({ ...vraag, verdagingen: [...(vraag.verdagingen ?? []), verdagingVan(event)] }));
      break;
    case 'BeslissingOpBezwaarGenomen': {
      await sluit('beslistermijn-bezwaar', 'voldaan', `beslissing op bezwaar: ${event.uitkomst}`);
      await start('beroepstermijn', event.beroepstermijnEinde, uitlegVoor({ soort: 'beroepstermijn', vanaf: event.bekendmakingsdatum }, event.beroepstermijnEinde));
      const gevolg = event.gevolg;
      if (gevolg?.soort === 'herroepen') {
        await sluit('begunstigingstermijn', 'vervallen', 'sluitingsbesluit herroepen op bezwaar');
        await sluit('sluitingsduur', 'vervallen', 'sluitingsbesluit herroepen op bezwaar');
      } else if (gevolg?.soort === 'gewijzigd') {
        const sluitingsduur = await boek.lees('sluitingsduur');
        if (gevolg.duurMaanden === 'onbepaald') await sluit('sluitingsduur', 'vervallen', 'sluiting gewijzigd naar onbepaalde duur');
        else if (sluitingsduur?.status === 'lopend' && gevolg.eindeSluiting !== undefined) {
          boek.vervang({
            ...sluitingsduur,
            einde: gevolg.eindeSluiting,
            uitleg: `${sluitingsduur.uitleg ?? ''}\n  gewijzigd op bezwaar (${event.bekendmakingsdatum}): ${gevolg.duurMaanden} maanden, eindigt ${gevolg.eindeSluiting}`.trimStart(),
          });
        }
      }
      break;
    }
    case 'SluitingUitgevoerd':
      await sluit('begunstigingstermijn', 'voldaan', 'sluiting uitgevoerd');
      if (event.eindeSluiting !== undefined) {
        await start(
          'sluitingsduur',
          event.eindeSluiting,
          `sluitingsduur: eindigt ${event.eindeSluiting}\n  gesloten op ${event.sluitingsdatum}; een duur, geen termijn om binnen te handelen: niet verlengd`,
        );
      }
      break;
    case 'PandHeropend':
      await sluit('sluitingsduur', 'voldaan', `pand heropend op ${event.heropeningsdatum}`);
      break;
    default:
      break;
  }
}

/**
 * Moves the beslistermijn op bezwaar: a new question, its end and explanation recomputed, and
 * `opgeschort` while a suspension in it runs. `alleenAls`: the state it must be in for this step
 * (a suspension ends only a suspended term); a term met or lapsed is left as it is.
 */
async function verschuifBeslistermijn(boek: Termijnboek, alleenAls: 'lopend' | 'opgeschort' | undefined, wijzig: (vraag: TermijnVraag) => TermijnVraag): Promise<void> {
  const deadline = await boek.lees('beslistermijn-bezwaar');
  if (deadline === null || deadline.berekening === undefined || !isLopend(deadline.status)) return;
  if (alleenAls !== undefined && deadline.status !== alleenAls) return;
  boek.vervang(herberekend(deadline, wijzig(deadline.berekening)));
}

/** The suspension still running in the question, if one is (it has no `totEnMet`). */
function lopendeOpschortingIn(vraag: TermijnVraag): Opschorting | undefined {
  return vraag.opschortingen?.find((o) => o.totEnMet === undefined);
}

/**
 * The deadline computed from its question: while a suspension runs it is `opgeschort`, counted
 * through `peildatum` (default: the suspension's first day, giving the earliest end).
 */
function herberekend(deadline: Deadline, berekening: TermijnVraag, peildatum?: string): Deadline {
  const lopend = lopendeOpschortingIn(berekening);
  const berekend = berekenTermijn(lopend === undefined ? berekening : { ...berekening, peildatum: peildatum ?? lopend.van });
  return { ...deadline, berekening, status: lopend === undefined ? 'lopend' : 'opgeschort', einde: berekend.einde, uitleg: renderUitleg(berekend.uitleg) };
}

/** A suspended term as the deadline list shows it on `peildatum`: the end if the term ran again after that day. */
function opPeildatum(deadline: Deadline, peildatum: string): Deadline {
  if (deadline.status !== 'opgeschort' || deadline.berekening === undefined) return deadline;
  const lopend = lopendeOpschortingIn(deadline.berekening);
  return herberekend(deadline, deadline.berekening, lopend !== undefined && peildatum > lopend.van ? peildatum : undefined);
}

/** The explanation from @handhaving/termijnen when it reproduces the end on the event; else a plain line. */
function uitlegVoor(vraag: TermijnVraag, einde: string, opties?: TermijnOpties): string {
  try {
    const berekend = berekenTermijn(vraag, opties);
    if (berekend.einde === einde) return renderUitleg(berekend.uitleg);
  } catch {
    // an end given on the event that the library does not reproduce: say only what is known
  }
  return `${vraag.soort}: eindigt ${einde} (vanaf ${vraag.vanaf}, zoals vastgelegd)`;
}

export interface DeadlineVraag {
  readonly gemeente: string;
  /** First due date included (YYYY-MM-DD). */
  readonly van?: string;
  /** Last due date included (YYYY-MM-DD). */
  readonly tot?: string;
  readonly medewerker?: string;
  /** Keep only these states (after deriving `verstreken`). */
  readonly status?: DeadlineStatus | readonly DeadlineStatus[];
  /** The day the question is asked for: a lopend term with `einde` before it is `verstreken`. */
  readonly peildatum: string;
}

export interface DeadlineRegel extends Omit<Deadline, 'status'> {
  readonly status: DeadlineStatus;
}

/** The deadlines of a gemeente (or of one medewerker there) due in a window, ordered by due date. */
export async function deadlines(redis: Redis, keyPrefix: string, vraag: DeadlineVraag): Promise<DeadlineRegel[]> {
  for (const [veld, waarde] of [['peildatum', vraag.peildatum], ['van', vraag.van], ['tot', vraag.tot]] as const) {
    if (waarde !== undefined && !isKalenderdatum(waarde)) throw new RangeError(`${veld}: geen datum JJJJ-MM-DD: ${JSON.stringify(waarde)}`);
  }
  const basis = projectionKeyPrefix(keyPrefix, DEADLINES_PROJECTIE);
  const sleutel = vraag.medewerker === undefined ? `${basis}gemeente:${vraag.gemeente}` : `${basis}medewerker:${vraag.gemeente}:${vraag.medewerker}`;
  const ids = await redis.zrangebyscore(sleutel, vraag.van === undefined ? '-inf' : dagnummer(vraag.van), vraag.tot === undefined ? '+inf' : dagnummer(vraag.tot));
  if (ids.length === 0) return [];
  const jsons = await redis.hmget(`${basis}termijn`, ...ids);
  const statussen = vraag.status === undefined ? undefined : new Set<DeadlineStatus>(typeof vraag.status === 'string' ? [vraag.status] : vraag.status);
  const regels: DeadlineRegel[] = [];
  for (const json of jsons) {
    if (json === null) continue;
    const regel = alsRegel(json, vraag.peildatum);
    if (statussen && !statussen.has(regel.status)) continue;
    regels.push(regel);
  }
  return regels;
}

/** Every deadline of one case (by stream id), ordered by due date; `verstreken` derived from the peildatum. */
export async function deadlinesVanZaak(redis: Redis, keyPrefix: string, streamId: string, peildatum: string): Promise<DeadlineRegel[]> {
  if (!isKalenderdatum(peildatum)) throw new RangeError(`peildatum: geen datum JJJJ-MM-DD: ${JSON.stringify(peildatum)}`);
  const basis = projectionKeyPrefix(keyPrefix, DEADLINES_PROJECTIE);
  const ids = await redis.smembers(`${basis}stream:${streamId}`);
  if (ids.length === 0) return [];
  const regels: DeadlineRegel[] = [];
  for (const json of await redis.hmget(`${basis}termijn`, ...ids)) {
    if (json === null) continue;
    regels.push(alsRegel(json, peildatum));
  }
  return regels.sort((a, b) => a.einde.localeCompare(b.einde) || a.id.localeCompare(b.id));
}

/** A stored deadline as the list shows it on `peildatum`: a suspended one's end as if it ran again, a running one past its end `verstreken`. */
function alsRegel(json: string, peildatum: string): DeadlineRegel {
  const deadline = opPeildatum(JSON.parse(json) as Deadline, peildatum);
  return { ...deadline, status: deadline.status === 'lopend' && deadline.einde < peildatum ? 'verstreken' : deadline.status };
}

function dagnummer(datum: string): number {
  const [jaar, maand, dag] = datum.split('-').map(Number);
  return Date.UTC(jaar, maand - 1, dag) / 86_400_000;
}
