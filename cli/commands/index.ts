import type { Command } from './command';
import { workspaceCommands } from './workspace';
import { complianceCommands } from './compliance';
import { policyCommands } from './policy';
// Team workspaces (issue 15)
import { serverCommands } from './server';
// Store labels (issue 16)
import { labelCommands } from './labels';
// Translating the records (issue 13)
import { translationCommands } from './translations';

export type { Command, CommandContext } from './command';

/** Every `ropa` command, by name. Each feature adds its commands from its own module. */
export const COMMANDS: Record<string, Command> = {
  ...workspaceCommands,
  ...complianceCommands,
  ...policyCommands,
  ...serverCommands,
  // Store labels (issue 16)
  ...labelCommands,
  // Translating the records (issue 13)
  ...translationCommands,
};
