import { beroepNa, beroepVan, beslistermijnNa, zienswijzefaseNa, zienswijzefaseVan } from '@handhaving/domain-awb';
import { GEEN_RECHTSBESCHERMING } from './regels/rechtsgang';
import type { VergunningEvent } from './vergunning.events';
import type { BestredenBesluit, BeslistermijnVerloopAanvraag, Rechtsbescherming, VergunningState } from './vergunning.state';

/**
 * A kamerverhuurvergunning's state after one more event. Never throws, reads no clock; an event it
 * does not know (the scheduler's HerinneringVerstuurd, a newer version's type) or one that does not
 * fit the state leaves the case as it was.
 */
export function evolveVergunning(state: VergunningState, event: VergunningEvent): VergunningState {
  switch (event.type) {
    case 'VergunningAangevraagd':
      if (state.status !== 'onbekend') return state;
      return {
        status: 'aangevraagd',
        zaak: {
          zaakId: event.zaakId,
          gemeente: event.gemeente,
          registerZaakId: event.registerZaakId,
          pandSleutel: event.pandSleutel,
          aanvragerId: event.aanvragerId,
          aantalKamers: event.aantalKamers,
          ontvangstdatum: event.ontvangstdatum,
        },
        beslistermijn: { weken: event.beslistermijn.lengte.aantal, grondslag: event.beslistermijn.grondslag, aanvullingen: [], verdagingen: [] },
      };
    case 'AanvullingGevraagd':
      return metBeslistermijn(state, (b) => ({
        ...b,
        aanvullingen: [...b.aanvullingen, { aanvulling: event.aanvulling, gevraagdOp: event.gevraagdOp, hersteltermijnEinde: event.hersteltermijnEinde }],
      }));
    case 'AanvraagAangevuld':
      return metBeslistermijn(state, (b) => ({
        ...b,
        aanvullingen: b.aanvullingen.map((a) => (a.aanvulling === event.aanvulling && a.ontvangenOp === undefined ? { ...a, ontvangenOp: event.ontvangenOp } : a)),
      }));
    case 'BeslistermijnAanvraagVerdaagd':
      return metBeslistermijn(state, (b) => ({ ...b, verdagingen: [...b.verdagingen, { verdagingsdatum: event.verdagingsdatum, weken: event.weken, motivering: event.motivering }] }));
    case 'VoornemenVerzonden':
      if (state.status !== 'aangevraagd' && state.status !== 'verleend') return state;
      return { ...state, voornemen: { ...zienswijzefaseVan(event), strekking: event.strekking } };
    case 'ZienswijzeOntvangen':
    case 'ZienswijzetermijnVerstreken': {
      if ((state.status !== 'aangevraagd' && state.status !== 'verleend') || state.voornemen === undefined) return state;
      return { ...state, voornemen: { ...state.voornemen, ...zienswijzefaseNa(state.voornemen, event) } };
    }
    case 'VergunningVerleend': {
      if (state.status !== 'aangevraagd' && state.status !== 'geweigerd') return state;
      const vergunning = {
        besluitdatum: event.besluitdatum,
        bekendmakingsdatum: event.bekendmakingsdatum,
        ingangsdatum: event.ingangsdatum,
        ...(event.einddatum === undefined ? {} : { einddatum: event.einddatum }),
        aantalKamers: event.aantalKamers,
      };
      // After a weigering herroepen, its rechtsgang stays with the case.
      return { status: 'verleend', zaak: state.zaak, beslistermijn: state.beslistermijn, vergunning, ...(state.status === 'geweigerd' ? { bestreden: state.bestreden } : {}) };
    }
    case 'VergunningGeweigerd':
      if (state.status !== 'aangevraagd') return state;
      return { status: 'geweigerd', zaak: state.zaak, beslistermijn: state.beslistermijn, bestreden: bestreden('weigering', event) };
    case 'VergunningIngetrokken':
      if (state.status !== 'verleend') return state;
      return {
        status: 'ingetrokken',
        zaak: state.zaak,
        beslistermijn: state.beslistermijn,
        vergunning: state.vergunning,
        intrekking: { ingangsdatum: event.ingangsdatum, reden: event.reden },
        bestreden: bestreden('intrekking', event),
      };
    case 'VergunningVervallen':
      if (state.status !== 'verleend') return state;
      return {
        status: 'vervallen',
        zaak: state.zaak,
        beslistermijn: state.beslistermijn,
        vergunning: state.vergunning,
        verval: { vervaldatum: event.vervaldatum, reden: event.reden },
        ...(state.bestreden === undefined ? {} : { bestreden: state.bestreden }),
      };
    case 'BezwaarIngediend':
      return metRechtsbescherming(state, (r) => ({
        ...r,
        // The first sets the beslistermijn op bezwaar; later ones (another belanghebbende's) join it.
        bezwaar: r.bezwaar ?? { ontvangstdatum: event.ontvangstdatum, tijdig: event.tijdig, ...(event.adviescommissie === undefined ? {} : { adviescommissie: event.adviescommissie }) },
        bezwaren: [...(r.bezwaren ?? []), { ...(event.van === undefined ? {} : { van: event.van }), ontvangstdatum: event.ontvangstdatum, tijdig: event.tijdig }],
      }));
    case 'HerstelVerzuimGevraagd':
    case 'OpschortingBeslistermijnBeeindigd':
    case 'BeslistermijnBezwaarVerdaagd':
    case 'BeslistermijnBezwaarUitgesteld':
      return metRechtsbescherming(state, (r) => ({ ...r, beslistermijn: beslistermijnNa(r.beslistermijn, event) }));
    case 'BeslissingOpBezwaarGenomen': {
      const beslist = metRechtsbescherming(state, (r) => ({
        ...r,
        beslissingOpBezwaar: { uitkomst: event.uitkomst, bekendmakingsdatum: event.bekendmakingsdatum, beroepstermijnEinde: event.beroepstermijnEinde },
      }));
      // Art. 7:11 lid 2 Awb: a gegrond bezwaar herroept the besluit, from its bekendmaking.
      return event.uitkomst === 'gegrond' ? herroep(beslist, event.bekendmakingsdatum, 'bezwaar') : beslist;
    }
    case 'VoorlopigeVoorzieningGevraagd':
      return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'gevraagd' }));
    case 'VoorlopigeVoorzieningToegewezen':
      return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'toegewezen' }));
    case 'VoorlopigeVoorzieningAfgewezen':
      return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'afgewezen' }));
    case 'BeroepIngesteld':
      return metRechtsbescherming(state, (r) => ({ ...r, beroep: beroepVan(event) }));
    case 'UitspraakOpBeroepGedaan': {
      const gedaan = metRechtsbescherming(state, (r) => (r.beroep === undefined ? r : { ...r, beroep: beroepNa(r.beroep, event) }));
      // Art. 8:72 lid 3 sub b Awb: the rechtbank vernietigde and provided itself: as on a herroeping.
      return event.vernietigd ? herroep(gedaan, event.uitspraakdatum, 'beroep') : gedaan;
    }
    default: {
      // Facts other parts record on the case's stream (the scheduler's HerinneringVerstuurd) and
      // types of a newer version reach evolve at run time without being vergunning events.
      const onbekend: never = event;
      void onbekend;
      return state;
    }
  }
}

function bestreden(soort: BestredenBesluit['soort'], event: { readonly besluitdatum: string; readonly bekendmakingsdatum: string; readonly bezwaartermijnEinde: string }): BestredenBesluit {
  return { soort, besluitdatum: event.besluitdatum, bekendmakingsdatum: event.bekendmakingsdatum, bezwaartermijnEinde: event.bezwaartermijnEinde, rechtsbescherming: GEEN_RECHTSBESCHERMING };
}

function metBeslistermijn(state: VergunningState, wijzig: (b: BeslistermijnVerloopAanvraag) => BeslistermijnVerloopAanvraag): VergunningState {
  if (state.status !== 'aangevraagd') return state;
  return { ...state, beslistermijn: wijzig(state.beslistermijn) };
}

function metRechtsbescherming(state: VergunningState, wijzig: (r: Rechtsbescherming) => Rechtsbescherming): VergunningState {
  if (state.status === 'onbekend' || state.status === 'aangevraagd' || state.bestreden === undefined) return state;
  return { ...state, bestreden: { ...state.bestreden, rechtsbescherming: wijzig(state.bestreden.rechtsbescherming) } } as VergunningState;
}

/**
 * The weigering or intrekking herroepen (gegrond bezwaar, art. 7:11 lid 2 Awb) or vernietigd by the
 * rechtbank (art. 8:72 lid 3 sub b Awb). An intrekking herroepen never took effect: the permit is
 * given back as it was granted, einddatum and all, and holds again (a permit whose einddatum passed
 * meanwhile still needs its verval recorded). A weigering herroepen leaves the case `geweigerd`
 * with `herroepen` set: the aanvraag is then decided anew (VerleenVergunning).
 */
function herroep(state: VergunningState, op: string, door: 'bezwaar' | 'beroep'): VergunningState {
  if (state.status === 'onbekend' || state.status === 'aangevraagd' || state.bestreden === undefined || state.bestreden.herroepen !== undefined) return state;
  const bestreden: BestredenBesluit = { ...state.bestreden, herroepen: { op, door } };
  if (state.status === 'ingetrokken' && bestreden.soort === 'intrekking') {
    return { status: 'verleend', zaak: state.zaak, beslistermijn: state.beslistermijn, vergunning: state.vergunning, bestreden };
  }
  return { ...state, bestreden } as VergunningState;
}
