/**
 * What a write reads does not grow with the support of the facts it joins: a new wording of a
 * quote that many reports carry reads that quote, not the other quotes of all those reports; and
 * a family name alone read against a block of many people reads only the people it can join (by
 * the roles and country kept in their `shape`) and writes only the one it joins. Counted in rows
 * the write's statements return, their size and the size of the parameters they send
 * (Graph.statementTimes), not timed.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Graph } from '../../../src/graph/driver.js';
import { emptyGraph, openTestGraph } from '../../support/graph.js';
import { report } from '../../support/extractions.js';
import { removeArticle, writeExtraction, writeExtractions } from '../../../src/graph/write.js';
import type { Extraction } from '../../../src/model.js';

let graph: Graph;
before(async () => {
  graph = await openTestGraph();
});
after(async () => {
  await graph?.close();
});

const SENTENCE =
  'We will keep working with our partners in the region for a lasting peace and for the safety of shipping lanes and';

/** A report quoting Ada Okafor: the long quote in its own last word, and three short quotes of its own. */
function quoting(id: string, lastWord: string, outlet = 'Reuters'): Extraction {
  return report({
    id,
    outlet,
    published: '2024-03-05',
    people: { p1: { name: 'Ada Okafor', aliases: ['Ada Okafor', 'Okafor'], roles: [], country: null } },
    quotes: [
      { speaker: 'p1', text: `${SENTENCE} ${lastWord}` },
      ...[1, 2, 3].map((k) => ({ speaker: 'p1', text: `note ${k} of report ${id} only` })),
    ],
  });
}

describe('the cost of a write', () => {
  it('a new wording of a quote carried by 40 reports reads that quote, not the quotes of its 40 reports', async () => {
    await emptyGraph(graph);
    const many = Array.from({ length: 40 }, (_, i) => quoting(`r${String(i).padStart(2, '0')}`, `w${i}`));
    for (let i = 0; i < many.length; i += 10) await writeExtractions(graph, many.slice(i, i + 10));
    const [before] = await graph.read(
      `MATCH (q:Quote) WHERE q.text STARTS WITH 'We will keep' RETURN count(q) AS n, max(q.sourceCount) AS sources`,
    );
    assert.deepEqual(before, { n: 1, sources: 40 }, 'the 40 wordings are one quote');

    graph.statementTimes = new Map();
    try {
      // Its last word sorts after the others': the quote's longest wording stays the one it was.
      await writeExtraction(graph, quoting('r99', 'zz'));
      const rows = [...graph.statementTimes.values()].reduce((n, t) => n + t.rows, 0);
      assert.ok(rows < 40, `the write's statements returned ${rows} rows, as many as the quote's reports or more`);
    } finally {
      graph.statementTimes = null;
    }
    const [afterWrite] = await graph.read(
      `MATCH (q:Quote) WHERE q.text STARTS WITH 'We will keep' RETURN count(q) AS n, max(q.sourceCount) AS sources`,
    );
    assert.deepEqual(afterWrite, { n: 1, sources: 41 }, 'the new wording joined the quote');
  });

  it('one more report of a quote eight outlets carry rewrites the edges its claims changed, not those of the other outlets', async () => {
    await emptyGraph(graph);
    const outlets = [
      'Reuters',
      'Agence France-Presse',
      'Associated Press',
      'BBC News',
      'Al Jazeera',
      'Xinhua',
      'dpa',
      'Kyodo',
    ];
    await writeExtractions(
      graph,
      outlets.map((o, i) => quoting(`o${i}`, `w${i}`, o)),
    );
    const edges = async () =>
      new Map(
        (
          await graph.read(
            `MATCH (x)-[r:REPORTED|SAID]->(q:Quote) WHERE q.text STARTS WITH 'We will keep'
             RETURN type(r) + ' ' + coalesce(x.name, x.id) AS edge, elementId(r) AS eid, size(r.articleIds) AS n`,
          )
        ).map((r) => [r.edge as string, { eid: r.eid as string, n: r.n as number }]),
      );
    const before = await edges();
    assert.equal(before.size, 9, 'eight REPORTED edges and one SAID');

    // Its last word sorts after the others': the quote's longest wording (its id) stays the one it was.
    await writeExtraction(graph, quoting('o99', 'zz', 'Kyodo'));
    const after = await edges();
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort());
    for (const [edge, { eid, n }] of after) {
      assert.equal(eid, before.get(edge)!.eid, `${edge}: the same edge, updated in place`);
      const grew = edge === 'REPORTED Kyodo' || edge.startsWith('SAID');
      assert.equal(n, before.get(edge)!.n + (grew ? 1 : 0), `${edge}: its reports`);
    }

    // Both Kyodo reports out: its REPORTED edge goes, the others stay as they were.
    await removeArticle(graph, 'o7');
    await removeArticle(graph, 'o99');
    const left = await edges();
    assert.deepEqual([...left.keys()].sort(), [...before.keys()].filter((e) => e !== 'REPORTED Kyodo').sort());
    for (const [edge, { eid }] of left)
      if (edge.startsWith('REPORTED')) assert.equal(eid, before.get(edge)!.eid, `${edge} kept`);
  });

  it('a family name alone in a block of 20 people is written as the one person it joins; the 20 stay as they were', async () => {
    await emptyGraph(graph);
    const given = ['Ada', 'Bola', 'Chidi', 'Dayo', 'Emeka', 'Femi', 'Gbenga', 'Hassan', 'Ibrahim', 'Jide'];
    const more = ['Kunle', 'Lanre', 'Musa', 'Nnamdi', 'Obi', 'Pius', 'Rotimi', 'Segun', 'Tunde', 'Wale'];
    const named = [...given, ...more].map((g, i) =>
      report({
        id: `b${String(i).padStart(2, '0')}`,
        outlet: 'Reuters',
        published: '2024-03-05',
        people: { p1: { name: `${g} Okafor`, aliases: [`${g} Okafor`], roles: [`Minister ${g}`], country: 'NG' } },
      }),
    );
    await writeExtractions(graph, named);
    const [people] = await graph.read(`MATCH (p:Person) WHERE p.surname = 'okafor' RETURN count(p) AS n`);
    assert.equal(people!.n, 20);

    graph.statementTimes = new Map();
    let upsert;
    try {
      await writeExtraction(
        graph,
        report({
          id: 'b99',
          outlet: 'AP',
          published: '2024-03-06',
          people: { p1: { name: 'Okafor', aliases: ['Okafor'] } },
        }),
      );
      upsert = [...graph.statementTimes].find(([cypher]) =>
        cypher.startsWith('UNWIND $rows AS row MERGE (p:Person'),
      )?.[1];
    } finally {
      graph.statementTimes = null;
    }
    // One person's properties and summary are well under 2 KB as JSON; the block's 20 are many times that.
    assert.ok(upsert && upsert.paramBytes < 2_000, `the people written took ${upsert?.paramBytes} bytes of parameters`);
    const [alone] = await graph.read(
      `MATCH (p:Person) WHERE p.surname = 'okafor' AND p.nameKey ENDS WITH '|' RETURN p.sourceCount AS sources`,
    );
    assert.equal(alone?.sources, 1, 'the family name alone is a person of its own (no given name to tell which)');
    const others = await graph.read(
      `MATCH (p:Person) WHERE p.surname = 'okafor' AND NOT p.nameKey ENDS WITH '|'
       RETURN count(p) AS n, collect(DISTINCT p.sourceCount) AS sources, collect(DISTINCT p.country) AS countries`,
    );
    assert.deepEqual(others, [{ n: 20, sources: [1], countries: ['NG'] }]);
  });
  it('a new person in a block of 30 claims naming the family name alone reads them as one group, and moves them all when they must', async () => {
    await emptyGraph(graph);
    const person = (id: string, p: { name: string; roles?: string[]; country?: string }) =>
      report({ id, outlet: 'Reuters', published: '2024-03-05', people: { p1: { aliases: [p.name], ...p } } });
    await writeExtractions(graph, [
      person('k1', { name: 'Ada Okafor', roles: ['Minister of Finance'], country: 'NG' }),
      person('k2', { name: 'Bola Okafor', roles: ['Governor'], country: 'GH' }),
    ]);
    const loose = Array.from({ length: 30 }, (_, i) =>
      person(`l${String(i).padStart(2, '0')}`, { name: 'Okafor', roles: ['Minister of Finance'], country: 'NG' }),
    );
    for (let i = 0; i < loose.length; i += 10) await writeExtractions(graph, loose.slice(i, i + 10));
    const sources = async () =>
      Object.fromEntries(
        (await graph.read(`MATCH (p:Person) WHERE p.surname = 'okafor' RETURN p.name AS k, p.sourceCount AS n`)).map(
          (r) => [r.k as string, r.n as number],
        ),
      );
    assert.deepEqual(await sources(), { 'Ada Okafor': 31, 'Bola Okafor': 1 }, 'the 30 join Ada Okafor, the minister');

    // A third person changes the block's shape, but not where the 30 go.
    graph.statementTimes = new Map();
    try {
      await writeExtraction(graph, person('k3', { name: 'Chidi Okafor', roles: ['Ambassador'], country: 'KE' }));
      const rows = [...graph.statementTimes.values()].reduce((n, t) => n + t.rows, 0);
      assert.ok(rows < 30, `the write's statements returned ${rows} rows, as many as the block's claims or more`);
    } finally {
      graph.statementTimes = null;
    }
    assert.deepEqual(await sources(), { 'Ada Okafor': 31, 'Bola Okafor': 1, 'Chidi Okafor': 1 });

    // A second minister of finance: the 30 no longer tell which, and move to the family name alone.
    await writeExtraction(graph, person('k4', { name: 'Dayo Okafor', roles: ['Minister of Finance'], country: 'NG' }));
    assert.deepEqual(await sources(), {
      Okafor: 30,
      'Ada Okafor': 1,
      'Bola Okafor': 1,
      'Chidi Okafor': 1,
      'Dayo Okafor': 1,
    });
  });

  it('a family name alone reads the people of its block it can join, not the block: as much in a block of 60 as in one of 20', async (t) => {
    await emptyGraph(graph);
    const syllables = ['ba', 'ko', 'di', 'fe', 'lu', 'mi', 'no', 'ra'];
    const givens = syllables.flatMap((a) => syllables.map((b) => a[0]!.toUpperCase() + a.slice(1) + b));
    const topics = givens.map((g) => `Affairs ${g}`);
    const block = (family: string, n: number) =>
      givens.slice(0, n).map((g, i) =>
        report({
          id: `${family}-${String(i).padStart(2, '0')}`,
          outlet: 'Reuters',
          published: '2024-03-05',
          people: { p1: { name: `${g} ${family}`, aliases: [`${g} ${family}`], roles: [`Minister of ${topics[i]}`] } },
        }),
      );
    await writeExtractions(graph, block('Okafor', 20));
    await writeExtractions(graph, block('Adeyemi', 60));

    /** Writes a report naming `family` alone as the minister of the first person's topic: rows and bytes its statements read. */
    const loose = async (family: string) => {
      graph.statementTimes = new Map();
      try {
        await writeExtraction(
          graph,
          report({
            id: `${family}-loose`,
            outlet: 'AP',
            published: '2024-03-06',
            people: { p1: { name: family, aliases: [family], roles: [`Minister of ${topics[0]}`] } },
          }),
        );
        const times = [...graph.statementTimes.values()];
        return {
          rows: times.reduce((n, t) => n + t.rows, 0),
          bytes: times.reduce((n, t) => n + t.rowBytes, 0),
        };
      } finally {
        graph.statementTimes = null;
      }
    };
    const small = await loose('Okafor');
    const large = await loose('Adeyemi');
    t.diagnostic(
      `block of 20: ${small.rows} rows, ${small.bytes} bytes; of 60: ${large.rows} rows, ${large.bytes} bytes`,
    );
    assert.ok(
      large.rows <= small.rows + 2 && large.bytes < small.bytes * 1.2 + 500,
      `a block of 60 people: ${large.rows} rows, ${large.bytes} bytes read; of 20: ${small.rows} rows, ${small.bytes} bytes`,
    );
    const sources = await graph.read(
      `MATCH (p:Person) WHERE p.name IN ['Baba Okafor', 'Baba Adeyemi'] RETURN p.name AS name, p.sourceCount AS n ORDER BY name`,
    );
    assert.deepEqual(
      sources,
      [
        { name: 'Baba Adeyemi', n: 2 },
        { name: 'Baba Okafor', n: 2 },
      ],
      'each family name alone joined the one minister of its topic',
    );
  });
});
