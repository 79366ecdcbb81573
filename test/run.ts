/**
 * The test command (`npm test` = build, then `node dist/test/run.js [filter...]`).
 *
 * Test files live in two folders: `unit/` (no database) and `integration/` (a real Neo4j).
 * When the selected files include an integration test, it starts one Neo4j for the whole run —
 * the project's local Neo4j in its own data folder and on free ports, or the one at NEO4J_URI —
 * then runs every compiled test file with node's test runner, one file at a time (files share
 * the database; each empties it in `before`), and stops the Neo4j it started at the end, whether
 * the tests passed, failed or were interrupted. When only unit tests are selected it starts no
 * Neo4j and needs no Java. Exits with the test runner's exit code.
 *
 * Arguments filter the files by substring of their path under dist/test (e.g. `neo4j`, or
 * `unit/` for the unit tests alone, as `npm run test:unit` does).
 * NEO4J_BOLT_PORT, NEO4J_HTTP_PORT and DIPLOGRAPH_DATA_DIR are honoured when set.
 * Only the environment is read here, not `.env`: a NEO4J_URI kept there for the app must not
 * be emptied by the tests.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../src/config.js';
import { ensureNeo4j, type Neo4jHandle } from '../src/neo4j/index.js';
import { freePort } from '../src/neo4j/net.js';
import { ROOT } from '../src/paths.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The whole run takes minutes; far longer means a file hangs. */
const RUN_TIMEOUT_MS = 30 * 60_000;

/** The selected test files, relative to dist/test. */
function testFiles(filters: string[]): string[] {
  return fs
    .readdirSync(here, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .filter((f) => filters.length === 0 || filters.some((filter) => f.includes(filter)))
    .sort();
}

/** Only files under unit/ are known to need no database; anything else gets the Neo4j. */
const needsNeo4j = (files: string[]) => files.some((f) => !f.startsWith(`unit${path.sep}`));

/** Runs node's test runner over the files, one file at a time; resolves to its exit code. */
async function runTests(files: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; interrupted: boolean }> {
  // No --test-force-exit: it ends each file's process with process.exit(), which can cut off the
  // report still in the pipe, so a file's later tests (and their failures) went missing from the
  // summary. A file left hanging is caught by the watchdog below instead.
  const child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...files], { stdio: 'inherit', env });
  let interrupted = false;
  const forward = (signal: NodeJS.Signals) => {
    interrupted = true;
    child.kill(signal);
    // A test runner whose main thread is busy never handles the signal: do not wait for it
    // forever, or Neo4j would never be stopped.
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  const watchdog = setTimeout(() => {
    console.error(
      `test run still going after ${RUN_TIMEOUT_MS / 60_000} min: a test file hangs (an open handle?); stopping it`,
    );
    child.kill('SIGKILL');
  }, RUN_TIMEOUT_MS);
  watchdog.unref();
  const code = await new Promise<number>((resolve) =>
    child.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0))),
  );
  clearTimeout(watchdog);
  process.off('SIGINT', forward);
  process.off('SIGTERM', forward);
  return { code, interrupted };
}

async function main(): Promise<number> {
  const selected = testFiles(process.argv.slice(2));
  if (selected.length === 0) {
    console.error(`no test files match ${process.argv.slice(2).join(' ') || '(all)'} under ${here}`);
    return 1;
  }
  const files = selected.map((f) => path.join(here, f));
  const env = process.env;
  if (!needsNeo4j(selected)) {
    const { code, interrupted } = await runTests(files, env);
    return interrupted ? 130 : code;
  }

  const external = Boolean(env.NEO4J_URI);
  const config = parseConfig({
    ...env,
    DIPLOGRAPH_DATA_DIR: env.DIPLOGRAPH_DATA_DIR || path.join(ROOT, '.neo4j', 'test-data'),
    // Free ports unless told otherwise, so that tests run beside a `npm start` on the default ports.
    NEO4J_BOLT_PORT: env.NEO4J_BOLT_PORT || String(await freePort()),
    NEO4J_HTTP_PORT: env.NEO4J_HTTP_PORT || String(await freePort()),
    // A busy CI machine can take minutes to start a JVM; better slow than a failed run.
    NEO4J_START_TIMEOUT_MS: env.NEO4J_START_TIMEOUT_MS || '300000',
  });
  if (external)
    console.log(
      `Tests use the Neo4j at NEO4J_URI=${config.NEO4J_URI}; its database ${config.NEO4J_DATABASE} is emptied by the tests.`,
    );

  const started = Date.now();
  const neo4j: Neo4jHandle = await ensureNeo4j(config, { log: (line) => console.log(line) });
  if (!external)
    console.log(
      `Neo4j for the tests: ${neo4j.uri} (${neo4j.startedHere ? `started in ${((Date.now() - started) / 1000).toFixed(1)} s` : 'already running'}), data in ${config.DIPLOGRAPH_DATA_DIR}`,
    );

  const { code, interrupted } = await runTests(files, {
    ...env,
    NEO4J_URI: neo4j.uri,
    NEO4J_USER: config.NEO4J_USER,
    NEO4J_PASSWORD: config.NEO4J_PASSWORD,
    NEO4J_DATABASE: config.NEO4J_DATABASE,
    NEO4J_BOLT_PORT: String(config.NEO4J_BOLT_PORT),
    NEO4J_HTTP_PORT: String(config.NEO4J_HTTP_PORT),
    DIPLOGRAPH_DATA_DIR: config.DIPLOGRAPH_DATA_DIR,
    DIPLOGRAPH_TEST_NEO4J: external ? 'external' : 'local',
  });

  if (neo4j.startedHere) {
    console.log("Stopping the tests' Neo4j ...");
    await neo4j.stop();
  }
  return interrupted ? 130 : code;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`test run failed before the tests: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
