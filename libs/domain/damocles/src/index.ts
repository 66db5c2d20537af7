export * from './damocles.events';
export * from './damocles.commands';
export * from './damocles.state';
export * from './damocles.decider';
export * from './damocles.stream';
export * from './damocles.context';
