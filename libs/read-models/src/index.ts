export * from './all-projections';
export * from './betrokkenen/betrokkenen-telling.projection';
export * from './damocles/cijfers.projection';
export * from './damocles/recidive.projection';
export * from './dwangsom/dwangsom-cijfers.projection';
export * from './dwangsom/dwangsom-termijnen';
export * from './dwangsom/openstaand.projection';
export * from './termijnen/deadlines.projection';
