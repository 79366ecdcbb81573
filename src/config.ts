import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { ROOT } from './paths.js';

/**
 * Every setting Diplograph reads, parsed once from the environment (and an optional `.env`
 * in the working directory). A wrong value fails fast with a message naming the key.
 * The README's configuration table mirrors this schema.
 */
const memory = z.string().regex(/^\d+[kmgKMG]?$/, 'expected a size such as 512m or 1g');
const port = z.coerce.number().int().min(1).max(65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
      'expected a Bolt URI such as neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io',
    )
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'Neo4j needs a password of at least 8 characters').default('diplograph'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP: memory.default('512m'),
  NEO4J_PAGECACHE: memory.default('256m'),
  NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  /** The local Neo4j's instance folder (database, logs, generated neo4j.conf). */
  DIPLOGRAPH_DATA_DIR: z
    .string()
    .min(1)
    .default(path.join(ROOT, '.neo4j', 'data')),
  /** Where the Neo4j jars are downloaded once and the launcher compiled; kept apart from the data. */
  NEO4J_CACHE_DIR: z
    .string()
    .min(1)
    .default(path.join(ROOT, '.neo4j', 'cache')),
  /** The JDK that runs the local Neo4j; `java`/`javac` from PATH when unset. */
  JAVA_HOME: z.string().min(1).optional(),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  API_KEY: z.string().min(16, 'API_KEY must be at least 16 characters').optional(),
  GRAPHQL_INTROSPECTION: bool.default(true),
  QUERY_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** A gazetteer of the user's own (same format as data/gazetteer.json), merged over ours. */
  DIPLOGRAPH_GAZETTEER: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Readonly<z.infer<typeof schema>>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses a configuration from an environment-like record (pure: used by tests). */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(config)'}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  return Object.freeze(result.data);
}

let cached: Config | undefined;

/** The process configuration, read once from `.env` and the environment (the environment wins). */
export function getConfig(): Config {
  if (!cached) {
    loadDotenv({ quiet: true });
    cached = parseConfig(process.env);
  }
  return cached;
}
