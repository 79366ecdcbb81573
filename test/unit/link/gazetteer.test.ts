/** The gazetteer: our data file validates, names find their Wikidata ids, a user's file merges over ours, bad files are refused by name. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { GazetteerIndex, foldName } from '../../../src/link/gazetteer.js';
import { KnowledgeError, loadKnowledge, readGazetteer } from '../../../src/link/knowledge.js';
import { DATA_DIR } from '../../../src/paths.js';

const knowledge = loadKnowledge();
const index = new GazetteerIndex(knowledge.gazetteer.entries, knowledge.nameGroups);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-gazetteer-'));
const write = (name: string, doc: unknown) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return file;
};

describe('data/gazetteer.json', () => {
  it('holds heads of state and government, foreign ministers, countries, bodies and agencies, each with a declared source', () => {
    const kinds = new Map<string, number>();
    for (const e of knowledge.gazetteer.entries) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    assert.ok((kinds.get('person') ?? 0) > 400, JSON.stringify([...kinds]));
    assert.ok((kinds.get('country') ?? 0) > 150);
    assert.ok((kinds.get('organization') ?? 0) >= 40);
    assert.ok((kinds.get('outlet') ?? 0) >= 15);
    const roles = new Set(knowledge.gazetteer.entries.flatMap((e) => (e.roles ?? []).map((r) => r.role)));
    assert.deepEqual([...roles].sort(), ['foreign minister', 'head of government', 'head of state']);
    for (const s of Object.values(knowledge.gazetteer.sources)) assert.ok(s.repository && s.path && s.commit, s.what);
  });
});

describe('matching names of the graph', () => {
  const table: [Parameters<GazetteerIndex['match']>[0], string | undefined][] = [
    [{ kind: 'person', name: 'Antony Blinken', country: 'US' }, 'Q7821917'],
    [{ kind: 'person', name: 'Joseph Biden', aliases: ['Biden'] }, 'Q6279'],
    [{ kind: 'person', name: 'Sergei Lavrov' }, 'Q58217'],
    [{ kind: 'person', name: 'XI JINPING' }, 'Q15031'],
    [{ kind: 'person', name: 'Wang Yi', country: 'JP' }, undefined],
    [{ kind: 'person', name: 'Blinken' }, undefined],
    [{ kind: 'organization', name: 'United Nations', aliases: ['UN'] }, 'Q1065'],
    [{ kind: 'organization', name: 'NATO' }, 'Q7184'],
    [{ kind: 'organization', name: 'Xinhua' }, 'Q204839'],
    [{ kind: 'outlet', name: 'Agence France-Presse' }, 'Q40464'],
    [{ kind: 'outlet', name: 'The Associated Press' }, 'Q40469'],
    [{ kind: 'country', id: 'CN', name: 'China' }, 'Q148'],
    [{ kind: 'country', id: 'US', name: 'United States' }, 'Q30'],
  ];
  for (const [node, id] of table)
    it(`${node.kind} "${node.name}"${node.country ? ` (${node.country})` : ''} → ${id ?? 'no id'}`, () =>
      assert.equal(index.match(node)?.id, id));
  it('folds case, accents and punctuation', () =>
    assert.equal(foldName('  Recep Tayyip Erdoğan '), 'recep tayyip erdogan'));
});

describe("a user's gazetteer (DIPLOGRAPH_GAZETTEER)", () => {
  it('adds entries and replaces ours with the same id', () => {
    const file = write('user.json', {
      sources: { mine: { what: 'my notes', url: 'https://example.org/notes' } },
      entries: [
        { id: 'Q99999999', kind: 'person', name: 'Ada Example', country: 'FR', sources: ['mine'] },
        {
          id: 'Q7821917',
          kind: 'person',
          name: 'Antony Blinken',
          aliases: ['Tony Blinken'],
          country: 'US',
          sources: ['mine'],
        },
      ],
    });
    const k = loadKnowledge(file);
    const idx = new GazetteerIndex(k.gazetteer.entries, k.nameGroups);
    assert.equal(idx.match({ kind: 'person', name: 'Ada Example' })?.id, 'Q99999999');
    assert.equal(idx.match({ kind: 'person', name: 'Tony Blinken' })?.id, 'Q7821917');
    assert.deepEqual(idx.get('Q7821917')?.sources, ['user:mine']);
    assert.equal(k.gazetteer.entries.length, knowledge.gazetteer.entries.length + 1);
  });
  const bad: [string, unknown, RegExp][] = [
    ['not JSON', '{ "entries": [', /not valid JSON/],
    [
      'an id that is no Wikidata id',
      { sources: { s: { what: 'x' } }, entries: [{ id: 'X1', kind: 'person', name: 'A B', sources: ['s'] }] },
      /entry 1 \(X1\) is malformed: id: expected a Wikidata id/,
    ],
    [
      'an entry without a source',
      { sources: {}, entries: [{ id: 'Q1', kind: 'country', name: 'Universe', sources: [] }] },
      /entry 1 \(Q1\) is malformed: sources/,
    ],
    [
      'a source not declared',
      { sources: {}, entries: [{ id: 'Q1', kind: 'country', name: 'Universe', sources: ['nowhere'] }] },
      /entry 1 \(Q1\) names sources not declared.*nowhere/,
    ],
    [
      'an unknown kind',
      { sources: { s: { what: 'x' } }, entries: [{ id: 'Q2', kind: 'planet', name: 'Mars', sources: ['s'] }] },
      /entry 1 \(Q2\) is malformed: kind/,
    ],
    [
      'one id twice',
      {
        sources: { s: { what: 'x' } },
        entries: [
          { id: 'Q3', kind: 'country', name: 'A', sources: ['s'] },
          { id: 'Q3', kind: 'country', name: 'B', sources: ['s'] },
        ],
      },
      /entries 1 and 2 have the same id Q3/,
    ],
  ];
  for (const [what, doc, message] of bad)
    it(`a file with ${what} is refused with its name and the entry`, () => {
      const file = write(`bad-${what.replace(/\W+/g, '-')}.json`, doc);
      assert.throws(
        () => loadKnowledge(file),
        (err: unknown) => {
          assert.ok(err instanceof KnowledgeError);
          assert.match(err.message, new RegExp(file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
          assert.match(err.message, message);
          return true;
        },
      );
    });
  it('a missing file is named', () =>
    assert.throws(() => readGazetteer(path.join(tmp, 'none.json')), /cannot read .*none\.json/));
  it('our own file reads the same through readGazetteer', () =>
    assert.equal(readGazetteer(path.join(DATA_DIR, 'gazetteer.json')).entries.length, 859));
});
