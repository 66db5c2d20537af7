import type { DamoclesEvent, RapportageOntvangen } from '@handhaving/domain-damocles';
import { pandSleutel, type Pand } from '@handhaving/domain-shared';
import type { Drugscategorie } from '@handhaving/policy';

/*
 * Damocles events as the decider records them, for read-model tests that write a history
 * straight into an event store. Pand `nr` is house number `nr` at 6461AB (Kerkrade).
 */

export const KERKRADE = 'GM0928';
export const LANDGRAAF = 'GM0882';

export function pand(nr: number): Pand {
  return { soort: 'adres', postcode: '6461AB', huisnummer: nr };
}

export function rapportage(
  zaakId: string,
  pandNr: number,
  constateringsdatum: string,
  ontvangstdatum: string,
  categorieen: readonly Drugscategorie[],
  gemeente = KERKRADE,
  door = 'mw-1',
): RapportageOntvangen {
  const zwaarste: Drugscategorie = categorieen.includes('harddrugs') ? 'harddrugs' : categorieen.includes('softdrugs') ? 'softdrugs' : 'attributen';
  return {
    type: 'RapportageOntvangen',
    zaakId,
    gemeente,
    pand: { sleutel: pandSleutel(pand(pandNr)), identiteit: pand(pandNr), pandtype: 'woning' },
    constateringsdatum,
    ontvangstdatum,
    vondsten: categorieen.map((categorie) => ({ categorie, omschrijving: 'vondst' })),
    zwaarsteCategorie: zwaarste,
    betrokkenen: [],
    datum: ontvangstdatum,
    door,
  };
}

export const waarschuwing = (zaakId: string, datum: string, bekendmakingsdatum = datum): DamoclesEvent => ({
  type: 'WaarschuwingGegeven',
  zaakId,
  bekendmakingsdatum,
  datum,
  door: 'mw-1',
});

export const sluiting = (zaakId: string, datum: string, begunstigingstermijnEinde?: string): DamoclesEvent => ({
  type: 'SluitingsbesluitGenomen',
  zaakId,
  duurMaanden: 6,
  ...(begunstigingstermijnEinde === undefined ? {} : { begunstigingstermijn: { einde: begunstigingstermijnEinde } }),
  bekendmakingsdatum: datum,
  bezwaartermijnEinde: '2099-01-01',
  spoedeisend: false,
  datum,
  door: 'mw-1',
});

export const afgezien = (zaakId: string, datum: string): DamoclesEvent => ({ type: 'AfgezienVanMaatregel', zaakId, motivering: 'bijzondere omstandigheden', datum, door: 'mw-1' });

export const herroepen = (zaakId: string, datum: string): DamoclesEvent => ({
  type: 'BeslissingOpBezwaarGenomen',
  zaakId,
  uitkomst: 'gegrond',
  gevolg: { soort: 'herroepen' },
  bekendmakingsdatum: datum,
  beroepstermijnEinde: '2099-01-01',
  datum,
  door: 'mw-1',
});

/**
 * A dwangsom case's beslissing op bezwaar that revokes its last, in the shape the shared Awb step
 * gives every context (with a `gevolg`, as Damocles records it): for a `dwangsom-{zaakId}` stream,
 * to show that a Damocles read model ignores another context's event of the same type.
 */
export const dwangsomHerroeping = (zaakId: string, datum: string) => ({
  type: 'BeslissingOpBezwaarGenomen',
  data: {
    zaakId,
    tegen: { besluit: 'last' },
    uitkomst: 'gegrond',
    gevolg: { soort: 'herroepen' },
    bekendmakingsdatum: datum,
    beroepstermijnEinde: '2099-01-01',
    datum,
    door: 'mw-3',
  },
});
