export * from './damocles.events';
export * from './damocles.commands';
export * from './damocles.state';
export * from './damocles.decider';
export * from './beslistermijn-bezwaar';
export * from './damocles.stream';
