import type { Command } from 'commander';

// Placeholder: the command is registered here once its issue lands.
export function registerEval(_program: Command): void {}
