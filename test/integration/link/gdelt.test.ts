/**
 * `diplograph link gdelt` on the seed graph: rows written to the GDELT codebook for the seed
 * meetings are stored on those meetings, the real sample rows match nothing, what did not match is
 * counted, and a file with malformed rows is refused with its line numbers, storing nothing.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Graph } from '../../../src/graph/driver.js';
import { linkGdeltFiles } from '../../../src/link/link-gdelt.js';
import { GdeltFormatError } from '../../../src/link/gdelt.js';
import { ROOT } from '../../../src/paths.js';
import { openTestGraph } from '../../support/graph.js';
import { ingestSeeds } from '../../support/seeds.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/gdelt');
const sample = path.join(FIXTURES, '20240819130000.export.sample.CSV');
const seedRows = path.join(FIXTURES, 'seed-meetings.export.CSV');
let graph: Graph;

/** The GDELT ids stored on the meeting of these two principals on that date. */
async function eventsOf(a: string, b: string, date: string): Promise<{ ids: number[]; urls: string[] }[]> {
  const rows = await graph.read(
    `MATCH (:Person {name: $a})-[:ATTENDED {role: 'principal'}]->(m:Meeting)<-[:ATTENDED {role: 'principal'}]-(:Person {name: $b})
     WHERE m.date = $date
     RETURN coalesce(m.gdeltEventIds, []) AS ids, coalesce(m.gdeltSourceUrls, []) AS urls`,
    { a, b, date },
  );
  return rows.map((r) => ({ ids: r.ids as number[], urls: r.urls as string[] }));
}

before(async () => {
  graph = await openTestGraph();
  await ingestSeeds(graph);
});
after(async () => {
  await graph?.close();
});

describe('link gdelt on the seed graph', () => {
  it('a file with malformed rows is refused with file and line numbers, and nothing is stored', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-gdelt-'));
    const bad = path.join(dir, 'bad.export.CSV');
    const good = fs.readFileSync(seedRows, 'utf8').trim().split('\n');
    fs.writeFileSync(
      bad,
      [good[0], 'not,a,gdelt,row', good[1], good[1]!.replace('\t20230618\t', '\t2023-06-18\t')].join('\n'),
    );
    await assert.rejects(linkGdeltFiles(graph, [seedRows, bad]), (err: unknown) => {
      assert.ok(err instanceof GdeltFormatError);
      assert.match(err.message, /2 lines are not GDELT 2\.0 event rows \(nothing was stored\)/);
      assert.match(err.message, new RegExp(`${bad}:2: expected the 61 tab-separated fields`));
      assert.match(err.message, new RegExp(`${bad}:4: Day "2023-06-18" is not a date written YYYYMMDD`));
      return true;
    });
    const [row] = await graph.read('MATCH (m:Meeting) WHERE m.gdeltEventIds IS NOT NULL RETURN count(m) AS n');
    assert.equal(row?.n, 0);
    fs.rmSync(dir, { recursive: true });
  });

  it('stores matched GlobalEventIDs and source URLs on the seed meetings and counts the rest', async () => {
    const summary = await linkGdeltFiles(graph, [seedRows, sample]);
    assert.deepEqual(
      { ...summary },
      { files: 2, rows: 16, consultations: 9, matched: 4, unmatched: 5, ambiguous: 1, meetings: 4 },
    );
    const xi = await eventsOf('Antony Blinken', 'Xi Jinping', '2023-06-19');
    assert.equal(xi.length, 1);
    assert.deepEqual(xi[0]!.ids, [900000001, 900000003]);
    assert.ok(xi[0]!.urls.includes('https://news.example/blinken-xi-beijing'));
    assert.deepEqual(
      (await eventsOf('Antony Blinken', 'Qin Gang', '2023-06-18')).map((m) => m.ids),
      [[900000002]],
    );
    assert.deepEqual(
      (await eventsOf('Antony Blinken', 'Wang Yi', '2023-06-19')).map((m) => m.ids),
      [[900000003]],
    );
    assert.deepEqual(
      (await eventsOf('Joe Biden', 'Xi Jinping', '2022-11')).map((m) => m.ids),
      [[900000004]],
    );
    const [types] = await graph.read(
      'MATCH (m:Meeting) WHERE m.gdeltEventIds IS NOT NULL RETURN collect(DISTINCT valueType(m.gdeltEventIds)) AS t',
    );
    assert.deepEqual(types?.t, ['LIST<INTEGER NOT NULL> NOT NULL']);
  });

  it('linking the same files again adds nothing twice', async () => {
    await linkGdeltFiles(graph, [seedRows]);
    const xi = await eventsOf('Antony Blinken', 'Xi Jinping', '2023-06-19');
    assert.deepEqual(xi[0]!.ids, [900000001, 900000003]);
  });

  it('the CLI prints the summary', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/src/cli/main.js'), 'link', 'gdelt', seedRows], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /GDELT: 1 file, 6 events, 5 of them consultations \(CAMEO 03–04\): 4 matched to 4 meetings \(1 fitting several equally\), 1 not matched/,
    );
  });
});
