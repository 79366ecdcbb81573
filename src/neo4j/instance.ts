/**
 * One local Neo4j instance: a folder (DIPLOGRAPH_DATA_DIR) with the generated neo4j.conf, the
 * database, the logs and a state file naming the running process. Started detached, so it
 * outlives the command that started it (`diplograph neo4j start`), and found again by the
 * next command through the state file.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config.js';
import { ensureDistribution, LAUNCHER_CLASS } from './distribution.js';
import { Neo4jSetupError } from './errors.js';
import { portAnswers, portIsFree } from './net.js';
import { SCHEMA_DIR } from '../paths.js';

export type InstanceConfig = Pick<
  Config,
  | 'NEO4J_USER'
  | 'NEO4J_PASSWORD'
  | 'NEO4J_BOLT_PORT'
  | 'NEO4J_HTTP_PORT'
  | 'NEO4J_HEAP'
  | 'NEO4J_PAGECACHE'
  | 'NEO4J_START_TIMEOUT_MS'
  | 'DIPLOGRAPH_DATA_DIR'
  | 'NEO4J_CACHE_DIR'
  | 'JAVA_HOME'
>;

/** What the state file records about a running instance. */
export interface InstanceState {
  pid: number;
  boltPort: number;
  httpPort: number;
  version: string;
  startedAt: string;
}

export type Status =
  { running: true; state: InstanceState; ready: boolean } | { running: false; staleState?: InstanceState };

const STOP_TIMEOUT_MS = 60_000;

/** The Neo4j Browser style and guide, from schema/, served by the local Neo4j at /diplograph. */
export const BROWSER_FILES = ['neo4j-browser.grass', 'neo4j-browser-guide.html'];

/**
 * neo4j.conf lines that make Neo4j Browser explain the graph: the launcher's /diplograph extension
 * serves the style and guide without login; Browser may fetch from this server only (no remote
 * guide site is contacted), and after connecting loads the style and opens the guide.
 */
export function browserSettings(httpPort: number): string[] {
  const base = `http://127.0.0.1:${httpPort}/diplograph`;
  return [
    'server.unmanaged_extension_classes=dev.diplograph.neo4j.browser=/diplograph',
    'dbms.security.http_auth_allowlist=/,/browser.*,/diplograph.*',
    `browser.remote_content_hostname_whitelist=${base}/guides,127.0.0.1,localhost`,
    `browser.post_connect_cmd=style ${base}/neo4j-browser.grass;play diplograph`,
  ];
}

export class LocalNeo4j {
  readonly dir: string;

  constructor(private readonly config: InstanceConfig) {
    this.dir = path.resolve(config.DIPLOGRAPH_DATA_DIR);
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.config.NEO4J_BOLT_PORT}`;
  }
  get browserUrl(): string {
    return `http://127.0.0.1:${this.config.NEO4J_HTTP_PORT}/browser/`;
  }
  /** stdout and stderr of the Neo4j process: its user log plus anything the JVM prints. */
  get logFile(): string {
    return path.join(this.dir, 'logs', 'console.log');
  }
  private get stateFile(): string {
    return path.join(this.dir, 'run', 'diplograph.json');
  }
  private get readyFile(): string {
    return path.join(this.dir, 'run', 'ready');
  }
  private get confFile(): string {
    return path.join(this.dir, 'conf', 'neo4j.conf');
  }

  status(): Status {
    const state = this.readState();
    if (!state) return { running: false };
    if (!isOurProcess(state.pid, this.dir)) return { running: false, staleState: state };
    return { running: true, state, ready: this.readyPid() === state.pid };
  }

  /**
   * Starts the instance unless it already runs; resolves once Bolt answers. Returns whether
   * this call started it (false: an instance started earlier was found and reused).
   */
  async start(log: (line: string) => void = () => {}): Promise<{ startedHere: boolean; state: InstanceState }> {
    const status = this.status();
    if (status.running) {
      const { state } = status;
      if (state.boltPort !== this.config.NEO4J_BOLT_PORT || state.httpPort !== this.config.NEO4J_HTTP_PORT) {
        throw new Neo4jSetupError(
          `a local Neo4j for ${this.dir} already runs (pid ${state.pid}) with Bolt on port ${state.boltPort} and HTTP on ${state.httpPort}, not the configured ${this.config.NEO4J_BOLT_PORT}/${this.config.NEO4J_HTTP_PORT}: stop it with \`diplograph neo4j stop\`, or set NEO4J_BOLT_PORT=${state.boltPort} NEO4J_HTTP_PORT=${state.httpPort}`,
        );
      }
      await this.waitUntilReady(state.pid);
      return { startedHere: false, state };
    }
    if (status.staleState) {
      // The process died without cleaning up (killed, machine crash). Neo4j's own store lock
      // is an OS file lock, released with the process; its recovery replays the transaction
      // log on the next start. Only our state file needs removing.
      log(`Found the state of a Neo4j that is gone (pid ${status.staleState.pid}); recovering its data folder.`);
      this.clearState();
    }
    await this.checkPortsFree();
    const dist = ensureDistribution(this.config as Config, log);
    this.writeConf();
    fs.mkdirSync(path.dirname(this.logFile), { recursive: true });
    fs.mkdirSync(path.dirname(this.stateFile), { recursive: true });
    fs.rmSync(this.readyFile, { force: true });
    const out = fs.openSync(this.logFile, 'a');
    fs.writeSync(out, `\n==== diplograph: starting Neo4j ${dist.version} at ${new Date().toISOString()} ====\n`);
    const child = spawn(
      dist.java,
      [
        `-Xmx${this.config.NEO4J_HEAP}`,
        '-XX:+UseG1GC',
        '-XX:+ExitOnOutOfMemoryError',
        '-XX:-OmitStackTraceInFastThrow',
        '-Dfile.encoding=UTF-8',
        // Neo4j's recommended JVM flags for Netty and its unsafe memory access.
        '-Dio.netty.tryReflectionSetAccessible=true',
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '--add-opens=java.base/java.lang=ALL-UNNAMED',
        '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
        '-cp',
        dist.classPath,
        LAUNCHER_CLASS,
        this.dir,
      ],
      {
        cwd: this.dir,
        detached: true,
        stdio: ['ignore', out, out],
        env: {
          ...process.env,
          DIPLOGRAPH_NEO4J_USER: this.config.NEO4J_USER,
          DIPLOGRAPH_NEO4J_PASSWORD: this.config.NEO4J_PASSWORD,
        },
      },
    );
    fs.closeSync(out);
    const pid = await new Promise<number>((resolve, reject) => {
      child.once('spawn', () => resolve(child.pid!));
      child.once('error', (err) => reject(new Neo4jSetupError(`could not run ${dist.java}: ${err.message}`)));
    });
    child.unref();
    const state: InstanceState = {
      pid,
      boltPort: this.config.NEO4J_BOLT_PORT,
      httpPort: this.config.NEO4J_HTTP_PORT,
      version: dist.version,
      startedAt: new Date().toISOString(),
    };
    fs.writeFileSync(this.stateFile, `${JSON.stringify(state, null, 2)}\n`);
    log(`Starting Neo4j ${dist.version} (pid ${pid}, data in ${this.dir}) ...`);
    try {
      await this.waitUntilReady(pid);
    } catch (err) {
      await this.stop().catch(() => {});
      throw err;
    }
    return { startedHere: true, state };
  }

  /** Stops the instance (SIGTERM, then SIGKILL after a minute). Returns false when it was not running. */
  async stop(): Promise<boolean> {
    const status = this.status();
    if (!status.running) {
      if (status.staleState) this.clearState();
      return false;
    }
    const { pid } = status.state;
    signal(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    while (alive(pid) && Date.now() < deadline) await sleep(200);
    if (alive(pid)) {
      signal(pid, 'SIGKILL');
      while (alive(pid)) await sleep(100);
    }
    this.clearState();
    return true;
  }

  /** The last lines of the console log, for error messages. */
  logTail(lines = 30): string {
    try {
      return fs.readFileSync(this.logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log yet)';
    }
  }

  private async waitUntilReady(pid: number): Promise<void> {
    const deadline = Date.now() + this.config.NEO4J_START_TIMEOUT_MS;
    for (;;) {
      if (!alive(pid)) {
        this.clearState();
        throw new Neo4jSetupError(
          `Neo4j stopped while starting; the end of its log (${this.logFile}):\n${this.logTail()}`,
        );
      }
      if (this.readyPid() === pid && (await portAnswers(this.config.NEO4J_BOLT_PORT))) return;
      if (Date.now() > deadline) {
        throw new Neo4jSetupError(
          `Neo4j did not answer on Bolt port ${this.config.NEO4J_BOLT_PORT} within ${this.config.NEO4J_START_TIMEOUT_MS} ms (NEO4J_START_TIMEOUT_MS); the end of its log (${this.logFile}):\n${this.logTail()}`,
        );
      }
      await sleep(250);
    }
  }

  private async checkPortsFree(): Promise<void> {
    const ports: Array<[string, number]> = [
      ['NEO4J_BOLT_PORT', this.config.NEO4J_BOLT_PORT],
      ['NEO4J_HTTP_PORT', this.config.NEO4J_HTTP_PORT],
    ];
    for (const [key, port] of ports) {
      if (!(await portIsFree(port))) {
        throw new Neo4jSetupError(
          `port ${port} (${key}) on 127.0.0.1 is taken by another process (another Neo4j?): stop that process, set ${key} to a free port, or set NEO4J_URI to use a Neo4j that already runs`,
        );
      }
    }
  }

  /** Writes neo4j.conf from the configuration on every start, so a changed setting takes effect. */
  private writeConf(): void {
    const c = this.config;
    const lines = [
      '# Written by `diplograph neo4j start` on every start from the configuration (see README); edits here are overwritten.',
      'server.default_listen_address=127.0.0.1',
      'server.default_advertised_address=127.0.0.1',
      'server.bolt.enabled=true',
      `server.bolt.listen_address=127.0.0.1:${c.NEO4J_BOLT_PORT}`,
      `server.bolt.advertised_address=127.0.0.1:${c.NEO4J_BOLT_PORT}`,
      'server.bolt.tls_level=DISABLED',
      'server.http.enabled=true',
      `server.http.listen_address=127.0.0.1:${c.NEO4J_HTTP_PORT}`,
      `server.http.advertised_address=127.0.0.1:${c.NEO4J_HTTP_PORT}`,
      'server.https.enabled=false',
      `server.memory.pagecache.size=${c.NEO4J_PAGECACHE}`,
      'dbms.security.auth_enabled=true',
      'dbms.usage_report.enabled=false',
      // Neo4j Browser and other clients: no product-usage reporting from a local instance.
      'client.allow_telemetry=false',
      // Keep the transaction logs (the disk use between checkpoints) small for a local instance.
      'db.tx_log.rotation.retention_policy=100M size',
      ...browserSettings(c.NEO4J_HTTP_PORT),
      '',
    ];
    fs.mkdirSync(path.dirname(this.confFile), { recursive: true });
    fs.writeFileSync(this.confFile, lines.join('\n'));
    // The style and guide the /diplograph extension serves (java/src/…/browser/BrowserFiles.java).
    const browserDir = path.join(this.dir, 'browser');
    fs.mkdirSync(browserDir, { recursive: true });
    for (const file of BROWSER_FILES) fs.copyFileSync(path.join(SCHEMA_DIR, file), path.join(browserDir, file));
  }

  private readState(): InstanceState | undefined {
    try {
      return JSON.parse(fs.readFileSync(this.stateFile, 'utf8')) as InstanceState;
    } catch {
      return undefined;
    }
  }

  private readyPid(): number | undefined {
    try {
      return Number(fs.readFileSync(this.readyFile, 'utf8').trim());
    } catch {
      return undefined;
    }
  }

  private clearState(): void {
    fs.rmSync(this.stateFile, { force: true });
    fs.rmSync(this.readyFile, { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

/**
 * Whether `pid` is our launcher for `dir`, not an unrelated process that got the pid of a
 * Neo4j that died. Linux tells through /proc; elsewhere a live pid is trusted.
 */
function isOurProcess(pid: number, dir: string): boolean {
  if (!alive(pid)) return false;
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes(LAUNCHER_CLASS) && args.includes(dir);
  } catch {
    return process.platform !== 'linux';
  }
}
