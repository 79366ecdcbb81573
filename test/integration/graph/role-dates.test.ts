/**
 * Role dates on the real Neo4j: the link step dates a person's roles from the role days the
 * Person's summary keeps (per report day and wording, the reports giving it), never reading the
 * person's mentions. Checked here against reading every mention again (the way the link step
 * used to), through re-ingests, changed versions, removals, claims moving between people, undated
 * reports dated by their meetings, any order, and `reconsolidate`.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Graph } from '../../../src/graph/driver.js';
import { removeArticle, writeExtraction, writeExtractions } from '../../../src/graph/write.js';
import { configuredLinker } from '../../../src/graph/links.js';
import { reconsolidate } from '../../../src/graph/reconsolidate.js';
import { exportGraph } from '../../../src/graph/export.js';
import { mentionRoleDays, type RoleMention } from '../../../src/link/roles.js';
import { compactRoleDays, parseSummary, roleDaysOf } from '../../../src/resolve/people.js';
import { emptyGraph, openTestGraph } from '../../support/graph.js';
import { assertSameGraph } from '../../support/compare.js';
import { report } from '../../support/extractions.js';
import { randomReports } from '../../support/random-reports.js';

let graph: Graph;
before(async () => {
  graph = await openTestGraph();
});
after(async () => {
  await graph?.close();
});

const ROLE_PROPS = ['wikidataId', 'cameo', 'roleNames', 'roleKeys', 'roleFirstReported', 'roleLastReported'] as const;

/**
 * Every person's role days as its summary keeps them and as its mentions give them (a report's
 * day: its publication date, else the latest full date of a meeting it supports), and its stored
 * codes and role dates beside those the linker computes from the mentions.
 */
async function checkAgainstMentions(): Promise<{ people: number; dated: number; undatedDays: number }> {
  const rows = await graph.read(
    `MATCH (p:Person)
     RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, coalesce(p.roles, []) AS roles,
            p.country AS country, p.summary AS summary,
            p {.wikidataId, .cameo, .roleNames, .roleKeys, .roleFirstReported, .roleLastReported} AS stored,
            COLLECT { MATCH (p)<-[m:MENTIONS]-(a:Article)
                      RETURN {roles: coalesce(m.roles, []), articleId: a.id, undated: a.published IS NULL,
                              published: coalesce(a.published, head(
                        COLLECT { MATCH (a)-[s:SUPPORTS]->(:Meeting) WHERE s.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'
                                  RETURN s.date ORDER BY s.date DESC LIMIT 1 }))} } AS mentions
     ORDER BY id`,
  );
  const linker = configuredLinker();
  let dated = 0;
  let undatedDays = 0;
  for (const r of rows) {
    const mentions = r.mentions as (RoleMention & { undated: boolean })[];
    const days = mentionRoleDays(mentions);
    // The summary keeps each wording's first and last day and its number of reports (a span).
    assert.deepEqual(
      roleDaysOf(parseSummary(r.summary as string)),
      compactRoleDays(days),
      `role days of ${r.id as string}`,
    );
    const expected = linker.person({
      name: r.name as string,
      aliases: r.aliases as string[],
      roles: r.roles as string[],
      country: (r.country as string | null) ?? null,
      roleDays: days,
    });
    const stored = r.stored as Record<string, unknown>;
    assert.deepEqual(
      Object.fromEntries(ROLE_PROPS.map((k) => [k, stored[k] ?? null])),
      Object.fromEntries(ROLE_PROPS.map((k) => [k, expected[k] ?? null])),
      `codes and role dates of ${r.id as string}`,
    );
    if (expected.roleKeys) dated++;
    undatedDays += mentionRoleDays(mentions.filter((m) => m.undated)).length;
  }
  return { people: rows.length, dated, undatedDays };
}

async function roleDates(name: string) {
  const [row] = await graph.read(
    `MATCH (p:Person {name: $name}) RETURN p {.roleNames, .roleKeys, .roleFirstReported, .roleLastReported} AS p`,
    { name },
  );
  return row?.p as Record<string, string[] | null> | undefined;
}

describe('role dates from the role days kept on the Person', () => {
  beforeEach(async () => {
    await emptyGraph(graph);
  });

  it('random reports, undated ones among them, in shuffled batches with removals and re-ingests: every person is dated as its mentions date it, and reconsolidate changes nothing', async () => {
    const reports = randomReports(60, 21);
    const shuffled = [...reports].sort((a, b) => (a.article.contentHash < b.article.contentHash ? -1 : 1));
    for (let i = 0; i < shuffled.length; i += 7) await writeExtractions(graph, shuffled.slice(i, i + 7));
    // A third taken out, the first ten written again (unchanged: nothing counts twice), the third back in.
    const third = reports.filter((_, i) => i % 3 === 1);
    for (const r of third) await removeArticle(graph, r.article.id);
    await writeExtractions(graph, reports.slice(0, 10));
    const partial = await checkAgainstMentions();
    assert.ok(partial.dated > 3, JSON.stringify(partial));
    for (let i = 0; i < third.length; i += 4) await writeExtractions(graph, third.slice(i, i + 4));
    const all = await checkAgainstMentions();
    assert.ok(all.dated > 5 && all.undatedDays > 0, JSON.stringify(all));

    // The same reports in one order, one at a time, give the same graph, summaries and role dates included.
    const snapshot = () => exportGraph(graph, { omit: ['ingestedAt'], withoutText: true });
    const mixed = await snapshot();
    await emptyGraph(graph);
    for (const r of reports) await writeExtraction(graph, r);
    assertSameGraph(await snapshot(), mixed, 'one at a time');

    const summary = await reconsolidate(graph);
    assert.equal(summary.stages.people!.changed, 0);
    assertSameGraph(await snapshot(), mixed, 'reconsolidated');
  });

  it('an undated report is dated by its latest meeting day; its changed version with another meeting moves the date, the same version again counts once', async () => {
    const undated = (meetingDay: string, text?: string) =>
      report({
        id: 'u1',
        outlet: 'Reuters',
        published: null,
        text,
        people: {
          p: { name: 'Ilsa Varnholt', roles: ['German Foreign Minister'], country: 'DE' },
          q: { name: 'William Okafor', roles: ['Kenyan Foreign Minister'], country: 'KE' },
        },
        meetings: [
          { participants: ['p', 'q'], date: '2024-01-15' },
          { participants: ['p', 'q'], date: meetingDay },
          { participants: ['p', 'q'], date: '2024-06' },
        ],
      });
    await writeExtraction(
      graph,
      report({
        id: 'd1',
        outlet: 'dpa',
        published: '2024-02-01',
        people: { p: { name: 'Ilsa Varnholt', roles: ['German Foreign Minister'], country: 'DE' } },
      }),
    );
    await writeExtraction(graph, undated('2024-03-10'));
    assert.deepEqual(await roleDates('Ilsa Varnholt'), {
      roleNames: ['German Foreign Minister'],
      roleKeys: ['DE:foreign minister'],
      roleFirstReported: ['2024-02-01'],
      roleLastReported: ['2024-03-10'],
    });
    const summaryBefore = await graph.read(`MATCH (p:Person) RETURN p.id AS id, p.summary AS s ORDER BY id`);
    const again = await writeExtraction(graph, undated('2024-03-10'));
    assert.equal(again.outcome, 'unchanged');
    assert.deepEqual(await graph.read(`MATCH (p:Person) RETURN p.id AS id, p.summary AS s ORDER BY id`), summaryBefore);

    // The changed version tells of the meetings of January only: its roles are dated by 15 January now.
    const changed = await writeExtraction(graph, undated('2024-01-14', 'Report u1, corrected.'));
    assert.equal(changed.outcome, 'replaced');
    assert.deepEqual((await roleDates('Ilsa Varnholt'))?.roleFirstReported, ['2024-01-15']);
    assert.deepEqual((await roleDates('Ilsa Varnholt'))?.roleLastReported, ['2024-02-01']);
    assert.deepEqual((await roleDates('William Okafor'))?.roleFirstReported, ['2024-01-15']);
    assert.deepEqual(
      roleDaysOf(
        parseSummary(
          (await graph.read(`MATCH (p:Person {name: 'William Okafor'}) RETURN p.summary AS s`))[0]!.s as string,
        ),
      ),
      [{ day: '2024-01-15', name: 'Kenyan Foreign Minister', reports: 1 }],
    );
    await checkAgainstMentions();
  });

  it('removing the latest and the earliest report moves the last and first day back; the most reported wording names the role', async () => {
    const dated = (id: string, published: string, role: string) =>
      report({
        id,
        outlet: 'AP',
        published,
        people: { p: { name: 'Maria Delgado', roles: [role], country: 'CL' } },
      });
    const reports = [
      dated('m1', '2024-01-05', 'Chilean Foreign Minister'),
      dated('m2', '2024-02-05', 'Foreign Minister'),
      dated('m3', '2024-03-05', 'Foreign Minister of Chile'),
      dated('m4', '2024-04-05', 'Foreign Minister'),
    ];
    await writeExtractions(graph, reports);
    assert.deepEqual(await roleDates('Maria Delgado'), {
      roleNames: ['Foreign Minister'],
      roleKeys: ['CL:foreign minister'],
      roleFirstReported: ['2024-01-05'],
      roleLastReported: ['2024-04-05'],
    });
    await removeArticle(graph, 'm4');
    assert.deepEqual(await roleDates('Maria Delgado'), {
      // One report each now: the longest wording.
      roleNames: ['Foreign Minister of Chile'],
      roleKeys: ['CL:foreign minister'],
      roleFirstReported: ['2024-01-05'],
      roleLastReported: ['2024-03-05'],
    });
    await removeArticle(graph, 'm1');
    assert.deepEqual((await roleDates('Maria Delgado'))?.roleFirstReported, ['2024-02-05']);
    await checkAgainstMentions();
    await removeArticle(graph, 'm2');
    await removeArticle(graph, 'm3');
    assert.equal(await roleDates('Maria Delgado'), undefined);
  });

  it('a claim naming the family name alone moves to another person when the block changes, and its role day moves with it', async () => {
    const okafor = (id: string, published: string, person: { name: string; roles: string[]; country?: string }) =>
      report({ id, outlet: 'AFP', published, people: { p: person } });
    await writeExtraction(
      graph,
      okafor('k1', '2024-03-01', { name: 'William Okafor', roles: ['Foreign Minister'], country: 'KE' }),
    );
    // "Okafor" alone, as trade minister: the block's only person takes it.
    await writeExtraction(graph, okafor('k2', '2024-05-01', { name: 'Okafor', roles: ['Trade Minister'] }));
    assert.deepEqual(await roleDates('William Okafor'), {
      roleNames: ['Foreign Minister', 'Trade Minister'],
      roleKeys: ['KE:foreign minister', 'KE:trade minister'],
      roleFirstReported: ['2024-03-01', '2024-05-01'],
      roleLastReported: ['2024-03-01', '2024-05-01'],
    });
    // Ada Okafor, trade minister: the claim of "Okafor" as trade minister is hers now.
    await writeExtraction(
      graph,
      okafor('k3', '2024-02-01', { name: 'Ada Okafor', roles: ['Trade Minister'], country: 'NG' }),
    );
    assert.deepEqual((await roleDates('William Okafor'))?.roleKeys, ['KE:foreign minister']);
    assert.deepEqual(await roleDates('Ada Okafor'), {
      roleNames: ['Trade Minister'],
      roleKeys: ['NG:trade minister'],
      roleFirstReported: ['2024-02-01'],
      roleLastReported: ['2024-05-01'],
    });
    await checkAgainstMentions();
    const summary = await reconsolidate(graph);
    assert.equal(summary.stages.people!.changed, 0);
    // She goes: the claim goes back to William Okafor.
    await removeArticle(graph, 'k3');
    assert.deepEqual((await roleDates('William Okafor'))?.roleLastReported, ['2024-03-01', '2024-05-01']);
    assert.equal(await roleDates('Ada Okafor'), undefined);
    await checkAgainstMentions();
  });
});
