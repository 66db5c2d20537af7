export * from './model/jaarverslag';
export * from './pdf';
export * from './csv';
export * from './html/render-jaarverslag-html';
export * from './xlsx';
