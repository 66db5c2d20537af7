import { fold, verdraagtVreemdeEvents } from '@handhaving/domain-shared';
import type { BibobCommand } from './bibob.commands';
import { bibobContext } from './bibob.context';
import { bibobDecider } from './bibob.decider';
import { AANVRAAGTYPEN, BESLUITUITKOMSTEN, BIBOB_EVENT_TYPES, BIBOB_SCHEMAVERSIES, CONCLUSIES_LBB, SIGNAALREDENEN, SOORTEN_GEGEVENS, STREKKINGEN, UITKOMSTEN_EIGEN_ONDERZOEK, type BibobEvent } from './bibob.events';
import { BIBOB_STREAM_PREFIX, bibobStreamId } from './bibob.stream';
import { volgendeStappen } from './regels/fase';
import { verdaag, herstel, beslis } from './stappen/rechtsgang.spec-support';
import { adviesGevraagd, adviesOntvangen, door, gereedVoorBesluit, gestart, metBezwaar, naEigenOnderzoek, stap, stappen, voornemenVerzonden, zaakId, zaakNa } from './stappen/zaak.spec-support';
import { VERTROUWELIJK } from './verzegelde-inhoud';

/*
 * The decider as a whole. Each step's rules are tested beside the step, in stappen/<stap>.spec.ts;
 * the suspension arithmetic in regels/beslistermijn-aanvraag.spec.ts.
 */
describe('bibob decider', () => {
  it('names its stream bibob-{zaakId}, and is registered under that prefix', () => {
    expect(bibobStreamId(zaakId)).toBe(`bibob-${zaakId}`);
    expect(bibobContext.naam).toBe('bibob');
    expect(bibobContext.streamPrefix).toBe(BIBOB_STREAM_PREFIX);
    expect(bibobContext.streamId(zaakId)).toBe(bibobStreamId(zaakId));
  });

  it('gives every event type a schema version', () => {
    expect(BIBOB_EVENT_TYPES).toHaveLength(26);
    expect(bibobContext.eventTypes).toEqual(BIBOB_EVENT_TYPES);
    expect(Object.values(BIBOB_SCHEMAVERSIES).every((v) => v === 1)).toBe(true);
  });

  describe('events the decider does not know (a reminder sent, a newer version)', () => {
    it.each<[string, BibobEvent[], BibobCommand]>([
      ['after the start', [gestart], stappen.vragenformulier()],
      ['after the eigen onderzoek', naEigenOnderzoek, stappen.adviesAanvraag()],
      ['while the advice is pending', adviesGevraagd, stappen.vragen()],
      ['after the advice', adviesOntvangen, stappen.voornemen()],
      ['during the zienswijzetermijn', voornemenVerzonden, stappen.termijnVerstreken()],
      ['before the besluit', gereedVoorBesluit, stappen.besluit()],
      ['after a bezwaar', metBezwaar, verdaag('2024-02-20')],
    ])('%s: folds to the same state and accepts the next command', (_stage, events, command) => {
      verdraagtVreemdeEvents(bibobDecider, events, command);
    });
  });

  it('offers the next steps of the phase', () => {
    expect(volgendeStappen(fold(bibobDecider, []))).toEqual(['StartToets']);
    expect(volgendeStappen(fold(bibobDecider, naEigenOnderzoek))).toEqual(['VraagGegevensOp', 'VraagLbbAdvies', 'SluitToetsAf']);
    expect(volgendeStappen(fold(bibobDecider, adviesGevraagd))).toEqual(['VraagGegevensOp', 'RegistreerVragenLbb', 'VerlengLbbTermijn', 'RegistreerLbbAdvies', 'SluitToetsAf']);
    expect(volgendeStappen(fold(bibobDecider, gereedVoorBesluit))).toEqual(['RegistreerZienswijze', 'NeemBesluit', 'SluitToetsAf']);
  });

  describe('art. 28 Wet Bibob: no content of the screening in plain text on the stream', () => {
    const categorieen = new Set<string>([
      ...AANVRAAGTYPEN,
      ...SIGNAALREDENEN,
      ...SOORTEN_GEGEVENS,
      ...UITKOMSTEN_EIGEN_ONDERZOEK,
      ...CONCLUSIES_LBB,
      ...STREKKINGEN,
      ...BESLUITUITKOMSTEN,
      ...BIBOB_EVENT_TYPES,
      'aanvraag',
      'signaal',
      'gegrond',
      'ongegrond',
      'weken',
      'verzuim-hersteld',
      VERTROUWELIJK,
      zaakId,
      door,
      'GM0928',
      'b-exploitant',
      'Rechtbank Limburg',
    ]);
    const vrijeTekst = (waarde: unknown, sleutel = ''): string[] => {
      if (typeof waarde === 'string') return sleutel === 'verzegeld' || categorieen.has(waarde) || /^\d{4}-\d{2}-\d{2}$/.test(waarde) ? [] : [`${sleutel}: ${waarde}`];
      if (Array.isArray(waarde)) return waarde.flatMap((w) => vrijeTekst(w, sleutel));
      if (typeof waarde === 'object' && waarde !== null) return Object.entries(waarde).flatMap(([k, w]) => vrijeTekst(w, k));
      return [];
    };

    it('a whole toets, from start to uitspraak, writes only categories, dates, ids and sealed values', () => {
      const geheel = zaakNa(metBezwaar, [
        herstel('2024-01-18'),
        { type: 'RegistreerEindeOpschorting', ...stap, einde: 'verzuim-hersteld', datum: '2024-01-25' },
        verdaag('2024-02-20'),
        beslis('gegrond', 'verleend-onder-voorschriften'),
        { type: 'RegistreerBeroep', ...stap, rechtbank: 'Rechtbank Limburg', indieningsdatum: '2024-03-20', datum: '2024-03-20' },
        { type: 'RegistreerUitspraakOpBeroep', ...stap, uitkomst: 'ongegrond', uitspraakdatum: '2024-09-12', datum: '2024-09-12' },
      ]);
      expect(geheel.length).toBeGreaterThan(15);
      expect(geheel.flatMap((e) => vrijeTekst(e))).toEqual([]);
    });
  });
});
