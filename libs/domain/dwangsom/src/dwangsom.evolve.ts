import { beroepNa, beroepVan, beslistermijnNa, zienswijzefaseAfgerond, zienswijzefaseNa, zienswijzefaseVan } from '@handhaving/domain-awb';
import { eenhedenVan } from './eenheden';
import type { DwangsomEvent } from './dwangsom.events';
import type { Bezwaar, DwangsomState, Invordering, Last, Overtreding, Verbeuring } from './dwangsom.state';
import { metBezwaar } from './regels/bestreden-besluit';
import type { MetLastState } from './regels/vereis';
import { voortgezet } from './regels/verbeuring';

/** The last herroepen on bezwaar or vernietigd on beroep: nothing forfeited under it is owed, no beschikking under it stands. */
function zonderLast(state: MetLastState, reden: 'herroepen' | 'vernietigd', sinds: string): DwangsomState {
  return {
    ...state,
    status: 'last-beeindigd',
    einde: { reden, sinds },
    last: { ...state.last, verbeurdCent: 0 },
    verbeuringen: state.verbeuringen.map((v) => ({ ...v, vervallen: true })),
    invorderingen: state.invorderingen.map((i) => ({ ...i, vervallen: true })),
  };
}

/**
 * A dwangsom case's state after one more event. Never throws; an event it does not know (a
 * reminder the scheduler recorded, a newer version's type) leaves the case as it was.
 */
export function evolveDwangsom(state: DwangsomState, event: DwangsomEvent): DwangsomState {
  switch (event.type) {
    case 'DwangsomzaakGeopend':
      return {
        status: 'geopend',
        zaak: {
          zaakId: event.zaakId,
          gemeente: event.gemeente,
          grondslag: event.grondslag,
          overtrederId: event.overtrederId,
          overtreding: event.overtreding,
          constateringsdatum: event.constateringsdatum,
          thema: event.thema,
          ...(event.herkomst === undefined ? {} : { herkomst: event.herkomst }),
        },
      };
    case 'VoornemenVerzonden':
      if (state.status !== 'geopend') return state;
      return { status: 'voornemen-verzonden', zaak: state.zaak, voornemen: zienswijzefaseVan(event) };
    case 'ZienswijzeOntvangen':
    case 'ZienswijzetermijnVerstreken': {
      if (state.status !== 'voornemen-verzonden' && state.status !== 'gereed-voor-besluit') return state;
      // Art. 4:8 Awb: the zienswijzefase ends when its term passed or everyone the voornemen went to was heard.
      const voornemen = zienswijzefaseNa(state.voornemen, event);
      if (state.status === 'gereed-voor-besluit' || !zienswijzefaseAfgerond(voornemen)) return { ...state, voornemen };
      const zienswijze = event.type === 'ZienswijzeOntvangen' ? 'ontvangen' : 'termijn-verstreken';
      return { status: 'gereed-voor-besluit', zaak: state.zaak, voornemen, zienswijze };
    }
    case 'VoornemenAchterwegeGelaten':
      // The reasons are on the stream; the LastOpgelegd of the same decision moves the case.
      return state;
    case 'AfgezienVanLast':
      if (state.status === 'onbekend') return state;
      return { status: 'afgezien', zaak: state.zaak, sinds: event.datum };
    case 'LastOpgelegd':
      if (state.status === 'onbekend') return state;
      return {
        status: 'last-van-kracht',
        zaak: state.zaak,
        last: {
          vorm: event.vorm,
          bedrag: event.bedrag,
          maximumCent: event.maximumCent,
          bekendmakingsdatum: event.bekendmakingsdatum,
          bezwaartermijnEinde: event.bezwaartermijnEinde,
          verbeurdCent: 0,
        },
        overtredingen: [],
        verbeuringen: [],
        invorderingen: [],
      };
    case 'NalevingGeconstateerd':
      return state;
    case 'OvertredingGeconstateerd': {
      // DwangsomVerbeurd carries the consequence; the period is kept to tell whether the next one continues it.
      if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
      const vorige = voortgezet(state.overtredingen, event.van);
      const overtreding: Overtreding = { van: event.van, totEnMet: event.totEnMet, sinds: vorige?.sinds ?? event.van };
      return { ...state, overtredingen: [...state.overtredingen, overtreding] };
    }
    case 'DwangsomVerbeurd': {
      if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
      const verbeuring: Verbeuring = {
        verbeuring: event.verbeuring,
        verbeurdOp: event.verbeurdOp,
        totEnMet: event.totEnMet,
        bedragCent: event.bedragCent,
        verjaringsdatum: event.verjaringsdatum,
        eenheden: eenhedenVan(event),
        vervallen: false,
      };
      return { ...state, last: { ...state.last, verbeurdCent: state.last.verbeurdCent + event.bedragCent }, verbeuringen: [...state.verbeuringen, verbeuring] };
    }
    case 'LastUitgeput':
      if (state.status !== 'last-van-kracht') return state;
      return { ...state, status: 'last-beeindigd', einde: { reden: 'uitgeput', sinds: event.op } };
    case 'InvorderingsbeschikkingVerzonden': {
      if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
      const invordering: Invordering = {
        invordering: event.invordering,
        verbeuring: event.verbeuring,
        bedragCent: event.bedragCent,
        betaaldCent: 0,
        bekendmakingsdatum: event.bekendmakingsdatum,
        bezwaartermijnEinde: event.bezwaartermijnEinde,
        vervallen: false,
      };
      return {
        ...state,
        verbeuringen: state.verbeuringen.map((v) => (v.verbeuring === event.verbeuring ? { ...v, invordering: event.invordering } : v)),
        invorderingen: [...state.invorderingen, invordering],
      };
    }
    case 'BetalingOntvangen':
      if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
      return {
        ...state,
        invorderingen: state.invorderingen.map((i) => (i.invordering === event.invordering ? { ...i, betaaldCent: i.betaaldCent + event.bedragCent } : i)),
      };
    case 'BezwaarIngediend': {
      if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
      const bezwaar: Bezwaar = {
        ontvangstdatum: event.ontvangstdatum,
        bezwaartermijnEinde: event.bezwaartermijnEinde,
        tijdig: event.tijdig,
        ...(event.adviescommissie === undefined ? {} : { adviescommissie: event.adviescommissie }),
      };
      return metBezwaar(state, event.tegen, () => bezwaar);
    }
    case 'BeslissingOpBezwaarGenomen': {
      if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
      const beslissing = { uitkomst: event.uitkomst, bekendmakingsdatum: event.bekendmakingsdatum, beroepstermijnEinde: event.beroepstermijnEinde };
      const beslist = metBezwaar(state, event.tegen, (b) => ({ ...b, beslissing }));
      if (event.uitkomst !== 'gegrond') return beslist;
      if (event.tegen.besluit === 'invorderingsbeschikking') {
        const nummer = event.tegen.invordering;
        return { ...beslist, invorderingen: beslist.invorderingen.map((i) => (i.invordering === nummer ? { ...i, vervallen: true } : i)) };
      }
      const gevolg = event.gevolg;
      if (gevolg?.soort === 'gewijzigd') {
        const vorm = beslist.last.vorm;
        const last: Last = {
          ...beslist.last,
          ...(gevolg.bedrag === undefined ? {} : { bedrag: gevolg.bedrag }),
          ...(gevolg.maximumCent === undefined ? {} : { maximumCent: gevolg.maximumCent }),
          ...(gevolg.begunstigingstermijn !== undefined && vorm.soort === 'herstellast' ? { vorm: { ...vorm, begunstigingstermijn: gevolg.begunstigingstermijn } } : {}),
        };
        return { ...beslist, last };
      }
      // The last is herroepen (so too a gegrond decision recorded before `gevolg` existed): nothing forfeited under it is owed.
      return zonderLast(beslist, 'herroepen', event.bekendmakingsdatum);
    }
    case 'HerstelVerzuimGevraagd':
    case 'OpschortingBeslistermijnBeeindigd':
    case 'BeslistermijnBezwaarVerdaagd':
    case 'BeslistermijnBezwaarUitgesteld':
      if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
      return metBezwaar(state, event.tegen, (b) => ({ ...b, beslistermijn: beslistermijnNa(b.beslistermijn, event) }));
    case 'VoorlopigeVoorzieningGevraagd':
    case 'VoorlopigeVoorzieningToegewezen':
    case 'VoorlopigeVoorzieningAfgewezen': {
      if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
      const stand = event.type === 'VoorlopigeVoorzieningGevraagd' ? 'gevraagd' : event.type === 'VoorlopigeVoorzieningToegewezen' ? 'toegewezen' : 'afgewezen';
      return metBezwaar(state, event.tegen, (b) => ({ ...b, voorlopigeVoorziening: stand }));
    }
    case 'BeroepIngesteld':
      if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
      return metBezwaar(state, event.tegen, (b) => ({ ...b, beroep: beroepVan(event) }));
    case 'UitspraakOpBeroepGedaan': {
      if (state.status !== 'last-van-kracht' && state.status !== 'last-beeindigd') return state;
      const gedaan = metBezwaar(state, event.tegen, (b) => (b.beroep === undefined ? b : { ...b, beroep: beroepNa(b.beroep, event) }));
      // Art. 8:72 lid 3 sub b Awb: the rechtbank revoked the besluit; it ends as on a herroeping.
      if (!event.vernietigd) return gedaan;
      if (event.tegen.besluit === 'invorderingsbeschikking') {
        const nummer = event.tegen.invordering;
        return { ...gedaan, invorderingen: gedaan.invorderingen.map((i) => (i.invordering === nummer ? { ...i, vervallen: true } : i)) };
      }
      return zonderLast(gedaan, 'vernietigd', event.uitspraakdatum);
    }
    case 'LastOpgeheven':
    case 'LastIngetrokken':
      if (state.status !== 'last-van-kracht') return state;
      return { ...state, status: 'last-beeindigd', einde: { reden: event.type === 'LastOpgeheven' ? 'opgeheven' : 'ingetrokken', sinds: event.ingangsdatum } };
    default: {
      // Facts other parts record on the case's stream (the scheduler's HerinneringVerstuurd) and
      // event types of a newer version reach evolve at run time without being dwangsom events:
      // they change nothing here.
      const unhandled: never = event;
      void unhandled;
      return state;
    }
  }
}
