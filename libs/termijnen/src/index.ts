export * from './amsterdam-tijd';
export * from './atw';
export type { Feestdag } from './feestdagen';
export { KONINGSDAG_SINDS_JAAR, VIJFDE_MEI_SINDS_JAAR } from './feestdagen';
export * from './gelijkgestelde-dagen';
export { EERSTE_JAAR, Kalender, type KalenderOpties, LAATSTE_JAAR, maakKalender, standaardKalender } from './kalender';
export {
  dagenTussen,
  isKalenderdatum,
  type Kalenderdatum,
  parseKalenderdatum,
  plusDagen,
  type Weekdag,
  weekdag,
  weekdagnaam,
  type Weekdagnaam,
  WEEKDAGNAMEN,
} from './kalenderdatum';
export type { Opschorting, OpschortingInUitleg } from './opschorting';
export * from './plausibele-datum';
export { paasdatum } from './pasen';
export * from './termijn';
export * from './termijn-fout';
export * from './termijn-soorten';
export * from './termijnlengte';
export type { AtwToepassing, Uitleg } from './uitleg';
export { renderUitleg } from './uitleg-tekst';
export type { Verdaging, VerdagingInUitleg, VerdagingSoort } from './verdaging';
export * from './werkdagen';
