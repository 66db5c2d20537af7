import type { Rechtsgang } from './beroepsfase';
import type { Regels } from './regels';

/*
 * Whether a besluit may be carried out (a closure sealed, a last enforced) on `datum`, as far as
 * the rechtsgang against it decides. Neither bezwaar nor beroep suspends a besluit by itself (art.
 * 6:16 Awb); a voorlopige voorziening does:
 * - asked of the voorzieningenrechter (art. 8:81 Awb) pending bezwaar or beroep: the besluit is not
 *   carried out before the judge decided on the request. This is the policy every gemeente follows
 *   (the court would otherwise be faced with a fait accompli), not a suspension by law;
 * - granted: the besluit is suspended until the uitspraak on the beroep (art. 8:85 lid 1 Awb), or,
 *   granted pending the bezwaar and no beroep brought, until the beroepstermijn against the
 *   beslissing op bezwaar passed unused (art. 8:85 lid 2 sub a Awb);
 * - refused: nothing stands in the way, also while the bezwaar or beroep runs on.
 * A besluit the rechtbank annulled (gegrond, vernietigd) is not carried out at all.
 */
export function controleerUitvoerbaar(regels: Regels, r: Rechtsgang, datum: string, veld = 'datum', naam = 'het besluit'): void {
  const uitspraak = r.beroep?.uitspraak;
  if (uitspraak?.vernietigd) {
    regels.weiger('besluit-vernietigd', `De rechtbank heeft ${naam} op ${uitspraak.uitspraakdatum} vernietigd: het kan niet meer worden uitgevoerd`, veld);
  }
  // Art. 8:85 lid 1 Awb: a voorziening lapses with the uitspraak in the hoofdzaak; a request still open lapses with it.
  if (uitspraak !== undefined) return;
  if (r.voorlopigeVoorziening === 'gevraagd') {
    regels.weiger(
      'voorziening-gevraagd',
      `Er is een voorlopige voorziening gevraagd (art. 8:81 Awb): ${naam} wordt niet uitgevoerd voordat de voorzieningenrechter daarop heeft beslist`,
      veld,
    );
  }
  if (r.voorlopigeVoorziening !== 'toegewezen') return;
  if (r.beroep !== undefined) {
    regels.weiger('besluit-geschorst', `De voorzieningenrechter heeft ${naam} geschorst tot de uitspraak op het beroep bij ${r.beroep.rechtbank} (art. 8:85 lid 1 Awb)`, veld);
  }
  const beslissing = r.beslissingOpBezwaar;
  if (beslissing === undefined) {
    regels.weiger('besluit-geschorst', `De voorzieningenrechter heeft ${naam} geschorst: het kan niet worden uitgevoerd zolang op het bezwaar niet is beslist`, veld);
  }
  if (datum <= beslissing.beroepstermijnEinde) {
    regels.weiger(
      'besluit-geschorst',
      `De voorlopige voorziening loopt tot na de beroepstermijn (${beslissing.beroepstermijnEinde}) als er geen beroep wordt ingesteld (art. 8:85 lid 2 Awb): ${naam} kan pas daarna worden uitgevoerd`,
      veld,
    );
  }
}
