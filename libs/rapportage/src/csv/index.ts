export { csvCel, csvRij, ontwapend, type Csvcel } from './csv-cel';
export { jaarverslagAlsCsv } from './jaarverslag-csv';
export { tabelAlsRijen, trendAlsRijen, type PlatteCel, type PlatteTabel } from './tabel-als-rijen';
