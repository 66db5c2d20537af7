export * from './damocles.events';
export * from './damocles.commands';
export * from './damocles.state';
export * from './damocles.decider';
export { beeindigdeOpschorting, beslistermijnBezwaar, beslistermijnVraag, lopendeOpschorting, uitstelVan, verdagingVan, type Beslistermijnstappen } from '@handhaving/domain-awb';
export * from './damocles.stream';
export * from './damocles.context';
