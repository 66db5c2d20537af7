export { bladnaam } from './bladnaam';
export { jaarverslagAlsXlsx } from './jaarverslag-xlsx';
