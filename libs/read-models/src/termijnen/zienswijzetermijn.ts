import type { ZienswijzefaseEvent } from '@handhaving/domain-awb';
import { uitlegVoor } from './beslistermijn-herberekening';
import type { Termijnboek } from './deadline';

/** The kernel's zienswijzefase events, which start and end the zienswijzetermijn in every context. */
export const ZIENSWIJZEFASE_EVENTS = ['VoornemenVerzonden', 'ZienswijzeOntvangen', 'ZienswijzetermijnVerstreken'] as const;

export function isZienswijzefaseEvent(event: { readonly type: string }): event is ZienswijzefaseEvent {
  return (ZIENSWIJZEFASE_EVENTS as readonly string[]).includes(event.type);
}

/**
 * The zienswijzetermijn on the deadline list, the same in every context (art. 4:8 Awb): started by
 * the voornemen (its end as set in it, extended like a statutory term when the policy says so),
 * met by a zienswijze or by recording that the term passed without one. `betreft` names the term
 * where a context shows it.
 */
export async function volgZienswijzefase(boek: Termijnboek, event: ZienswijzefaseEvent, opties: { readonly betreft?: string } = {}): Promise<void> {
  switch (event.type) {
    case 'VoornemenVerzonden': {
      const t = event.zienswijzetermijn;
      const verleng = t.verlengdAlsAtw ?? true;
      await boek.start(
        'zienswijzetermijn',
        t.einde,
        t.lengte === undefined
          ? `zienswijzetermijn: eindigt ${t.einde}\n  gesteld in het voornemen verzonden op ${event.verzenddatum} (art. 4:8 Awb)`
          : uitlegVoor({ soort: 'zienswijzetermijn', vanaf: event.verzenddatum, lengte: t.lengte }, t.einde, { beleid: { verlengAlsAtw: { zienswijzetermijn: verleng, begunstigingstermijn: verleng } } }),
        opties.betreft === undefined ? undefined : { betreft: opties.betreft },
      );
      return;
    }
    case 'ZienswijzeOntvangen':
      return boek.sluit('zienswijzetermijn', 'voldaan', event.binnenTermijn ? 'zienswijze ontvangen' : 'zienswijze ontvangen na de termijn');
    case 'ZienswijzetermijnVerstreken':
      return boek.sluit('zienswijzetermijn', 'voldaan', 'termijn verstreken zonder zienswijze (vastgelegd)');
  }
}
