import type { Decider } from '../decider/decider';

/*
 * What the rest of the product knows of a bounded context from its domain: its name, the prefix
 * of its case streams, its decider and the event types it writes. Every context exports one
 * (`damoclesContext`, `dwangsomContext`, …); the read side and the API register each context once
 * and build their parts from it, so shared code never names a context.
 */
export interface Zaakcontext<Command = unknown, Event = { readonly type: string }, State = unknown> {
  /** `damocles`, `dwangsom`, …: the first part of its stream ids and rule ids. */
  readonly naam: string;
  /** `{naam}-`: every case of the context lives on a stream `{naam}-{zaakId}`. */
  readonly streamPrefix: string;
  readonly decider: Decider<Command, Event, State>;
  /** Every event type the context writes (others may appear on its streams: a reminder sent). */
  readonly eventTypes: readonly string[];
  streamId(zaakId: string): string;
}

/** Defines a context whose streams are `{naam}-{zaakId}`. */
export function zaakcontext<Command, Event, State>(
  naam: string,
  decider: Decider<Command, Event, State>,
  eventTypes: readonly string[],
): Zaakcontext<Command, Event, State> {
  const streamPrefix = `${naam}-`;
  return { naam, streamPrefix, decider, eventTypes, streamId: (zaakId) => `${streamPrefix}${zaakId}` };
}

/** The registered context a stream belongs to, by its prefix; none for streams of no case (policy, betrokkenen). */
export function contextVanStream<T extends Pick<Zaakcontext, 'streamPrefix'>>(contexten: readonly T[], streamId: string): T | undefined {
  return contexten.find((context) => streamId.startsWith(context.streamPrefix));
}
