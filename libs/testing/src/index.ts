export * from './services-for-tests';
