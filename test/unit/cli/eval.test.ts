import assert from 'node:assert/strict';
import { test } from 'node:test';
import { perFile } from '../../../src/cli/eval.js';

const report = (file: string, people: string[], meetings: string[][], outlet: string | null = null) =>
  JSON.stringify({
    file,
    outlet,
    published: null,
    people: people.map((name) => ({ name, aliases: [name], roles: [] })),
    meetings: meetings.map((participants) => ({ participants })),
    quotes: [],
    statements: [],
  });

test('eval: the records of one file (a feed, a JSON array) are scored as one report; other files stay apart', () => {
  const out = perFile([
    report('feed.json#0', ['Ana Ruiz', 'Tomas Vell'], [['Ana Ruiz', 'Tomas Vell']]),
    report('feed.json#1', ['Ana Ruiz', 'Ivo Kern'], [['Ana Ruiz', 'Ivo Kern']], 'Al Jazeera'),
    report('a.txt', ['Lea Moss'], []),
  ]).map(
    (l) => JSON.parse(l) as { file: string; outlet: string | null; people: { name: string }[]; meetings: unknown[] },
  );
  assert.deepEqual(
    out.map((r) => r.file),
    ['feed.json', 'a.txt'],
  );
  assert.deepEqual(
    out[0]!.people.map((p) => p.name),
    ['Ana Ruiz', 'Tomas Vell', 'Ivo Kern'],
  );
  assert.equal(out[0]!.meetings.length, 2);
  assert.equal(out[0]!.outlet, 'Al Jazeera');
  assert.equal(out[1]!.people.length, 1);
});
