import { Inject, Injectable } from '@nestjs/common';
import {
  geldendeWijzigingen,
  huidigeStand,
  kamerverhuurregisterContext,
  kamerverhuurtrajectContext,
  kamerverhuurvergunningContext,
  registerDecider,
  vergunningDecider,
  type CorrigeerGegevens,
  type OpgenomenPand,
  type OvertredingGeconstateerd,
  type RegisterCommand,
  type RegisterEvent,
  type Stand,
  type TrajectAfgesloten,
  type VergunningAangevraagd,
  type VergunningEvent,
  type VergunningIngetrokken,
  type VergunningVerleend,
  type VergunningVervallen,
  type WijzigStand,
} from '@handhaving/domain-kamerverhuur';
import { fold } from '@handhaving/domain-shared';
import type { EventStore, RecordedEvent } from '@handhaving/event-store';
import { projectionKeyPrefix } from '@handhaving/projections';
import type Redis from 'ioredis';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { ClockToken, vandaag, type Clock } from '../../platform/clock/clock';
import { CommandPipeline, toDomainEvent } from '../../platform/commands/command-pipeline';
import { EventStoreToken } from '../../platform/event-store/event-store.module';
import { Procesmanager } from '../../platform/processen/procesmanager';
import { RedisToken } from '../../platform/redis/redis.module';

export const REGISTER_VOLGT_VERGUNNING_EN_TRAJECT = 'kamerverhuur.register-volgt.v1';

/** A decision on bezwaar or beroep about a permit: it may give back a revoked permit. */
interface Rechtsgang {
  readonly type: 'BeslissingOpBezwaarGenomen' | 'UitspraakOpBeroepGedaan';
  readonly zaakId: string;
  readonly datum: string;
  readonly door: string;
}

type Aanleidinggevend = VergunningVerleend | VergunningIngetrokken | VergunningVervallen | Rechtsgang | OvertredingGeconstateerd | TrajectAfgesloten;

/** What the register does on a step: move the pand, take back a move that turned out never to have happened, or nothing. */
export type Registergevolg =
  | { readonly soort: 'verplaats'; readonly naar: Stand; readonly ingangsdatum: string; readonly reden?: string }
  | { readonly soort: 'trek-terug'; readonly wijziging: number; readonly reden: string }
  | { readonly soort: 'geen' };

const GEEN: Registergevolg = { soort: 'geen' };

export interface Omstandigheden {
  /** The pand's register entry now. */
  readonly pand: OpgenomenPand;
  /** For a decision on bezwaar or beroep about a permit: the permit after it. */
  readonly vergunningNu?: VergunningEvent[];
  /** Other trajecten about the pand still open (not the one of the event). */
  readonly andereOpenTrajecten: number;
  /** Other permits for the pand that still hold (not the one of the event). */
  readonly andereGeldendeVergunningen: number;
}

/**
 * What a permit's or traject's step does to its pand in the register (docs/kamerverhuur.md,
 * "Wat het register volgt"):
 * - a permit granted: vergund, or gelegaliseerd when the pand was in handhaving;
 * - a permit revoked or lapsed: afgevoerd, with that reason, from the day it no longer holds —
 *   unless another permit for the pand (a new holder's) still holds;
 * - a revocation herroepen on bezwaar or vernietigd on beroep never took effect: its afvoer is
 *   taken back (a correction: as known before, the pand was afgevoerd; as known now, never);
 * - a constatering: in handhaving from the day it was made;
 * - a traject closed as `geen-overtreding`: its move into handhaving is taken back likewise;
 * - a traject closed as nageleefd or gelegaliseerd, when no other traject about the pand is open:
 *   gelegaliseerd when it was (or became) vergund, afgevoerd when the rental simply ended.
 * Nothing when the pand is where the step would put it, or another traject still holds it.
 */
export function registergevolg(event: Aanleidinggevend, eventZaakId: string, o: Omstandigheden): Registergevolg {
  const stand = huidigeStand(o.pand);
  const vergund = stand === 'vergund' || stand === 'gelegaliseerd';
  switch (event.type) {
    case 'VergunningVerleend':
      if (stand === 'in-onderzoek') return { soort: 'verplaats', naar: 'vergund', ingangsdatum: event.ingangsdatum };
      if (stand === 'in-handhaving') return { soort: 'verplaats', naar: 'gelegaliseerd', ingangsdatum: event.ingangsdatum };
      return GEEN;
    case 'VergunningIngetrokken':
      return vergund && o.andereGeldendeVergunningen === 0 ? { soort: 'verplaats', naar: 'afgevoerd', ingangsdatum: event.ingangsdatum, reden: `vergunning ingetrokken: ${event.reden}` } : GEEN;
    case 'VergunningVervallen':
      return vergund && o.andereGeldendeVergunningen === 0 ? { soort: 'verplaats', naar: 'afgevoerd', ingangsdatum: event.vervaldatum, reden: `vergunning vervallen (${event.reden})` } : GEEN;
    case 'BeslissingOpBezwaarGenomen':
    case 'UitspraakOpBeroepGedaan': {
      const vergunning = o.vergunningNu === undefined ? undefined : fold(vergunningDecider, o.vergunningNu);
      if (vergunning?.status !== 'verleend') return GEEN;
      return trekTerug(o.pand, eventZaakId, 'VergunningIngetrokken', event.type === 'BeslissingOpBezwaarGenomen' ? 'intrekking herroepen op bezwaar' : 'intrekking vernietigd op beroep');
    }
    case 'OvertredingGeconstateerd':
      return stand === 'afgevoerd' || stand === 'in-handhaving' ? GEEN : { soort: 'verplaats', naar: 'in-handhaving', ingangsdatum: event.constateringsdatum };
    case 'TrajectAfgesloten': {
      if (event.resultaat === 'geen-overtreding') return trekTerug(o.pand, eventZaakId, 'OvertredingGeconstateerd', 'traject afgesloten: geen overtreding');
      if (stand !== 'in-handhaving' || o.andereOpenTrajecten > 0) return GEEN;
      if (event.resultaat === 'gelegaliseerd' || (event.resultaat === 'nageleefd' && wasVergund(o.pand))) return { soort: 'verplaats', naar: 'gelegaliseerd', ingangsdatum: event.afsluitdatum };
      if (event.resultaat === 'nageleefd') return { soort: 'verplaats', naar: 'afgevoerd', ingangsdatum: event.afsluitdatum, reden: 'kamerverhuur beëindigd na handhaving' };
      return GEEN;
    }
    default: {
      const onbekend: never = event;
      return onbekend;
    }
  }
}

/** The move this case's event made, taken back when it is the last that stands (a later move was made from it: left to the medewerker). */
function trekTerug(pand: OpgenomenPand, zaakId: string, gebeurtenis: string, reden: string): Registergevolg {
  const laatste = geldendeWijzigingen(pand).at(-1);
  if (laatste?.aanleiding?.zaakId !== zaakId || laatste.aanleiding.gebeurtenis !== gebeurtenis) return GEEN;
  return { soort: 'trek-terug', wijziging: laatste.wijziging, reden };
}

/** Whether the pand had a permit when it went into handhaving (rented beyond it). */
function wasVergund(pand: OpgenomenPand): boolean {
  const geldend = geldendeWijzigingen(pand);
  const voor = geldend.at(-2)?.naar;
  return voor === 'vergund' || voor === 'gelegaliseerd';
}

/**
 * Process manager: keeps the pand register in step with the permits and trajecten about its
 * panden (issue 14: "each moving the pand's state in the register"), by `registergevolg`. Each
 * move is a `WijzigStand` on the pand's register entry carrying the event that caused it (its
 * aanleiding: delivered twice, recorded once); each take-back a correction of that move. It acts
 * as the medewerker who took the step. It keeps, per pand, the trajecten still open and the
 * permits that hold, so closing one traject or ending one permit does not move a pand another
 * still holds. A move the register refuses (a pand afgevoerd, a
 * date before its last change) is logged with its rule and left to the medewerker.
 */
@Injectable()
export class RegisterVolgtVergunningEnTraject extends Procesmanager {
  constructor(
    @Inject(EventStoreToken) private readonly store: EventStore,
    @Inject(RedisToken) private readonly redis: Redis,
    @Inject(ApiConfigToken) config: ApiConfig,
    private readonly pipeline: CommandPipeline,
    @Inject(ClockToken) private readonly clock: Clock,
  ) {
    super({
      naam: REGISTER_VOLGT_VERGUNNING_EN_TRAJECT,
      filter: {
        eventTypes: ['VergunningVerleend', 'VergunningIngetrokken', 'VergunningVervallen', 'BeslissingOpBezwaarGenomen', 'UitspraakOpBeroepGedaan', 'OvertredingGeconstateerd', 'TrajectAfgesloten'],
        streamPrefixes: [kamerverhuurvergunningContext.streamPrefix, kamerverhuurtrajectContext.streamPrefix],
      },
      store,
      redis,
      config,
    });
  }

  protected async reageer(recorded: RecordedEvent): Promise<void> {
    const event = toDomainEvent<Aanleidinggevend>(recorded);
    // The case as it stood right after this event (a replay finds later events on its stream too).
    const bron = (await this.store.readStream(recorded.streamId, { toRevision: recorded.streamRevision })).map(toDomainEvent<VergunningEvent | OvertredingGeconstateerd>);
    const registerZaakId = (bron[0] as VergunningAangevraagd | OvertredingGeconstateerd | undefined)?.registerZaakId;
    const gemeente = recorded.metadata.gemeente;
    if (registerZaakId === undefined || gemeente === undefined) return;
    const vergunningNu = recorded.streamId.startsWith(kamerverhuurvergunningContext.streamPrefix) ? (bron as VergunningEvent[]) : undefined;
    const { andereOpenTrajecten, andereGeldendeVergunningen } = await this.houdBij(registerZaakId, event, vergunningNu);
    const streamId = kamerverhuurregisterContext.streamId(registerZaakId);
    const register = fold(registerDecider, (await this.store.readStream(streamId)).map(toDomainEvent<RegisterEvent>));
    if (register.status !== 'opgenomen') {
      this.logger.warn({ eventId: recorded.id, registerZaakId }, `${event.type}: het pand staat niet in het register`);
      return;
    }
    const gevolg = registergevolg(event, event.zaakId, {
      pand: register,
      ...(vergunningNu === undefined ? {} : { vergunningNu }),
      andereOpenTrajecten,
      andereGeldendeVergunningen,
    });
    if (gevolg.soort === 'geen') return;
    const stap = { zaakId: registerZaakId, datum: event.datum, door: event.door, vandaag: vandaag(this.clock) };
    const command: RegisterCommand =
      gevolg.soort === 'verplaats'
        ? ({ type: 'WijzigStand', ...stap, naar: gevolg.naar, ingangsdatum: gevolg.ingangsdatum, ...(gevolg.reden === undefined ? {} : { reden: gevolg.reden }), aanleiding: { zaakId: event.zaakId, gebeurtenis: event.type, eventId: recorded.id } } satisfies WijzigStand)
        : ({ type: 'CorrigeerGegevens', ...stap, correctie: { soort: 'wijziging-vervalt', wijziging: gevolg.wijziging }, reden: gevolg.reden } satisfies CorrigeerGegevens);
    await this.pipeline.execute(registerDecider, {
      streamId,
      command,
      gemeente,
      principal: this.namens(recorded, event.door, gemeente),
      commandId: `register-volgt-${recorded.id}`,
      correlationId: recorded.metadata.correlationId ?? recorded.id,
      streamMustExist: true,
    });
  }

  /**
   * The trajecten about a pand still open and its permits that hold, kept by this process manager
   * itself (in the order of the log, so a replay ends the same), and how many besides the event's own case.
   */
  private async houdBij(registerZaakId: string, event: Aanleidinggevend, vergunningNu: VergunningEvent[] | undefined): Promise<{ andereOpenTrajecten: number; andereGeldendeVergunningen: number }> {
    const basis = `${projectionKeyPrefix(this.opties.config.redisKeyPrefix, REGISTER_VOLGT_VERGUNNING_EN_TRAJECT)}${registerZaakId}`;
    const trajecten = `${basis}:open-trajecten`;
    const vergunningen = `${basis}:geldende-vergunningen`;
    if (event.type === 'OvertredingGeconstateerd') await this.redis.sadd(trajecten, event.zaakId);
    if (event.type === 'TrajectAfgesloten') await this.redis.srem(trajecten, event.zaakId);
    if (vergunningNu !== undefined) {
      // A permit holds while granted and not ended: as its stream says after this event (a herroepen intrekking gives it back).
      if (fold(vergunningDecider, vergunningNu).status === 'verleend') await this.redis.sadd(vergunningen, event.zaakId);
      else await this.redis.srem(vergunningen, event.zaakId);
    }
    const [open, geldend] = await Promise.all([this.redis.smembers(trajecten), this.redis.smembers(vergunningen)]);
    return { andereOpenTrajecten: open.filter((id) => id !== event.zaakId).length, andereGeldendeVergunningen: geldend.filter((id) => id !== event.zaakId).length };
  }
}
