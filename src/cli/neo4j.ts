import type { Command } from 'commander';

// Placeholder: the command is registered here once its issue lands.
export function registerNeo4j(_program: Command): void {}
