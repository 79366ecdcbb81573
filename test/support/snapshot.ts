/**
 * Snapshots kept as committed text files (node 20's test runner has no snapshot support; 22 has
 * `t.assert.snapshot`). A snapshot file is a list of named entries:
 *
 *     === name of the case
 *     the snapshot text, as many lines as it takes
 *
 * A test compares what it built with its file, entry by entry, and fails on a difference, on a
 * missing entry and on an entry no case produces any more. After a deliberate change, write the
 * files again with UPDATE_SNAPSHOTS=1 (e.g. `UPDATE_SNAPSHOTS=1 node dist/test/run.js graph/read`)
 * and review the diff before committing it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const HEADER = '=== ';

export function parseSnapshots(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const block of text.split(new RegExp(`^${HEADER}`, 'm')).slice(1)) {
    const newline = block.indexOf('\n');
    // An entry ends with a newline, and a blank line separates it from the next one.
    entries.set(block.slice(0, newline), block.slice(newline + 1).replace(/\n\n?$/, ''));
  }
  return entries;
}

export function formatSnapshots(entries: Map<string, string>): string {
  return [...entries].map(([name, body]) => `${HEADER}${name}\n${body}\n`).join('\n');
}

/**
 * Checks `actual` (name → text) against the snapshot file, or writes the file when UPDATE_SNAPSHOTS
 * is set. Names are on one line; a text has no line starting with the header and no final newline.
 */
export function matchSnapshots(file: string, actual: Map<string, string>): void {
  for (const [name, body] of actual) {
    assert.ok(!name.includes('\n'), `snapshot name on one line: ${name}`);
    assert.ok(!new RegExp(`^${HEADER}`, 'm').test(body), `${name}: a line starts with "${HEADER}"`);
    assert.ok(!body.endsWith('\n'), `${name}: the text ends with a newline`);
  }
  if (process.env.UPDATE_SNAPSHOTS) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, formatSnapshots(actual));
    return;
  }
  const hint = `run with UPDATE_SNAPSHOTS=1 to write ${path.basename(file)}, then review its diff`;
  assert.ok(fs.existsSync(file), `no snapshot file ${file}: ${hint}`);
  const expected = parseSnapshots(fs.readFileSync(file, 'utf8'));
  assert.deepEqual(
    [...actual.keys()].filter((k) => !expected.has(k)),
    [],
    `cases with no snapshot: ${hint}`,
  );
  assert.deepEqual(
    [...expected.keys()].filter((k) => !actual.has(k)),
    [],
    `snapshots no case produces: ${hint}`,
  );
  for (const [name, body] of actual)
    assert.equal(body, expected.get(name), `${name} differs from its snapshot: ${hint}`);
}
