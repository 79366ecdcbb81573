import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getConfig, parseConfig } from '../../../src/config.js';
import { Graph, GraphAuthError } from '../../../src/graph/driver.js';
import { internal, findJava, mavenError, neo4jVersion } from '../../../src/neo4j/distribution.js';
import { ensureNeo4j, LocalNeo4j, Neo4jSetupError } from '../../../src/neo4j/index.js';
import { testNeo4jKind } from '../../support/graph.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-neo4j-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('local Neo4j errors say what went wrong and what to do', () => {
  let blocker: net.Server;
  let takenPort: number;
  before(async () => {
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    takenPort = (blocker.address() as net.AddressInfo).port;
  });
  after(() => blocker.close());

  it('a taken Bolt port is named with its key, before anything is downloaded or started', async () => {
    const config = parseConfig({
      DIPLOGRAPH_DATA_DIR: path.join(tmp, 'taken'),
      NEO4J_BOLT_PORT: String(takenPort),
      NEO4J_HTTP_PORT: '1',
    });
    await assert.rejects(new LocalNeo4j(config).start(), (err: unknown) => {
      assert.ok(err instanceof Neo4jSetupError);
      assert.match(err.message, new RegExp(`port ${takenPort} \\(NEO4J_BOLT_PORT\\) on 127.0.0.1 is taken`));
      assert.match(err.message, /set NEO4J_BOLT_PORT to a free port/);
      return true;
    });
  });

  it('no Java: suggests installing Java 17+, docker compose, or NEO4J_URI', () => {
    assert.throws(
      () => findJava({ JAVA_HOME: path.join(tmp, 'no-such-jdk') }),
      (err: unknown) =>
        err instanceof Neo4jSetupError &&
        /no Java runtime was found/.test(err.message) &&
        err.message.includes('install Java 17+') &&
        err.message.includes('docker compose up -d neo4j') &&
        err.message.includes('NEO4J_URI'),
    );
  });

  it('Maven Central unreachable: a download through a dead mirror fails with a network message and keeps no partial jars', () => {
    const settings = path.join(tmp, 'settings.xml');
    // Port 9 (discard) on localhost is closed here; every request to the mirror is refused.
    fs.writeFileSync(
      settings,
      `<settings><mirrors><mirror><id>dead</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:9/maven2</url></mirror></mirrors></settings>`,
    );
    const lib = path.join(tmp, 'cache', 'lib');
    assert.throws(
      () =>
        internal.download(neo4jVersion(), lib, () => {}, [
          '-s',
          settings,
          `-Dmaven.repo.local=${path.join(tmp, 'm2')}`,
        ]),
      (err: unknown) =>
        err instanceof Neo4jSetupError &&
        /could not download Neo4j .* from Maven Central: it seems unreachable/.test(err.message),
    );
    const cache = path.join(tmp, 'cache');
    assert.deepEqual(fs.existsSync(cache) ? fs.readdirSync(cache).filter((f) => f.startsWith('lib')) : [], []);
  });

  it('other Maven failures are not blamed on the network', () => {
    assert.doesNotMatch(mavenError('5.26.30', '[ERROR] Non-parseable POM').message, /unreachable/);
  });

  it('a state file left by a Neo4j that died is seen as stale and cleared', async () => {
    const dir = path.join(tmp, 'crashed');
    fs.mkdirSync(path.join(dir, 'run'), { recursive: true });
    const dead = spawnSync('true').pid; // a pid that has exited
    fs.writeFileSync(
      path.join(dir, 'run', 'diplograph.json'),
      JSON.stringify({ pid: dead, boltPort: 1, httpPort: 2, version: 'x', startedAt: '' }),
    );
    const local = new LocalNeo4j(parseConfig({ DIPLOGRAPH_DATA_DIR: dir }));
    const status = local.status();
    assert.equal(status.running, false);
    assert.equal(status.running === false && status.staleState?.pid, dead);
    assert.equal(await local.stop(), false);
    assert.equal(fs.existsSync(path.join(dir, 'run', 'diplograph.json')), false);
  });
});

describe(
  'the running local Neo4j of the test command',
  { skip: testNeo4jKind() !== 'local' && 'the tests run against NEO4J_URI' },
  () => {
    it('a wrong password is refused with a message naming NEO4J_PASSWORD', async () => {
      const config = getConfig();
      const graph = new Graph({
        uri: config.NEO4J_URI!,
        user: config.NEO4J_USER,
        password: 'not-the-password',
        database: config.NEO4J_DATABASE,
      });
      try {
        await assert.rejects(
          graph.verify(),
          (err: unknown) => err instanceof GraphAuthError && /NEO4J_PASSWORD/.test(err.message),
        );
      } finally {
        await graph.close();
      }
    });

    it('a second start finds the running instance and reuses it instead of starting another', async () => {
      const config = getConfig();
      const handle = await ensureNeo4j({ ...config, NEO4J_URI: undefined });
      assert.equal(handle.startedHere, false);
      assert.equal(handle.uri, `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`);
      await handle.stop(); // a no-op: it was not started here
      const status = new LocalNeo4j(config).status();
      assert.equal(status.running, true);
    });

    it('a start with other ports for the same data folder says which ports the running one has', async () => {
      const config = getConfig();
      await assert.rejects(
        new LocalNeo4j({ ...config, NEO4J_BOLT_PORT: config.NEO4J_BOLT_PORT + 1 }).start(),
        new RegExp(`already runs .* Bolt on port ${config.NEO4J_BOLT_PORT}`),
      );
    });
  },
);
