import { GEEN_VERLOOP, type BestredenBeslissing, type HangendeBeslistermijn, type Rechtsgang, type Regels } from '@handhaving/domain-awb';
import type { LastOnderBestuursdwang } from '../traject.state';

/** The last in the words of the refusals. */
export const DE_LAST = 'de last onder bestuursdwang';

/** The last as a besluit open to bezwaar (the kernel's BestredenBesluit). */
export function bestredenLast(last: LastOnderBestuursdwang) {
  return { naam: DE_LAST, bekendmakingsdatum: last.bekendmakingsdatum, bezwaartermijnEinde: last.bezwaartermijnEinde, bezwaar: last.bezwaar };
}

/** The beslissing op bezwaar over the last, open to beroep, if it was taken. */
export function bestredenBeslissing(last: LastOnderBestuursdwang): BestredenBeslissing | undefined {
  const beslissing = last.bezwaar?.beslissing;
  return beslissing === undefined ? undefined : { naam: `de beslissing op bezwaar over ${DE_LAST}`, bekendmakingsdatum: beslissing.bekendmakingsdatum, beroepstermijnEinde: beslissing.beroepstermijnEinde };
}

/** What the kernel reads of the bezwaar against the last and the rechtsgang after it. */
export function rechtsgang(last: LastOnderBestuursdwang): Rechtsgang {
  const b = last.bezwaar;
  return {
    ...(b === undefined ? {} : { bezwaar: b }),
    voorlopigeVoorziening: b?.voorlopigeVoorziening ?? 'geen',
    ...(b?.beslissing === undefined ? {} : { beslissingOpBezwaar: b.beslissing }),
    ...(b?.beroep === undefined ? {} : { beroep: b.beroep }),
  };
}

/** A bezwaar against the last, not yet decided: the only time its beslistermijn runs. */
export function hangendeBeslistermijn(regels: Regels, last: LastOnderBestuursdwang): HangendeBeslistermijn {
  const bezwaar = last.bezwaar;
  if (bezwaar === undefined) regels.weiger('geen-bezwaar', `Er is geen bezwaar tegen ${DE_LAST} geregistreerd: zonder bezwaar loopt er geen beslistermijn op bezwaar`, 'zaakId');
  if (bezwaar.beslissing !== undefined) regels.weiger('bezwaar-al-beslist', `Op het bezwaar tegen ${DE_LAST} is al beslist: de beslistermijn loopt niet meer`, 'zaakId');
  return { bezwaartermijnEinde: last.bezwaartermijnEinde, bezwaar, verloop: bezwaar.beslistermijn ?? GEEN_VERLOOP };
}
