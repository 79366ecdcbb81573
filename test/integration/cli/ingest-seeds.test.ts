/**
 * The seed reports ingested into the real Neo4j: one node per real person, meeting and quote
 * across the five outlets, with every source; the graph does not depend on ingest order, and
 * removing a report then ingesting it again gives the same graph. Expectations come from the
 * gold answers (test/fixtures/gold), not from what extraction happens to find.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Graph } from '../../../src/graph/driver.js';
import { emptyGraph, openTestGraph } from '../../support/graph.js';
import { ingestInputs } from '../../../src/cli/ingest.js';
import { removeReport } from '../../../src/pipeline.js';
import { exportGraph } from '../../../src/graph/export.js';
import { ROOT } from '../../../src/paths.js';

const SEEDS = path.join(ROOT, 'seeds');
const seedFiles = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => path.join(SEEDS, f));
interface Gold {
  file: string;
  meetings: { participants: string[]; others?: string[]; date: string | null }[];
  quotes: { speaker: string | null; text: string }[];
}
const gold: Gold[] = seedFiles.map(
  (f) =>
    JSON.parse(
      fs.readFileSync(path.join(ROOT, 'test/fixtures/gold', path.basename(f).replace(/\.txt$/, '.json')), 'utf8'),
    ) as Gold,
);
const ILLUSIONS = 'We have no illusions about the challenges of managing this relationship';
const trimEnd = (s: string) => s.replace(/[\s,.;:]+$/, '');

let graph: Graph;
const snapshot = () => exportGraph(graph, { omit: ['ingestedAt'], withoutText: true });

before(async () => {
  graph = await openTestGraph();
  const summary = await ingestInputs(graph, seedFiles, {});
  assert.deepEqual(summary.failures, []);
});
after(async () => {
  await graph?.close();
});

describe('the seed reports in one graph', () => {
  for (const surname of ['Biden', 'Qin', 'Blinken']) {
    it(`every name of ${surname} in the seeds is one Person`, async () => {
      const rows = await graph.read(
        `MATCH (p:Person) WHERE any(a IN p.aliases + [p.name] WHERE toLower(a) CONTAINS toLower($surname)) RETURN p.name AS name, p.aliases AS aliases`,
        { surname },
      );
      assert.equal(rows.length, 1, JSON.stringify(rows));
    });
  }

  it('the Blinken–Qin Gang meeting of 2023-06-18 is one Meeting with a source from every seed report that reports it', async () => {
    const reporting = gold
      .filter((g) =>
        g.meetings.some((m) => m.participants.includes('Antony Blinken') && m.participants.includes('Qin Gang')),
      )
      .map((g) => g.file)
      .sort();
    const rows = await graph.read(
      `MATCH (b:Person)-[:ATTENDED]->(m:Meeting {date: '2023-06-18'})<-[:ATTENDED]-(q:Person)
       WHERE b.name = 'Antony Blinken' AND q.name = 'Qin Gang'
       MATCH (m)<-[:SUPPORTS]-(a:Article)
       RETURN m.id AS id, collect(DISTINCT a.id) AS articles`,
    );
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.deepEqual([...(rows[0]!.articles as string[])].sort(), reporting);
    const met = await graph.read(
      `MATCH (:Person {name: 'Antony Blinken'})-[r:MET {date: '2023-06-18'}]-(:Person {name: 'Qin Gang'}) RETURN r.sourceCount AS n`,
    );
    assert.equal(met.length, 1);
    assert.equal(met[0]!.n, reporting.length);
  });

  it(`"${ILLUSIONS}" is one Quote reported by every outlet that carries it, each wording kept`, async () => {
    const carrying = gold.filter((g) => g.quotes.some((q) => q.text.includes(ILLUSIONS)));
    const rows = await graph.read(
      `MATCH (q:Quote) WHERE any(w IN q.wordings WHERE w CONTAINS $text)
       OPTIONAL MATCH (o:Outlet)-[:REPORTED]->(q)
       RETURN q.wordings AS wordings, collect(o.name) AS outlets, [(a:Article)-[:SUPPORTS]->(q) | a.id] AS articles`,
      { text: ILLUSIONS },
    );
    assert.equal(rows.length, 1, JSON.stringify(rows));
    const q = rows[0]!;
    for (const g of carrying) assert.ok((q.articles as string[]).includes(g.file), `${g.file} supports the quote`);
    const outlets = await graph.read(
      `MATCH (o:Outlet)-[:PUBLISHED]->(a:Article) WHERE a.id IN $ids RETURN collect(DISTINCT o.name) AS names`,
      {
        ids: carrying.map((g) => g.file),
      },
    );
    for (const name of outlets[0]!.names as string[])
      assert.ok((q.outlets as string[]).includes(name), `${name} REPORTED it`);
    const wordings = (q.wordings as string[]).map(trimEnd);
    for (const g of carrying)
      for (const gq of g.quotes.filter((x) => x.text.includes(ILLUSIONS)))
        assert.ok(wordings.includes(trimEnd(gq.text)), `wording of ${g.file} kept: ${gq.text}`);
  });

  it('a wording that carries another outlet\'s whole wording plus one more sentence is the same quote: "…direct engagement and sustained communication at senior levels…" is one Quote with every wording', async () => {
    const phrase = 'direct engagement and sustained communication at senior levels';
    const carrying = gold.filter((g) => g.quotes.some((q) => q.text.includes(phrase)));
    assert.ok(carrying.length >= 3, 'the seeds carry it in at least three reports');
    const rows = await graph.read(
      `MATCH (q:Quote) WHERE any(w IN q.wordings WHERE w CONTAINS $phrase)
       RETURN q.id AS id, q.wordings AS wordings, [(a:Article)-[:SUPPORTS]->(q) | a.id] AS articles,
              [(o:Outlet)-[:REPORTED]->(q) | o.name] AS outlets`,
      { phrase },
    );
    assert.equal(rows.length, 1, JSON.stringify(rows, null, 1));
    for (const g of carrying) assert.ok((rows[0]!.articles as string[]).includes(g.file), `${g.file} supports it`);
    const longest = (rows[0]!.wordings as string[]).find((w) => /Chinese counterparts/.test(w));
    assert.ok(longest, 'the wording with one more sentence is one of its wordings');
  });

  it('the reports disagree on how long Blinken and Qin Gang met: both durations are Details with their sources, marked as a disagreement', async () => {
    const rows = await graph.read(
      `MATCH (:Person {name: 'Antony Blinken'})-[:ATTENDED]->(m:Meeting {date: '2023-06-18'})<-[:ATTENDED]-(:Person {name: 'Qin Gang'})
       MATCH (m)-[:HAS_DETAIL]->(d:Detail {field: 'duration'})<-[:SUPPORTS]-(a:Article)
       RETURN m.disagreements AS disagreements, d.value AS value, d.disagreement AS flagged, collect(a.id) AS sources ORDER BY value`,
    );
    assert.ok(rows.length >= 2, JSON.stringify(rows));
    assert.ok((rows[0]!.disagreements as string[]).includes('duration'));
    const five = rows.find((r) => /five hours/.test(r.value as string));
    const seven = rows.find((r) => /seven and a half/.test(r.value as string));
    // 001: "met with … Qin Gang for more than five hours"; 003: "During the meeting, which lasted more than five hours"
    assert.deepEqual([...((five?.sources as string[]) ?? [])].sort(), [
      '001_8edef814f42574f8.txt',
      '003_acf96132f0f084c7.txt',
    ]);
    assert.deepEqual(seven?.sources, ['004_17fe55ed56c172a4.txt']);
    assert.ok(five?.flagged && seven?.flagged);
  });

  it('ingesting the seeds again changes nothing', async () => {
    const before = await snapshot();
    const summary = await ingestInputs(graph, seedFiles, {});
    assert.equal(summary.outcomes.unchanged, seedFiles.length);
    assert.deepEqual(await snapshot(), before);
  });

  it('ingesting the seeds in reverse order, and in another order, gives the same graph', async () => {
    const forward = await snapshot();
    for (const order of [[...seedFiles].reverse(), [2, 4, 0, 3, 1].map((i) => seedFiles[i]!)]) {
      await emptyGraph(graph);
      await ingestInputs(graph, order, {});
      assert.deepEqual(await snapshot(), forward);
    }
  });

  it('removing a report and ingesting it again gives the same graph', async () => {
    const full = await snapshot();
    for (const file of [seedFiles[2]!, seedFiles[4]!]) {
      const removed = await removeReport(graph, path.basename(file));
      assert.equal(removed.length, 1);
      const [{ n }] = (await graph.read('MATCH (a:Article {id: $id}) RETURN count(a) AS n', {
        id: path.basename(file),
      })) as [{ n: number }];
      assert.equal(n, 0);
      await ingestInputs(graph, [file], {});
      assert.deepEqual(await snapshot(), full);
    }
  });
});
