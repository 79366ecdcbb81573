import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { ROOT } from '../../src/paths.js';

// No Docker engine here: the file is checked by reading it.
interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(fs.readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
};

describe('docker-compose.yml', () => {
  it('has a neo4j service on the 5.26 community image with ports 7474 and 7687, a health check, a data volume and auth from the environment', () => {
    const neo4j = compose.services.neo4j!;
    assert.equal(neo4j.image, 'neo4j:5.26-community');
    const published = (neo4j.ports ?? []).map((p) => String(p).split('#')[0]!.trim());
    assert.ok(published.includes('7474:7474'), 'HTTP port');
    assert.ok(published.includes('7687:7687'), 'Bolt port');
    assert.ok(neo4j.healthcheck?.test.length, 'health check');
    assert.ok(
      neo4j.volumes?.some((v) => v.endsWith(':/data')),
      'a volume for /data',
    );
    assert.match(neo4j.environment?.NEO4J_AUTH ?? '', /^neo4j\/\$\{NEO4J_PASSWORD/);
  });

  it('has an app service built from the Dockerfile that waits for a healthy neo4j and connects to neo4j://neo4j:7687', () => {
    const app = compose.services.app!;
    assert.ok(app.build, 'built from the Dockerfile');
    assert.ok(fs.existsSync(path.join(ROOT, 'Dockerfile')));
    assert.equal(app.environment?.NEO4J_URI, 'neo4j://neo4j:7687');
    assert.equal(app.depends_on?.neo4j?.condition, 'service_healthy');
    assert.match(app.environment?.NEO4J_PASSWORD ?? '', /NEO4J_PASSWORD/);
  });
});
