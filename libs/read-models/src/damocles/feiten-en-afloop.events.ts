import type { DamoclesEvent } from '@handhaving/domain-damocles';

/** The Damocles events that say what was found and how a case ended: what recidive and the figures read. */
export const FEITEN_EN_AFLOOP: readonly DamoclesEvent['type'][] = [
  'RapportageOntvangen',
  'WaarschuwingGegeven',
  'SluitingsbesluitGenomen',
  'AfgezienVanMaatregel',
  'BeslissingOpBezwaarGenomen',
  // Gegrond and vernietigd: the closure fell away as on a herroeping (art. 8:72 lid 3 Awb).
  'UitspraakOpBeroepGedaan',
  'FeitenGecorrigeerd',
];
