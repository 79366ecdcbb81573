// The knowledge module (src/knowledge): every data file loads and validates; a missing or malformed
// file is an error that names it and what is wrong; each file is read once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  lexicon,
  KNOWLEDGE_FILES,
  KnowledgeError,
  loadKnowledge,
  openKnowledge,
  readKnowledgeFile,
} from '../../../src/knowledge/index.js';
import { DATA_DIR } from '../../../src/paths.js';

/** A copy of data/ to break. */
function dataCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-data-'));
  for (const f of fs.readdirSync(DATA_DIR))
    if (f.endsWith('.json')) fs.copyFileSync(path.join(DATA_DIR, f), path.join(dir, f));
  return dir;
}

const edit = (dir: string, file: string, change: (data: Record<string, unknown>) => void) => {
  const full = path.join(dir, file);
  const data = JSON.parse(fs.readFileSync(full, 'utf8')) as Record<string, unknown>;
  change(data);
  fs.writeFileSync(full, JSON.stringify(data));
};

function throwsNaming(fn: () => unknown, file: string, ...words: string[]): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof KnowledgeError, `not a KnowledgeError: ${String(e)}`);
    assert.ok(e.message.includes(file), `"${e.message}" does not name ${file}`);
    for (const w of words) assert.ok(e.message.includes(w), `"${e.message}" does not say "${w}"`);
    return true;
  });
}

test("the project's data files all load and match their schemas", () => {
  const k = loadKnowledge();
  for (const name of Object.keys(KNOWLEDGE_FILES)) assert.ok(k[name as keyof typeof k], name);
  assert.ok(k.titles.titles.length > 100);
  assert.equal(k.words.months.length, 12);
});

/** data files the link stage reads and validates itself (src/link/knowledge.ts) */
const READ_BY_LINK = ['cameo.json', 'gazetteer.json'];

test('every data/*.json file has a schema here, but the link stage’s own', () => {
  const files = fs.readdirSync(DATA_DIR).filter((f) => f.endsWith('.json') && !READ_BY_LINK.includes(f));
  assert.deepEqual(
    files.sort(),
    Object.values(KNOWLEDGE_FILES)
      .map((f) => f.file)
      .sort(),
  );
});

test('a missing file is an error naming it', () => {
  const dir = dataCopy();
  fs.rmSync(path.join(dir, 'titles.json'));
  throwsNaming(() => loadKnowledge(dir), 'titles.json', 'missing');
  // the other files are still readable one by one
  assert.ok(readKnowledgeFile(dir, 'countries').countries.length > 100);
});

test('a file that is not JSON is an error naming it', () => {
  const dir = dataCopy();
  fs.writeFileSync(path.join(dir, 'words.json'), '{ "months": [');
  throwsNaming(() => loadKnowledge(dir), 'words.json', 'not valid JSON');
});

test('a value of the wrong type is an error naming the file and where in it', () => {
  const dir = dataCopy();
  edit(dir, 'titles.json', (d) => ((d.titles as { rank: unknown }[])[3]!.rank = 'high'));
  throwsNaming(() => readKnowledgeFile(dir, 'titles'), 'titles.json', 'titles[3].rank');
});

test('a misspelt key is an error, not a list silently ignored', () => {
  const dir = dataCopy();
  edit(dir, 'grammar.json', (d) => {
    d.pronoun = d.pronouns;
    delete d.pronouns;
  });
  throwsNaming(() => readKnowledgeFile(dir, 'grammar'), 'grammar.json', 'pronoun');
});

test('a list of the wrong length is an error saying what is expected', () => {
  const dir = dataCopy();
  edit(dir, 'words.json', (d) => (d.weekdays = (d.weekdays as string[]).slice(1)));
  throwsNaming(() => readKnowledgeFile(dir, 'words'), 'words.json', 'seven weekdays');
});

test('meeting-words.json may carry lists its schema does not name yet (the meetings stage adds them)', () => {
  const dir = dataCopy();
  edit(dir, 'meeting-words.json', (d) => (d.callNouns = ['call', 'phone call']));
  const m = readKnowledgeFile(dir, 'meetingWords') as Record<string, unknown>;
  assert.deepEqual(m.callNouns, ['call', 'phone call']);
});

test('each file is read once: a change after the first read is not seen', () => {
  const dir = dataCopy();
  const k = openKnowledge(dir);
  const first = k.nicknames;
  fs.writeFileSync(path.join(dir, 'nicknames.json'), '{ broken');
  assert.equal(k.nicknames, first);
  // a file not read yet is read on first use
  fs.rmSync(path.join(dir, 'topics.json'));
  throwsNaming(() => k.topics, 'topics.json', 'missing');
});

test('country words are found with and without their diacritics, as English copy writes them', () => {
  const lex = lexicon();
  // data/countries.json writes the capitals with their own letters ("Chișinău", "Bogotá", "Yaoundé")
  for (const [plain, code] of [
    ['chisinau', 'MD'],
    ['bogota', 'CO'],
    ['yaounde', 'CM'],
  ] as const) {
    assert.ok(lex.capitals.has(plain), plain);
    assert.equal(lex.countryByWord.get(plain), code);
    assert.ok(lex.capitalOnly.has(plain), plain);
  }
  assert.ok(lex.capitals.has('bogotá'));
});
