/*
 * The Awb procedure every besluit-making context shares: the voornemen and its zienswijzefase
 * (art. 4:8), the besluit after it, bezwaar (art. 6:7–6:9) and the beslissing op bezwaar with its
 * beslistermijn (art. 7:10: herstel verzuim, verdaging, uitstel by consent), voorlopige voorziening
 * and beroep (art. 8:81, 8:1), the guard every step opens with (vereis.ts), and the terms the bestuursorgaan sets itself. A context gives its
 * rule prefix and adds its own steps; the rule for a step is in the file named after it.
 */
export * from './regels';
export * from './gestelde-termijnen';
export * from './awb.events';
export * from './zienswijzefase';
export * from './beslistermijn-bezwaar';
export * from './stappen/verzend-voornemen';
export * from './stappen/registreer-zienswijze';
export * from './stappen/stel-vast-dat-zienswijzetermijn-verstreken';
export * from './stappen/neem-besluit-na-zienswijzefase';
export * from './stappen/registreer-bezwaar';
export * from './stappen/neem-beslissing-op-bezwaar';
export * from './stappen/stel-beslissing-op-bezwaar-uit';
export * from './stappen/vraag-herstel-verzuim';
export * from './stappen/registreer-einde-opschorting';
export * from './stappen/verdaag-beslistermijn-bezwaar';
export * from './stappen/registreer-voorlopige-voorziening';
export * from './vereis';
export * from './beroepsfase';
export * from './uitvoerbaarheid';
export * from './stappen/registreer-beroep';
export * from './stappen/registreer-uitspraak-op-beroep';
