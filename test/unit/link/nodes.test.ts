/** The codes each node carries (src/link/nodes.ts): pure functions of what the graph holds about the node. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadKnowledge } from '../../../src/link/knowledge.js';
import { Linker, LINK_PROPERTIES } from '../../../src/link/nodes.js';
import { mentionRoleDays } from '../../../src/link/roles.js';

const linker = new Linker(loadKnowledge());

describe('codes of nodes', () => {
  it('a country: ISO alpha-2, alpha-3 and numeric, its CAMEO code and its Wikidata id', () => {
    const ro = linker.country('RO');
    assert.deepEqual(
      { ...ro, wikidataId: typeof ro.wikidataId },
      {
        iso2: 'RO',
        iso3: 'ROU',
        isoNumeric: '642',
        cameo: 'ROM',
        wikidataId: 'string',
      },
    );
    assert.match(String(ro.wikidataId), /^Q\d+$/);
    assert.deepEqual(linker.country('ZZ'), { iso2: null, iso3: null, isoNumeric: null, cameo: null, wikidataId: null });
  });

  it('a person in the gazetteer: Wikidata id by name (given-name variant) and country; actor code from country and role', () => {
    const p = linker.person({
      name: 'Sergei Lavrov',
      aliases: ['Lavrov'],
      roles: ['Russian Foreign Minister'],
      country: null,
      roleDays: [{ day: '2022-05-01', name: 'Russian Foreign Minister', reports: 1 }],
    });
    assert.equal(p.wikidataId, 'Q58217');
    assert.equal(p.cameo, 'RUSGOV');
    assert.deepEqual(p.roleKeys, ['RU:foreign minister']);
    assert.deepEqual(p.roleNames, ['Russian Foreign Minister']);
    assert.deepEqual(p.roleFirstReported, ['2022-05-01']);
  });

  it('an invented person: no Wikidata id; a general is MIL; no dated role leaves the role lists null', () => {
    const p = linker.person({
      name: 'Ilsa Varnholt',
      aliases: [],
      roles: ['General'],
      country: 'RU',
      roleDays: mentionRoleDays([{ articleId: 'a', published: null, roles: ['General'] }]),
    });
    assert.deepEqual(p, {
      wikidataId: null,
      cameo: 'RUSMIL',
      roleNames: null,
      roleKeys: null,
      roleFirstReported: null,
      roleLastReported: null,
    });
  });

  it('an organization and an outlet by name or alias', () => {
    assert.equal(linker.body('organization', { name: 'U.N.', aliases: [] }).wikidataId, 'Q1065');
    assert.equal(linker.body('outlet', { name: 'Reuters', aliases: [] }).wikidataId, 'Q130879');
    assert.equal(linker.body('organization', { name: 'Ministry of Invented Affairs', aliases: [] }).wikidataId, null);
  });

  it('a visit: 042 on the meeting, 042 for the visitor and 043 for the host, whatever the order of principals and sentences', () => {
    const facts = {
      place: 'Great Hall of the People, Beijing',
      principals: [
        { id: 'person:b', country: 'CN' },
        { id: 'person:a', country: 'US' },
      ],
      sentences: ['A met B in Beijing.', 'The two met for three hours.'],
    };
    const expected = {
      props: { cameo: '042' },
      principals: [
        { id: 'person:a', cameo: '042' },
        { id: 'person:b', cameo: '043' },
      ],
    };
    assert.deepEqual(linker.meeting(facts), expected);
    assert.deepEqual(
      linker.meeting({
        ...facts,
        principals: [...facts.principals].reverse(),
        sentences: [...facts.sentences].reverse(),
      }),
      expected,
    );
  });

  it('a phone call is 041 for the meeting and both principals; a position by its words', () => {
    const m = linker.meeting({
      place: null,
      principals: [
        { id: 'person:a', country: 'US' },
        { id: 'person:b', country: 'CN' },
      ],
      sentences: ['A held a phone call with B.'],
    });
    assert.deepEqual(
      m.principals.map((p) => p.cameo),
      ['041', '041'],
    );
    assert.equal(linker.position('the minister warned against any escalation').cameo, '012');
    assert.equal(linker.position('the two countries share a border').cameo, '010');
  });

  it('every property the linker sets is one LINK_PROPERTIES names (the ones consolidation leaves alone)', () => {
    const keys = new Set<string>(LINK_PROPERTIES);
    const all = [
      linker.country('US'),
      linker.person({ name: 'A B', aliases: [], roles: [], country: null, roleDays: [] }),
      linker.body('outlet', { name: 'x', aliases: [] }),
      linker.meeting({ place: null, principals: [], sentences: [] }).props,
      linker.position('x'),
    ];
    for (const props of all) for (const k of Object.keys(props)) assert.ok(keys.has(k), k);
  });
});
