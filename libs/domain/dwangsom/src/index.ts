export * from './dwangsom.events';
export * from './dwangsom.commands';
export * from './dwangsom.state';
export * from './dwangsom.decider';
export * from './bedrag';
export * from './eenheden';
export * from './dwangsom.context';
