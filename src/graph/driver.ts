/**
 * The only module that imports `neo4j-driver`. Everything else talks to Neo4j through `Graph`:
 * Cypher with parameters in, plain JavaScript objects out (integers as numbers, temporal
 * values as ISO strings), driver errors mapped to our own.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import neo4j, {
  type Date as Neo4jDate,
  type DateTime,
  type Driver,
  type Duration,
  type LocalDateTime,
  type LocalTime,
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Time,
} from 'neo4j-driver';
import { SCHEMA_DIR } from '../paths.js';
import type { Config } from '../config.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Neo4j cannot be reached (down, restarting, network): retryable, shown to API clients as SERVICE_UNAVAILABLE. */
export class GraphUnavailableError extends Error {
  override name = 'GraphUnavailableError';
}
/** The credentials were refused. */
export class GraphAuthError extends Error {
  override name = 'GraphAuthError';
}
/** A query ran past its time limit. */
export class GraphTimeoutError extends Error {
  override name = 'GraphTimeoutError';
}

/** How long the driver retries a transaction on transient errors when not told (its own default). */
const DEFAULT_RETRY_MS = 30_000;

export interface GraphOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Per-transaction timeout in milliseconds (reads from the API). */
  queryTimeoutMs?: number;
  /**
   * How long the driver keeps retrying a transaction that failed on a transient error (Neo4j
   * unreachable, leader switch); default 30 s. The API sets a few seconds, so that a client
   * learns quickly that Neo4j is down instead of waiting for half a minute.
   */
  maxRetryTimeMs?: number;
}

/**
 * A statement's profile (`Graph.statementTimes`): calls, time, the rows it returned in all and at
 * most in one call, the size of its parameters as JSON (what the driver packs and sends) and of
 * the rows it returned (what the driver receives and decodes).
 */
export interface StatementTime {
  count: number;
  ms: number;
  rows: number;
  maxRows: number;
  paramBytes: number;
  rowBytes: number;
}

const jsonBytes = (value: unknown) => {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? '');
  } catch {
    return 0;
  }
};

/** A transaction handle for multi-statement writes: every statement in it commits or none does. */
export interface Tx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/** What a transaction heard while it retried. */
export type RetryEvent =
  /** A deadlock or another transient error: the transaction runs again after `delayMs`. */
  | { kind: 'transient'; attempt: number; delayMs: number; error: string }
  /** Neo4j cannot be reached: waiting, `waitedMs` of at most `limitMs` so far. */
  | { kind: 'unavailable'; waitedMs: number; limitMs: number; error: string }
  /** Neo4j answers again after a wait. */
  | { kind: 'recovered'; waitedMs: number };

export interface TransactionOptions {
  /** How long to wait for an unreachable Neo4j before giving up (default: the graph's maxRetryTimeMs, else 30 s). */
  unavailableWaitMs?: number;
  onRetry?: (event: RetryEvent) => void;
}

/** Deadlocks and lock timeouts are retried this many times, waiting 100 ms, 200 ms, … (at most 3 s) plus jitter. */
const TRANSIENT_ATTEMPTS = 12;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How a failed transaction may go on: run again soon, wait for Neo4j, or give up. */
export function retryKind(err: unknown): 'transient' | 'unavailable' | 'fatal' {
  if (err instanceof GraphUnavailableError) return 'unavailable';
  const code = (err as { code?: string } | null)?.code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ECONNRESET|connect ECONN|socket hang up/.test(message)
  )
    return 'unavailable';
  if (
    code.startsWith('Neo.TransientError.') ||
    code === 'Neo.ClientError.Cluster.NotALeader' ||
    code === 'Neo.ClientError.General.ForbiddenOnReadOnlyDatabase'
  )
    return code === 'Neo.TransientError.Transaction.Terminated' ? 'fatal' : 'transient';
  return 'fatal';
}

export class Graph {
  private readonly driver: Driver;
  /** Number of Cypher statements sent since creation: lets tests check for N+1 round trips. */
  queryCount = 0;
  /**
   * When set (the ingest benchmark's `--profile`), the time spent in each write-transaction
   * statement, summed by the statement's start, and in commits: where a write's time goes.
   */
  statementTimes: Map<string, StatementTime> | null = null;

  private timed<T>(key: string, work: Promise<T>, params?: Params): Promise<T> {
    const times = this.statementTimes;
    if (!times) return work;
    const t0 = performance.now();
    const paramBytes = params ? jsonBytes(params) : 0;
    const record = (rows: number, rowBytes: number) => {
      const t = times.get(key) ?? { count: 0, ms: 0, rows: 0, maxRows: 0, paramBytes: 0, rowBytes: 0 };
      t.count++;
      t.ms += performance.now() - t0;
      t.rows += rows;
      t.maxRows = Math.max(t.maxRows, rows);
      t.paramBytes += paramBytes;
      t.rowBytes += rowBytes;
      times.set(key, t);
    };
    return work.then(
      (value) => {
        record(Array.isArray(value) ? value.length : 0, Array.isArray(value) ? jsonBytes(value) : 0);
        return value;
      },
      (err: unknown) => {
        record(0, 0);
        throw err;
      },
    );
  }

  constructor(private readonly options: GraphOptions) {
    this.driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
      maxConnectionPoolSize: 20,
      userAgent: 'diplograph',
      ...(options.maxRetryTimeMs !== undefined ? { maxTransactionRetryTime: options.maxRetryTimeMs } : {}),
    });
  }

  /** A graph on the Neo4j at `uri` with the configured user, password and database (and `extra` options). */
  static forConfig(
    config: Pick<Config, 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE'>,
    uri: string,
    extra: Partial<GraphOptions> = {},
  ): Graph {
    return new Graph({
      uri,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
      ...extra,
    });
  }

  get database(): string {
    return this.options.database;
  }

  /** Checks that Neo4j answers and the credentials are right. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyAuthentication({ database: this.options.database });
      await this.read('RETURN 1 AS ok');
    } catch (err) {
      throw mapError(err);
    }
  }

  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.session('READ', (tx) => runIn(tx, cypher, params), this.options.queryTimeoutMs);
  }

  /**
   * One read statement in an auto-commit transaction: its RUN and PULL go to Neo4j in one write
   * and come back in one answer, where a managed transaction (`read`) adds a BEGIN and a COMMIT
   * round trip. For the API, whose reads are one statement each. Retried on transient errors
   * (Neo4j restarting, a stale pooled connection) as the driver retries a managed transaction,
   * until `maxRetryTimeMs`.
   */
  async readStatement(cypher: string, params: Params = {}): Promise<Row[]> {
    const timeout = this.options.queryTimeoutMs;
    const deadline = Date.now() + (this.options.maxRetryTimeMs ?? DEFAULT_RETRY_MS);
    for (let delay = 100; ; delay = Math.min(delay * 2, 1_000)) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ });
      try {
        this.queryCount++;
        const result = await session.run(cypher, params, timeout ? { timeout } : undefined);
        return result.records.map(toRow);
      } catch (err) {
        if (!neo4j.isRetryableError(err) || Date.now() + delay > deadline) throw mapError(err);
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  async write(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.session('WRITE', (tx) => runIn(tx, cypher, params));
  }

  /**
   * Streams the rows of a read query as Neo4j sends them, in batches of `fetchSize` records:
   * memory holds one batch, not the whole result (exports of large graphs). Not retried: a
   * failure midway ends the stream with the error.
   */
  async *stream(cypher: string, params: Params = {}, fetchSize = 1000): AsyncGenerator<Row> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      fetchSize,
    });
    this.queryCount++;
    try {
      for await (const record of session.run(cypher, params)) yield toRow(record);
    } catch (err) {
      throw mapError(err);
    } finally {
      await session.close();
    }
  }

  /** Runs one statement in its own auto-commit transaction: what `CALL { … } IN TRANSACTIONS` needs. */
  /**
   * Waits until the search indexes (eventually consistent fulltext indexes, schema/003 and 020:
   * their updates leave the writing transaction's commit) show every committed write. Writes call
   * it once they are done, so a read after a write sees it.
   */
  async awaitSearchIndexes(): Promise<void> {
    await this.autoCommit('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
  }

  async autoCommit(cypher: string, params: Params = {}): Promise<Row[]> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    this.queryCount++;
    try {
      const result = await session.run(cypher, params);
      return result.records.map(toRow);
    } catch (err) {
      throw mapError(err);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work` in one write transaction: all of it commits or none. A deadlock or another
   * transient error runs it again after a growing pause (other writers hold the same locks); an
   * unreachable Neo4j is waited for, at most `unavailableWaitMs`, then GraphUnavailableError.
   * `work` must be safe to run again: it reads what it needs inside the transaction.
   */
  async transaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const limitMs = options.unavailableWaitMs ?? this.options.maxRetryTimeMs ?? DEFAULT_RETRY_MS;
    let unavailableSince: number | null = null;
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        const tx = session.beginTransaction();
        let result: T;
        try {
          result = await work({
            run: (cypher, params = {}) => {
              this.queryCount++;
              return this.timed(cypher.replace(/\s+/g, ' ').trim().slice(0, 150), runIn(tx, cypher, params), params);
            },
          });
          await this.timed('COMMIT', tx.commit());
        } catch (err) {
          await tx.rollback().catch(() => {});
          throw err;
        }
        if (unavailableSince !== null)
          options.onRetry?.({ kind: 'recovered', waitedMs: Date.now() - unavailableSince });
        return result;
      } catch (err) {
        const kind = retryKind(err);
        const error = err instanceof Error ? err.message : String(err);
        if (kind === 'transient' && attempt < TRANSIENT_ATTEMPTS) {
          const delayMs = Math.min(3_000, 100 * 2 ** Math.min(attempt - 1, 10)) * (0.8 + 0.4 * Math.random());
          options.onRetry?.({ kind: 'transient', attempt, delayMs, error });
          await sleep(delayMs);
          continue;
        }
        if (kind === 'unavailable') {
          unavailableSince ??= Date.now();
          const waitedMs = Date.now() - unavailableSince;
          if (waitedMs < limitMs) {
            options.onRetry?.({ kind: 'unavailable', waitedMs, limitMs, error });
            await sleep(Math.min(1_000, limitMs - waitedMs));
            continue;
          }
        }
        throw mapError(err);
      } finally {
        await session.close().catch(() => {});
      }
    }
  }

  /**
   * Applies `schema/*.cypher` (constraints, indexes, fulltext indexes). Every statement is
   * idempotent, and a statement that loses a race with another process creating the same index
   * at the same moment ("an equivalent index already exists") counts as done: `IF NOT EXISTS`
   * alone does not cover two creators at once.
   */
  async applySchema(dir = SCHEMA_DIR): Promise<number> {
    const statements = schemaStatements(dir);
    for (const statement of statements) {
      try {
        await this.write(statement);
      } catch (err) {
        if (!ALREADY_EXISTS.has((err as { code?: string } | null)?.code ?? '')) throw err;
      }
    }
    await this.write('CALL db.awaitIndexes(300)');
    await this.migrateQuoteKeys();
    return statements.length;
  }

  /**
   * A graph made when quotes were found through the fulltext index `quote_match` over their
   * `matchKeys` gets a QuoteKey node per key (schema/002_indexes.cypher), in bounded
   * transactions, and loses the list (src/graph/consolidate.ts no longer keeps it); the index
   * goes. Merged, so two processes doing it at once, or a run stopped halfway and started again,
   * leave each key once.
   */
  private async migrateQuoteKeys(): Promise<void> {
    const [old] = await this.autoCommit(`SHOW INDEXES YIELD name WHERE name = 'quote_match' RETURN count(*) AS n`);
    if (!old || old.n === 0) return;
    await this.autoCommit(
      `MATCH (q:Quote) CALL (q) {
         UNWIND coalesce(q.matchKeys, []) AS key MERGE (:QuoteKey {key: key, quote: q.id})
       } IN TRANSACTIONS OF 1000 ROWS`,
    );
    await this.autoCommit(
      `MATCH (q:Quote) WHERE q.matchKeys IS NOT NULL CALL (q) { REMOVE q.matchKeys } IN TRANSACTIONS OF 10000 ROWS`,
    );
    await this.autoCommit('DROP INDEX quote_match IF EXISTS');
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async session<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: ManagedTransaction) => Promise<T>,
    timeout?: number,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = timeout ? { timeout } : undefined;
    const counted = (tx: ManagedTransaction) => {
      const wrapped = Object.create(tx) as ManagedTransaction;
      wrapped.run = ((cypher: string, params?: Params) => {
        this.queryCount++;
        return tx.run(cypher, params);
      }) as ManagedTransaction['run'];
      return work(wrapped);
    };
    try {
      return mode === 'READ' ? await session.executeRead(counted, config) : await session.executeWrite(counted, config);
    } catch (err) {
      throw mapError(err);
    } finally {
      await session.close();
    }
  }
}

/** What Neo4j answers to a schema statement that another process has just run. */
const ALREADY_EXISTS = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexWithNameAlreadyExists',
  'Neo.ClientError.Schema.ConstraintWithNameAlreadyExists',
]);

/** The statements of every `*.cypher` file in `dir`, in file-name order; `//` comments dropped. */
export function schemaStatements(dir = SCHEMA_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .flatMap((f) =>
      fs
        .readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    );
}

async function runIn(tx: Pick<ManagedTransaction, 'run'>, cypher: string, params: Params): Promise<Row[]> {
  const result = await tx.run(cypher, params);
  return result.records.map(toRow);
}

function toRow(record: Neo4jRecord): Row {
  const row: Row = {};
  for (const key of record.keys) row[String(key)] = toPlain(record.get(key));
  return row;
}

/** Converts driver values (nodes, relationships, temporals) into plain JSON-friendly values. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value !== 'object') return value;
  if (isTemporal(value)) return value.toString();
  if ('labels' in value && 'properties' in value && 'elementId' in value) {
    const node = value as { labels: string[]; properties: Row; elementId: string };
    return { ...plainObject(node.properties), _labels: node.labels, _elementId: node.elementId };
  }
  if ('type' in value && 'properties' in value && 'startNodeElementId' in value) {
    const rel = value as { type: string; properties: Row };
    return { ...plainObject(rel.properties), _type: rel.type };
  }
  return plainObject(value as Row);
}

function plainObject(obj: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(obj)) out[k] = toPlain(v);
  return out;
}

/** Neo4j's temporal values, whose `toString()` is ISO 8601. */
type Temporal = Neo4jDate | DateTime | LocalDateTime | Time | LocalTime | Duration;

function isTemporal(value: object): value is Temporal {
  return (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  );
}

/** Maps driver errors to ours by their Neo4j status code; other errors pass through unchanged. */
export function mapError(err: unknown): unknown {
  const code = (err as { code?: string } | null)?.code ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|connect ECONN/.test(message)) {
    return new GraphUnavailableError(`Neo4j is not reachable: ${message}`);
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new GraphAuthError(
      'Neo4j refused the credentials: check NEO4J_USER and NEO4J_PASSWORD (a local Neo4j keeps the password it was first started with; delete its data folder to reset it)',
    );
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new GraphTimeoutError('the query took longer than QUERY_TIMEOUT_MS');
  }
  return err;
}
