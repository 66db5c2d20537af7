import { beroepNa, beroepVan, beslistermijnNa, zienswijzefaseAfgerond, zienswijzefaseNa, zienswijzefaseVan } from '@handhaving/domain-awb';
import type { TrajectEvent } from './traject.events';
import type { Bezwaar, LastOnderBestuursdwang, TrajectState } from './traject.state';

function later(a: string, b: string): string {
  return b > a ? b : a;
}

/** The traject with its last changed (the juridische procedure against it); a traject without one is left as it was. */
function metLast(state: TrajectState, wijzig: (last: LastOnderBestuursdwang) => LastOnderBestuursdwang): TrajectState {
  if (state.status === 'onbekend' || state.last === undefined) return state;
  return { ...state, last: wijzig(state.last) };
}

function metBezwaar(state: TrajectState, wijzig: (bezwaar: Bezwaar) => Bezwaar): TrajectState {
  return metLast(state, (last) => (last.bezwaar === undefined ? last : { ...last, bezwaar: wijzig(last.bezwaar) }));
}

/**
 * A traject's state after one more event. Never throws; an event it does not know (the
 * scheduler's HerinneringVerstuurd, a newer version's type) leaves the traject as it was.
 */
export function evolveTraject(state: TrajectState, event: TrajectEvent): TrajectState {
  switch (event.type) {
    case 'OvertredingGeconstateerd':
      if (state.status !== 'onbekend') return state;
      return {
        status: 'geconstateerd',
        zaak: {
          zaakId: event.zaakId,
          gemeente: event.gemeente,
          registerZaakId: event.registerZaakId,
          pandSleutel: event.pandSleutel,
          soort: event.soort,
          overtrederId: event.overtrederId,
          constateringsdatum: event.constateringsdatum,
          ...(event.bron === undefined ? {} : { bron: event.bron }),
        },
        hercontroles: [],
        laatsteStap: event.constateringsdatum,
      };
    case 'VooraankondigingVerzonden':
      if (state.status !== 'geconstateerd') return state;
      return {
        ...state,
        status: 'vooraankondiging-verzonden',
        vooraankondiging: { verzenddatum: event.verzenddatum, ...(event.hersteltermijnEinde === undefined ? {} : { hersteltermijnEinde: event.hersteltermijnEinde }) },
        laatsteStap: later(state.laatsteStap, event.verzenddatum),
      };
    case 'HercontroleUitgevoerd':
      if (state.status === 'onbekend') return state;
      return {
        ...state,
        hercontroles: [...state.hercontroles, { controledatum: event.controledatum, uitkomst: event.uitkomst, na: event.na }],
        laatsteStap: later(state.laatsteStap, event.controledatum),
      };
    case 'LastOnderDwangsomGekozen':
      if (state.status === 'onbekend' || state.status === 'afgesloten') return state;
      return { ...state, status: 'dwangsom-gekozen', dwangsom: { dwangsomZaakId: event.dwangsomZaakId, gekozenOp: event.datum }, laatsteStap: later(state.laatsteStap, event.datum) };
    case 'VoornemenVerzonden':
      if (state.status !== 'geconstateerd' && state.status !== 'vooraankondiging-verzonden') return state;
      return { ...state, status: 'voornemen-verzonden', voornemen: zienswijzefaseVan(event), laatsteStap: later(state.laatsteStap, event.verzenddatum) };
    case 'ZienswijzeOntvangen':
    case 'ZienswijzetermijnVerstreken': {
      if (state.status !== 'voornemen-verzonden' && state.status !== 'gereed-voor-besluit') return state;
      // Art. 4:8 Awb: the zienswijzefase ends when its term passed or everyone the voornemen went to was heard.
      const voornemen = zienswijzefaseNa(state.voornemen, event);
      if (state.status === 'gereed-voor-besluit' || !zienswijzefaseAfgerond(voornemen)) return { ...state, voornemen };
      return { ...state, status: 'gereed-voor-besluit', voornemen };
    }
    case 'LastOnderBestuursdwangOpgelegd':
      if (state.status !== 'gereed-voor-besluit') return state;
      return {
        ...state,
        status: 'last-opgelegd',
        last: {
          besluitdatum: event.besluitdatum,
          bekendmakingsdatum: event.bekendmakingsdatum,
          begunstigingstermijn: event.begunstigingstermijn,
          omschrijving: event.omschrijving,
          bezwaartermijnEinde: event.bezwaartermijnEinde,
        },
        laatsteStap: later(state.laatsteStap, event.besluitdatum),
      };
    case 'BestuursdwangToegepast':
      if (state.status !== 'last-opgelegd') return state;
      return {
        ...state,
        status: 'bestuursdwang-toegepast',
        toepassing: { uitvoeringsdatum: event.uitvoeringsdatum, ...(event.kosten === undefined ? {} : { kosten: event.kosten }) },
        laatsteStap: later(state.laatsteStap, event.uitvoeringsdatum),
      };
    case 'TrajectAfgesloten':
      if (state.status === 'onbekend' || state.status === 'afgesloten') return state;
      return { ...state, status: 'afgesloten', afsluiting: { afsluitdatum: event.afsluitdatum, resultaat: event.resultaat }, laatsteStap: later(state.laatsteStap, event.afsluitdatum) };
    case 'BezwaarIngediend':
      return metLast(state, (last) => ({
        ...last,
        bezwaar: {
          ontvangstdatum: event.ontvangstdatum,
          bezwaartermijnEinde: event.bezwaartermijnEinde,
          tijdig: event.tijdig,
          ...(event.adviescommissie === undefined ? {} : { adviescommissie: event.adviescommissie }),
        },
      }));
    case 'HerstelVerzuimGevraagd':
    case 'OpschortingBeslistermijnBeeindigd':
    case 'BeslistermijnBezwaarVerdaagd':
    case 'BeslistermijnBezwaarUitgesteld':
      return metBezwaar(state, (b) => ({ ...b, beslistermijn: beslistermijnNa(b.beslistermijn, event) }));
    case 'BeslissingOpBezwaarGenomen': {
      const beslissing = { uitkomst: event.uitkomst, bekendmakingsdatum: event.bekendmakingsdatum, beroepstermijnEinde: event.beroepstermijnEinde };
      const beslist = metBezwaar(state, (b) => ({ ...b, beslissing }));
      // Art. 7:11 lid 2 Awb: a gegrond bezwaar herroept the last.
      if (event.uitkomst !== 'gegrond') return beslist;
      return metLast(beslist, (last) => ({ ...last, vervallen: { reden: 'herroepen', sinds: event.bekendmakingsdatum } }));
    }
    case 'VoorlopigeVoorzieningGevraagd':
    case 'VoorlopigeVoorzieningToegewezen':
    case 'VoorlopigeVoorzieningAfgewezen': {
      const stand = event.type === 'VoorlopigeVoorzieningGevraagd' ? 'gevraagd' : event.type === 'VoorlopigeVoorzieningToegewezen' ? 'toegewezen' : 'afgewezen';
      return metBezwaar(state, (b) => ({ ...b, voorlopigeVoorziening: stand }));
    }
    case 'BeroepIngesteld':
      return metBezwaar(state, (b) => ({ ...b, beroep: beroepVan(event) }));
    case 'UitspraakOpBeroepGedaan': {
      const gedaan = metBezwaar(state, (b) => (b.beroep === undefined ? b : { ...b, beroep: beroepNa(b.beroep, event) }));
      // Art. 8:72 lid 3 sub b Awb: the rechtbank revoked the last; it ends as on a herroeping.
      if (!event.vernietigd) return gedaan;
      return metLast(gedaan, (last) => ({ ...last, vervallen: { reden: 'vernietigd', sinds: event.uitspraakdatum } }));
    }
    default: {
      // Facts other parts record on the traject's stream (the scheduler's HerinneringVerstuurd) and
      // event types of a newer version reach evolve at run time: they change nothing here.
      const onbekend: never = event;
      void onbekend;
      return state;
    }
  }
}
