import { beslistermijnVraag } from '@handhaving/domain-awb';
import { damoclesContext, type DamoclesEvent } from '@handhaving/domain-damocles';
import { berekenTermijn, renderUitleg } from '@handhaving/termijnen';
import { uitlegVoor, verschuifBeslistermijnNa } from '../termijnen/beslistermijn-herberekening';
import { AWB_TERMIJN_EVENTS, type DeadlineSoort, type Termijnboek, type Termijnvertaler } from '../termijnen/deadline';
import { volgZienswijzefase } from '../termijnen/zienswijzetermijn';

const RELEVANT: readonly DamoclesEvent['type'][] = [
  ...AWB_TERMIJN_EVENTS,
  'RapportageOntvangen',
  'WaarschuwingGegeven',
  'AfgezienVanMaatregel',
  'SluitingsbesluitGenomen',
  'SluitingUitgevoerd',
  'PandHeropend',
];

/**
 * What satisfies or ends each term (docs/termijnen.md "Reminders": a term stops being due when the
 * step it waits for is recorded):
 * - zienswijzetermijn: voldaan by ZienswijzeOntvangen or ZienswijzetermijnVerstreken (docs/damocles.md
 *   steps 5 and 6: "received … or the term passed without one"); vervallen when a besluit comes first.
 * - begunstigingstermijn: voldaan by SluitingUitgevoerd; vervallen when the closure is herroepen.
 * - bezwaartermijn: runs out by itself; BezwaarIngediend does NOT satisfy it (others may object).
 * - beslistermijn-bezwaar: started by BezwaarIngediend, 6 weeks from the day after the
 *   bezwaartermijn ended, 12 when the bezwaar says an adviescommissie advises (art. 7:10 lid 1,
 *   7:13 Awb; computed with @handhaving/termijnen); voldaan by
 *   BeslissingOpBezwaarGenomen. Recomputed from its `berekening` by @handhaving/termijnen when it
 *   moves, the explanation listing each suspension and verdaging:
 *   - HerstelVerzuimGevraagd (art. 7:10 lid 2 Awb) makes it `opgeschort` from the day after the
 *     request. Its end is then unknown until the omission is repaired: docs/termijnen.md says the end
 *     moves by the days suspended, so it is stored as the earliest end (as if the term ran again
 *     the day after the first day suspended), and the deadline list shows it as the end if the
 *     term ran again after the day asked about (`peildatum`: today, for the API), recomputed when
 *     read and marked voorlopig. The due window selects it by the stored earliest end. No
 *     reminder fires while it stands still (the scheduler reminds only `lopend` terms);
 *   - OpschortingBeslistermijnBeeindigd makes it `lopend` again, the end moved by the days that
 *     stood still; BeslistermijnBezwaarVerdaagd (art. 7:10 lid 3 Awb) moves it by the verdaging,
 *     BeslistermijnBezwaarUitgesteld (lid 4) by the uitstel agreed with the bezwaarmaker.
 *   A moved end gives new reminder ids, so the scheduler plans the reminders of the new end.
 * - beroepstermijn: started by BeslissingOpBezwaarGenomen; runs out by itself (like the
 *   bezwaartermijn, BeroepIngesteld does NOT satisfy it).
 * - UitspraakOpBeroepGedaan, gegrond and vernietigd (art. 8:72 lid 3 Awb): the closure ends as on a
 *   herroeping: begunstigingstermijn and sluitingsduur vervallen.
 * - sluitingsduur: started by SluitingUitgevoerd (when it has an end); voldaan by PandHeropend;
 *   moved by a gegrond beslissing that changes the duration; vervallen when herroepen or made indefinite.
 */
export const damoclesTermijnen: Termijnvertaler = { context: damoclesContext, eventTypes: RELEVANT, vertaal };

async function vertaal(boek: Termijnboek): Promise<void> {
  const { recorded } = boek;
  const event = { ...(recorded.data as object), type: recorded.type } as DamoclesEvent;
  const start = (soort: DeadlineSoort, einde: string, uitleg: string | undefined) => boek.start(soort, einde, uitleg);
  const sluit = (soort: DeadlineSoort, status: 'voldaan' | 'vervallen', reden: string) => boek.sluit(soort, status, reden);
  switch (event.type) {
    case 'RapportageOntvangen':
      boek.zaakGemeente(event.gemeente);
      break;
    case 'VoornemenVerzonden':
    case 'ZienswijzeOntvangen':
    case 'ZienswijzetermijnVerstreken':
      await volgZienswijzefase(boek, event);
      break;
    case 'WaarschuwingGegeven':
      await sluit('zienswijzetermijn', 'vervallen', 'besluit genomen: waarschuwing');
      break;
    case 'AfgezienVanMaatregel':
      await sluit('zienswijzetermijn', 'vervallen', 'afgezien van maatregel');
      break;
    case 'SluitingsbesluitGenomen': {
      await sluit('zienswijzetermijn', 'vervallen', 'besluit genomen: sluiting');
      const b = event.begunstigingstermijn;
      if (b !== undefined) {
        const beleid = b.verlengdAlsAtw ?? true;
        await start(
          'begunstigingstermijn',
          b.einde,
          b.lengte === undefined
            ? `begunstigingstermijn: eindigt ${b.einde}\n  gesteld in het sluitingsbesluit bekendgemaakt op ${event.bekendmakingsdatum} (art. 5:24 lid 2 Awb)`
            : uitlegVoor({ soort: 'begunstigingstermijn', vanaf: event.bekendmakingsdatum, lengte: b.lengte }, b.einde, {
                beleid: { verlengAlsAtw: { zienswijzetermijn: beleid, begunstigingstermijn: beleid } },
              }),
        );
      }
      await start('bezwaartermijn', event.bezwaartermijnEinde, uitlegVoor({ soort: 'bezwaartermijn', vanaf: event.bekendmakingsdatum }, event.bezwaartermijnEinde));
      break;
    }
    case 'BezwaarIngediend': {
      const berekening = beslistermijnVraag(event.bezwaartermijnEinde, { opschortingen: [], verdagingen: [] }, undefined, event);
      const berekend = berekenTermijn(berekening);
      await boek.start('beslistermijn-bezwaar', berekend.einde, renderUitleg(berekend.uitleg), { berekening });
      break;
    }
    case 'HerstelVerzuimGevraagd':
    case 'OpschortingBeslistermijnBeeindigd':
    case 'BeslistermijnBezwaarVerdaagd':
    case 'BeslistermijnBezwaarUitgesteld':
      // The kernel's steps in the beslistermijn op bezwaar (art. 7:10 Awb), as in every context.
      await verschuifBeslistermijnNa(boek, event);
      break;
    case 'BeslissingOpBezwaarGenomen': {
      await sluit('beslistermijn-bezwaar', 'voldaan', `beslissing op bezwaar: ${event.uitkomst}`);
      await start('beroepstermijn', event.beroepstermijnEinde, uitlegVoor({ soort: 'beroepstermijn', vanaf: event.bekendmakingsdatum }, event.beroepstermijnEinde));
      const gevolg = event.gevolg;
      if (gevolg?.soort === 'herroepen') {
        await sluit('begunstigingstermijn', 'vervallen', 'sluitingsbesluit herroepen op bezwaar');
        await sluit('sluitingsduur', 'vervallen', 'sluitingsbesluit herroepen op bezwaar');
      } else if (gevolg?.soort === 'gewijzigd') {
        const sluitingsduur = await boek.lees('sluitingsduur');
        if (gevolg.duurMaanden === 'onbepaald') await sluit('sluitingsduur', 'vervallen', 'sluiting gewijzigd naar onbepaalde duur');
        else if (sluitingsduur?.status === 'lopend' && gevolg.eindeSluiting !== undefined) {
          boek.vervang({
            ...sluitingsduur,
            einde: gevolg.eindeSluiting,
            uitleg: `${sluitingsduur.uitleg ?? ''}\n  gewijzigd op bezwaar (${event.bekendmakingsdatum}): ${gevolg.duurMaanden} maanden, eindigt ${gevolg.eindeSluiting}`.trimStart(),
          });
        }
      }
      break;
    }
    case 'UitspraakOpBeroepGedaan':
      if (event.vernietigd) {
        await sluit('begunstigingstermijn', 'vervallen', 'sluitingsbesluit vernietigd in beroep');
        await sluit('sluitingsduur', 'vervallen', 'sluitingsbesluit vernietigd in beroep');
      }
      break;
    case 'SluitingUitgevoerd':
      await sluit('begunstigingstermijn', 'voldaan', 'sluiting uitgevoerd');
      if (event.eindeSluiting !== undefined) {
        await start(
          'sluitingsduur',
          event.eindeSluiting,
          `sluitingsduur: eindigt ${event.eindeSluiting}\n  gesloten op ${event.sluitingsdatum}; een duur, geen termijn om binnen te handelen: niet verlengd`,
        );
      }
      break;
    case 'PandHeropend':
      await sluit('sluitingsduur', 'voldaan', `pand heropend op ${event.heropeningsdatum}`);
      break;
    default:
      break;
  }
}
