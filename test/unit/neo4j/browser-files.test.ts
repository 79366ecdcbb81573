/** The Neo4j Browser style and guide in schema/: every label and relationship type captioned, the README's queries in the guide, the settings that load them. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, SCHEMA_DIR } from '../../../src/paths.js';
import { browserSettings } from '../../../src/neo4j/instance.js';

const grass = fs.readFileSync(path.join(SCHEMA_DIR, 'neo4j-browser.grass'), 'utf8');
const guide = fs.readFileSync(path.join(SCHEMA_DIR, 'neo4j-browser-guide.html'), 'utf8');
const model = fs.readFileSync(path.join(SCHEMA_DIR, 'MODEL.md'), 'utf8');
const rules = new Map<string, Record<string, string>>(
  [...grass.matchAll(/^(node|relationship)(?:\.(\w+))? \{([\s\S]*?)\n\}/gm)].map((m) => [
    `${m[1]}${m[2] ? `.${m[2]}` : ''}`,
    Object.fromEntries([...m[3]!.matchAll(/([\w-]+):\s*([^;]+);/g)].map((p) => [p[1], p[2]!.trim()])),
  ]),
);

describe('schema/neo4j-browser.grass', () => {
  const labels = [...model.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]!);
  const types = [...new Set([...model.matchAll(/-\[:([A-Z_]+)\]->/g)].map((m) => m[1]!))];
  it('knows the labels and relationship types of the model', () => {
    assert.ok(labels.length >= 10 && labels.includes('Position'), labels.join());
    assert.ok(types.length >= 10 && types.includes('MET'), types.join());
  });
  for (const label of [
    'Person',
    'Organization',
    'Country',
    'Outlet',
    'Article',
    'Quote',
    'Position',
    'Meeting',
    'Detail',
    'Topic',
  ])
    it(`gives ${label} a colour and a caption by a property that says what it is`, () => {
      const rule = rules.get(`node.${label}`);
      assert.ok(rule?.color?.match(/^#[0-9A-F]{6}$/i), `${label}: ${JSON.stringify(rule)}`);
      assert.match(rule?.caption ?? '', /\{(name|text|title|date|field)\}/);
      assert.ok(!/confidence|sourceCount|\{id\}/.test(rule?.caption ?? ''));
    });
  it('captions Person by name, Position and Quote by text, Meeting by date and place', () => {
    assert.equal(rules.get('node.Person')?.caption, '"{name}"');
    assert.equal(rules.get('node.Position')?.caption, '"{text}"');
    assert.equal(rules.get('node.Quote')?.caption, '"{text}"');
    assert.equal(rules.get('node.Meeting')?.caption, '"{date} {place}"');
  });
  it('captions every relationship type of the model', () => {
    for (const t of types) assert.ok(rules.get(`relationship.${t}`)?.caption, t);
  });
});

describe('schema/neo4j-browser-guide.html (:play diplograph)', () => {
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&');
  const runnable = [...guide.matchAll(/<pre class="runnable">([\s\S]*?)<\/pre>/g)].map((m) => unescape(m[1]!));
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('Queries to paste into Neo4j Browser'), readme.indexOf('## GraphQL API'));
  const queries = [...section.matchAll(/```cypher\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
  it('holds every example query of the README, runnable', () => {
    assert.ok(queries.length >= 5);
    for (const q of queries) assert.ok(runnable.includes(q), `missing from the guide:\n${q}`);
  });
  it('is a carousel of slides Browser shows one by one', () => {
    assert.ok((guide.match(/<slide /g) ?? []).length >= queries.length + 1);
  });
});

describe('the local Neo4j loads them', () => {
  it('serves them at /diplograph without login, allows Browser to fetch only from there, and loads both after connecting', () => {
    assert.deepEqual(browserSettings(7474), [
      'server.unmanaged_extension_classes=dev.diplograph.neo4j.browser=/diplograph',
      'dbms.security.http_auth_allowlist=/,/browser.*,/diplograph.*',
      'browser.remote_content_hostname_whitelist=http://127.0.0.1:7474/diplograph/guides,127.0.0.1,localhost',
      'browser.post_connect_cmd=style http://127.0.0.1:7474/diplograph/neo4j-browser.grass;play diplograph',
    ]);
  });
});
