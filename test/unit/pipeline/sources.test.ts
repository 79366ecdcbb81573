/**
 * What `diplograph ingest` reads, lazily (no Neo4j): folders walked in sorted order, JSON Lines
 * read line by line with the ids and error messages the whole file would give, stdin and globs.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inputsOf, tasksOf } from '../../../src/pipeline/sources.js';
import { runTask } from '../../../src/pipeline/prepare.js';
import { ingestStream } from '../../../src/pipeline.js';
import { readRecords } from '../../../src/input/index.js';
import type { Task } from '../../../src/pipeline/tasks.js';

let dir: string;
const text = (n: number) =>
  `Report ${n}. Foreign Minister Ana Pereira met her counterpart Li Wei in Lisbon on Monday, the ministry said in a statement.`;

before(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-sources-'));
  fs.mkdirSync(path.join(dir, 'b'));
  fs.writeFileSync(path.join(dir, 'b', 'two.txt'), text(2));
  fs.writeFileSync(path.join(dir, 'a.txt'), text(1));
  fs.writeFileSync(path.join(dir, 'notes.csv'), 'not a report');
  fs.writeFileSync(
    path.join(dir, 'feed.jsonl'),
    [
      JSON.stringify({ text: text(3) }),
      '',
      JSON.stringify({ text: text(4), url: 'https://example.org/4' }),
      '{"text": ',
      JSON.stringify({ text: text(5) }),
    ].join('\n') + '\n',
  );
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('lazy inputs', () => {
  it('a folder gives its report files in sorted order, subfolders included, other files left out', async () => {
    const unmatched: string[] = [];
    const inputs = await collect(inputsOf([dir, path.join(dir, 'nothing-*.txt')], (u) => unmatched.push(u)));
    assert.deepEqual(
      inputs.map((i) => path.relative(dir, i)),
      ['a.txt', path.join('b', 'two.txt'), 'feed.jsonl'],
    );
    assert.deepEqual(unmatched, [path.join(dir, 'nothing-*.txt')]);
  });

  it('a JSON Lines file is one task per record, with the ids and line numbers reading it whole gives', async () => {
    const file = path.join(dir, 'feed.jsonl');
    const tasks = (await collect(tasksOf(inputsOf([file]), {}))) as Extract<Task, { kind: 'record' }>[];
    assert.deepEqual(
      tasks.map((t) => [t.kind, t.lineNumber, t.index]),
      [
        ['record', 1, 0],
        ['record', 3, 1],
        ['record', 4, 2],
        ['record', 5, 3],
      ],
    );
    const results = await Promise.all(tasks.map(runTask));
    const ids = results.map((r) => (r.ok ? r.reports[0]!.article.id : null));
    assert.deepEqual(ids, ['feed.jsonl#0', 'https://example.org/4', null, 'feed.jsonl#3']);
    const whole = readRecords(
      [JSON.stringify({ text: text(3) }), JSON.stringify({ text: text(4), url: 'https://example.org/4' })].join('\n'),
      { source: file },
      true,
    );
    assert.deepEqual(
      whole.map((a) => a.id),
      ids.slice(0, 2),
      'the same ids as the whole file read at once',
    );
    const bad = results[2]!;
    assert.ok(!bad.ok && /line 4 is not JSON/.test(bad.message), JSON.stringify(bad));
  });

  it('a JSON Lines file counts as one input read, as a text file does', async () => {
    // Extraction only (no graph): the summary `diplograph ingest` prints as "from N inputs".
    const s = await ingestStream(null, tasksOf(inputsOf([path.join(dir, 'a.txt'), path.join(dir, 'feed.jsonl')]), {}), {
      workers: 1,
      batchSize: 25,
    });
    assert.equal(s.reports, 4, JSON.stringify(s.failures));
    assert.equal(s.failures.length, 1);
    assert.equal(s.files, 2);
  });
});
