import type { Command } from 'commander';

/** Every `handhaving` subcommand registers itself on the program here. */
export const commands: ReadonlyArray<(program: Command) => void> = [];
