// Whole-report checks: the five seed reports, read by the input stage and extracted, scored
// against the gold answers by the project's copy of the shared scorer, with the bars.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extract } from '../../../src/extract/index.js';
import { toReport } from '../../../src/extract/report.js';
import { readReportFile } from '../../../src/input/index.js';
import { ROOT } from '../../../src/paths.js';

const seeds = path.join(ROOT, 'seeds');
const gold = path.join(ROOT, 'test', 'fixtures', 'gold');
const scorer = path.join(ROOT, 'test', 'fixtures', 'score.mjs');

test('seed reports: people, meetings, quotes and statements reach the bars of issue 3', async () => {
  const lines: string[] = [];
  for (const f of fs
    .readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    for (const a of await readReportFile(path.join(seeds, f))) lines.push(JSON.stringify(toReport(extract(a))));
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-extract-')), 'r.jsonl');
  fs.writeFileSync(out, lines.join('\n') + '\n');
  const bars = [
    'people.f1=0.95',
    'meetings.f1=0.9',
    'meetings.dateAcc=0.9',
    'quotes.attributed.f1=0.9',
    'statements.f1=0.6',
  ];
  const r = spawnSync(process.execPath, [scorer, gold, out, ...bars.flatMap((b) => ['--min', b])], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('seed reports: no person comes from a photo credit, a byline or comment boilerplate', async () => {
  for (const f of fs.readdirSync(seeds).filter((f) => f.endsWith('.txt'))) {
    for (const a of await readReportFile(path.join(seeds, f))) {
      const x = extract(a);
      for (const p of x.people) {
        assert.doesNotMatch(p.name, /^[\p{Lu} ]+$/u, `${f}: ${p.name} is written in capitals, like a credit`);
        assert.doesNotMatch(p.name, /millis|worldysnews|wrodlys/i, `${f}: ${p.name}`);
      }
    }
  }
});
