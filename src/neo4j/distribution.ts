/**
 * The Neo4j that Diplograph brings: jars fetched once from Maven Central with Maven (the
 * version is pinned in java/pom.xml and only there) and a small launcher compiled with javac,
 * both kept in NEO4J_CACHE_DIR, apart from the data, so deleting the data keeps the download.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Config } from '../config.js';
import { ROOT } from '../paths.js';
import { ALTERNATIVES, Neo4jSetupError, WITHOUT_JAVA } from './errors.js';

export const JAVA_DIR = path.join(ROOT, 'java');
export const POM = path.join(JAVA_DIR, 'pom.xml');
export const LAUNCHER_CLASS = 'dev.diplograph.neo4j.Launcher';
const LAUNCHER_SOURCES = path.join(JAVA_DIR, 'src');

export interface Distribution {
  version: string;
  java: string;
  /** Class path: every Neo4j jar plus the compiled launcher. */
  classPath: string;
  libDir: string;
}

/** The Neo4j version pinned in java/pom.xml. */
export function neo4jVersion(pom = POM): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(fs.readFileSync(pom, 'utf8'));
  if (!match) throw new Neo4jSetupError(`${pom} has no <neo4j.version> property`);
  return match[1]!.trim();
}

export interface JavaTools {
  java: string;
  javac: string;
  major: number;
}

/** Finds a Java 17+ JDK (JAVA_HOME, else PATH) or says what to do. */
export function findJava(config: Pick<Config, 'JAVA_HOME'>): JavaTools {
  const bin = (name: string) => (config.JAVA_HOME ? path.join(config.JAVA_HOME, 'bin', name) : name);
  const java = bin('java');
  const javac = bin('javac');
  const version = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Neo4jSetupError(
      `NEO4J_URI is not set and no Java runtime was found (${java}${config.JAVA_HOME ? ', from JAVA_HOME' : ' on PATH'}): ${ALTERNATIVES}`,
    );
  }
  // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` (or "1.8.0_392" for Java 8).
  const match = /version "(\d+)(?:\.(\d+))?/.exec(version.stderr + version.stdout);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17) {
    throw new Neo4jSetupError(
      `Neo4j 5 needs Java 17 or newer, found Java ${major || 'of unknown version'} (${java}): ${ALTERNATIVES}`,
    );
  }
  const compiler = spawnSync(javac, ['-version'], { encoding: 'utf8' });
  if (compiler.error || compiler.status !== 0) {
    throw new Neo4jSetupError(
      `found a Java runtime but no compiler (${javac}): install a JDK 17+ (e.g. openjdk-17-jdk-headless), or ${WITHOUT_JAVA}`,
    );
  }
  return { java, javac, major };
}

/**
 * Makes sure the jars and the compiled launcher are in the cache, downloading and compiling
 * only what is missing. `log` receives one line per slow step.
 */
export function ensureDistribution(config: Config, log: (line: string) => void = () => {}): Distribution {
  const tools = findJava(config);
  const version = neo4jVersion();
  const versionDir = path.join(config.NEO4J_CACHE_DIR, `neo4j-${version}`);
  const libDir = path.join(versionDir, 'lib');
  if (!fs.existsSync(path.join(libDir, '.complete'))) download(version, libDir, log);
  const classesDir = compileLauncher(tools, libDir, versionDir, log);
  return { version, java: tools.java, libDir, classPath: [path.join(libDir, '*'), classesDir].join(path.delimiter) };
}

/** Size of the downloaded jars in bytes (for the README's figures and `neo4j status`). */
export function downloadSize(libDir: string): number {
  if (!fs.existsSync(libDir)) return 0;
  return fs.readdirSync(libDir).reduce((sum, f) => sum + fs.statSync(path.join(libDir, f)).size, 0);
}

function download(version: string, libDir: string, log: (line: string) => void, extraMavenArgs: string[] = []): void {
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new Neo4jSetupError(
      `Maven (mvn) is needed once, to fetch Neo4j ${version} from Maven Central: install Maven, or ${WITHOUT_JAVA}`,
    );
  }
  // Download into a fresh folder and rename it into place when complete, so that an
  // interrupted download, or two runs downloading at once, never leave half a set of jars.
  const partial = `${libDir}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  log(
    `Downloading Neo4j Community ${version} from Maven Central (about 140 MB, only once) into ${path.dirname(libDir)} ...`,
  );
  const started = Date.now();
  const result = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      POM,
      ...extraMavenArgs,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${partial}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw mavenError(version, `${result.stdout}\n${result.stderr}`);
  }
  fs.writeFileSync(path.join(partial, '.complete'), `${version}\n`);
  fs.mkdirSync(path.dirname(libDir), { recursive: true });
  try {
    fs.renameSync(partial, libDir);
  } catch (err) {
    // Someone else finished first: theirs is as good as ours.
    fs.rmSync(partial, { recursive: true, force: true });
    if (!fs.existsSync(path.join(libDir, '.complete'))) throw err;
  }
  const mb = (downloadSize(libDir) / 1e6).toFixed(0);
  log(`Downloaded Neo4j ${version}: ${mb} MB of jars in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Turns Maven's output into a message that says whether the network or Maven itself failed. */
export function mavenError(version: string, output: string): Neo4jSetupError {
  // Maven's own advice (re-run with -e, wiki links) says nothing about our problem: drop it.
  const tail = stripVTControlCharacters(output)
    .split('\n')
    .filter(
      (line) => line.trim() && !/re-run Maven|For more information|^\[ERROR\] \[Help \d\]|^\[ERROR\]\s*$/i.test(line),
    )
    .slice(0, 10)
    .join('\n');
  // "No plugin found for prefix" is what a first run without network says: Maven could not
  // fetch its own dependency plugin.
  const network =
    /No plugin found for prefix|Could not transfer|Unknown host|UnknownHostException|Connection refused|ConnectException|timed out|Network is unreachable|No route to host|offline mode|PKIX|Could not resolve dependencies/i;
  if (network.test(output)) {
    return new Neo4jSetupError(
      `could not download Neo4j ${version} from Maven Central: it seems unreachable from here (check the network, or a proxy/mirror in ~/.m2/settings.xml), or ${WITHOUT_JAVA}.\nMaven said:\n${tail}`,
    );
  }
  return new Neo4jSetupError(`Maven failed while fetching Neo4j ${version} (java/pom.xml):\n${tail}`);
}

/** Compiles the launcher when its sources changed (the output folder is named by their hash). */
function compileLauncher(tools: JavaTools, libDir: string, versionDir: string, log: (line: string) => void): string {
  const sources = listJava(LAUNCHER_SOURCES);
  const hash = crypto.createHash('sha256');
  for (const file of sources) hash.update(file).update(fs.readFileSync(file));
  const classesDir = path.join(versionDir, `launcher-${hash.digest('hex').slice(0, 12)}`);
  if (fs.existsSync(path.join(classesDir, '.complete'))) return classesDir;
  log('Compiling the Neo4j launcher (java/src) ...');
  const partial = `${classesDir}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  const result = spawnSync(tools.javac, ['-d', partial, '-cp', path.join(libDir, '*'), '--release', '17', ...sources], {
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw new Neo4jSetupError(
      `javac could not compile the Neo4j launcher:\n${result.stderr || result.stdout || result.error?.message}`,
    );
  }
  fs.writeFileSync(path.join(partial, '.complete'), '');
  try {
    fs.renameSync(partial, classesDir);
  } catch {
    fs.rmSync(partial, { recursive: true, force: true });
  }
  return classesDir;
}

function listJava(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.java'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Exposed for the "Maven Central unreachable" test, which points Maven at a dead mirror. */
export const internal = { download };
