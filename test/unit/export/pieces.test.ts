/** The pure pieces of the exports: the external sort, Neo4j value types, Cypher literals, XML escaping, captions, atomic targets. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ExternalSorter, compareStrings } from '../../../src/export/sort.js';
import { parseValueType, widen } from '../../../src/export/values.js';
import { literal, map } from '../../../src/export/formats/cypher.js';
import { xml } from '../../../src/export/formats/graphml.js';
import { caption } from '../../../src/export/captions.js';
import { AtomicFile, ExportError } from '../../../src/export/output.js';

describe('external sort', () => {
  it('gives the order of Array.sort whether it spills to disk or not', async () => {
    const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify({ k: (i * 7919) % 503, s: `é${i}\u2028` }));
    for (const maxChars of [1_000_000, 300]) {
      const sorter = new ExternalSorter(maxChars);
      for (const l of lines) sorter.add(l);
      const out: string[] = [];
      for await (const l of sorter.sorted()) out.push(l);
      assert.deepEqual(out, [...lines].sort(compareStrings));
      if (maxChars === 300) assert.ok(sorter.spills > 10);
    }
  });
});

describe('Neo4j value types', () => {
  const table: [string, ReturnType<typeof parseValueType>][] = [
    ['STRING NOT NULL', { type: 'string', list: false }],
    ['FLOAT NOT NULL', { type: 'float', list: false }],
    ['LIST<INTEGER NOT NULL> NOT NULL', { type: 'integer', list: true }],
    ['ZONED DATETIME NOT NULL', { type: 'datetime', list: false }],
    ['LIST<NOTHING> NOT NULL', { type: 'string', list: true }],
  ];
  for (const [text, type] of table) it(`${text}`, () => assert.deepEqual(parseValueType(text), type));
  it('a column of integers and floats is float; of strings and numbers string', () => {
    assert.deepEqual(
      widen([
        { type: 'integer', list: false },
        { type: 'float', list: false },
      ]),
      { type: 'float', list: false },
    );
    assert.deepEqual(
      widen([
        { type: 'integer', list: false },
        { type: 'string', list: false },
      ]),
      { type: 'string', list: false },
    );
  });
});

describe('Cypher literals keep the types', () => {
  it('a float 1 is 1.0, a date a date(), a list of strings a list, a name with a backtick is quoted', () => {
    assert.equal(literal(1, { type: 'float', list: false }), '1.0');
    assert.equal(literal(3, { type: 'integer', list: false }), '3');
    assert.equal(literal('2023-06-19', { type: 'date', list: false }), 'date("2023-06-19")');
    assert.equal(literal(['a "b"', 'c\nd'], { type: 'string', list: true }), '["a \\"b\\"", "c\\nd"]');
    assert.equal(map({ 'we`ird': true }, { 'we`ird': { type: 'boolean', list: false } }), '{`we``ird`: true}');
  });
});

describe('GraphML text and captions', () => {
  it('escapes markup and replaces characters XML 1.0 forbids', () =>
    assert.equal(xml('a < b & "c"\u0001'), 'a &lt; b &amp; &quot;c&quot;\ufffd'));
  it('captions nodes by what they are, cut short', () => {
    assert.equal(caption(['Meeting'], { date: '2023-06-19', place: 'Beijing', confidence: 1 }), '2023-06-19 · Beijing');
    assert.equal(caption(['Position'], { text: 'x'.repeat(100) }).length, 60);
    assert.equal(caption(['Person'], { name: 'Ada Example' }), 'Ada Example');
  });
});

describe('atomic files', () => {
  it('a committed file appears whole, an aborted one leaves nothing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-atomic-'));
    const target = path.join(dir, 'out.txt');
    const a = new AtomicFile(target);
    const stream = await a.open();
    await new Promise<void>((resolve) => stream.end('done', resolve));
    a.commit();
    assert.equal(fs.readFileSync(target, 'utf8'), 'done');
    const b = new AtomicFile(target);
    (await b.open()).write('half');
    await b.abort();
    assert.deepEqual(fs.readdirSync(dir), ['out.txt']);
    assert.equal(fs.readFileSync(target, 'utf8'), 'done');
    assert.throws(() => new AtomicFile(dir), ExportError);
    fs.rmSync(dir, { recursive: true });
  });
});
