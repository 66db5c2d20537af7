import type { Bezwaar, TrajectState } from '../traject.state';
import { laatsteHercontrole, staandeLast } from '../traject.state';

/** The step the juridische procedure against the last waits for, if one runs. */
function procedurestap(bezwaar: Bezwaar | undefined): string | undefined {
  if (bezwaar === undefined) return undefined;
  if (bezwaar.voorlopigeVoorziening === 'gevraagd') return 'uitspraak op de voorlopige voorziening afwachten';
  if (bezwaar.beslissing === undefined) return bezwaar.beslistermijn?.lopend === undefined ? 'beslissen op bezwaar' : `herstel van verzuim afwachten tot ${bezwaar.beslistermijn.lopend.hersteltermijnEinde}`;
  if (bezwaar.beroep !== undefined && bezwaar.beroep.uitspraak === undefined) return 'uitspraak op beroep afwachten';
  return undefined;
}

/**
 * The traject's next step in the medewerker's words, for the work list: "vooraankondiging of
 * voornemen verzenden", "zienswijzetermijn afwachten tot 2020-03-17", "hercontrole na
 * begunstigingstermijn (2020-05-13)", "dwangsomzaak volgen". Reads the state only: which term
 * has passed is for the deadline list, which knows today.
 */
export function volgendeStap(state: TrajectState): string {
  switch (state.status) {
    case 'onbekend':
      return 'constatering registreren';
    case 'geconstateerd':
      return 'vooraankondiging of voornemen verzenden';
    case 'vooraankondiging-verzonden': {
      const hercontrole = laatsteHercontrole(state);
      if (hercontrole?.uitkomst === 'nageleefd') return 'traject afsluiten (nageleefd)';
      if (hercontrole?.uitkomst === 'overtreding') return 'voornemen verzenden of last onder dwangsom kiezen';
      const einde = state.vooraankondiging.hersteltermijnEinde;
      return einde === undefined ? 'hercontrole na vooraankondiging' : `hercontrole na hersteltermijn (${einde})`;
    }
    case 'voornemen-verzonden':
      return `zienswijzetermijn afwachten tot ${state.voornemen.zienswijzetermijnEinde}`;
    case 'gereed-voor-besluit':
      return 'last onder bestuursdwang opleggen of last onder dwangsom kiezen';
    case 'last-opgelegd': {
      if (staandeLast(state) === undefined) return 'last onder dwangsom kiezen of traject afsluiten';
      const hercontrole = state.hercontroles.filter((h) => h.na === 'last-onder-bestuursdwang').at(-1);
      if (hercontrole?.uitkomst === 'nageleefd') return 'traject afsluiten (nageleefd)';
      if (hercontrole?.uitkomst === 'overtreding') return procedurestap(state.last.bezwaar) ?? 'bestuursdwang toepassen';
      return `hercontrole na begunstigingstermijn (${state.last.begunstigingstermijn.einde})`;
    }
    case 'bestuursdwang-toegepast':
      return 'traject afsluiten (bestuursdwang toegepast)';
    case 'dwangsom-gekozen':
      return 'dwangsomzaak volgen';
    case 'afgesloten':
      return procedurestap(state.last?.bezwaar) ?? 'geen: traject afgesloten';
    default: {
      const onbekend: never = state;
      return onbekend;
    }
  }
}
