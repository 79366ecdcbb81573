/**
 * The command as the issue and the README give it: `npx diplograph …` from the project root after
 * install and build runs this project's own `bin` (npm links it through its npx cache).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../../src/paths.js';

test('npx diplograph extract --format report seeds/*.txt prints one report line per seed', () => {
  const seeds = fs
    .readdirSync(path.join(ROOT, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const r = spawnSync(
    'npx',
    ['--yes', 'diplograph', 'extract', '--format', 'report', ...seeds.map((f) => `seeds/${f}`)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
    },
  );
  assert.equal(r.status, 0, r.stderr);
  const files = r.stdout
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { file: string }).file);
  assert.deepEqual(files, seeds);
});
