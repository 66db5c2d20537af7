export * from './melding.events';
export * from './melding.commands';
export * from './melding.state';
export * from './melding.evolve';
export * from './melding.decider';
export * from './melding.context';
export * from './verzegelde-inhoud';
export * from './cijfers/meldingen-cijfers';
