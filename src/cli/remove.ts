import type { Command } from 'commander';

// Placeholder: the command is registered here once its issue lands.
export function registerRemove(_program: Command): void {}
