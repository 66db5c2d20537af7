import { beslistermijnVraag } from '@handhaving/domain-awb';
import { kamerverhuurtrajectContext, type TrajectEvent, type TrajectEventType } from '@handhaving/domain-kamerverhuur';
import { berekenTermijn, renderUitleg } from '@handhaving/termijnen';
import { uitlegVoor, verschuifBeslistermijnNa } from '../termijnen/beslistermijn-herberekening';
import { AWB_TERMIJN_EVENTS, type Termijnboek, type Termijnvertaler } from '../termijnen/deadline';
import { volgZienswijzefase } from '../termijnen/zienswijzetermijn';

/*
 * The terms of a kamerverhuur handhavingstraject on the shared deadline list, applied by the
 * deadlines read model to events of `kamerverhuurtraject-` streams:
 * - the hersteltermijn of a vooraankondiging that names one (`…begunstigingstermijn.vooraankondiging`):
 *   not a besluit, but the day after which the hercontrole is due, as after a last's
 *   begunstigingstermijn, so it is that soort and gets its reminders. Voldaan by the hercontrole
 *   after the vooraankondiging or the traject's closing; vervallen when the traject moves on first
 *   (a voornemen, the dwangsom route);
 * - zienswijzetermijn of the voornemen (volgZienswijzefase); vervallen when the last is imposed
 *   or the dwangsom route is chosen first, or the traject is closed;
 * - begunstigingstermijn of the last onder bestuursdwang (art. 5:24 lid 2 Awb): its end is when to
 *   plan the hercontrole. Voldaan by the hercontrole after the last, the bestuursdwang applied or
 *   the traject's closing; vervallen when the last is herroepen on bezwaar or vernietigd on beroep;
 * - bezwaartermijn of the last, its beslistermijn op bezwaar (moved through the shared
 *   beslistermijn-herberekening.ts) and beroepstermijn, as in every context. The dwangsom route's
 *   terms are the dwangsom case's own (its own stream and vertaler).
 */

const RELEVANT: readonly TrajectEventType[] = [
  ...AWB_TERMIJN_EVENTS,
  'OvertredingGeconstateerd',
  'VooraankondigingVerzonden',
  'HercontroleUitgevoerd',
  'LastOnderDwangsomGekozen',
  'LastOnderBestuursdwangOpgelegd',
  'BestuursdwangToegepast',
  'TrajectAfgesloten',
];

export const kamerverhuurtrajectTermijnen: Termijnvertaler = { context: kamerverhuurtrajectContext, eventTypes: RELEVANT, vertaal };

/** The onderwerp of the vooraankondiging's hersteltermijn beside the last's begunstigingstermijn. */
export const VOORAANKONDIGING_ONDERWERP = 'vooraankondiging';

async function vertaal(boek: Termijnboek): Promise<void> {
  const event = { ...(boek.recorded.data as object), type: boek.recorded.type } as TrajectEvent;
  switch (event.type) {
    case 'OvertredingGeconstateerd':
      boek.zaakGemeente(event.gemeente);
      break;
    case 'VooraankondigingVerzonden':
      if (event.hersteltermijnEinde !== undefined) {
        await boek.start(
          'begunstigingstermijn',
          event.hersteltermijnEinde,
          `hersteltermijn van de vooraankondiging: eindigt ${event.hersteltermijnEinde}\n  gesteld in de vooraankondiging verzonden op ${event.verzenddatum} (geen besluit; zoals in de brief)\n  plan de hercontrole na ${event.hersteltermijnEinde}`,
          { onderwerp: VOORAANKONDIGING_ONDERWERP, betreft: 'hersteltermijn van de vooraankondiging' },
        );
      }
      break;
    case 'HercontroleUitgevoerd': {
      const reden = `hercontrole uitgevoerd op ${event.controledatum}: ${event.uitkomst}`;
      if (event.na === 'vooraankondiging') await boek.sluit('begunstigingstermijn', 'voldaan', reden, VOORAANKONDIGING_ONDERWERP);
      else if (event.na === 'last-onder-bestuursdwang') await boek.sluit('begunstigingstermijn', 'voldaan', reden);
      break;
    }
    case 'VoornemenVerzonden':
      await boek.sluit('begunstigingstermijn', 'vervallen', `voornemen verzonden op ${event.verzenddatum}`, VOORAANKONDIGING_ONDERWERP);
      await volgZienswijzefase(boek, event, { betreft: 'zienswijze op het voornemen tot een last onder bestuursdwang' });
      break;
    case 'ZienswijzeOntvangen':
    case 'ZienswijzetermijnVerstreken':
      await volgZienswijzefase(boek, event);
      break;
    case 'LastOnderDwangsomGekozen': {
      const reden = `last onder dwangsom gekozen op ${event.datum}: de dwangsomzaak heeft haar eigen termijnen`;
      await boek.sluit('begunstigingstermijn', 'vervallen', reden, VOORAANKONDIGING_ONDERWERP);
      await boek.sluit('zienswijzetermijn', 'vervallen', reden);
      break;
    }
    case 'LastOnderBestuursdwangOpgelegd': {
      await boek.sluit('zienswijzetermijn', 'vervallen', 'last onder bestuursdwang opgelegd');
      const b = event.begunstigingstermijn;
      const verleng = b.verlengdAlsAtw ?? true;
      await boek.start(
        'begunstigingstermijn',
        b.einde,
        `${
          b.lengte === undefined
            ? `begunstigingstermijn: eindigt ${b.einde}\n  gesteld in de last onder bestuursdwang bekendgemaakt op ${event.bekendmakingsdatum} (art. 5:24 lid 2 Awb)`
            : uitlegVoor({ soort: 'begunstigingstermijn', vanaf: event.bekendmakingsdatum, lengte: b.lengte, last: 'bestuursdwang' }, b.einde, {
                beleid: { verlengAlsAtw: { zienswijzetermijn: verleng, begunstigingstermijn: verleng } },
              })
        }\n  plan de hercontrole na ${b.einde}: daarna kan de gemeente de last zelf uitvoeren (art. 5:21 Awb)`,
        { betreft: 'last onder bestuursdwang' },
      );
      await boek.start('bezwaartermijn', event.bezwaartermijnEinde, uitlegVoor({ soort: 'bezwaartermijn', vanaf: event.bekendmakingsdatum }, event.bezwaartermijnEinde), {
        betreft: 'bezwaar tegen de last onder bestuursdwang',
      });
      break;
    }
    case 'BestuursdwangToegepast':
      await boek.sluit('begunstigingstermijn', 'voldaan', `bestuursdwang toegepast op ${event.uitvoeringsdatum}`);
      break;
    case 'TrajectAfgesloten': {
      const reden = `traject afgesloten op ${event.afsluitdatum} (${event.resultaat})`;
      await boek.sluit('begunstigingstermijn', 'voldaan', reden, VOORAANKONDIGING_ONDERWERP);
      await boek.sluit('begunstigingstermijn', 'voldaan', reden);
      await boek.sluit('zienswijzetermijn', 'vervallen', reden);
      break;
    }
    case 'BezwaarIngediend': {
      const berekening = beslistermijnVraag(event.bezwaartermijnEinde, { opschortingen: [], verdagingen: [] }, undefined, event);
      const berekend = berekenTermijn(berekening);
      await boek.start('beslistermijn-bezwaar', berekend.einde, renderUitleg(berekend.uitleg), { berekening, betreft: 'beslissing op bezwaar tegen de last onder bestuursdwang' });
      break;
    }
    case 'HerstelVerzuimGevraagd':
    case 'OpschortingBeslistermijnBeeindigd':
    case 'BeslistermijnBezwaarVerdaagd':
    case 'BeslistermijnBezwaarUitgesteld':
      await verschuifBeslistermijnNa(boek, event);
      break;
    case 'BeslissingOpBezwaarGenomen':
      await boek.sluit('beslistermijn-bezwaar', 'voldaan', `beslissing op bezwaar: ${event.uitkomst}`);
      await boek.start('beroepstermijn', event.beroepstermijnEinde, uitlegVoor({ soort: 'beroepstermijn', vanaf: event.bekendmakingsdatum }, event.beroepstermijnEinde), {
        betreft: 'beroep tegen de beslissing op bezwaar',
      });
      // Art. 7:11 lid 2 Awb: a gegrond bezwaar herroept the last; nothing is left to carry out.
      if (event.uitkomst === 'gegrond') await boek.sluit('begunstigingstermijn', 'vervallen', `last herroepen op bezwaar (${event.bekendmakingsdatum})`);
      break;
    case 'UitspraakOpBeroepGedaan':
      if (event.vernietigd) await boek.sluit('begunstigingstermijn', 'vervallen', `last vernietigd in beroep (${event.uitspraakdatum})`);
      break;
    default:
      break;
  }
}
