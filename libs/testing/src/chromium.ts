import { existsSync } from 'node:fs';

/**
 * Whether tests that need a browser can run: Chromium from Debian's package (or CHROMIUM_PATH).
 * Under CI its absence is a failure with the fix; on a developer's machine those tests are skipped,
 * loudly. `wat` names what needs it, for the message.
 */
export function chromiumVoorTests(wat: string): boolean {
  const pad = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (existsSync(pad)) return true;
  const melding = `Chromium ontbreekt (${pad}): ${wat} heeft het nodig. Installeer het met apt-get install chromium, of zet CHROMIUM_PATH.`;
  if (process.env['CI'] === 'true') throw new Error(melding);
  console.warn(`OVERGESLAGEN — ${melding}`);
  return false;
}
