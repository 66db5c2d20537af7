import type { DamoclesEvent } from '@handhaving/domain-damocles';

/*
 * The steps between a rapportage and the end of a Damocles case, as the decider records them, for
 * the werkvoorraad's tests (the rapportage and the besluiten are in damocles-events.ts).
 */

/** Any step of the case, by mw-1 unless `rest` says who. */
export const stap = (zaakId: string, rest: object): DamoclesEvent => ({ zaakId, door: 'mw-1', ...rest }) as DamoclesEvent;

export const voorstel = (zaakId: string, datum: string): DamoclesEvent =>
  stap(zaakId, {
    type: 'MaatregelVoorgesteld',
    voorgesteld: { soort: 'sluiting', duurMaanden: 3 },
    trede: 'eerste',
    beleidsversie: 'GM0928.2020-01-01.r0',
    recidiveTermijnMaanden: 36,
    eerdereVondsten: [],
    uitleg: 'woning, softdrugs, geen eerdere vondsten: eerste trede, sluiting 3 maanden',
    datum,
  });

export const voornemen = (zaakId: string, datum: string, zienswijzetermijnEinde: string): DamoclesEvent =>
  stap(zaakId, { type: 'VoornemenVerzonden', maatregel: { soort: 'sluiting', duurMaanden: 3 }, verzenddatum: datum, zienswijzetermijn: { einde: zienswijzetermijnEinde }, datum, door: 'mw-2' });

export const bezwaar = (zaakId: string, datum: string): DamoclesEvent =>
  stap(zaakId, { type: 'BezwaarIngediend', ontvangstdatum: datum, bezwaartermijnEinde: '2024-01-12', tijdig: true, datum });

export const herstelVerzuim = (zaakId: string, datum: string, hersteltermijnEinde: string): DamoclesEvent =>
  stap(zaakId, { type: 'HerstelVerzuimGevraagd', verzuim: 'het bezwaarschrift noemt geen gronden', hersteltermijnEinde, opgeschortVanaf: datum, datum });
