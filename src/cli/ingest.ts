import type { Command } from 'commander';

// Placeholder: the command is registered here once its issue lands.
export function registerIngest(_program: Command): void {}
