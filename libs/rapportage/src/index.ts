export * from './model/jaarverslag';
