export * from './group-commit';
export * from './open-database';
