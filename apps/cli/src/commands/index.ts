import type { Command } from 'commander';
import { registerDemoCommand } from './demo.command';
import { registerDevTokenCommand } from './dev-token.command';
import { registerImportCommand } from './import.command';
import { registerProjectionsCommand } from './projections.command';
import { registerRapportCommand } from './rapport.command';
import { registerSeedDemoCommand } from './seed-demo.command';
import { registerTermijnCommand } from './termijn.command';
import { registerWerkvoorraadCommand } from './werkvoorraad.command';

/** Every `handhaving` subcommand registers itself on the program here. */
export const commands: ReadonlyArray<(program: Command) => void> = [registerDemoCommand, registerDevTokenCommand, registerImportCommand, registerProjectionsCommand, registerRapportCommand, registerSeedDemoCommand, registerTermijnCommand, registerWerkvoorraadCommand];
