import { berekenTermijn, renderUitleg, type Opschorting, type TermijnOpties, type TermijnVraag } from '@handhaving/termijnen';
import { isLopend, type Deadline, type Termijnboek } from './deadline';

/*
 * Terms whose end is recomputed from the question that gave it (the beslistermijn op bezwaar, art.
 * 7:10 Awb: suspensions and verdaging), and the explanation of a term from @handhaving/termijnen.
 * Shared by every context's Termijnvertaler and by the deadline list's queries.
 */

/**
 * Moves the beslistermijn op bezwaar: a new question, its end and explanation recomputed, and
 * `opgeschort` while a suspension in it runs. `alleenAls`: the state it must be in for this step
 * (a suspension ends only a suspended term); a term met or lapsed is left as it is.
 */
export async function verschuifBeslistermijn(
  boek: Termijnboek,
  alleenAls: 'lopend' | 'opgeschort' | undefined,
  wijzig: (vraag: TermijnVraag) => TermijnVraag,
  opties: {
    /** Where a case has a beslistermijn per besluit (dwangsom: `invordering-{n}`). */
    readonly onderwerp?: string;
    /** The question of a term stored without one (started before it was kept); undefined: leave it. */
    readonly zonderBerekening?: () => Promise<TermijnVraag | undefined>;
  } = {},
): Promise<void> {
  const deadline = await boek.lees('beslistermijn-bezwaar', opties.onderwerp);
  if (deadline === null || !isLopend(deadline.status)) return;
  if (alleenAls !== undefined && deadline.status !== alleenAls) return;
  const berekening = deadline.berekening ?? (await opties.zonderBerekening?.());
  if (berekening === undefined) return;
  boek.vervang(herberekend(deadline, wijzig(berekening)));
}

/** The suspension still running in the question, if one is (it has no `totEnMet`). */
function lopendeOpschortingIn(vraag: TermijnVraag): Opschorting | undefined {
  return vraag.opschortingen?.find((o) => o.totEnMet === undefined);
}

/**
 * The deadline computed from its question: while a suspension runs it is `opgeschort`, counted
 * through `peildatum` (default: the suspension's first day, giving the earliest end).
 */
export function herberekend(deadline: Deadline, berekening: TermijnVraag, peildatum?: string): Deadline {
  const lopend = lopendeOpschortingIn(berekening);
  const berekend = berekenTermijn(lopend === undefined ? berekening : { ...berekening, peildatum: peildatum ?? lopend.van });
  return { ...deadline, berekening, status: lopend === undefined ? 'lopend' : 'opgeschort', einde: berekend.einde, uitleg: renderUitleg(berekend.uitleg) };
}

/** A suspended term as the deadline list shows it on `peildatum`: the end if the term ran again after that day. */
export function opPeildatum(deadline: Deadline, peildatum: string): Deadline {
  if (deadline.status !== 'opgeschort' || deadline.berekening === undefined) return deadline;
  const lopend = lopendeOpschortingIn(deadline.berekening);
  return herberekend(deadline, deadline.berekening, lopend !== undefined && peildatum > lopend.van ? peildatum : undefined);
}

/** The explanation from @handhaving/termijnen when it reproduces the end on the event; else a plain line. */
export function uitlegVoor(vraag: TermijnVraag, einde: string, opties?: TermijnOpties): string {
  try {
    const berekend = berekenTermijn(vraag, opties);
    if (berekend.einde === einde) return renderUitleg(berekend.uitleg);
  } catch {
    // an end given on the event that the library does not reproduce: say only what is known
  }
  return `${vraag.soort}: eindigt ${einde} (vanaf ${vraag.vanaf}, zoals vastgelegd)`;
}
