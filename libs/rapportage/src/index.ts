export * from './model/jaarverslag';
export * from './pdf';
