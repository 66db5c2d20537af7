export * from './all-projections';
export * from './betrokkenen/betrokkenen-telling.projection';
export * from './damocles/cijfers.projection';
export * from './damocles/recidive.projection';
export * from './termijnen/deadlines.projection';
