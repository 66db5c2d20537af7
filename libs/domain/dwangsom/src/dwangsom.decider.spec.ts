import { fold, verdraagtVreemdeEvents } from '@handhaving/domain-shared';
import { formatEuro } from './bedrag';
import type { DwangsomCommand } from './dwangsom.commands';
import { dwangsomDecider, dwangsomStreamId } from './dwangsom.decider';
import { DWANGSOM_EVENT_TYPES, DWANGSOM_SCHEMAVERSIES, type DwangsomEvent } from './dwangsom.events';
import { openstaandCent } from './dwangsom.state';
import { zaakId, door, stap, geopend, voornemen, dealen, geconstateerd, verbeurd, invordering, opgelegd, eenmaalVerbeurd, ingevorderd } from './stappen/zaak.spec-support';

describe('dwangsom decider', () => {
  it('names its stream dwangsom-{zaakId}', () => {
    expect(dwangsomStreamId(zaakId)).toBe(`dwangsom-${zaakId}`);
  });

  it('gives every event type a schema version', () => {
    expect(DWANGSOM_EVENT_TYPES).toHaveLength(26);
    expect(Object.values(DWANGSOM_SCHEMAVERSIES).every((v) => v === 1)).toBe(true);
  });

  describe('events the decider does not know (a reminder sent, a newer version)', () => {
    // The scheduler records HerinneringVerstuurd on the case's stream (a verjaring, a bezwaartermijn);
    // before this was handled, every command after the first reminder answered 500.
    it.each<[string, DwangsomEvent[], DwangsomCommand]>([
      ['after opening', [geopend], { type: 'VerzendVoornemen', ...stap, verzenddatum: '2021-03-03', zienswijzetermijn: { einde: '2021-03-17' }, datum: '2021-03-03' }],
      ['during the zienswijzetermijn', [geopend, voornemen], { type: 'RegistreerZienswijze', ...stap, wijze: 'schriftelijk', datum: '2021-03-10' }],
      ['after the last', opgelegd, dealen('2021-06-10')],
      ['after a forfeiture', eenmaalVerbeurd, { type: 'VerzendInvorderingsbeschikking', ...stap, verbeuring: 1, bekendmakingsdatum: '2021-06-15', datum: '2021-06-15' }],
      ['after an invorderingsbeschikking', ingevorderd, { type: 'RegistreerBetaling', ...stap, invordering: 1, bedragCent: 100_000, betaaldatum: '2021-07-01', datum: '2021-07-01' }],
    ])('%s: folds to the same state and accepts the next command', (_stage, events, command) => {
      verdraagtVreemdeEvents(dwangsomDecider, events, command);
    });
  });

  it('formats amounts the way a besluit writes them', () => {
    expect(formatEuro(250_000)).toBe('€ 2.500,00');
    expect(formatEuro(5)).toBe('€ 0,05');
    expect(formatEuro(123_456_789)).toBe('€ 1.234.567,89');
  });

  it('folds a whole case into what is owed', () => {
    const events: DwangsomEvent[] = [
      ...eenmaalVerbeurd,
      geconstateerd('2021-07-01'),
      verbeurd(2, '2021-07-01'),
      invordering(1, 1, '2021-06-15', '2021-07-27'),
      invordering(2, 2, '2021-07-05', '2021-08-16'),
      { type: 'BetalingOntvangen', zaakId, invordering: 2, bedragCent: 50_000, betaaldatum: '2021-08-01', openstaandCent: 200_000, datum: '2021-08-01', door },
    ];
    const state = fold(dwangsomDecider, events);
    expect(openstaandCent(state)).toBe(450_000);
    expect(state).toMatchObject({ status: 'last-van-kracht', last: { verbeurdCent: 500_000 } });
  });
});
