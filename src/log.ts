import { pino, type Logger } from 'pino';
import { getConfig } from './config.js';

let root: Logger | undefined;

/** The one logger. JSON lines on stderr, so stdout stays for command output. */
export function logger(): Logger {
  root ??= pino({ level: getConfig().LOG_LEVEL, base: undefined }, pino.destination(2));
  return root;
}
