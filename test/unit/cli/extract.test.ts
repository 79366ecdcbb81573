import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../../src/paths.js';
import type { Extraction, ExtractionReport } from '../../../src/model.js';

// The real CLI, as a user runs it after `npm run build`.
const MAIN = path.join(ROOT, 'dist', 'src', 'cli', 'main.js');
const SEEDS = path.join(ROOT, 'seeds');
const GOLD = path.join(ROOT, 'test', 'fixtures', 'gold');

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [MAIN, ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 120_000 });
const seeds = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const norm = (s: string | null) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe('diplograph extract --format report on the seeds', () => {
  const r = run(['extract', '--format', 'report', ...seeds.map((f) => path.join('seeds', f))]);
  const reports = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ExtractionReport);

  test('exits 0 and prints one JSON line per report, in FORMAT.md v1 shape', () => {
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      reports.map((x) => x.file),
      seeds,
    );
    for (const x of reports) {
      assert.deepEqual(Object.keys(x).sort(), [
        'file',
        'meetings',
        'outlet',
        'people',
        'published',
        'quotes',
        'statements',
      ]);
      for (const k of ['people', 'meetings', 'quotes', 'statements'] as const) assert.ok(Array.isArray(x[k]), k);
      assert.ok(x.published === null || /^\d{4}-\d{2}-\d{2}$/.test(x.published));
    }
  });

  for (const f of seeds) {
    test(`${f}: outlet and published agree with the gold answer`, () => {
      const gold = JSON.parse(fs.readFileSync(path.join(GOLD, f.replace(/\.txt$/, '.json')), 'utf8')) as {
        outlet: string | string[] | null;
        published: string | null;
      };
      const x = reports.find((y) => y.file === f)!;
      if (gold.outlet !== null) {
        const names = ([] as string[]).concat(gold.outlet).map(norm);
        const p = norm(x.outlet);
        assert.ok(
          names.some((g) => p && (g === p || g.includes(p) || p.includes(g))),
          `outlet ${x.outlet} vs gold ${JSON.stringify(gold.outlet)}`,
        );
      }
      if (gold.published)
        assert.ok(String(x.published).startsWith(gold.published), `published ${x.published} vs gold ${gold.published}`);
    });
  }
});

describe('diplograph extract options and inputs', () => {
  test('--format json prints the article with its cleaned text and every fact list', () => {
    const r = run(['extract', '--format', 'json', path.join('seeds', seeds[0]!)]);
    assert.equal(r.status, 0, r.stderr);
    const x = JSON.parse(r.stdout) as Extraction;
    assert.equal(typeof x.article.text, 'string');
    assert.equal(x.article.id, seeds[0]);
    for (const k of ['people', 'organizations', 'countries', 'quotes', 'meetings', 'statements'] as const)
      assert.ok(Array.isArray(x[k]), k);
  });

  test('- reads a report from stdin; --outlet, --published and --title win over the text', () => {
    const r = run(
      [
        'extract',
        '--format',
        'json',
        '--outlet',
        'Yonhap News Agency',
        '--published',
        '2024-05-01',
        '--title',
        'T',
        '-',
      ],
      'Heads\n\n(AFP) - The ministers met on June 3, 2023.\n',
    );
    assert.equal(r.status, 0, r.stderr);
    const x = JSON.parse(r.stdout) as Extraction;
    assert.deepEqual(
      [x.article.outlet, x.article.published, x.article.title, x.article.source],
      ['Yonhap', '2024-05-01', 'T', 'stdin'],
    );
  });

  test('a JSON Lines file gives one report line per record, named by record id', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-cli-'));
    const p = path.join(dir, 'batch.jsonl');
    fs.writeFileSync(
      p,
      '{"id":"a1","text":"Talks\\nThe ministers met."}\n{"text":"More talks\\nThey met again.","outlet":"PTI"}\n',
    );
    const r = run(['extract', p]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as ExtractionReport);
    assert.deepEqual(
      lines.map((l) => [l.file, l.outlet]),
      [
        ['a1', null],
        ['batch.jsonl#1', 'Press Trust of India'],
      ],
    );
  });

  test('a bad file among good ones: the message names it, the others are printed, the exit code is non-zero', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-cli-'));
    const empty = path.join(dir, 'empty.txt');
    const binary = path.join(dir, 'photo.jpg');
    fs.writeFileSync(empty, '');
    fs.writeFileSync(binary, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]));
    const missing = path.join(dir, 'missing.txt');
    const r = run(['extract', path.join('seeds', seeds[0]!), empty, path.join('seeds', seeds[1]!), binary, missing]);
    assert.notEqual(r.status, 0);
    assert.deepEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as ExtractionReport).file),
      [seeds[0], seeds[1]],
    );
    assert.match(r.stderr, new RegExp(`${empty.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is empty`));
    assert.match(r.stderr, /photo\.jpg: is a binary file/);
    assert.match(r.stderr, /missing\.txt: no such file/);
    assert.match(r.stderr, /3 of 5 inputs could not be read/);
  });

  test('a bad --published is refused before any file is read', () => {
    const r = run(['extract', '--published', 'yesterday', path.join('seeds', seeds[0]!)]);
    assert.notEqual(r.status, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /--published "yesterday" is not a date/);
  });

  test('a bad --format is refused with the allowed choices', () => {
    const r = run(['extract', '--format', 'xml', path.join('seeds', seeds[0]!)]);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /report, json/);
  });
});

describe('diplograph eval', () => {
  test('scores the seeds against the gold answers and prints the table', () => {
    const r = run(['eval']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /total people\s+P/);
    assert.match(r.stdout, /outlet\.acc 1\.00\s+published\.acc 1\.00/);
    for (const f of seeds) assert.ok(r.stdout.includes(f.replace(/\.txt$/, '')), f);
  });

  test('--min passes through to the scorer: an impossible bar exits 1', () => {
    const r = run(['eval', '--min', 'people.f1=1.01']);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /below: people\.f1/);
  });
});
