export * from './kamerverhuur.events';
export * from './kamerverhuur.commands';
export * from './kamerverhuur.state';
export * from './kamerverhuur.decider';
export * from './kamerverhuur.stream';
export * from './kamerverhuur.context';
export * from './regels/register-overgangen';
export * from './register-op-datum';
