import { beslistermijnVraag } from '@handhaving/domain-awb';
import { dwangsomContext, eenhedenVan, formatEuro, verjaringVanEenheid, type Begunstigingstermijn, type Bestreden, type DwangsomEvent, type DwangsomEventType } from '@handhaving/domain-dwangsom';
import { berekenTermijn, renderUitleg, type TermijnOpties } from '@handhaving/termijnen';
import { uitlegVoor as uitleg, verschuifBeslistermijnNa, type StapInBeslistermijn } from '../termijnen/beslistermijn-herberekening';
import { AWB_TERMIJN_EVENTS, type Termijnboek, type Termijnvertaler } from '../termijnen/deadline';
import { volgZienswijzefase } from '../termijnen/zienswijzetermijn';

/*
 * The terms of a dwangsom case on the shared deadline list (docs/termijnen.md, "The kinds of
 * term on the deadline list"), applied by the deadlines read model (termijnen.deadlines.v3) to events of `dwangsom-` streams:
 * - zienswijzetermijn: started by VoornemenVerzonden; voldaan by a zienswijze or the term passing;
 *   vervallen when the last is imposed first or the gemeente decides against it;
 * - begunstigingstermijn (herstellast): its end is when to plan the hercontrole; voldaan by the
 *   first controle; vervallen when the last ends before it; a last gewijzigd on bezwaar with a new
 *   begunstigingstermijn moves it to the new end (running again if a controle had closed it);
 * - looptijd (preventieve last): runs out by itself; vervallen when the last ends early;
 * - bezwaartermijn of the last (`…bezwaartermijn`) and of each invorderingsbeschikking
 *   (`…bezwaartermijn.invordering-{n}`), with their beslistermijn and beroepstermijn alike. The
 *   beslistermijn is six weeks, twelve with an adviescommissie (art. 7:10 lid 1, 7:13 Awb), and
 *   moves as Damocles' does (damocles-termijnen.ts, through the shared beslistermijn-herberekening.ts):
 *   `opgeschort` while an omission is repaired (lid 2), later by the days that stood still, by a
 *   verdaging (lid 3) and by uitstel with consent (lid 4). A beslistermijn stored before it kept its
 *   question is moved from the question rebuilt from its bezwaartermijn (six weeks: a bezwaar of
 *   then had no adviescommissie), so no rebuild of termijnen.deadlines.v3 is needed;
 * - a last vernietigd on beroep (art. 8:72 lid 3 sub b Awb) ends its terms as a herroeping does;
 * - verjaring-dwangsom, one per forfeiture (`…verjaring-dwangsom.verbeuring-{n}`): the last day an
 *   invorderingsbeschikking can be made known (art. 5:35 Awb, never extended by the Atw) for the
 *   forfeiture's FIRST unit. A period per tijdseenheid verjaart unit by unit, its first day (or
 *   week) first: the term warns before any money is lost, and once it has passed it stays on the
 *   list as verstreken — every further day loses another unit — until the beschikking goes out;
 *   its explanation names the day the last unit verjaart. Voldaan by the invorderingsbeschikking,
 *   which claims every unit not yet verjaard (its reason says which part was lost); vervallen when
 *   the last is herroepen on bezwaar (nothing is owed). Lifting or revoking the last does not void
 *   it: what forfeited before stays owed.
 */

const RELEVANT: readonly DwangsomEventType[] = [
  ...AWB_TERMIJN_EVENTS,
  'DwangsomzaakGeopend',
  'AfgezienVanLast',
  'LastOpgelegd',
  'NalevingGeconstateerd',
  'OvertredingGeconstateerd',
  'DwangsomVerbeurd',
  'LastUitgeput',
  'InvorderingsbeschikkingVerzonden',
  'LastOpgeheven',
  'LastIngetrokken',
];

export const dwangsomTermijnen: Termijnvertaler = { context: dwangsomContext, eventTypes: RELEVANT, vertaal };

async function vertaal(boek: Termijnboek): Promise<void> {
  const event = { ...(boek.recorded.data as object), type: boek.recorded.type } as DwangsomEvent;
  switch (event.type) {
    case 'DwangsomzaakGeopend':
      boek.zaakGemeente(event.gemeente);
      break;
    case 'VoornemenVerzonden':
    case 'ZienswijzeOntvangen':
    case 'ZienswijzetermijnVerstreken':
      await volgZienswijzefase(boek, event);
      break;
    case 'AfgezienVanLast':
      await boek.sluit('zienswijzetermijn', 'vervallen', 'afgezien van een last');
      break;
    case 'LastOpgelegd': {
      await boek.sluit('zienswijzetermijn', 'vervallen', 'last opgelegd');
      const vorm = event.vorm;
      if (vorm.soort === 'herstellast') {
        const b = vorm.begunstigingstermijn;
        await boek.start(
          'begunstigingstermijn',
          b.einde,
          `${
            b.lengte === undefined
              ? `begunstigingstermijn: eindigt ${b.einde}\n  gesteld in de last bekendgemaakt op ${event.bekendmakingsdatum} (art. 5:32a Awb)`
              : uitleg({ soort: 'begunstigingstermijn', vanaf: event.bekendmakingsdatum, lengte: b.lengte }, b.einde, beleid(b.verlengdAlsAtw ?? true))
          }\n  plan de hercontrole na ${b.einde}: daarna verbeurt de dwangsom bij een overtreding`,
        );
      } else if (vorm.looptijd !== undefined) {
        await boek.start(
          'looptijd',
          vorm.looptijd.einde,
          `looptijd van de preventieve last: eindigt ${vorm.looptijd.einde}\n  van kracht sinds de bekendmaking op ${event.bekendmakingsdatum}` +
            `${vorm.looptijd.lengte === undefined ? '' : `, ${vorm.looptijd.lengte.aantal} ${vorm.looptijd.lengte.eenheid}`}; een duur, geen termijn om binnen te handelen: niet verlengd`,
        );
      }
      await boek.start('bezwaartermijn', event.bezwaartermijnEinde, uitleg({ soort: 'bezwaartermijn', vanaf: event.bekendmakingsdatum }, event.bezwaartermijnEinde), {
        betreft: 'last onder dwangsom',
      });
      break;
    }
    case 'NalevingGeconstateerd':
    case 'OvertredingGeconstateerd':
      await boek.sluit('begunstigingstermijn', 'voldaan', `hercontrole uitgevoerd op ${event.controledatum}`);
      break;
    case 'DwangsomVerbeurd': {
      const e = eenhedenVan(event);
      const berekend = berekenTermijn({ soort: 'verjaring-dwangsom', vanaf: e.eersteOp });
      const tekst =
        berekend.einde === event.verjaringsdatum
          ? renderUitleg(berekend.uitleg)
          : `verjaring verbeurde dwangsom: eindigt ${event.verjaringsdatum} (verbeurd op ${e.eersteOp}, zoals vastgelegd)`;
      const gevolg =
        e.aantal > 1
          ? `daarna verjaart elke ${e.stapDagen === 1 ? 'dag' : 'week'} ${formatEuro(e.perEenheidCent)}, tot de laatste na ${verjaringVanEenheid(e, e.aantal - 1)}: dan is alles (${formatEuro(event.bedragCent)}) verloren`
          : `daarna is ${formatEuro(event.bedragCent)} verloren`;
      const verbeurd = event.totEnMet === event.verbeurdOp ? `verbeurd op ${event.verbeurdOp}` : `verbeurd van ${event.verbeurdOp} tot en met ${event.totEnMet}`;
      await boek.start('verjaring-dwangsom', event.verjaringsdatum, `${tekst}\n  verstuur de invorderingsbeschikking uiterlijk ${event.verjaringsdatum}; ${gevolg}`, {
        onderwerp: `verbeuring-${event.verbeuring}`,
        betreft: `verbeuring ${event.verbeuring}: ${formatEuro(event.bedragCent)} ${verbeurd}`,
      });
      break;
    }
    case 'LastUitgeput':
      await boek.sluit('looptijd', 'vervallen', `last uitgeput op ${event.op}: het maximum van ${formatEuro(event.maximumCent)} is bereikt`);
      break;
    case 'InvorderingsbeschikkingVerzonden':
      await boek.sluit(
        'verjaring-dwangsom',
        'voldaan',
        `invorderingsbeschikking ${event.invordering} bekendgemaakt op ${event.bekendmakingsdatum}` +
          (event.verjaard === undefined
            ? ''
            : `: ${formatEuro(event.bedragCent)} ingevorderd; ${event.verjaard.van} tot en met ${event.verjaard.totEnMet} (${formatEuro(event.verjaard.bedragCent)}) was al verjaard`),
        `verbeuring-${event.verbeuring}`,
      );
      await boek.start('bezwaartermijn', event.bezwaartermijnEinde, uitleg({ soort: 'bezwaartermijn', vanaf: event.bekendmakingsdatum }, event.bezwaartermijnEinde), {
        onderwerp: `invordering-${event.invordering}`,
        betreft: `invorderingsbeschikking ${event.invordering} (${formatEuro(event.bedragCent)})`,
      });
      break;
    case 'BezwaarIngediend': {
      const berekening = beslistermijnVraag(event.bezwaartermijnEinde, { opschortingen: [], verdagingen: [] }, undefined, event);
      const berekend = berekenTermijn(berekening);
      await boek.start('beslistermijn-bezwaar', berekend.einde, renderUitleg(berekend.uitleg), { ...bestreden(event.tegen), berekening });
      break;
    }
    case 'HerstelVerzuimGevraagd':
    case 'OpschortingBeslistermijnBeeindigd':
    case 'BeslistermijnBezwaarVerdaagd':
    case 'BeslistermijnBezwaarUitgesteld':
      // The kernel's steps in the beslistermijn op bezwaar (art. 7:10 Awb), per bestreden besluit.
      await verschuif(boek, event);
      break;
    case 'UitspraakOpBeroepGedaan':
      if (event.vernietigd && event.tegen.besluit === 'last') await vervalLast(boek, `last vernietigd in beroep (${event.uitspraakdatum}): niets van wat eronder verbeurde is verschuldigd`);
      break;
    case 'BeslissingOpBezwaarGenomen': {
      const over = bestreden(event.tegen);
      await boek.sluit('beslistermijn-bezwaar', 'voldaan', `beslissing op bezwaar: ${event.uitkomst}`, over.onderwerp);
      await boek.start('beroepstermijn', event.beroepstermijnEinde, uitleg({ soort: 'beroepstermijn', vanaf: event.bekendmakingsdatum }, event.beroepstermijnEinde), over);
      if (event.uitkomst === 'gegrond' && event.tegen.besluit === 'last' && event.gevolg?.soort === 'gewijzigd') {
        const nieuw = event.gevolg.begunstigingstermijn;
        if (nieuw !== undefined) await verplaatsBegunstiging(boek, nieuw, event.bekendmakingsdatum);
      } else if (event.uitkomst === 'gegrond' && event.tegen.besluit === 'last') {
        await vervalLast(boek, 'last herroepen op bezwaar: niets van wat eronder verbeurde is verschuldigd');
      }
      break;
    }
    case 'LastOpgeheven':
    case 'LastIngetrokken': {
      const reden = `last ${event.type === 'LastOpgeheven' ? 'opgeheven' : 'ingetrokken'} met ingang van ${event.ingangsdatum}`;
      await boek.sluit('begunstigingstermijn', 'vervallen', reden);
      await boek.sluit('looptijd', 'vervallen', reden);
      break;
    }
    default:
      break;
  }
}

/** The last herroepen or vernietigd: its begunstigingstermijn, looptijd and every verjaring under it lapse. */
async function vervalLast(boek: Termijnboek, reden: string): Promise<void> {
  await boek.sluit('begunstigingstermijn', 'vervallen', reden);
  await boek.sluit('looptijd', 'vervallen', reden);
  for (const deadline of await boek.vanZaak()) {
    if (deadline.soort !== 'verjaring-dwangsom' || deadline.status !== 'lopend') continue;
    await boek.sluit('verjaring-dwangsom', 'vervallen', reden, deadline.id.slice(deadline.id.lastIndexOf('.') + 1));
  }
}

/** Moves the beslistermijn of the bezwaar against `tegen`; one stored without its question gets it back from its bezwaartermijn. */
async function verschuif(boek: Termijnboek, event: StapInBeslistermijn & { readonly tegen: Bestreden }): Promise<void> {
  const { onderwerp } = bestreden(event.tegen);
  await verschuifBeslistermijnNa(boek, event, {
    ...(onderwerp === undefined ? {} : { onderwerp }),
    zonderBerekening: async () => {
      const bezwaartermijn = await boek.lees('bezwaartermijn', onderwerp);
      return bezwaartermijn === null ? undefined : beslistermijnVraag(bezwaartermijn.einde, { opschortingen: [], verdagingen: [] });
    },
  });
}

/** A new begunstigingstermijn set on bezwaar: the running term gets the new end, or a closed one runs again until it. */
async function verplaatsBegunstiging(boek: Termijnboek, b: Begunstigingstermijn, bekendmakingsdatum: string): Promise<void> {
  const uitlegTekst = `${
    b.lengte === undefined
      ? `begunstigingstermijn: eindigt ${b.einde}\n  gesteld in de beslissing op bezwaar bekendgemaakt op ${bekendmakingsdatum} (art. 5:32a Awb, art. 7:11 Awb)`
      : uitleg({ soort: 'begunstigingstermijn', vanaf: bekendmakingsdatum, lengte: b.lengte }, b.einde, beleid(b.verlengdAlsAtw ?? true))
  }\n  last gewijzigd op bezwaar: plan de hercontrole na ${b.einde}`;
  const bestaand = await boek.lees('begunstigingstermijn');
  if (bestaand !== null && bestaand.status === 'lopend') boek.vervang({ ...bestaand, einde: b.einde, uitleg: uitlegTekst });
  else await boek.start('begunstigingstermijn', b.einde, uitlegTekst);
}

function bestreden(tegen: Bestreden): { onderwerp?: string; betreft: string } {
  return tegen.besluit === 'last'
    ? { betreft: 'bezwaar tegen de last onder dwangsom' }
    : { onderwerp: `invordering-${tegen.invordering}`, betreft: `bezwaar tegen invorderingsbeschikking ${tegen.invordering}` };
}

function beleid(verleng: boolean): TermijnOpties {
  return { beleid: { verlengAlsAtw: { zienswijzetermijn: verleng, begunstigingstermijn: verleng } } };
}

