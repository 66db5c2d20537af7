export * from './controle/controle.events';
export * from './controle/controle.commands';
export * from './verzoek/verzoek.events';
export * from './verzoek/verzoek.commands';
