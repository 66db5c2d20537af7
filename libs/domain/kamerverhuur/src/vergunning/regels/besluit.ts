import { controleerBesluitNaZienswijzefase, eindeVan, zienswijzefaseAfgerond, type AwbStap, type Regels } from '@handhaving/domain-awb';
import type { Voornemen } from '../vergunning.state';

/** The besluit's bekendmaking (art. 3:41 Awb): the day the command names, else the day it is taken. */
export function bekendmakingVan(command: Pick<AwbStap, 'datum'> & { readonly bekendmakingsdatum?: string }): string {
  return command.bekendmakingsdatum ?? command.datum;
}

/**
 * Art. 4:8 Awb (the kernel's rule): a besluit announced by a voornemen follows its zienswijzefase,
 * recorded as ended (the zienswijze came, or the term was recorded as passed), is not dated within
 * the zienswijzetermijn unless the aanvrager was heard, and is made known on or after the day it
 * was taken.
 */
export function controleerNaVoornemen(regels: Regels, voornemen: Voornemen, datum: string, bekendmakingsdatum: string, wat: string): void {
  if (!zienswijzefaseAfgerond(voornemen)) {
    regels.weiger(
      'zienswijzefase-niet-afgerond',
      `Wacht op de zienswijze of op het einde van de zienswijzetermijn (${voornemen.zienswijzetermijnEinde}) en stel dat vast, voordat ${wat} wordt genomen (art. 4:8 Awb)`,
      'zaakId',
    );
  }
  controleerBesluitNaZienswijzefase(regels, voornemen, { datum, bekendmakingsdatum, veld: 'bekendmakingsdatum' });
}

/** A besluit without voornemen: not before the step it follows, made known on or after the day it was taken. */
export function controleerBesluit(regels: Regels, na: { readonly datum: string; readonly wat: string }, datum: string, bekendmakingsdatum: string): void {
  regels.volgorde(na.datum, datum, 'datum', `Het besluit kan niet vóór ${na.wat} zijn genomen`);
  regels.bekendmakingsdatum(bekendmakingsdatum, 'bekendmakingsdatum');
  regels.volgorde(datum, bekendmakingsdatum, 'bekendmakingsdatum', 'Een besluit wordt niet bekendgemaakt vóór de dag waarop het is genomen');
}

/** Art. 3:40 Awb: a besluit takes effect after its bekendmaking, not before. */
export function controleerIngang(regels: Regels, ingangsdatum: string, bekendmakingsdatum: string, wat: string): void {
  regels.toekomstigeDatum(ingangsdatum, 'ingangsdatum');
  if (ingangsdatum < bekendmakingsdatum) {
    regels.weiger('ingang-voor-bekendmaking', `${wat} kan niet ingaan vóór de bekendmaking op ${bekendmakingsdatum} (art. 3:40 Awb)`, 'ingangsdatum');
  }
}

/** Art. 6:7, 6:8 Awb: six weeks from the day after the bekendmaking. */
export function bezwaartermijnEinde(regels: Regels, bekendmakingsdatum: string): string {
  return eindeVan(regels, { soort: 'bezwaartermijn', vanaf: bekendmakingsdatum }, 'bekendmakingsdatum');
}
