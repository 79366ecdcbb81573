/**
 * Name lookups read their candidates from the fulltext indexes of schema/020_read_indexes.cypher
 * instead of scanning every Person or Outlet (src/graph/read/cypher.ts). These tests hold them to
 * the scan they replace: on people whose names have hyphens, apostrophes, initials, diacritics,
 * folded surnames, Cyrillic, Greek and Chinese script, every lookup gives the same answer as the
 * plain scan over all nodes.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Graph } from '../../../../src/graph/driver.js';
import { bestPerson, lucenePhrase, namedOutlet, normName, type Page } from '../../../../src/graph/read/cypher.js';
import { translate } from '../../../../src/graph/read/translate.js';
import { openTestGraph } from '../../../support/graph.js';
import { rootField, scalars } from '../../../support/select.js';

/** The statement of `person(name) { id }`. */
const personByName = (name: string) => translate(rootField('person', { name }, 'Person', scalars('id')));
/** The statement of `people(search) { totalCount edges { node { id } } }` for one page. */
const people = (search: string | null, page: Page) =>
  translate(rootField('people', { search }, 'Person', scalars('id'), page));
/** The statement of `quotes(filter) { totalCount edges { node { id } } }` for one page. */
const quotes = (filter: Record<string, unknown>, page: Page) =>
  translate(rootField('quotes', filter, 'Quote', scalars('id'), page));

// Properties as src/resolve writes them: `surname` is the folded family name (lower case, no
// diacritics, no apostrophes or hyphens), `aliasText` the aliases joined.
const PEOPLE = [
  {
    id: 'p:sisi',
    name: 'Abdel Fattah al-Sisi',
    surname: 'alsisi',
    aliases: ['al-Sisi', 'Sisi', 'President Sisi'],
    mentions: 3,
  },
  { id: 'p:obrien', name: "Mary O'Brien", surname: 'obrien', aliases: ["O'Brien"], mentions: 1 },
  { id: 'p:cavusoglu', name: 'Mevlüt Çavuşoğlu', surname: 'cavusoglu', aliases: ['Çavuşoğlu'], mentions: 1 },
  { id: 'p:wang-yi', name: 'Wang Yi', surname: 'wang', aliases: ['Wang', 'the Chinese foreign minister'], mentions: 2 },
  { id: 'p:wang-wenbin', name: 'Wang Wenbin', surname: 'wang', aliases: ['Wang'], mentions: 1 },
  { id: 'p:yi-wang', name: 'Yi Wang', surname: 'wang', aliases: [], mentions: 0 },
  { id: 'p:lavrov', name: 'Сергей Лавров', surname: 'лавров', aliases: ['Лавров', 'Sergey Lavrov'], mentions: 2 },
  { id: 'p:dendias', name: 'Νίκος Δένδιας', surname: 'δενδιας', aliases: ['ΔΕΝΔΙΑΣ'], mentions: 1 },
  { id: 'p:wangyi-zh', name: '王毅', surname: '王毅', aliases: ['王外长'], mentions: 1 },
  { id: 'p:vance', name: 'J.D. Vance', surname: 'vance', aliases: ['Vance', 'the Vice President'], mentions: 1 },
  { id: 'p:aliyev', name: 'İlham Aliyev', surname: 'aliyev', aliases: ['Aliyev'], mentions: 1 },
  {
    id: 'p:mcarthur',
    name: 'Ann McArthur-Smith',
    surname: 'mcarthursmith',
    aliases: ['McArthur-Smith', 'Dr. McArthur-Smith (ret.)'],
    mentions: 0,
  },
];

const OUTLETS = [
  { id: 'outlet:daily-courier', name: 'Daily Courier', aliases: ['Courier'] },
  { id: 'outlet:afp', name: 'Agence France-Presse', aliases: ['AFP', 'France-Presse'] },
  { id: 'outlet:ert', name: 'ΕΡΤ', aliases: ['Ελληνική Ραδιοφωνία'] },
];

const NAMES = [
  'Wang',
  'wang yi',
  '  WANG   YI ',
  'Yi',
  'Wenbin',
  'yi wang',
  'al-Sisi',
  'sisi',
  'Al Sisi',
  'alsisi',
  'abdel fattah al-sisi',
  'President Sisi',
  "o'brien",
  "Mary O'Brien",
  'OBrien',
  'obrien',
  'cavusoglu',
  'Çavuşoğlu',
  'mevlüt çavuşoğlu',
  'Mevlut Cavusoglu',
  'лавров',
  'Сергей Лавров',
  'sergey lavrov',
  'δενδιας',
  'ΔΕΝΔΙΑΣ',
  'Δένδιας',
  '王毅',
  '王外长',
  '毅',
  'j.d. vance',
  'J.D. Vance',
  'vance',
  'd. vance',
  'the vice president',
  'ilham aliyev',
  'İlham Aliyev',
  'aliyev',
  'the chinese foreign minister',
  'mcarthur-smith',
  'McArthur Smith',
  'smith',
  'dr. mcarthur-smith (ret.)',
  'nobody',
  '-',
  '*',
  'wang*',
  '"wang"',
  'yi)',
  'wang OR yi',
  'foreign minister',
  'a',
  'ng yi',
  'Wang\\Yi',
  'wang/yi',
  'wang:yi',
  'wang~',
  'wang^2',
  '+wang',
  'NOT wang',
];

const SEARCHES = [
  'wang',
  'ang y',
  'an',
  'a',
  'sisi',
  'l-s',
  'al-',
  "o'b",
  "'",
  'avuş',
  'çavuşoğlu',
  'лав',
  'ей ла',
  'δεν',
  'ΔΕΝ',
  '王',
  'j.d',
  '.d. v',
  'd. v',
  'vice',
  'x',
  'z',
  'smith (',
  '(ret.)',
  'dr.',
  ' ',
  'ı',
  'i̇lham',
  'ilham',
  'İl',
  '*',
  '"',
  'wang AND yi',
];

let graph: Graph;

before(async () => {
  graph = await openTestGraph();
  await graph.transaction(async (tx) => {
    await tx.run(
      `UNWIND $people AS p
       CREATE (n:Person {id: p.id, name: p.name, surname: p.surname, aliases: p.aliases, aliasText: reduce(s = '', a IN p.aliases | s + ' | ' + a), roles: [], country: null})
       WITH n, p UNWIND range(1, p.mentions) AS i
       MERGE (a:Article {id: 'article-' + toString(i)})
       CREATE (a)-[:MENTIONS]->(n)`,
      { people: PEOPLE },
    );
    await tx.run('UNWIND $outlets AS o CREATE (:Outlet {id: o.id, name: o.name, aliases: o.aliases})', {
      outlets: OUTLETS,
    });
    await tx.run(
      `MATCH (wy:Person {id: 'p:wang-yi'}), (ww:Person {id: 'p:wang-wenbin'}), (afp:Outlet {id: 'outlet:afp'})
       CREATE (wy)-[:SAID]->(:Quote {id: 'q:1', text: 'First quote'})<-[:REPORTED {wordings: ['First quote']}]-(afp),
              (ww)-[:SAID]->(:Quote {id: 'q:2', text: 'Second quote'})`,
    );
    // An organization of the same name is never a person.
    await tx.run(
      `CREATE (:Organization {id: 'org:wang-yi', name: 'Wang Yi', aliases: ['Wang Yi'], aliasText: 'Wang Yi'})`,
    );
  });
});
after(async () => {
  await graph?.close();
});

/** The lookups as they were before the indexes: every Person scanned. */
async function scannedPerson(name: string): Promise<string | null> {
  const rows = await graph.read(`WITH ${bestPerson('$name')} AS p RETURN p.id AS id`, { name: normName(name) });
  return (rows[0]?.id as string | null) ?? null;
}

async function indexedPerson(name: string): Promise<string | null> {
  const q = personByName(name);
  const rows = await graph.read(q.cypher, q.params);
  return (rows[0]?.value as { id?: string } | undefined)?.id ?? null;
}

describe('name lookups from the fulltext indexes', () => {
  test('person(name) designates the same person as the scan over every Person, for every kind of name', async () => {
    const differences: string[] = [];
    for (const name of NAMES) {
      const [scanned, indexed] = [await scannedPerson(name), await indexedPerson(name)];
      if (scanned !== indexed) differences.push(`${JSON.stringify(name)}: scan ${scanned}, index ${indexed}`);
    }
    assert.deepEqual(differences, []);
  });

  test('full name, surname, folded surname and alias each find their person; the tie on a surname goes to the most mentioned', async () => {
    const expected: Record<string, string | null> = {
      'Wang Yi': 'p:wang-yi',
      Wang: 'p:wang-yi',
      'yi wang': 'p:yi-wang',
      sisi: 'p:sisi',
      'al-sisi': 'p:sisi',
      alsisi: 'p:sisi',
      cavusoglu: 'p:cavusoglu',
      obrien: 'p:obrien',
      "O'Brien": 'p:obrien',
      'd. vance': null, // "J.D. Vance" has no space before "d.": neither a surname nor an ending word
      'the vice president': 'p:vance',
      лавров: 'p:lavrov',
      'Sergey Lavrov': 'p:lavrov',
      ΔΕΝΔΙΑΣ: 'p:dendias',
      王外长: 'p:wangyi-zh',
      'McArthur Smith': null,
      'wang*': null,
      nobody: null,
    };
    for (const [name, id] of Object.entries(expected)) assert.equal(await indexedPerson(name), id, name);
  });

  test('Latin and Cyrillic names are looked up in the index; Greek, Chinese and names without a letter are scanned', () => {
    assert.match(personByName('Wang Yi').cypher, /queryNodes\('person_lookup'/);
    assert.match(personByName('Лавров').cypher, /queryNodes\('person_lookup'/);
    assert.match(personByName('al-Sisi (ret.)').cypher, /queryNodes\('person_lookup'/);
    for (const name of ['Δένδιας', '王毅', '-', '*']) {
      assert.equal(lucenePhrase(normName(name)), null, name);
      assert.doesNotMatch(personByName(name).cypher, /queryNodes/, name);
    }
  });

  test('people(search) lists the same people, in the same order, as the scan with CONTAINS', async () => {
    const page = { skip: 0, limit: 100 };
    const differences: string[] = [];
    for (const search of SEARCHES) {
      const q = normName(search) || null;
      const scanned = await graph.read(
        `MATCH (p:Person) WHERE $q IS NULL OR toLower(p.name) CONTAINS $q OR any(al IN coalesce(p.aliases, []) WHERE toLower(al) CONTAINS $q)
         WITH p, COUNT { (p)<-[:MENTIONS]-() } AS mentions ORDER BY mentions DESC, p.name, p.id RETURN p.id AS id`,
        { q },
      );
      const built = people(search, page);
      const row = (await graph.read(built.cypher, built.params))[0]?.value as
        { items: { id: string }[]; total: number } | undefined;
      const indexed = row!.items.map((p) => p.id);
      const expected = scanned.map((r) => r.id);
      if (JSON.stringify(indexed) !== JSON.stringify(expected) || row!.total !== expected.length)
        differences.push(
          `${JSON.stringify(search)}: scan ${expected.join(',')}, index ${indexed.join(',')} (total ${row!.total})`,
        );
    }
    assert.deepEqual(differences, []);
  });

  test('people(search) pages: skip and limit slice the same ordered list, total counts it all', async () => {
    const read = async (q: { cypher: string; params: Record<string, unknown> }) =>
      (await graph.read(q.cypher, q.params))[0]!.value as { total: number; items: unknown[] };
    const whole = await read(people('a', { skip: 0, limit: 100 }));
    const part = await read(people('a', { skip: 2, limit: 3 }));
    assert.equal(part.total, whole.total);
    assert.deepEqual(part.items, whole.items.slice(2, 5));
    assert.deepEqual(await read(people('zzz', { skip: 0, limit: 10 })), { total: 0, items: [] });
  });

  test('outlets are found by name, alias or id, any case, as by the scan over every Outlet', async () => {
    const differences: string[] = [];
    for (const name of [
      'Daily Courier',
      'courier',
      'OUTLET:DAILY-COURIER',
      'AFP',
      'france-presse',
      'agence france-presse',
      'France Presse',
      'ερτ',
      'ΕΡΤ',
      'daily',
      'nobody',
      '-',
    ]) {
      const outlet = normName(name);
      const lucene = lucenePhrase(outlet);
      const [scanned] = await graph.read(`RETURN ${namedOutlet('$outlet')}.id AS id`, { outlet });
      const [indexed] = await graph.read(`RETURN ${namedOutlet('$outlet', lucene ? '$lucene' : null)}.id AS id`, {
        outlet,
        lucene,
      });
      if (scanned!.id !== indexed!.id)
        differences.push(`${JSON.stringify(name)}: scan ${String(scanned!.id)}, index ${String(indexed!.id)}`);
    }
    assert.deepEqual(differences, []);
    const [found] = await graph.read(`RETURN ${namedOutlet('$outlet', '$lucene')}.id AS id`, {
      outlet: 'afp',
      lucene: lucenePhrase('afp'),
    });
    assert.equal(found!.id, 'outlet:afp');
  });

  test('quotes by speaker and by outlet start from that node and answer as the filters did', async () => {
    const ids = async (filter: Record<string, unknown>) => {
      const q = quotes(filter, { skip: 0, limit: 10 });
      const row = (await graph.read(q.cypher, q.params))[0]!.value as { total: number; items: { id: string }[] };
      return { total: row.total, ids: row.items.map((x) => x.id) };
    };
    assert.deepEqual(await ids({ speaker: 'Wang' }), { total: 1, ids: ['q:1'] });
    assert.deepEqual(await ids({ speaker: 'Wang Wenbin' }), { total: 1, ids: ['q:2'] });
    assert.deepEqual(await ids({ outlet: 'afp' }), { total: 1, ids: ['q:1'] });
    assert.deepEqual(await ids({ speaker: 'Wang Yi', outlet: 'Agence France-Presse' }), { total: 1, ids: ['q:1'] });
    assert.deepEqual(await ids({ speaker: 'Wang Wenbin', outlet: 'AFP' }), { total: 0, ids: [] });
    assert.deepEqual(await ids({ speaker: 'nobody at all' }), { total: 0, ids: [] });
    assert.deepEqual(await ids({ outlet: 'no such outlet' }), { total: 0, ids: [] });
    assert.deepEqual(await ids({}), { total: 2, ids: ['q:1', 'q:2'] });
  });
});
