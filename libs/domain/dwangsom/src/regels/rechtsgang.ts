import { GEEN_VERLOOP, type HangendeBeslistermijn, type Rechtsgang, type Regels } from '@handhaving/domain-awb';
import type { BestredenBesluit } from './bestreden-besluit';

/** What the kernel reads of the bezwaar against one besluit and the rechtsgang after it. */
export function rechtsgang(besluit: BestredenBesluit): Rechtsgang {
  const b = besluit.bezwaar;
  return {
    ...(b === undefined ? {} : { bezwaar: b }),
    voorlopigeVoorziening: b?.voorlopigeVoorziening ?? 'geen',
    ...(b?.beslissing === undefined ? {} : { beslissingOpBezwaar: b.beslissing }),
    ...(b?.beroep === undefined ? {} : { beroep: b.beroep }),
  };
}

/** A bezwaar against the besluit, not yet decided: the only time its beslistermijn runs. */
export function hangendeBeslistermijn(regels: Regels, besluit: BestredenBesluit): HangendeBeslistermijn {
  const bezwaar = besluit.bezwaar;
  if (bezwaar === undefined) regels.weiger('geen-bezwaar', `Er is geen bezwaar tegen ${besluit.naam} geregistreerd: zonder bezwaar loopt er geen beslistermijn op bezwaar`, 'tegen');
  if (bezwaar.beslissing !== undefined) regels.weiger('bezwaar-al-beslist', `Op het bezwaar tegen ${besluit.naam} is al beslist: de beslistermijn loopt niet meer`, 'tegen');
  return { bezwaartermijnEinde: besluit.bezwaartermijnEinde, bezwaar, verloop: bezwaar.beslistermijn ?? GEEN_VERLOOP };
}
