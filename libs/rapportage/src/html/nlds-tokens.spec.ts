import { readFileSync } from 'node:fs';
import { GRAFIEK_KLEUREN, NLDS_TOKENS } from './nlds-tokens';

/** The package's resolved values by camelCase name (utrechtColorBlue35). */
function pakketTokens(): Record<string, string> {
  return JSON.parse(readFileSync(require.resolve('@utrecht/design-tokens/dist/index.flat.json'), 'utf8')) as Record<string, string>;
}

function camel(cssNaam: string): string {
  return cssNaam.replace(/^--/, '').replace(/-([a-z0-9])/g, (_, teken: string) => teken.toUpperCase());
}

describe('NL Design System tokens in the report', () => {
  const pakket = pakketTokens();

  it.each(Object.entries(NLDS_TOKENS))('%s is the value @utrecht/design-tokens gives', (naam, waarde) => {
    expect(pakket[camel(naam)]).toBe(waarde);
  });

  it.each(GRAFIEK_KLEUREN.map((k) => [k.token, k.kleur]))('chart colour %s is the package value', (token, kleur) => {
    expect(pakket[token]).toBe(kleur);
  });
});
