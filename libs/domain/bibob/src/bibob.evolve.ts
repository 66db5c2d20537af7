import { beroepNa, beroepVan, beslistermijnNa, zienswijzefaseAfgerond, zienswijzefaseNa, zienswijzefaseVan } from '@handhaving/domain-awb';
import type { BibobEvent } from './bibob.events';
import { vervolgNa, type BibobState, type LbbAdvies, type Onderzoek, type Rechtsbescherming } from './bibob.state';

const GEEN_RECHTSBESCHERMING: Rechtsbescherming = { voorlopigeVoorziening: 'geen' };

/**
 * A Bibob toets's state after one more event. Never throws; an event it does not know (a reminder
 * the scheduler recorded, a newer version's type) leaves the toets as it was.
 */
export function evolveBibob(state: BibobState, event: BibobEvent): BibobState {
  switch (event.type) {
    case 'BibobToetsGestart':
      if (state.status !== 'onbekend') return state;
      return {
        status: 'in-onderzoek',
        zaak: { zaakId: event.zaakId, gemeente: event.gemeente, startdatum: event.startdatum, aanleiding: event.aanleiding },
        onderzoek: { gegevens: [] },
      };
    case 'GegevensOpgevraagd':
      return metOnderzoek(state, (o) => ({ ...o, gegevens: [...o.gegevens, { soort: event.soort, verzenddatum: event.verzenddatum }] }));
    case 'GegevensOntvangen':
      return metOnderzoek(state, (o) => ({ ...o, gegevens: o.gegevens.map((g) => (g.ontvangstdatum === undefined && g.soort === event.soort ? { ...g, ontvangstdatum: event.ontvangstdatum } : g)) }));
    case 'EigenOnderzoekAfgerond': {
      if (state.status !== 'in-onderzoek') return state;
      return { ...state, status: 'eigen-onderzoek-afgerond', onderzoek: { ...state.onderzoek, eigenOnderzoek: { vervolg: vervolgNa(event.uitkomst), datum: event.datum } } };
    }
    case 'LbbAdviesGevraagd': {
      if (state.status !== 'eigen-onderzoek-afgerond') return state;
      const lbb: LbbAdvies = { verzenddatum: event.verzenddatum, betrokkeneGeinformeerdOp: event.betrokkeneGeinformeerdOp, adviestermijnEinde: event.adviestermijnEinde, verlengd: false, vragen: [] };
      return { ...state, status: 'advies-gevraagd', onderzoek: { ...state.onderzoek, lbb } };
    }
    case 'LbbTermijnVerlengd':
      return metLbb(state, (lbb) => ({ ...lbb, verlengd: true, adviestermijnEinde: event.adviestermijnEinde }));
    case 'LbbVragenGesteld':
      return metLbb(state, (lbb) => ({ ...lbb, vragen: [...lbb.vragen, { gesteldOp: event.gesteldOp }] }));
    case 'LbbVragenBeantwoord':
      return metLbb(state, (lbb) => ({ ...lbb, vragen: lbb.vragen.map((v) => (v.beantwoordOp === undefined ? { ...v, beantwoordOp: event.beantwoordOp } : v)) }));
    case 'LbbAdviesOntvangen': {
      const ontvangen = metLbb(state, (lbb) => ({ ...lbb, advies: { ontvangstdatum: event.ontvangstdatum } }));
      return ontvangen.status === 'advies-gevraagd' ? { ...ontvangen, status: 'advies-ontvangen' } : ontvangen;
    }
    case 'VoornemenVerzonden':
      if (state.status !== 'eigen-onderzoek-afgerond' && state.status !== 'advies-ontvangen') return state;
      return { status: 'voornemen-verzonden', zaak: state.zaak, onderzoek: state.onderzoek, voornemen: { ...zienswijzefaseVan(event), strekking: event.strekking } };
    case 'ZienswijzeOntvangen':
    case 'ZienswijzetermijnVerstreken': {
      if (state.status !== 'voornemen-verzonden' && state.status !== 'gereed-voor-besluit') return state;
      // Art. 4:8 Awb: the zienswijzefase ends when its term passed or everyone the voornemen went to was heard.
      const voornemen = { ...state.voornemen, ...zienswijzefaseNa(state.voornemen, event) };
      if (state.status === 'gereed-voor-besluit' || !zienswijzefaseAfgerond(voornemen)) return { ...state, voornemen };
      const zienswijze = event.type === 'ZienswijzeOntvangen' ? 'ontvangen' : 'termijn-verstreken';
      return { status: 'gereed-voor-besluit', zaak: state.zaak, onderzoek: state.onderzoek, voornemen, zienswijze };
    }
    case 'BibobBesluitGenomen':
      if (state.status === 'onbekend' || state.status === 'besloten' || state.status === 'afgesloten') return state;
      return {
        status: 'besloten',
        zaak: state.zaak,
        onderzoek: state.onderzoek,
        besluit: { uitkomst: event.uitkomst, bekendmakingsdatum: event.bekendmakingsdatum, bezwaartermijnEinde: event.bezwaartermijnEinde },
        rechtsbescherming: GEEN_RECHTSBESCHERMING,
      };
    case 'BibobToetsAfgesloten':
      if (state.status === 'onbekend' || state.status === 'besloten' || state.status === 'afgesloten') return state;
      return { status: 'afgesloten', zaak: state.zaak, onderzoek: state.onderzoek, reden: event.reden, sinds: event.datum };
    case 'InhoudVernietigd':
      if (state.status === 'onbekend' || state.inhoudVernietigdOp !== undefined) return state;
      return { ...state, inhoudVernietigdOp: event.datum };
    case 'BezwaarIngediend':
      return metRechtsbescherming(state, (r) => ({
        ...r,
        // The first sets the beslistermijn; later ones (another belanghebbende's) join it.
        bezwaar: r.bezwaar ?? { ontvangstdatum: event.ontvangstdatum, tijdig: event.tijdig, ...(event.adviescommissie === undefined ? {} : { adviescommissie: event.adviescommissie }) },
        bezwaren: [...(r.bezwaren ?? []), { ...(event.van === undefined ? {} : { van: event.van }), ontvangstdatum: event.ontvangstdatum, tijdig: event.tijdig }],
      }));
    case 'HerstelVerzuimGevraagd':
    case 'OpschortingBeslistermijnBeeindigd':
    case 'BeslistermijnBezwaarVerdaagd':
    case 'BeslistermijnBezwaarUitgesteld':
      return metRechtsbescherming(state, (r) => ({ ...r, beslistermijn: beslistermijnNa(r.beslistermijn, event) }));
    case 'BeslissingOpBezwaarGenomen': {
      if (state.status !== 'besloten') return state;
      const rechtsbescherming: Rechtsbescherming = {
        ...state.rechtsbescherming,
        beslissingOpBezwaar: { uitkomst: event.uitkomst, bekendmakingsdatum: event.bekendmakingsdatum, beroepstermijnEinde: event.beroepstermijnEinde },
      };
      return { ...state, rechtsbescherming, ...(event.herzien === undefined ? {} : { besluit: { ...state.besluit, herzien: event.herzien } }) };
    }
    case 'VoorlopigeVoorzieningGevraagd':
      return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'gevraagd' }));
    case 'VoorlopigeVoorzieningToegewezen':
      return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'toegewezen' }));
    case 'VoorlopigeVoorzieningAfgewezen':
      return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'afgewezen' }));
    case 'BeroepIngesteld':
      return metRechtsbescherming(state, (r) => ({ ...r, beroep: beroepVan(event) }));
    case 'UitspraakOpBeroepGedaan':
      return metRechtsbescherming(state, (r) => (r.beroep === undefined ? r : { ...r, beroep: beroepNa(r.beroep, event) }));
    default: {
      // Facts other parts record on the case's stream (the scheduler's HerinneringVerstuurd) and
      // types of a newer version reach evolve at run time without being Bibob events.
      const onbekend: never = event;
      void onbekend;
      return state;
    }
  }
}

function metOnderzoek(state: BibobState, wijzig: (o: Onderzoek) => Onderzoek): BibobState {
  if (state.status === 'onbekend' || state.status === 'besloten' || state.status === 'afgesloten') return state;
  return { ...state, onderzoek: wijzig(state.onderzoek) };
}

function metLbb(state: BibobState, wijzig: (lbb: LbbAdvies) => LbbAdvies): BibobState {
  return metOnderzoek(state, (o) => (o.lbb === undefined ? o : { ...o, lbb: wijzig(o.lbb) }));
}

function metRechtsbescherming(state: BibobState, wijzig: (r: Rechtsbescherming) => Rechtsbescherming): BibobState {
  if (state.status !== 'besloten') return state;
  return { ...state, rechtsbescherming: wijzig(state.rechtsbescherming) };
}
