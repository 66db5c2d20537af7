export * from './all-projections';
export * from './betrokkenen/betrokkenen-telling.projection';
