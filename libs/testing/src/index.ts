export * from './services-for-tests';
export * from './benchmark-rapport';
export * from './chromium';
export * from './toegankelijkheid';
