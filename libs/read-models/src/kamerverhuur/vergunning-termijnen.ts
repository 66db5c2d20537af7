import { beslistermijnVraag } from '@handhaving/domain-awb';
import { beslistermijnAanvraag, kamerverhuurvergunningContext, type VergunningEvent, type VergunningEventType } from '@handhaving/domain-kamerverhuur';
import { berekenTermijn, renderUitleg, weken, type Opschorting, type TermijnVraag } from '@handhaving/termijnen';
import { herberekend, uitlegVoor, verschuifBeslistermijnNa } from '../termijnen/beslistermijn-herberekening';
import { AWB_TERMIJN_EVENTS, isLopend, type Deadline, type Termijnboek, type Termijnvertaler } from '../termijnen/deadline';
import { volgZienswijzefase } from '../termijnen/zienswijzetermijn';

/*
 * The terms of a kamerverhuurvergunning on the shared deadline list, applied by the deadlines read
 * model to events of `kamerverhuurvergunning-` streams:
 * - beslistermijn-aanvraag: the gemeente's weeks or eight (art. 4:13 Awb) from the day after
 *   receipt, counted by the domain's own arithmetic (`beslistermijnAanvraag`, the function the
 *   decider asks). A request to complete the aanvraag suspends it (art. 4:15 lid 1 sub a Awb): it
 *   is `opgeschort` from the day after the request, its stored end the earliest (as if the
 *   aanvulling came the day after), shown by the list as of the day asked; the aanvulling lets it
 *   run again with a later end. A verdaging (art. 4:14 lid 3 Awb) adds its weeks. Each step is
 *   counted on its own day (the domain's peildatum), so a hersteltermijn that passed unused has
 *   ended the suspension by the next step recorded. Voldaan by the verlening or the weigering.
 * - looptijd: a permit for a period lapses on its einddatum (a duration, not a term to act in:
 *   not extended). Voldaan when the verval by that einddatum is recorded; vervallen when the
 *   permit is revoked or lapses earlier (afstand, niet gebruikt); running again when an
 *   intrekking is herroepen on bezwaar or vernietigd on beroep (the permit is given back).
 * - zienswijzetermijn of a voornemen to refuse or to revoke (volgZienswijzefase); vervallen when a
 *   besluit comes first.
 * - bezwaartermijn, beslistermijn-bezwaar and beroepstermijn as in every context, one set per
 *   besluit open to bezwaar (the weigering, each intrekking: onderwerp `weigering-{besluitdatum}`,
 *   `intrekking-{besluitdatum}`): a weigering herroepen may be followed by a permit and, years
 *   later, its intrekking. A bezwaar is against the latest of them (the case has one besluit open
 *   to it at a time). The beslistermijn op bezwaar moves through the shared
 *   beslistermijn-herberekening.ts.
 */

const RELEVANT: readonly VergunningEventType[] = [
  ...AWB_TERMIJN_EVENTS,
  'VergunningAangevraagd',
  'AanvullingGevraagd',
  'AanvraagAangevuld',
  'BeslistermijnAanvraagVerdaagd',
  'VergunningVerleend',
  'VergunningGeweigerd',
  'VergunningIngetrokken',
  'VergunningVervallen',
];

export const kamerverhuurvergunningTermijnen: Termijnvertaler = { context: kamerverhuurvergunningContext, eventTypes: RELEVANT, vertaal };

/** What the beslistermijn of the aanvraag is made of, as the domain keeps it. */
export type VerloopVanAanvraag = Parameters<typeof beslistermijnAanvraag>[1];

/** The question of the aanvraag's beslistermijn, with the facts it is counted from. */
export type AanvraagBerekening = TermijnVraag & { readonly verloop: VerloopVanAanvraag };

async function vertaal(boek: Termijnboek): Promise<void> {
  const event = { ...(boek.recorded.data as object), type: boek.recorded.type } as VergunningEvent;
  switch (event.type) {
    case 'VergunningAangevraagd': {
      boek.zaakGemeente(event.gemeente);
      if ((await boek.lees('beslistermijn-aanvraag')) !== null) break; // replayed
      const verloop: VerloopVanAanvraag = { weken: event.beslistermijn.lengte.aantal, grondslag: event.beslistermijn.grondslag, aanvullingen: [], verdagingen: [] };
      await boek.start('beslistermijn-aanvraag', event.beslistermijn.einde, undefined, {
        betreft: `aanvraag kamerverhuurvergunning ontvangen op ${event.ontvangstdatum}`,
        berekening: vergunningaanvraagBerekening(event.ontvangstdatum, verloop, event.datum),
      });
      await verschuifAanvraag(boek, event.datum, (v) => v);
      break;
    }
    case 'AanvullingGevraagd':
      await verschuifAanvraag(boek, event.datum, (v) => ({
        ...v,
        aanvullingen: [...v.aanvullingen, { aanvulling: event.aanvulling, gevraagdOp: event.gevraagdOp, hersteltermijnEinde: event.hersteltermijnEinde }],
      }));
      break;
    case 'AanvraagAangevuld':
      await verschuifAanvraag(boek, event.datum, (v) => ({
        ...v,
        aanvullingen: v.aanvullingen.map((a) => (a.aanvulling === event.aanvulling && a.ontvangenOp === undefined ? { ...a, ontvangenOp: event.ontvangenOp } : a)),
      }));
      break;
    case 'BeslistermijnAanvraagVerdaagd':
      await verschuifAanvraag(boek, event.datum, (v) => ({ ...v, verdagingen: [...v.verdagingen, { verdagingsdatum: event.verdagingsdatum, weken: event.weken, motivering: event.motivering }] }));
      break;
    case 'VoornemenVerzonden':
      await volgZienswijzefase(boek, event, { betreft: event.strekking === 'weigeren' ? 'zienswijze op het voornemen tot weigering' : 'zienswijze op het voornemen tot intrekking' });
      break;
    case 'ZienswijzeOntvangen':
    case 'ZienswijzetermijnVerstreken':
      await volgZienswijzefase(boek, event);
      break;
    case 'VergunningVerleend': {
      const reden = `vergunning verleend op ${event.besluitdatum}`;
      await boek.sluit('beslistermijn-aanvraag', 'voldaan', reden);
      await boek.sluit('zienswijzetermijn', 'vervallen', reden);
      if (event.einddatum !== undefined) {
        await boek.start(
          'looptijd',
          event.einddatum,
          `looptijd van de kamerverhuurvergunning: vervalt op ${event.einddatum}\n  verleend op ${event.besluitdatum}, geldig vanaf ${event.ingangsdatum}; een duur, geen termijn om binnen te handelen: niet verlengd`,
          { betreft: `kamerverhuurvergunning voor ${event.aantalKamers} kamers` },
        );
      }
      break;
    }
    case 'VergunningGeweigerd': {
      const reden = `aanvraag geweigerd op ${event.besluitdatum}`;
      await boek.sluit('beslistermijn-aanvraag', 'voldaan', reden);
      await boek.sluit('zienswijzetermijn', 'vervallen', reden);
      await boek.start('bezwaartermijn', event.bezwaartermijnEinde, uitlegVoor({ soort: 'bezwaartermijn', vanaf: event.bekendmakingsdatum }, event.bezwaartermijnEinde), {
        onderwerp: `weigering-${event.besluitdatum}`,
        betreft: `bezwaar tegen de weigering van ${event.besluitdatum}`,
      });
      break;
    }
    case 'VergunningIngetrokken': {
      const reden = `vergunning ingetrokken op ${event.besluitdatum} met ingang van ${event.ingangsdatum}`;
      await boek.sluit('looptijd', 'vervallen', reden);
      await boek.sluit('zienswijzetermijn', 'vervallen', reden);
      await boek.start('bezwaartermijn', event.bezwaartermijnEinde, uitlegVoor({ soort: 'bezwaartermijn', vanaf: event.bekendmakingsdatum }, event.bezwaartermijnEinde), {
        onderwerp: `intrekking-${event.besluitdatum}`,
        betreft: `bezwaar tegen de intrekking van ${event.besluitdatum}`,
      });
      break;
    }
    case 'VergunningVervallen': {
      const reden = `vergunning vervallen op ${event.vervaldatum} (${event.reden})`;
      await boek.sluit('looptijd', event.reden === 'einddatum-verstreken' ? 'voldaan' : 'vervallen', reden);
      await boek.sluit('zienswijzetermijn', 'vervallen', reden);
      break;
    }
    case 'BezwaarIngediend': {
      const over = await bestreden(boek);
      const berekening = beslistermijnVraag(event.bezwaartermijnEinde, { opschortingen: [], verdagingen: [] }, undefined, event);
      const berekend = berekenTermijn(berekening);
      await boek.start('beslistermijn-bezwaar', berekend.einde, renderUitleg(berekend.uitleg), { ...over, berekening, ...(over.betreft === undefined ? {} : { betreft: `beslissing op ${over.betreft}` }) });
      break;
    }
    case 'HerstelVerzuimGevraagd':
    case 'OpschortingBeslistermijnBeeindigd':
    case 'BeslistermijnBezwaarVerdaagd':
    case 'BeslistermijnBezwaarUitgesteld': {
      const { onderwerp } = await bestreden(boek);
      await verschuifBeslistermijnNa(boek, event, onderwerp === undefined ? {} : { onderwerp });
      break;
    }
    case 'BeslissingOpBezwaarGenomen': {
      const over = await bestreden(boek);
      await boek.sluit('beslistermijn-bezwaar', 'voldaan', `beslissing op bezwaar: ${event.uitkomst}`, over.onderwerp);
      await boek.start('beroepstermijn', event.beroepstermijnEinde, uitlegVoor({ soort: 'beroepstermijn', vanaf: event.bekendmakingsdatum }, event.beroepstermijnEinde), {
        ...over,
        ...(over.betreft === undefined ? {} : { betreft: `beroep na ${over.betreft}` }),
      });
      if (event.uitkomst === 'gegrond') await geefLooptijdTerug(boek, over.onderwerp, `intrekking herroepen op bezwaar (${event.bekendmakingsdatum})`);
      break;
    }
    case 'UitspraakOpBeroepGedaan':
      if (event.vernietigd) await geefLooptijdTerug(boek, (await bestreden(boek)).onderwerp, `intrekking vernietigd in beroep (${event.uitspraakdatum})`);
      break;
    default:
      break;
  }
}

/**
 * The aanvraag's beslistermijn as the domain counts it on `peildatum`, as a question to
 * @handhaving/termijnen: each aanvulling that suspends it (running: without `totEnMet`), each
 * verdaging. A request made after the term ran out suspends nothing and is left out.
 */
export function vergunningaanvraagBerekening(ontvangstdatum: string, verloop: VerloopVanAanvraag, peildatum: string): AanvraagBerekening {
  const geteld = beslistermijnAanvraag({ ontvangstdatum }, verloop, peildatum);
  const opschortingen: Opschorting[] = geteld.aanvullingen
    .filter((a) => a.lopend || a.totEnMet !== undefined)
    .map((a) => ({ van: a.van, ...(a.lopend ? {} : { totEnMet: a.totEnMet }), reden: `aanvulling ${a.aanvulling} gevraagd op ${a.gevraagdOp} (art. 4:15 lid 1 sub a Awb)` }));
  return {
    soort: 'beslistermijn-aanvraag',
    vanaf: ontvangstdatum,
    lengte: weken(verloop.weken),
    grondslag: verloop.grondslag,
    ...(verloop.verdagingen.length === 0
      ? {}
      : { verdagingen: verloop.verdagingen.map((v) => ({ soort: 'verdaging' as const, lengte: weken(v.weken), reden: `${v.motivering} (verdaagd op ${v.verdagingsdatum}, art. 4:14 lid 3 Awb)` })) }),
    ...(opschortingen.length === 0 ? {} : { opschortingen }),
    verloop,
  };
}

/** A running beslistermijn of the aanvraag recounted with a changed course, on the day of the step. */
async function verschuifAanvraag(boek: Termijnboek, peildatum: string, wijzig: (verloop: VerloopVanAanvraag) => VerloopVanAanvraag): Promise<void> {
  const deadline = await boek.lees('beslistermijn-aanvraag');
  if (deadline === null || !isLopend(deadline.status) || deadline.berekening === undefined) return;
  const oud = deadline.berekening as AanvraagBerekening;
  boek.vervang(aanvraagStand(deadline, vergunningaanvraagBerekening(oud.vanaf, wijzig(oud.verloop), peildatum), peildatum));
}

/** Running with the domain's end and explanation; `opgeschort` (its earliest end) while an aanvulling is awaited. */
function aanvraagStand(deadline: Deadline, berekening: AanvraagBerekening, peildatum: string): Deadline {
  const geteld = beslistermijnAanvraag({ ontvangstdatum: berekening.vanaf }, berekening.verloop, peildatum);
  if (geteld.status === 'opgeschort') return herberekend(deadline, berekening);
  return { ...deadline, berekening, status: 'lopend', einde: geteld.einde, uitleg: renderUitleg(geteld.uitleg) };
}

/** The besluit a bezwaar or beroep of the case is about: the one whose bezwaartermijn started last. */
async function bestreden(boek: Termijnboek): Promise<{ onderwerp?: string; betreft?: string }> {
  const termijnen = (await boek.vanZaak()).filter((d) => d.soort === 'bezwaartermijn');
  const laatste = termijnen.sort((a, b) => a.gestartDoor.datum.localeCompare(b.gestartDoor.datum) || a.gestartDoor.vastgelegdOp.localeCompare(b.gestartDoor.vastgelegdOp)).at(-1);
  if (laatste === undefined) return {};
  const onderwerp = laatste.id.slice(laatste.id.indexOf('.bezwaartermijn.') + '.bezwaartermijn.'.length);
  return { onderwerp, ...(laatste.betreft === undefined ? {} : { betreft: laatste.betreft }) };
}

/** An intrekking herroepen or vernietigd never took effect: the permit's looptijd it ended runs again. */
async function geefLooptijdTerug(boek: Termijnboek, onderwerp: string | undefined, reden: string): Promise<void> {
  if (onderwerp === undefined || !onderwerp.startsWith('intrekking-')) return;
  const looptijd = await boek.lees('looptijd');
  if (looptijd === null || looptijd.status !== 'vervallen' || looptijd.afgeslotenDoor?.event !== 'VergunningIngetrokken') return;
  const { afgeslotenDoor: _weg, ...rest } = looptijd;
  boek.vervang({ ...rest, status: 'lopend', uitleg: `${looptijd.uitleg ?? ''}\n  ${reden}: de vergunning geldt weer`.trimStart() });
}
