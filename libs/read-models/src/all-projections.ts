import type { Projection } from '@handhaving/projections';
import { betrokkenenTelling } from './betrokkenen/betrokkenen-telling.projection';
import { damoclesCijfersProjectie } from './damocles/cijfers.projection';
import { recidive } from './damocles/recidive.projection';
import { damoclesWerkvoorraadProjectie } from './damocles/werkvoorraad.projection';
import { dwangsomCijfersProjectie } from './dwangsom/dwangsom-cijfers.projection';
import { dwangsomOpenstaandProjectie } from './dwangsom/openstaand.projection';
import { deadlinesProjectie } from './termijnen/deadlines.projection';

/** Every read model of Handhaving; the API runs them and the CLI reports on and rebuilds them. */
export const allProjections: readonly Projection[] = [
  betrokkenenTelling,
  recidive,
  damoclesCijfersProjectie,
  damoclesWerkvoorraadProjectie,
  deadlinesProjectie,
  dwangsomCijfersProjectie,
  dwangsomOpenstaandProjectie,
];
