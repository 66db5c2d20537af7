export * from './controle/controle.events';
export * from './controle/controle.commands';
export * from './controle/controle.state';
export * from './controle/controle.evolve';
export * from './controle/controle.decider';
export * from './controle/controle.context';
export { openVervolgen, verwachteVervolgcontext, vraagtVervolg, type BevindingOpAdres } from './controle/regels/vervolgen';
export * from './verzoek/verzoek.events';
export * from './verzoek/verzoek.commands';
