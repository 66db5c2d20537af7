export * from './pand-koppeling.events';
export * from './pand-koppeling.commands';
export * from './pand-koppeling.decider';
