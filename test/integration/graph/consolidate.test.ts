/**
 * Consolidation on the real Neo4j with hand-made extractions about invented people: one Person
 * per person across name variants, one Quote per utterance, one Meeting per meeting with its
 * disagreements, and a graph that does not depend on ingest order.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Graph } from '../../../src/graph/driver.js';
import { openTestGraph, emptyGraph } from '../../support/graph.js';
import { writeExtraction, writeExtractions, removeArticle } from '../../../src/graph/write.js';
import { exportGraph } from '../../../src/graph/export.js';
import { report, visitReports } from '../../support/extractions.js';
import { storeGdeltLinks } from '../../../src/graph/link.js';
import { assertQuoteKeys as checkQuoteKeys } from '../../support/quote-keys.js';

let graph: Graph;
before(async () => {
  graph = await openTestGraph();
});
after(async () => {
  await graph?.close();
});

async function ingestAll(reports = visitReports) {
  for (const r of reports) await writeExtraction(graph, r);
}
const snapshot = () => exportGraph(graph, { omit: ['ingestedAt'] });

const assertQuoteKeys = (what: string) => checkQuoteKeys(graph, what);

describe('consolidation of invented reports', () => {
  beforeEach(async () => {
    await emptyGraph(graph);
    await ingestAll();
  });

  it('William Okafor, Bill Okafor, Dr. William Okafor and the misspelt Wiliam Okafor are one Person', async () => {
    const rows = await graph.read(
      `MATCH (p:Person) WHERE p.surname = 'okafor' RETURN p.name AS name, p.aliases AS aliases, p.sourceCount AS n`,
    );
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.equal(rows[0]!.n, 3);
    assert.ok((rows[0]!.aliases as string[]).includes('Bill Okafor'));
  });

  it('Maria Delgado and Tomas Delgado share a surname and stay two people; "Foreign Minister Delgado" joins Maria', async () => {
    const rows = await graph.read(
      `MATCH (p:Person) WHERE p.surname = 'delgado'
       RETURN p.name AS name, p.sourceCount AS n, COLLECT { MATCH (a:Article)-[:MENTIONS]->(p) RETURN DISTINCT a.id ORDER BY a.id } AS ids ORDER BY name`,
    );
    assert.deepEqual(
      rows.map((r) => r.name),
      ['Maria Delgado', 'Tomas Delgado'],
    );
    assert.deepEqual(rows[0]!.ids, ['r1', 'r2', 'r3']);
    assert.deepEqual(rows[1]!.ids, ['r1', 'r4']);
    assert.deepEqual(
      rows.map((r) => r.n),
      [3, 2],
      'sourceCount counts the articles',
    );
  });

  it('a quote in two spellings and a truncated excerpt is one Quote reported by three outlets, every wording kept', async () => {
    const rows = await graph.read(
      `MATCH (p:Person)-[:SAID]->(q:Quote) WHERE p.surname = 'okafor'
       MATCH (o:Outlet)-[r:REPORTED]->(q)
       RETURN q.text AS text, q.wordings AS wordings, q.sourceCount AS n, collect(o.name) AS outlets`,
    );
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.equal(rows[0]!.n, 3);
    assert.deepEqual([...(rows[0]!.outlets as string[])].sort(), [
      'Agence France-Presse',
      'Deutsche Presse-Agentur',
      'Reuters',
    ]);
    assert.equal((rows[0]!.wordings as string[]).length, 3);
    assert.ok((rows[0]!.wordings as string[]).includes('stabilize the region together and we will not be deterred'));
  });

  it('a dated, an undated and a month-only report of one meeting are one Meeting with three sources and both durations as a disagreement', async () => {
    const rows = await graph.read(
      `MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person) WHERE a.surname = 'okafor' AND b.surname = 'delgado'
       MATCH (m)<-[:SUPPORTS]-(art:Article)
       RETURN m.id AS id, m.date AS date, m.place AS place, m.disagreements AS disagreements, m.durations AS durations, collect(DISTINCT art.id) AS articles`,
    );
    assert.equal(rows.length, 1, JSON.stringify(rows));
    const m = rows[0]!;
    assert.equal(m.date, '2024-03-05');
    assert.deepEqual([...(m.articles as string[])].sort(), ['r1', 'r2', 'r3']);
    assert.deepEqual(m.durations, ['more than four hours', 'three hours']);
    assert.deepEqual(m.disagreements, ['duration']);
    assert.equal(m.place, 'Santiago, Chile', 'compatible places are no disagreement; the most specific is kept');
    const details = await graph.read(
      `MATCH (:Meeting {id: $id})-[:HAS_DETAIL]->(d:Detail {field: 'duration'})<-[:SUPPORTS]-(a:Article)
       RETURN d.value AS value, d.disagreement AS disagreement, collect(a.id) AS sources ORDER BY value`,
      { id: m.id },
    );
    assert.deepEqual(
      details.map((d) => [d.value, d.disagreement, d.sources]),
      [
        ['more than four hours', true, ['r2']],
        ['three hours', true, ['r1']],
      ],
    );
  });

  it('MET joins the principals of a meeting with its date, once per pair and meeting', async () => {
    const rows = await graph.read(
      `MATCH (a:Person)-[r:MET]->(b:Person) RETURN a.name AS a, b.name AS b, r.date AS date ORDER BY date`,
    );
    assert.deepEqual(
      rows.map((r) => [[r.a, r.b].sort().join(' & '), r.date]),
      [
        ['Maria Delgado & William Okafor', '2024-03-05'],
        ['Kofi Mensah & Tomas Delgado', '2024-05-01'],
      ],
    );
  });

  it('a position stated in two reports is one Position with a STATED edge carrying both sources', async () => {
    const rows = await graph.read(
      `MATCH (p:Person)-[r:STATED]->(s:Position) RETURN p.name AS name, s.text AS text, r.articleIds AS ids`,
    );
    assert.equal(rows.length, 1);
    assert.deepEqual(rows[0]!.ids, ['r1', 'r2']);
  });

  it('ingesting in reverse order, or twice, gives the same graph', async () => {
    const forward = await snapshot();
    await emptyGraph(graph);
    await ingestAll([...visitReports].reverse());
    await ingestAll([visitReports[2]!, visitReports[0]!]);
    assert.deepEqual(await snapshot(), forward);
  });

  it('every order of the four reports gives the same graph', async () => {
    const forward = await snapshot();
    for (const order of [
      [1, 3, 0, 2],
      [2, 1, 3, 0],
      [3, 2, 1, 0],
    ]) {
      await emptyGraph(graph);
      await ingestAll(order.map((i) => visitReports[i]!));
      assert.deepEqual(await snapshot(), forward, `order ${order.join(',')}`);
    }
  });

  it('the same report again changes nothing', async () => {
    const stats = await writeExtraction(graph, visitReports[0]!);
    assert.equal(stats.outcome, 'unchanged');
  });

  it('removing a report and ingesting it again gives the same graph; removing it drops what only it supported', async () => {
    const full = await snapshot();
    const removed = await removeArticle(graph, 'r4');
    assert.equal(removed.outcome, 'removed');
    const left = await graph.read(`MATCH (p:Person {name: 'Kofi Mensah'}) RETURN p`);
    assert.equal(left.length, 0, 'a person only the removed report named is gone');
    const tomas = await graph.read(
      `MATCH (p:Person {name: 'Tomas Delgado'}) RETURN p.sourceCount AS n, [(a:Article)-[:MENTIONS]->(p) | a.id] AS ids`,
    );
    assert.deepEqual(tomas[0]!.ids, ['r1']);
    assert.equal(tomas[0]!.n, 1);
    const outlets = await graph.read(`MATCH (o:Outlet) RETURN o.name AS name ORDER BY name`);
    assert.equal(outlets.length, 3, 'Reuters still publishes r2');
    await assertQuoteKeys('after the removal');
    await writeExtraction(graph, visitReports[3]!);
    assert.deepEqual(await snapshot(), full);
    await assertQuoteKeys('after the report came back');
    for (const r of visitReports) await removeArticle(graph, r.article.id);
    const [{ n }] = (await graph.read('MATCH (n) WHERE NOT n:Lock AND NOT n:QuoteKey RETURN count(n) AS n')) as [
      { n: number },
    ];
    assert.equal(n, 0, 'removing every report leaves an empty graph');
    const [{ keys }] = (await graph.read('MATCH (k:QuoteKey) RETURN count(k) AS keys')) as [{ keys: number }];
    assert.equal(keys, 0, 'and no quote keys');
  });

  it('a changed version of a report replaces what the old one supported', async () => {
    const changed = report({
      id: 'r4',
      outlet: 'Reuters',
      published: '2024-05-02',
      text: 'Corrected version.',
      people: { t: { name: 'Tomas Delgado', roles: ['Senator'], country: 'CL' } },
      quotes: [{ speaker: 't', text: 'Trade must serve our farmers first.' }],
    });
    const stats = await writeExtraction(graph, changed);
    assert.equal(stats.outcome, 'replaced');
    await assertQuoteKeys('after the changed version');
    const meetings = await graph.read(`MATCH (m:Meeting) RETURN m.date AS date`);
    assert.deepEqual(
      meetings.map((m) => m.date),
      ['2024-03-05'],
      'the meeting only the old version reported is gone',
    );
    const kofi = await graph.read(`MATCH (p:Person {name: 'Kofi Mensah'}) RETURN p`);
    assert.equal(kofi.length, 0);
  });
});

describe('what other stages store on consolidated nodes', () => {
  it('a meeting keeps the GDELT events `link gdelt` stored on it when later reports change it', async () => {
    await emptyGraph(graph);
    const [r1, r2, r3] = visitReports;
    await ingestAll([r1!, r3!]);
    const meeting = `MATCH (a:Person)-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(b:Person) WHERE a.surname = 'okafor' AND b.surname = 'delgado'
       RETURN m.id AS id, m.sourceCount AS n, m.durations AS durations, m.gdeltEventIds AS events, m.gdeltSourceUrls AS urls`;
    const [before] = await graph.read(meeting);
    assert.equal(before?.n, 2);
    const stored = await storeGdeltLinks(graph, [
      { meetingId: before.id as string, eventIds: [1150000001], sourceUrls: ['https://example.org/a'] },
    ]);
    assert.equal(stored, 1);
    await ingestAll([r2!]);
    const after = await graph.read(meeting);
    assert.equal(after.length, 1, JSON.stringify(after));
    assert.equal(after[0]!.id, before.id);
    assert.equal(after[0]!.n, 3, 'the meeting was consolidated again with the new report');
    assert.deepEqual(after[0]!.durations, ['more than four hours', 'three hours']);
    assert.deepEqual(after[0]!.events, [1150000001]);
    assert.deepEqual(after[0]!.urls, ['https://example.org/a']);
  });
});

describe('quote lookups of a large batch', () => {
  it('a batch whose quotes ask the index for more than a thousand terms finds every stored quote they repeat', async () => {
    await emptyGraph(graph);
    // Sixty long quotes of one speaker, no two sharing a run of words: each has about twenty
    // fingerprints, so the second batch asks for about 1,200 terms (more than one fulltext query held).
    const words = (i: number) => Array.from({ length: 50 }, (_, j) => `w${i}x${j}`).join(' ');
    const batch = (prefix: string, outlet: string) =>
      Array.from({ length: 60 }, (_, i) =>
        report({
          id: `${prefix}${i}`,
          outlet,
          published: '2024-03-01',
          people: { p1: { name: 'Ana Quill', roles: ['foreign minister'] } },
          quotes: [{ speaker: 'p1', text: words(i) }],
        }),
      );
    await writeExtractions(graph, batch('a', 'Reuters'));
    await writeExtractions(graph, batch('b', 'Agence France-Presse'));
    const rows = await graph.read(
      `MATCH (q:Quote) RETURN q.sourceCount AS n, COUNT { MATCH (k:QuoteKey) WHERE k.quote = q.id } AS keys`,
    );
    assert.equal(rows.length, 60, 'each quote of the second batch joined the stored one it repeats');
    assert.ok(
      rows.every((r) => r.n === 2),
      JSON.stringify(rows.map((r) => r.n)),
    );
    const terms = rows.reduce((sum, r) => sum + (r.keys as number), 0);
    assert.ok(terms > 1000, `the second batch asked for ${terms} terms`);
    await assertQuoteKeys('after two large batches');
  });
});
