export * from './group-commit';
export * from './open-database';
export * from './migrate-database';
