/**
 * `diplograph ingest` as a user runs it: files, folders, globs and stdin; a summary at the end;
 * a bad file reported without stopping the others, and a non-zero exit when any failed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../../../src/graph/driver.js';
import { openTestGraph } from '../../support/graph.js';
import { ROOT } from '../../../src/paths.js';

const CLI = path.join(ROOT, 'dist/src/cli/main.js');
const seed = path.join(ROOT, 'seeds', fs.readdirSync(path.join(ROOT, 'seeds')).sort()[0]!);
let graph: Graph;
let dir: string;

before(async () => {
  graph = await openTestGraph();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-cli-'));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
});
after(async () => {
  await graph?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('diplograph ingest', () => {
  it('ingests the good files, reports the bad ones in the summary and exits with 1', async () => {
    const r = spawnSync(
      process.execPath,
      [CLI, 'ingest', seed, path.join(dir, 'empty.txt'), path.join(dir, 'nothing-*.txt')],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /Read 1 report from 1 input/);
    assert.match(r.stdout, /failures\s+2/);
    assert.match(r.stdout, /empty\.txt/);
    assert.match(r.stdout, /nothing-\*\.txt: no such file, folder or matching glob/);
    const rows = await graph.read('MATCH (a:Article) RETURN a.id AS id');
    assert.deepEqual(
      rows.map((x) => x.id),
      [path.basename(seed)],
    );
  });

  it('two files of one run with the same name are not merged into one report: the second fails, naming the first', async () => {
    for (const sub of ['a', 'b']) {
      fs.mkdirSync(path.join(dir, sub), { recursive: true });
      fs.copyFileSync(seed, path.join(dir, sub, 'index.txt'));
    }
    fs.appendFileSync(path.join(dir, 'b', 'index.txt'), '\nAnother paragraph that only the second file has.\n');
    const r = spawnSync(
      process.execPath,
      [CLI, 'ingest', path.join(dir, 'a', 'index.txt'), path.join(dir, 'b', 'index.txt')],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stdout, /b\/index\.txt: report id "index\.txt" is already taken by .*a\/index\.txt/);
    const rows = await graph.read(`MATCH (a:Article {id: 'index.txt'}) RETURN a.source AS source`);
    assert.deepEqual(
      rows.map((x) => x.source),
      [path.join(dir, 'a', 'index.txt')],
    );
  });

  it('reads a report from stdin with `-`, and the same report again changes nothing', () => {
    const text = fs.readFileSync(seed, 'utf8');
    const first = spawnSync(process.execPath, [CLI, 'ingest', '-', '--outlet', 'Reuters'], {
      input: text,
      encoding: 'utf8',
    });
    assert.equal(first.status, 0, first.stdout + first.stderr);
    assert.match(first.stdout, /1 new/);
    const again = spawnSync(process.execPath, [CLI, 'ingest', '-', '--outlet', 'Reuters'], {
      input: text,
      encoding: 'utf8',
    });
    assert.match(again.stdout, /0 new, 0 replaced \(changed\), 1 unchanged/);
  });
});
