/**
 * The example operations (schema/examples.graphql) with their default variables, over HTTP, on
 * the graph of the five seed reports ingested through the pipeline: what a user asking about the
 * seeds should see. These depend on extraction and consolidation quality as much as on the API.
 */
import 'reflect-metadata';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Graph } from '../../../src/graph/driver.js';
import type { ApiServer } from '../../../src/api/server.js';
import { EXAMPLES_FILE } from '../../../src/api/schema.js';
import { ingestReport, removeReport } from '../../../src/pipeline.js';
import { ROOT } from '../../../src/paths.js';
import { gqlData, startTestServer } from '../../support/api-server.js';
import { openTestGraph } from '../../support/graph.js';

const EXAMPLES = fs.readFileSync(EXAMPLES_FILE, 'utf8');
const SEEDS = path.join(ROOT, 'seeds');
let graph: Graph;
let server: ApiServer;
const articleIds: string[] = [];

before(async () => {
  graph = await openTestGraph();
  for (const file of fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const stats = await ingestReport(graph, {
      text: fs.readFileSync(path.join(SEEDS, file), 'utf8'),
      meta: { source: `seeds/${file}` },
    });
    articleIds.push(stats.articleId);
  }
  server = await startTestServer(graph, { pipeline: { ingestReport, removeReport } });
});
after(async () => {
  await server?.stop();
  await graph?.close();
});

const run = (operation: string, variables: Record<string, unknown> = {}) =>
  gqlData(server, EXAMPLES, variables, operation);

test('Blinken met Qin Gang, Wang Yi and Xi Jinping, with the dates of the meetings', async () => {
  const person = (await run('PersonWithMeetings')).person!;
  assert.equal(person.name, 'Antony Blinken');
  const met = person.met.edges.map((e) => e.node.person.name);
  for (const name of ['Qin Gang', 'Wang Yi', 'Xi Jinping'])
    assert.ok(met.includes(name), `met ${name}: ${met.join(', ')}`);
  const dated = (name: string) =>
    person.meetings.edges.filter((e) => e.node.participants.some((p) => p.name === name)).map((e) => e.node.date);
  for (const [name, date] of [
    ['Qin Gang', '2023-06-18'],
    ['Wang Yi', '2023-06-19'],
    ['Xi Jinping', '2023-06-19'],
  ] as const)
    assert.ok(dated(name).includes(date), `${name}: ${dated(name).join(', ')}`);
  for (const e of person.meetings.edges) assert.ok(e.node.sources.length > 0, 'every meeting has sources');
});

test('the meetings between Blinken and Qin Gang include 18 June 2023, reported by several sources', async () => {
  const { meetings } = await run('MeetingsBetween');
  const june = meetings.edges.find((e) => e.node.date === '2023-06-18');
  assert.ok(june, JSON.stringify(meetings));
  assert.ok(june.node.sourceCount >= 2);
});

test('a quote with the outlets that carried it, each with its wording', async () => {
  const { quotes } = await run('QuoteByWords');
  const quote = quotes.edges[0]!.node;
  assert.match(quote.text, /no illusions/);
  assert.equal(quote.speaker?.name, 'Antony Blinken');
  assert.ok(quote.reportedBy.length >= 2, JSON.stringify(quote.reportedBy));
  for (const r of quote.reportedBy) assert.ok(r.wordings.length > 0);
  const bySpeaker = await run('QuotesBySpeaker');
  assert.ok(bySpeaker.quotes.totalCount > 0);
});

test('positions on Taiwan, with their speakers and sources', async () => {
  const { statements } = await run('PositionsOnTopic');
  assert.ok(statements.totalCount > 0);
  const speakers = new Set(statements.edges.map((e) => e.node.speaker?.name));
  assert.ok(speakers.has('Antony Blinken'), [...speakers].join(', '));
  for (const e of statements.edges) assert.ok(e.node.topics.includes('Taiwan'));
});

test('the reports disagree on how long the Blinken–Qin Gang meeting lasted, each version with its sources', async () => {
  const { disagreements } = await run('Disagreements');
  const duration = disagreements.edges
    .flatMap((e) => e.node.disagreements.map((d) => ({ ...d, people: e.node.participants.map((p) => p.name) })))
    .find((d) => d.field === 'duration' && d.people.includes('Qin Gang'));
  assert.ok(duration, JSON.stringify(disagreements));
  assert.ok(duration.values.length >= 2);
  for (const v of duration.values) assert.ok(v.sources.length > 0, v.value);
});

test('the other example operations answer on the seed graph', async () => {
  for (const op of ['MeetingsInRange', 'OutletsAndArticles', 'Search', 'Connection', 'Neighbourhood']) await run(op);
  const { article } = await run('ArticleFacts', { id: articleIds[0] });
  assert.ok(article && article.people.length > 0);
  const { connection } = await run('Connection');
  assert.ok(connection && connection.length >= 1, 'Wang Yi and Xi Jinping are linked through Blinken');
  const { neighbourhood } = await run('Neighbourhood');
  assert.ok(neighbourhood.nodes.length >= 4);
});

test('codes on the seed graph: Blinken by his Wikidata id is USAGOV, China by CHN has its codes and its people', async () => {
  const person = (await run('PersonByWikidata')).person!;
  assert.equal(person.name, 'Antony Blinken');
  assert.equal(person.cameo, 'USAGOV');
  assert.ok(person.roleHistory.some((r) => r.role === 'US Secretary of State' && r.country === 'US'));
  const china = (await run('CountryByIso3')).country!;
  assert.deepEqual([china.iso2, china.iso3, china.isoNumeric, china.cameo], ['CN', 'CHN', '156', 'CHN']);
  assert.match(String(china.wikidataId), /^Q\d+$/);
  assert.ok(china.people.edges.some((e) => e.node.name === 'Xi Jinping' && e.node.cameo === 'CHNGOV'));
});

test('holders answers on the seed graph: the Chinese foreign minister and the US secretary of state of those days', async () => {
  const fm = (await run('Holders')).holders.map((h) => h.person.name);
  assert.deepEqual(fm, ['Qin Gang']);
  const sec = (await run('Holders', { role: 'US Secretary of State', country: null })).holders.map(
    (h) => h.person.name,
  );
  assert.deepEqual(sec, ['Antony Blinken']);
  assert.deepEqual((await run('Holders', { on: '2019-01-01' })).holders, []);
});
