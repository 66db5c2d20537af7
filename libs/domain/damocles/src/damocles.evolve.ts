import { beroepNa, beroepVan, beslistermijnNa, zienswijzefaseAfgerond, zienswijzefaseNa, zienswijzefaseVan } from '@handhaving/domain-awb';
import type { DamoclesEvent, Feitcorrectie } from './damocles.events';
import type { DamoclesState, Rechtsbescherming } from './damocles.state';
import { pasToe } from './regels/correcties';

const GEEN_RECHTSBESCHERMING: Rechtsbescherming = { voorlopigeVoorziening: 'geen' };

/** The facts the policy ladder reads: correcting one of them asks for a new maatregelvoorstel. */
const VOORSTEL_HANGT_AF_VAN: readonly Feitcorrectie['veld'][] = ['constateringsdatum', 'pandtype', 'zwaarsteCategorie'];

/**
 * A Damocles case's state after one more event. Never throws; an event it does not know (a
 * reminder the scheduler recorded, a newer version's type) leaves the case as it was.
 */
export function evolveDamocles(state: DamoclesState, event: DamoclesEvent): DamoclesState {
  switch (event.type) {
    case 'RapportageOntvangen':
      return {
        status: 'rapportage-ontvangen',
        zaak: {
          zaakId: event.zaakId,
          gemeente: event.gemeente,
          pand: event.pand,
          constateringsdatum: event.constateringsdatum,
          ontvangstdatum: event.ontvangstdatum,
          vondsten: event.vondsten,
          zwaarsteCategorie: event.zwaarsteCategorie,
          betrokkenen: event.betrokkenen,
        },
      };
    case 'MaatregelVoorgesteld':
      if (state.status === 'onbekend') return state;
      return {
        status: 'maatregel-voorgesteld',
        zaak: state.zaak,
        voorstel: { voorgesteld: event.voorgesteld, trede: event.trede, beleidsversie: event.beleidsversie },
      };
    case 'VoornemenVerzonden':
      if (state.status !== 'maatregel-voorgesteld') return state;
      return { status: 'voornemen-verzonden', zaak: state.zaak, voorstel: state.voorstel, voornemen: { ...zienswijzefaseVan(event), maatregel: event.maatregel } };
    case 'VoornemenAchterwegeGelaten':
      // The reasons are on the stream; the sluitingsbesluit that follows in the same decision moves the case.
      return state;
    case 'ZienswijzeOntvangen':
    case 'ZienswijzetermijnVerstreken': {
      if (state.status !== 'voornemen-verzonden' && state.status !== 'gereed-voor-besluit') return state;
      // Art. 4:8 Awb: the zienswijzefase ends when its term passed or everyone the voornemen went to was heard.
      const voornemen = { ...state.voornemen, ...zienswijzefaseNa(state.voornemen, event) };
      if (state.status === 'gereed-voor-besluit') return { ...state, voornemen };
      if (!zienswijzefaseAfgerond(voornemen)) return { ...state, voornemen };
      const zienswijze = event.type === 'ZienswijzeOntvangen' ? 'ontvangen' : 'termijn-verstreken';
      return { status: 'gereed-voor-besluit', zaak: state.zaak, voorstel: state.voorstel, voornemen, zienswijze };
    }
    case 'WaarschuwingGegeven':
      if (state.status === 'onbekend') return state;
      return { status: 'afgesloten', zaak: state.zaak, afloop: 'waarschuwing', sinds: event.bekendmakingsdatum };
    case 'AfgezienVanMaatregel':
      if (state.status === 'onbekend') return state;
      return { status: 'afgesloten', zaak: state.zaak, afloop: 'afgezien', sinds: event.datum };
    case 'SluitingsbesluitGenomen':
      if (state.status === 'onbekend') return state;
      return {
        status: 'sluiting-besloten',
        zaak: state.zaak,
        besluit: {
          duurMaanden: event.duurMaanden,
          bekendmakingsdatum: event.bekendmakingsdatum,
          bezwaartermijnEinde: event.bezwaartermijnEinde,
          ...(event.begunstigingstermijn === undefined ? {} : { begunstigingstermijnEinde: event.begunstigingstermijn.einde }),
          herroepen: false,
          spoedeisend: event.spoedeisend,
        },
        rechtsbescherming: GEEN_RECHTSBESCHERMING,
      };
    case 'BezwaarIngediend':
      return metRechtsbescherming(state, (r) => ({
        ...r,
        // The first sets the beslistermijn; later ones (another betrokkene's) join it.
        bezwaar: r.bezwaar ?? { ontvangstdatum: event.ontvangstdatum, tijdig: event.tijdig, ...(event.adviescommissie === undefined ? {} : { adviescommissie: event.adviescommissie }) },
        bezwaren: [...(r.bezwaren ?? []), { ...(event.van === undefined ? {} : { van: event.van }), ontvangstdatum: event.ontvangstdatum, tijdig: event.tijdig }],
      }));
    case 'VoorlopigeVoorzieningGevraagd':
      return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'gevraagd' }));
    case 'VoorlopigeVoorzieningToegewezen':
      return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'toegewezen' }));
    case 'VoorlopigeVoorzieningAfgewezen':
      return metRechtsbescherming(state, (r) => ({ ...r, voorlopigeVoorziening: 'afgewezen' }));
    case 'BeslissingOpBezwaarGenomen': {
      if (state.status !== 'sluiting-besloten' && state.status !== 'pand-gesloten') return state;
      const rechtsbescherming: Rechtsbescherming = { ...state.rechtsbescherming, beslissingOpBezwaar: { uitkomst: event.uitkomst, bekendmakingsdatum: event.bekendmakingsdatum, beroepstermijnEinde: event.beroepstermijnEinde } };
      const gevolg = event.gevolg;
      if (gevolg?.soort === 'herroepen') {
        if (state.status === 'sluiting-besloten') return { status: 'afgesloten', zaak: state.zaak, afloop: 'sluiting-herroepen', sinds: event.bekendmakingsdatum };
        return { ...state, besluit: { ...state.besluit, herroepen: true }, rechtsbescherming };
      }
      if (gevolg?.soort === 'gewijzigd') {
        const besluit = { ...state.besluit, duurMaanden: gevolg.duurMaanden };
        if (state.status === 'sluiting-besloten') return { ...state, besluit, rechtsbescherming };
        const { eindeSluiting: _oud, ...rest } = state;
        return { ...rest, besluit, rechtsbescherming, ...(gevolg.eindeSluiting === undefined ? {} : { eindeSluiting: gevolg.eindeSluiting }) };
      }
      return { ...state, rechtsbescherming };
    }
    case 'HerstelVerzuimGevraagd':
    case 'OpschortingBeslistermijnBeeindigd':
    case 'BeslistermijnBezwaarVerdaagd':
    case 'BeslistermijnBezwaarUitgesteld':
      return metRechtsbescherming(state, (r) => ({ ...r, beslistermijn: beslistermijnNa(r.beslistermijn, event) }));
    case 'BeroepIngesteld':
      return metRechtsbescherming(state, (r) => ({ ...r, beroep: beroepVan(event) }));
    case 'UitspraakOpBeroepGedaan': {
      if (state.status !== 'sluiting-besloten' && state.status !== 'pand-gesloten') return state;
      const beroep = state.rechtsbescherming.beroep;
      if (beroep === undefined) return state;
      const rechtsbescherming: Rechtsbescherming = { ...state.rechtsbescherming, beroep: beroepNa(beroep, event) };
      // Art. 8:72 lid 3 sub b Awb: the rechtbank revoked the closure; it ends as on a herroeping.
      if (event.vernietigd) {
        if (state.status === 'sluiting-besloten') return { status: 'afgesloten', zaak: state.zaak, afloop: 'sluiting-vernietigd', sinds: event.uitspraakdatum };
        return { ...state, besluit: { ...state.besluit, vernietigd: true }, rechtsbescherming };
      }
      return { ...state, rechtsbescherming };
    }
    case 'SluitingUitgevoerd':
      if (state.status !== 'sluiting-besloten') return state;
      return {
        status: 'pand-gesloten',
        zaak: state.zaak,
        besluit: state.besluit,
        rechtsbescherming: state.rechtsbescherming,
        sluitingsdatum: event.sluitingsdatum,
        ...(event.eindeSluiting === undefined ? {} : { eindeSluiting: event.eindeSluiting }),
      };
    case 'PandHeropend':
      if (state.status === 'onbekend') return state;
      return { status: 'afgesloten', zaak: state.zaak, afloop: 'heropend', sinds: event.heropeningsdatum };
    case 'LastOnderDwangsomGekozen':
      // Recorded on the case; the dwangsom case it starts carries the last.
      return state;
    case 'FeitenGecorrigeerd': {
      if (state.status === 'onbekend') return state;
      const zaak = event.correcties.reduce(pasToe, state.zaak);
      // The proposal was made on the facts as they were: a correction of what the ladder reads
      // (pand type, heaviest category, the date that sets the recidive window) asks for a new one
      // before a voornemen can follow.
      if (state.status === 'maatregel-voorgesteld' && event.correcties.some((c) => VOORSTEL_HANGT_AF_VAN.includes(c.veld))) {
        return { status: 'rapportage-ontvangen', zaak };
      }
      return { ...state, zaak } as DamoclesState;
    }
    default: {
      // Facts other parts record on the case's stream (the scheduler's HerinneringVerstuurd)
      // reach evolve at run time without being Damocles events: they change nothing here.
      const unhandled: never = event;
      void unhandled;
      return state;
    }
  }
}

function metRechtsbescherming(state: DamoclesState, wijzig: (r: Rechtsbescherming) => Rechtsbescherming): DamoclesState {
  if (state.status !== 'sluiting-besloten' && state.status !== 'pand-gesloten') return state;
  return { ...state, rechtsbescherming: wijzig(state.rechtsbescherming) };
}
