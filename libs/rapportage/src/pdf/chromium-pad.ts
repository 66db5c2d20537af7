import { accessSync, constants, statSync } from 'node:fs';
import { ChromiumOntbreekt } from './chromium-ontbreekt';

/** Where Debian (and Ubuntu's older packages) put the browser, in the order tried. */
export const STANDAARD_CHROMIUM_PADEN: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export interface ChromiumZoekOpties {
  /** The environment to read CHROMIUM_PATH from; process.env by default. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Paths tried when CHROMIUM_PATH is not set; injectable for tests. */
  readonly kandidaten?: readonly string[];
}

/**
 * The Chromium executable to print with: CHROMIUM_PATH when set (and then only that: a wrong
 * setting is reported, not silently replaced by another browser), else the first of the
 * standard paths that is an executable file. Playwright never downloads one here.
 */
export function vindChromium(opties: ChromiumZoekOpties = {}): string {
  const env = opties.env ?? process.env;
  const ingesteld = env['CHROMIUM_PATH']?.trim();
  if (ingesteld) {
    if (isUitvoerbaar(ingesteld)) return ingesteld;
    throw new ChromiumOntbreekt([ingesteld], ingesteld);
  }
  const kandidaten = opties.kandidaten ?? STANDAARD_CHROMIUM_PADEN;
  const gevonden = kandidaten.find(isUitvoerbaar);
  if (gevonden) return gevonden;
  throw new ChromiumOntbreekt(kandidaten);
}

function isUitvoerbaar(pad: string): boolean {
  try {
    const stat = statSync(pad);
    // X_OK alone says yes to any file for root; an executable has an execute bit.
    if (!stat.isFile() || (stat.mode & 0o111) === 0) return false;
    accessSync(pad, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
