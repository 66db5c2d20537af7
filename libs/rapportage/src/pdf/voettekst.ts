/** Text for the footer template: Chromium renders it as HTML, so a title is escaped. */
export function escapeHtml(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (teken) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[teken] ?? teken);
}

/**
 * The footer on every page: the report's title left, an optional line in the middle, "pagina X
 * van Y" right. Page styles do not reach the template, so it carries its own font size (Chromium's
 * default is too small to read) and the page's side margins.
 */
export function voettekstTemplate(titel: string, voettekst?: string): string {
  const stijl = 'font-family: Arial, Helvetica, sans-serif; font-size: 8pt; color: #444; width: 100%; margin: 0 15mm; display: flex; justify-content: space-between; gap: 8mm;';
  return [
    `<div style="${stijl}">`,
    `<span>${escapeHtml(titel)}</span>`,
    voettekst ? `<span>${escapeHtml(voettekst)}</span>` : '',
    '<span style="white-space: nowrap;">pagina <span class="pageNumber"></span> van <span class="totalPages"></span></span>',
    '</div>',
  ].join('');
}
