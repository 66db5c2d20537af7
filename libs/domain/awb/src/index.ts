/*
 * The Awb procedure every besluit-making context shares: the voornemen and its zienswijzefase
 * (art. 4:8), the besluit after it, bezwaar (art. 6:7–6:9) and the beslissing op bezwaar with its
 * beslistermijn (art. 7:10, with uitstel by consent), and the terms the bestuursorgaan sets itself. A context gives its
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
export * from './beroepsfase';
export * from './uitvoerbaarheid';
export * from './stappen/registreer-beroep';
export * from './stappen/registreer-uitspraak-op-beroep';
