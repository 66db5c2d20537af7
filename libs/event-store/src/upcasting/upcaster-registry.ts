import type { RecordedEvent } from '../port/recorded-event';

/** What an upcaster makes of a stored event: its data in the next schema version. */
export interface Upcast {
  readonly data: unknown;
  /** A renamed event type, when the new version also has a new name. */
  readonly type?: string;
}

export interface Upcaster {
  readonly eventType: string;
  /** The schema version this upcaster reads; it produces `fromVersion + 1`. */
  readonly fromVersion: number;
  upcast(data: unknown, event: RecordedEvent): Upcast;
}

/**
 * Upcasters per event type and schema version, applied one version at a time whenever events
 * are read. Stored events are never rewritten: the log keeps what was decided, in the shape it
 * had then.
 */
export class UpcasterRegistry {
  private readonly byTypeAndVersion = new Map<string, Upcaster>();

  register(...upcasters: Upcaster[]): this {
    for (const upcaster of upcasters) {
      const key = keyOf(upcaster.eventType, upcaster.fromVersion);
      if (this.byTypeAndVersion.has(key)) {
        throw new Error(`An upcaster for ${upcaster.eventType} v${upcaster.fromVersion} is already registered`);
      }
      this.byTypeAndVersion.set(key, upcaster);
    }
    return this;
  }

  get isEmpty(): boolean {
    return this.byTypeAndVersion.size === 0;
  }

  upcast(event: RecordedEvent): RecordedEvent {
    let current = event;
    for (;;) {
      const upcaster = this.byTypeAndVersion.get(keyOf(current.type, current.schemaVersion));
      if (!upcaster) return current;
      const next = upcaster.upcast(current.data, current);
      current = { ...current, type: next.type ?? current.type, data: next.data, schemaVersion: current.schemaVersion + 1 };
    }
  }
}

function keyOf(eventType: string, version: number): string {
  return `${eventType}\u0000${version}`;
}
