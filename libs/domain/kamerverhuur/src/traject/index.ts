/*
 * The handhavingstraject of kamerverhuur (issue 14, item 3). The Awb steps' commands and events
 * (RegistreerBezwaar, BezwaarIngediend, …) are members of TrajectCommand and TrajectEvent, not
 * exported by name: the vergunning of this package has besluiten too, and the names would clash.
 */
export type {
  RegistreerConstatering,
  VerzendVooraankondiging,
  RegistreerHercontrole,
  KiesLastOnderDwangsom,
  LegLastOnderBestuursdwangOp,
  PasBestuursdwangToe,
  SluitTrajectAf,
  TrajectCommand,
} from './traject.commands';
export type {
  OvertredingGeconstateerd,
  VooraankondigingVerzonden,
  HercontroleUitgevoerd,
  LastOnderDwangsomGekozen,
  LastOnderBestuursdwangOpgelegd,
  BestuursdwangToegepast,
  TrajectAfgesloten,
  HercontroleNa,
  ResultaatVanTraject,
  Trajectsoort,
  UitkomstVanHercontrole,
  TrajectEvent,
  TrajectEventType,
} from './traject.events';
export { HERCONTROLE_NA, HERCONTROLE_UITKOMSTEN, RESULTATEN_VAN_TRAJECT, TRAJECTSOORTEN, TRAJECT_EVENT_TYPES, TRAJECT_SCHEMAVERSIES } from './traject.events';
export type { TrajectState, TrajectStatus, Traject, Trajectverloop, LastOnderBestuursdwang, Hercontrole, Vooraankondiging, Dwangsomkeuze, Afsluiting, Toepassing } from './traject.state';
export { trajectDecider } from './traject.decider';
export { evolveTraject } from './traject.evolve';
export { kamerverhuurtrajectContext } from './traject.context';
export { volgendeStap } from './regels/volgende-stap';
export { kamerverhuurtermijnenVolgensBeleid, type Kamerverhuurtermijnen } from './regels/termijnen-volgens-beleid';
