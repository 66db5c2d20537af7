import { existsSync } from 'node:fs';

/**
 * Whether the PDF specs can run: Chromium from Debian's package must be there. On CI its absence
 * is a failure with the fix; on a developer's machine the specs are skipped, loudly.
 */
export function chromiumVoorTests(): boolean {
  const pad = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (existsSync(pad)) return true;
  const melding = `Chromium ontbreekt (${pad}): de PDF-specs hebben het nodig. Installeer het met apt-get install chromium, of zet CHROMIUM_PATH.`;
  if (process.env['CI'] === 'true') throw new Error(melding);
  console.warn(`OVERGESLAGEN — ${melding}`);
  return false;
}
