/**
 * The NL Design System tokens the report uses, copied from `@utrecht/design-tokens` (5.0.1,
 * dist/index.cjs, resolved values). Only these few are inlined (the package's theme is ~90 kB);
 * `nlds-tokens.spec.ts` fails when the package's values differ, so an upgrade is one edit here.
 */
export const NLDS_TOKENS: Readonly<Record<string, string>> = {
  '--utrecht-document-font-family': '"Noto Sans Variable", "Arial", sans-serif',
  '--utrecht-document-color': 'hsl(0 0% 0%)',
  '--utrecht-document-background-color': 'hsl(0 0% 100%)',
  '--utrecht-document-line-height': '1.4',
  '--utrecht-heading-1-font-size': '2rem',
  '--utrecht-heading-1-font-weight': '600',
  '--utrecht-heading-1-line-height': '1.25',
  '--utrecht-heading-2-font-weight': '600',
  '--utrecht-heading-2-line-height': '1.25',
  '--utrecht-typography-scale-sm-font-size': '0.875rem',
  '--utrecht-typography-scale-xl-font-size': '1.25rem',
  '--utrecht-typography-scale-3xl-font-size': '1.5rem',
  '--utrecht-link-color': 'hsl(211 60% 35%)',
  '--utrecht-table-header-font-weight': '700',
  '--utrecht-table-header-border-block-end-color': 'hsl(0 100% 40%)',
  '--utrecht-table-header-border-block-end-width': '2px',
  '--utrecht-table-row-border-block-end-color': 'hsl(0 0% 90%)',
  '--utrecht-table-row-alternate-even-background-color': 'hsl(0 0% 95%)',
  '--utrecht-table-caption-font-weight': '700',
  '--utrecht-table-caption-font-size': '1.125rem',
  '--utrecht-table-cell-padding-inline-start': '0.4em',
  '--utrecht-table-cell-padding-block-start': '0.5em',
  '--utrecht-color-blue-35': 'hsl(211 60% 35%)',
  '--utrecht-color-blue-90': 'hsl(211 60% 90%)',
  '--utrecht-color-red-40': 'hsl(0 100% 40%)',
  '--utrecht-color-grey-30': 'hsl(0 0% 30%)',
  '--utrecht-color-grey-90': 'hsl(0 0% 90%)',
  '--utrecht-color-yellow-80': 'hsl(48 100% 80%)',
};

/**
 * Series colours for the charts, in order: the package's secondary palette (navy, red, green,
 * purple, orange, brown, cyan, grey), hex so the SVG renderer takes them as they are.
 */
export const GRAFIEK_KLEUREN: readonly { token: string; kleur: string }[] = [
  { token: 'utrechtColorSecondaryNavy', kleur: '#1c4181' },
  { token: 'utrechtColorSecondaryRed', kleur: '#cc0000' },
  { token: 'utrechtColorSecondaryGreen', kleur: '#32ab27' },
  { token: 'utrechtColorSecondaryPurple', kleur: '#762cd1' },
  { token: 'utrechtColorSecondaryOrange', kleur: '#ff6e00' },
  { token: 'utrechtColorSecondaryBrown', kleur: '#ad643b' },
  { token: 'utrechtColorSecondaryCyan', kleur: '#009ed4' },
  { token: 'utrechtColorSecondaryGrey', kleur: '#757575' },
];

/** The chart's text: the document's font family without double quotes (they would end the SVG's style attribute). */
export const GRAFIEK_LETTERTYPE = "'Noto Sans Variable', Arial, 'Helvetica Neue', Helvetica, sans-serif";

/** The inlined tokens as one CSS rule for the theme class on body. */
export function tokensCss(themaKlasse: string): string {
  const regels = Object.entries(NLDS_TOKENS).map(([naam, waarde]) => `  ${naam}: ${waarde};`);
  return `.${themaKlasse} {\n${regels.join('\n')}\n}`;
}
