import type { Command } from 'commander';

// Placeholder: the command is registered here once its issue lands.
export function registerStart(_program: Command): void {}
