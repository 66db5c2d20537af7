/** No Chromium to print with: the message says, in one line, what an operator installs or sets. */
export class ChromiumOntbreekt extends Error {
  override readonly name = 'ChromiumOntbreekt';

  constructor(readonly gezocht: readonly string[], readonly chromiumPath?: string) {
    super(
      chromiumPath
        ? `Geen Chromium om de PDF mee te maken: CHROMIUM_PATH wijst naar ${chromiumPath}, maar daar staat geen programma; installeer Chromium (apt-get install chromium) of zet CHROMIUM_PATH op het pad van het chromium-programma.`
        : `Geen Chromium om de PDF mee te maken (gezocht: ${gezocht.join(', ')}); installeer het met apt-get install chromium of zet CHROMIUM_PATH op het pad van het chromium-programma.`,
    );
  }
}
