import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { generateCorpus } from '../../../bench/corpus.js';
import { readReportText } from '../../../src/input/index.js';
import { ROOT } from '../../../src/paths.js';

const goldPeople = fs.readdirSync(path.join(ROOT, 'test', 'fixtures', 'gold')).flatMap((f) =>
  (
    JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'gold', f), 'utf8')) as {
      people: { name: string }[];
    }
  ).people.map((p) => p.name),
);

test('the bench corpus is deterministic: the same count and seed give the same reports, another seed others', () => {
  const a = generateCorpus({ count: 20, seed: 5 });
  assert.deepEqual(generateCorpus({ count: 20, seed: 5 }), a);
  assert.notDeepEqual(
    generateCorpus({ count: 20, seed: 6 }).map((r) => r.text),
    a.map((r) => r.text),
  );
  assert.equal(new Set(a.map((r) => r.file)).size, 20);
});

// the corpus's speed is the ingest bench's business (npm run bench -- ingest): no timed test here
test('2,000 corpus reports are made, and no seed person keeps a name part in them', () => {
  const corpus = generateCorpus({ count: 2000, seed: 1 });
  assert.equal(corpus.length, 2000);
  const parts = [...new Set(goldPeople.flatMap((n) => n.split(' ')))];
  const re = new RegExp(`\\b(?:${parts.join('|')})\\b`);
  const stale = corpus.slice(0, 100).filter((r) => re.test(r.text));
  assert.deepEqual(
    stale.map((r) => r.file),
    [],
  );
});

test('every corpus report reads as an article with an outlet', () => {
  for (const r of generateCorpus({ count: 25, seed: 9 })) {
    const a = readReportText(r.text, { source: r.file }, r.file);
    assert.ok(a.outlet, `${r.file} has an outlet`);
    assert.ok(a.text.length > 1000, `${r.file} has its body`);
  }
});
