export * from './betrokkene.events';
export * from './betrokkene.commands';
export * from './betrokkene.decider';
