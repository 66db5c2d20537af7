export * from './model/jaarverslag';
export * from './pdf';
export * from './csv';
