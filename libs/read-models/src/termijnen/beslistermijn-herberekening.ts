import {
  beeindigdeOpschorting,
  lopendeOpschorting,
  uitstelVan,
  verdagingVan,
  type BeslistermijnBezwaarUitgesteld,
  type BeslistermijnBezwaarVerdaagd,
  type HerstelVerzuimGevraagd,
  type OpschortingBeslistermijnBeeindigd,
} from '@handhaving/domain-awb';
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

/** The kernel's steps that move a running beslistermijn op bezwaar (art. 7:10 lid 2–4 Awb). */
export type StapInBeslistermijn = HerstelVerzuimGevraagd | OpschortingBeslistermijnBeeindigd | BeslistermijnBezwaarVerdaagd | BeslistermijnBezwaarUitgesteld;

export const STAPPEN_IN_BESLISTERMIJN = ['HerstelVerzuimGevraagd', 'OpschortingBeslistermijnBeeindigd', 'BeslistermijnBezwaarVerdaagd', 'BeslistermijnBezwaarUitgesteld'] as const;

export function isStapInBeslistermijn(event: { readonly type: string }): event is StapInBeslistermijn {
  return (STAPPEN_IN_BESLISTERMIJN as readonly string[]).includes(event.type);
}

/**
 * What one of those steps does to the term, the same in every context: a herstel verzuim suspends
 * it from the day after the request (lid 2), the end of that suspension lets it run again (a
 * suspension in which not a day stood still drops out), a verdaging (lid 3) or an uitstel with
 * consent (lid 4) lengthens it. `opties` as for `verschuifBeslistermijn`.
 */
export async function verschuifBeslistermijnNa(boek: Termijnboek, event: StapInBeslistermijn, opties: Parameters<typeof verschuifBeslistermijn>[3] = {}): Promise<void> {
  switch (event.type) {
    case 'HerstelVerzuimGevraagd':
      return verschuifBeslistermijn(boek, 'lopend', (vraag) => ({ ...vraag, opschortingen: [...(vraag.opschortingen ?? []), lopendeOpschorting(event)] }), opties);
    case 'OpschortingBeslistermijnBeeindigd':
      return verschuifBeslistermijn(
        boek,
        'opgeschort',
        (vraag) => {
          const opschortingen: Opschorting[] = [];
          for (const o of vraag.opschortingen ?? []) {
            const beeindigd = o.totEnMet === undefined ? beeindigdeOpschorting(o, event) : o;
            if (beeindigd !== undefined) opschortingen.push(beeindigd);
          }
          const { opschortingen: _oud, ...rest } = vraag;
          return opschortingen.length === 0 ? rest : { ...rest, opschortingen };
        },
        opties,
      );
    case 'BeslistermijnBezwaarVerdaagd':
      return verschuifBeslistermijn(boek, undefined, (vraag) => ({ ...vraag, verdagingen: [...(vraag.verdagingen ?? []), verdagingVan(event)] }), opties);
    case 'BeslistermijnBezwaarUitgesteld':
      return verschuifBeslistermijn(boek, undefined, (vraag) => ({ ...vraag, verdagingen: [...(vraag.verdagingen ?? []), uitstelVan(event)] }), opties);
  }
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
