import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.1 level A and AA, the level a Dutch government body must meet (Besluit digitale toegankelijkheid overheid). */
const AXE_OPTIES: axe.RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

export interface Toegankelijkheid {
  /** axe-core's serious and critical violations, one line each: rule, impact, help, the elements. */
  readonly ernstig: readonly string[];
  /** How many rules the page passed (a check that ran on an empty page passes almost none). */
  readonly geslaagd: number;
}

/** Runs axe-core's WCAG 2.1 A/AA rules on the page as it is loaded in the browser. */
export async function toegankelijkheidVan(page: Page): Promise<Toegankelijkheid> {
  await page.addScriptTag({ content: axe.source });
  // A string runs in the page (this project's types have no DOM); Playwright awaits the promise.
  const resultaat = (await page.evaluate(`axe.run(document, ${JSON.stringify(AXE_OPTIES)})`)) as axe.AxeResults;
  const ernstig = resultaat.violations
    .filter((overtreding) => overtreding.impact === 'serious' || overtreding.impact === 'critical')
    .map((overtreding) => `${overtreding.id} (${overtreding.impact}): ${overtreding.help} — ${overtreding.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  return { ernstig, geslaagd: resultaat.passes.length };
}
