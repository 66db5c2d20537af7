/** Text from the model into HTML text or a double-quoted attribute: nothing a title says becomes markup. */
export function escapeHtml(tekst: string): string {
  return tekst.replace(/[&<>"']/g, (teken) => VERVANGING[teken] ?? teken);
}

const VERVANGING: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** An id for an anchor from a model id (`damocles-maatregelen`): letters, digits and dashes only. */
export function ankerId(voorvoegsel: string, id: string): string {
  const veilig = id
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${voorvoegsel}-${veilig || 'x'}`;
}
