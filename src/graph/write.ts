/**
 * Writing reports into the consolidated graph, and taking them out. A batch of reports is ONE
 * transaction: the reports' claims, the consolidation of everything they touch and the derived
 * edges around it commit together or not at all, so a crash never leaves half a report.
 *
 * A write costs in proportion to its own claims: it locks the units it touches
 * (src/graph/locks.ts), subtracts what the claims it replaces contributed, adds its own claims'
 * contributions to the people, organizations and countries they name (src/graph/people.ts), and
 * re-consolidates only the facts its claims bear on (src/graph/consolidate.ts). Every value
 * travels as a parameter; labels and edge types come from fixed constants.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Graph, TransactionOptions, Tx } from './driver.js';
import type { Article, Extraction } from '../model.js';
import { claimsOf, outletId, reportDay, type ArticleClaims } from '../resolve/claims.js';
import { consolidateFacts, type FactChanges, type FactClaim, type FactKind, type KindStats } from './consolidate.js';
import { latestMeetingDay, writeNamed, writePeople, type LostMention, type PeopleChanges } from './people.js';
import { claimLockKeys, lock, nodeLockKey } from './locks.js';
import { DATA_DIR } from '../paths.js';
import { configuredLinker, writeLinks } from './links.js';

export type ArticleOutcome = 'added' | 'replaced' | 'unchanged' | 'removed' | 'absent';

export interface WriteStats {
  articleId: string;
  outcome: ArticleOutcome;
  people: KindStats;
  quotes: KindStats;
  meetings: KindStats;
  statements: KindStats;
}

/** A report ready to write: its article and its claims (the pure part of a write, done before the transaction). */
export interface PreparedReport {
  article: Article;
  claims: ArticleClaims;
}

export function prepare(extraction: Extraction): PreparedReport {
  return { article: extraction.article, claims: claimsOf(extraction) };
}

const NONE: KindStats = { added: 0, merged: 0 };

let countryNames: Map<string, string> | undefined;
export function countryName(code: string): string | null {
  if (!countryNames) {
    countryNames = new Map();
    const file = path.join(DATA_DIR, 'countries.json');
    if (fs.existsSync(file)) {
      const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { countries?: { code: string; name: string }[] };
      for (const c of data.countries ?? []) countryNames.set(c.code.toUpperCase(), c.name);
    }
  }
  return countryNames.get(code) ?? null;
}

function allCountryNames(): Record<string, string> {
  countryName('');
  return Object.fromEntries(countryNames!);
}

/** What the derived edges are recomputed around, and the nodes that may have lost their last edge. */
export interface Changes {
  people: PeopleChanges;
  facts: Record<FactKind, FactChanges>;
}

/** The derived edges around changed meetings, deleted before they are made again. */
const DELETE_DERIVED: [FactKind, string][] = [
  ['meeting', `UNWIND $ids AS id MATCH ()-[r:MET {meetingId: id}]->() DELETE r`],
  ['meeting', `UNWIND $ids AS id MATCH (:Meeting {id: id})<-[r:ATTENDED]-() DELETE r`],
];

/**
 * A derived edge of each source (`src`) the claims of a quote or position give, merged and set (a
 * value that did not change is not written), and the edges of `type` from nodes of label `from`
 * the claims no longer give deleted. Deleting all of them and making them again, as meetings still
 * do, wrote a quote's edges from all its outlets each time one more report repeated it: for a quote
 * quoted by every outlet, sixteen REPORTED edges with every wording, for one new wording.
 */
const refreshEdges = (
  [v, label]: [string, string],
  sources: string,
  merge: string,
  [type, from]: [string, string],
) => `UNWIND $ids AS id
     MATCH (${v}:${label} {id: id})
     CALL (${v}) {
       ${sources}
       ${merge}
       RETURN collect(src) AS kept
     }
     CALL (${v}, kept) {
       MATCH (${v})<-[old:${type}]-(x:${from}) WHERE NOT x IN kept DELETE old
     }`;

/** The derived edges, made from the claims around changed ids of a kind, in this order (MET needs ATTENDED). */
const CREATE_DERIVED: [FactKind, string][] = [
  // Who said a quote: the person the claim's speaker names ...
  [
    'quote',
    refreshEdges(
      ['q', 'Quote'],
      `MATCH (q)<-[s:SUPPORTS]-(a:Article)-[m:MENTIONS]->(src:Person)
       WHERE s.speaker IS NOT NULL AND m.local = s.speaker
       WITH src, a ORDER BY a.id
       WITH src, collect(DISTINCT a.id) AS articleIds`,
      `MERGE (src)-[r:SAID]->(q) SET r.articleIds = articleIds, r.sourceCount = size(articleIds)`,
      ['SAID', 'Person'],
    ),
  ],
  // ... or the organization it names when no person is
  [
    'quote',
    refreshEdges(
      ['q', 'Quote'],
      `MATCH (q)<-[s:SUPPORTS]-(a:Article)-[:MENTIONS]->(src:Organization)
       WHERE s.speaker IS NULL AND s.sourceId = src.id
       WITH src, a ORDER BY a.id
       WITH src, collect(DISTINCT a.id) AS articleIds`,
      `MERGE (src)-[r:SAID]->(q) SET r.articleIds = articleIds, r.sourceCount = size(articleIds)`,
      ['SAID', 'Organization'],
    ),
  ],
  [
    'quote',
    refreshEdges(
      ['q', 'Quote'],
      `MATCH (q)<-[s:SUPPORTS]-(a:Article)<-[:PUBLISHED]-(src:Outlet)
       WITH src, a, s ORDER BY a.id, s.wording
       WITH src, collect(DISTINCT a.id) AS articleIds, collect(DISTINCT s.wording) AS wordings`,
      `MERGE (src)-[r:REPORTED]->(q) SET r.articleIds = articleIds, r.wordings = wordings`,
      ['REPORTED', 'Outlet'],
    ),
  ],
  [
    'position',
    refreshEdges(
      ['n', 'Position'],
      `MATCH (n)<-[s:SUPPORTS]-(a:Article)-[m:MENTIONS]->(src:Person)
       WHERE m.local = s.speaker
       WITH src, a ORDER BY a.id
       WITH src, collect(DISTINCT a.id) AS articleIds, min(a.published) AS first, max(a.published) AS last`,
      `MERGE (src)-[r:STATED]->(n)
       SET r.articleIds = articleIds, r.sourceCount = size(articleIds), r.firstReported = first, r.lastReported = last`,
      ['STATED', 'Person'],
    ),
  ],
  [
    'meeting',
    `UNWIND $ids AS id
     MATCH (mt:Meeting {id: id})<-[s:SUPPORTS]-(a:Article)-[m:MENTIONS]->(p:Person)
     WHERE m.local IN s.people
     WITH p, mt, a, m.local IN s.participants AS principal ORDER BY a.id
     WITH p, mt, collect(DISTINCT a.id) AS articleIds, max(CASE WHEN principal THEN 1 ELSE 0 END) AS principal
     MERGE (p)-[r:ATTENDED]->(mt)
     SET r.role = CASE principal WHEN 1 THEN 'principal' ELSE 'delegation' END, r.articleIds = articleIds`,
  ],
  // CREATE, not MERGE: the meeting's MET edges were all deleted just before (DELETE_DERIVED), and
  // each pair of principals comes once. A MERGE looked for an existing edge among the MET edges of
  // one of the two, and two heads of state have thousands each: its cost grew with the graph.
  [
    'meeting',
    `UNWIND $ids AS id
     MATCH (p1:Person)-[:ATTENDED {role: 'principal'}]->(mt:Meeting {id: id})<-[:ATTENDED {role: 'principal'}]-(p2:Person)
     WHERE p1.id < p2.id
     CREATE (p1)-[r:MET {meetingId: mt.id}]->(p2)
     SET r.date = mt.date, r.place = mt.place, r.articleIds = mt.articleIds, r.sourceCount = mt.sourceCount`,
  ],
];

/**
 * The facts whose derived edges are made again: the changed facts, the facts whose speaker's or
 * participants' claims moved to another person, and the meetings of a person whose id changed.
 * Those reached through people are locked too (out of the global order, so a deadlock is possible
 * here, and retried).
 */
async function derivedIds(tx: Tx, { people, facts }: Changes, held: Set<number>): Promise<Record<FactKind, string[]>> {
  const linked = await tx.run(
    `UNWIND $moved AS m
     MATCH (a:Article {id: m.articleId})-[s:SUPPORTS]->(f)
     WHERE (f:Quote OR f:Meeting OR f:Position) AND m.local IN s.people
     RETURN DISTINCT labels(f)[0] AS label, f.id AS id, f.block AS block`,
    { moved: people.moved },
  );
  const renamedMeetings = await tx.run(
    `UNWIND $ids AS id MATCH (:Person {id: id})-[:ATTENDED]->(m:Meeting) RETURN DISTINCT 'Meeting' AS label, m.id AS id, m.block AS block`,
    { ids: people.renamed },
  );
  const extra = [...linked, ...renamedMeetings];
  await lock(
    tx,
    extra.map((r) => nodeLockKey(r.label as string, r.block as string, r.id as string)!).filter(Boolean),
    held,
  );
  const ids = (kind: FactKind, label: string) =>
    [...new Set([...facts[kind].changed, ...extra.filter((r) => r.label === label).map((r) => r.id as string)])].sort();
  return { quote: ids('quote', 'Quote'), meeting: ids('meeting', 'Meeting'), position: ids('position', 'Position') };
}

/**
 * Brings the edges derived from claims (who said, stated, attended, met; who reported a quote;
 * whom a person represents) up to date around the facts and people that changed (see
 * `derivedIds`). Returns the countries that lost a REPRESENTS edge, and the meetings whose
 * ATTENDED edges were made again (the link step codes them and their principals' edges again).
 */
export async function refreshDerived(
  tx: Tx,
  changes: Changes,
  held: Set<number>,
): Promise<{ unrepresented: string[]; meetings: string[] }> {
  const ids = await derivedIds(tx, changes, held);
  const personIds = [...new Set(changes.people.changed)].sort();
  const represented = await tx.run(
    // Only the edges to a country that is no longer the person's: a head of state is written in
    // nearly every batch, and deleting and making again the same edge cost a write each time.
    `UNWIND $ids AS id MATCH (p:Person {id: id})-[r:REPRESENTS]->(c:Country)
     WHERE p.country IS NULL OR c.id <> p.country
     DELETE r RETURN DISTINCT c.id AS id`,
    { ids: personIds },
  );
  for (const [kind, cypher] of DELETE_DERIVED) await tx.run(cypher, { ids: ids[kind] });
  for (const [kind, cypher] of CREATE_DERIVED) await tx.run(cypher, { ids: ids[kind] });
  await tx.run(
    `UNWIND $ids AS id
     MATCH (p:Person {id: id}) WHERE p.country IS NOT NULL
     MERGE (c:Country {id: p.country}) ON CREATE SET c.name = $names[p.country], c.aliases = [], c.sourceCount = 0
     MERGE (p)-[:REPRESENTS]->(c)`,
    { ids: personIds, names: allCountryNames() },
  );
  return { unrepresented: represented.map((r) => r.id as string), meetings: ids.meeting };
}

/** Deletes the organizations, countries, topics and outlets among `ids` that nothing refers to any more. */
async function dropOrphans(
  tx: Tx,
  ids: Record<'Organization' | 'Country' | 'Topic' | 'Outlet', string[]>,
): Promise<void> {
  for (const [label, list] of Object.entries(ids))
    await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) WHERE NOT (n)--() DELETE n`, {
      ids: [...new Set(list)].sort(),
    });
}

const FACT_LABELS: Record<string, FactKind> = { Quote: 'quote', Meeting: 'meeting', Position: 'position' };

/** What a batch changes, found under its locks. */
interface BatchPlan {
  /** The stored articles among the batch's and the removed ones, with the nodes and outlets they point to. */
  stored: Map<string, Record<string, unknown>>;
  /** Reports new or changed. */
  changed: PreparedReport[];
  /** Article ids to remove that are stored. */
  removed: string[];
  /** Stored articles whose claims go (replaced or removed). */
  gone: Set<string>;
  /** [label, block, id] of the nodes the gone articles point to. */
  storedNodes: [string, string | null, string][];
}

/**
 * Which reports are new or changed, first without locks (a re-run of an ingest locks nothing),
 * then again under the locks, which is what counts; then the nodes the replaced and removed
 * articles point to are locked too. Null when nothing changes.
 */
async function planBatch(
  tx: Tx,
  items: PreparedReport[],
  removeIds: string[],
  held: Set<number>,
): Promise<BatchPlan | null> {
  const seen = new Map(
    (
      await tx.run(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash`, {
        ids: items.map((i) => i.article.id),
      })
    ).map((r) => [r.id as string, r.hash as string]),
  );
  const maybe = items.filter((i) => seen.get(i.article.id) !== i.article.contentHash);
  if (maybe.length === 0 && removeIds.length === 0) return null;
  await lock(tx, [...maybe.flatMap((i) => claimLockKeys(i.claims)), ...removeIds.map((id) => `article:${id}`)], held);

  const storedRows = await tx.run(
    `UNWIND $ids AS id MATCH (a:Article {id: id})
     RETURN a.id AS id, a.contentHash AS hash,
       [(a)-[:MENTIONS|SUPPORTS]->(n) | [labels(n)[0], n.block, n.id]] AS nodes,
       [(a)<-[:PUBLISHED]-(o:Outlet) | o.id] AS outlets`,
    { ids: [...new Set([...maybe.map((i) => i.article.id), ...removeIds])] },
  );
  const stored = new Map(storedRows.map((r) => [r.id as string, r]));
  const changed = maybe.filter((i) => stored.get(i.article.id)?.hash !== i.article.contentHash);
  const removed = removeIds.filter((id) => stored.has(id));
  const gone = new Set([...changed.map((i) => i.article.id).filter((id) => stored.has(id)), ...removed]);
  if (changed.length === 0 && removed.length === 0) return null;
  const storedNodes = [...gone].flatMap((id) => stored.get(id)!.nodes as [string, string | null, string][]);
  await lock(
    tx,
    [
      ...storedNodes.map(([label, block, id]) => nodeLockKey(label, block, id)).filter((k): k is string => k !== null),
      ...[...gone].flatMap((id) => (stored.get(id)!.outlets as string[]).map((o) => `outlet:${o}`)),
    ],
    held,
  );
  return { stored, changed, removed, gone, storedNodes };
}

/**
 * Takes the replaced and removed articles' mentions and outlet links away (their facts' claims go
 * with the consolidation of each fact kind). Returns the mentions by label and the outlets.
 */
async function detachGone(
  tx: Tx,
  gone: Set<string>,
): Promise<{ lostBy: (label: string) => LostMention[]; lostOutlets: string[] }> {
  const ids = [...gone].sort();
  const lostRows = await tx.run(
    `UNWIND $ids AS id
     MATCH (a:Article {id: id})-[r:MENTIONS]->(n)
     WITH a, r, n, properties(r) AS props
     DELETE r
     RETURN a.id AS articleId, a.published AS published, ${latestMeetingDay('a')} AS meetingDays,
            labels(n)[0] AS label, n.id AS nodeId, n.nameKey AS nameKey, props`,
    { ids },
  );
  const lostBy = (label: string): LostMention[] =>
    lostRows
      .filter((r) => r.label === label)
      .map((r) => ({
        articleId: r.articleId as string,
        published: (r.published as string | null) ?? null,
        reported: reportDay((r.published as string | null) ?? null, r.meetingDays as string[]),
        nodeId: r.nodeId as string,
        nameKey: (r.nameKey as string | null) ?? null,
        props: r.props as Record<string, unknown>,
      }));
  const lostOutlets = await tx.run(
    `UNWIND $ids AS id MATCH (:Article {id: id})<-[r:PUBLISHED]-(o:Outlet) DELETE r RETURN o.id AS id`,
    { ids },
  );
  return { lostBy, lostOutlets: lostOutlets.map((r) => r.id as string) };
}

/** Writes the article nodes and their outlets. */
async function writeArticles(tx: Tx, changed: PreparedReport[]): Promise<void> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (a:Article {id: row.props.id})
     SET a = row.props, a.ingestedAt = toString(datetime())
     WITH a, row WHERE row.outletId IS NOT NULL
     MERGE (o:Outlet {id: row.outletId}) ON CREATE SET o.name = row.props.outlet
     MERGE (o)-[:PUBLISHED]->(a)`,
    {
      rows: changed.map(({ article }) => ({
        outletId: outletId(article.outlet),
        props: {
          id: article.id,
          title: article.title,
          url: article.url,
          published: article.published,
          dateline: article.dateline,
          outlet: article.outlet,
          source: article.source,
          text: article.text,
          contentHash: article.contentHash,
        },
      })),
    },
  );
}

const FRESH: Record<FactKind, (c: ArticleClaims) => FactClaim[]> = {
  quote: (c) => c.quotes,
  meeting: (c) => c.meetings,
  position: (c) => c.positions,
};

/** Consolidates every fact kind the batch bears on: what the gone articles supported and the new claims. */
async function writeFacts(tx: Tx, plan: BatchPlan, claims: ArticleClaims[], written: string[]) {
  const lostFacts = (kind: FactKind) =>
    [...new Set(plan.storedNodes.filter(([label]) => FACT_LABELS[label] === kind).map(([, , id]) => id))].sort();
  const facts = {} as Record<FactKind, FactChanges>;
  const stats = {} as Record<FactKind, Map<string, KindStats>>;
  for (const [kind, of] of Object.entries(FRESH) as [FactKind, (c: ArticleClaims) => FactClaim[]][]) {
    const r = await consolidateFacts(tx, kind, lostFacts(kind), plan.gone, claims.flatMap(of), written);
    facts[kind] = r.changes;
    stats[kind] = r.stats;
  }
  return { facts, stats };
}

/** Organizations and countries: their summaries updated with the mentions lost and added. */
async function writeAllNamed(tx: Tx, lostBy: (label: string) => LostMention[], claims: ArticleClaims[]) {
  return [
    ...(await writeNamed(
      tx,
      'Organization',
      lostBy('Organization'),
      claims.flatMap((c) => c.organizations.map((claim) => ({ articleId: c.source.articleId, claim }))),
      () => null,
    )),
    ...(await writeNamed(
      tx,
      'Country',
      lostBy('Country'),
      claims.flatMap((c) => c.countries.map((claim) => ({ articleId: c.source.articleId, claim }))),
      countryName,
    )),
  ];
}

/**
 * The write of a batch, inside one transaction: `items` replace the stored versions of their
 * articles (unless unchanged), `removeIds` are taken out. Returns each article's outcome.
 */
async function writeBatch(tx: Tx, items: PreparedReport[], removeIds: string[]): Promise<Map<string, WriteStats>> {
  const out = new Map<string, WriteStats>();
  for (const i of items) out.set(i.article.id, stats(i.article.id, 'unchanged'));
  const held = new Set<number>();
  const plan = await planBatch(tx, items, removeIds, held);
  if (!plan) return out;
  const { stored, changed, removed, gone } = plan;
  const { lostBy, lostOutlets } = await detachGone(tx, gone);
  await writeArticles(tx, changed);

  const written = changed.map((i) => i.article.id);
  const claims = changed.map((i) => i.claims);
  const people = await writePeople(
    tx,
    lostBy('Person'),
    claims.flatMap((c) => c.people),
    written,
  );
  const named = await writeAllNamed(tx, lostBy, claims);
  const { facts, stats: factStats } = await writeFacts(tx, plan, claims, written);
  if (removed.length) await tx.run(`UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a`, { ids: removed });
  const derived = await refreshDerived(tx, { people: people.changes, facts }, held);
  await dropOrphans(tx, {
    Organization: named.filter((id) => !isCountryId(id)),
    Country: [...named.filter(isCountryId), ...derived.unrepresented, ...people.changes.countries],
    Topic: [...facts.quote.topics, ...facts.meeting.topics, ...facts.position.topics],
    Outlet: lostOutlets,
  });
  // Codes and role dates last, over everything this batch touched (src/graph/links.ts): the
  // meetings whose attendance was made again, and those of people whose country changed (their
  // codes depend on the principals' countries).
  await writeLinks(
    tx,
    {
      people: people.changes.changed,
      recountried: people.changes.recountried,
      meetings: derived.meetings,
      positions: facts.position.changed,
      named,
      outlets: changed.map((i) => outletId(i.article.outlet)).filter((id): id is string => !!id),
    },
    configuredLinker(),
  );

  for (const id of written)
    out.set(id, {
      articleId: id,
      outcome: stored.has(id) ? 'replaced' : 'added',
      people: people.stats.get(id) ?? NONE,
      quotes: factStats.quote.get(id) ?? NONE,
      meetings: factStats.meeting.get(id) ?? NONE,
      statements: factStats.position.get(id) ?? NONE,
    });
  for (const id of removed) out.set(id, stats(id, 'removed'));
  return out;
}

const isCountryId = (id: string) => /^[A-Z]{2}$/.test(id);

/**
 * Writes one report's extraction. The same report again (same id and content hash) changes
 * nothing; a changed version (same id, new hash) replaces everything the old one supported.
 */
export async function writeExtraction(graph: Graph, extraction: Extraction): Promise<WriteStats> {
  return (await writeExtractions(graph, [extraction]))[0]!;
}

/**
 * Writes several reports' extractions in ONE transaction (all or none: a crash never leaves part
 * of them). The graph is the same as writing them one by one, in any order. Of two extractions
 * with one article id, the last counts.
 */
export async function writeExtractions(graph: Graph, extractions: Extraction[]): Promise<WriteStats[]> {
  return writePrepared(graph, extractions.map(prepare));
}

export interface WriteOptions extends TransactionOptions {
  /**
   * Return without waiting for the search indexes to show the write (a stream of batches waits
   * once at its end: `Graph.awaitSearchIndexes`).
   */
  deferSearchRefresh?: boolean;
}

/** `writeExtractions` for reports already turned into claims (by the ingest's workers). */
export async function writePrepared(
  graph: Graph,
  reports: PreparedReport[],
  options: WriteOptions = {},
): Promise<WriteStats[]> {
  const byId = new Map(reports.map((r) => [r.article.id, r]));
  const result = await graph.transaction((tx) => writeBatch(skippingEmpty(tx), [...byId.values()], []), options);
  if (!options.deferSearchRefresh) await graph.awaitSearchIndexes();
  return reports.map((r) => result.get(r.article.id)!);
}

/** Removes a report and every fact only it supported; facts others support are consolidated again without it. */
export async function removeArticle(graph: Graph, articleId: string): Promise<WriteStats> {
  const result = await graph.transaction((tx) => writeBatch(skippingEmpty(tx), [], [articleId]));
  await graph.awaitSearchIndexes();
  return result.get(articleId) ?? stats(articleId, 'absent');
}

/** Article ids whose `source` (the path it was read from) or id matches. */
export async function findArticles(graph: Graph, ref: string): Promise<string[]> {
  const rows = await graph.read(
    `MATCH (a:Article) WHERE a.id = $ref OR a.source = $ref OR a.url = $ref RETURN a.id AS id ORDER BY id`,
    { ref },
  );
  return rows.map((r) => r.id as string);
}

/**
 * A statement that starts by unwinding an empty list does nothing: skip the round trip. Most
 * reports touch only some kinds of facts, so this saves about half the statements.
 */
export function skippingEmpty(tx: Tx): Tx {
  return {
    run: (cypher, params = {}) => {
      const unwound = /^\s*UNWIND \$(\w+) AS/.exec(cypher)?.[1];
      const list = unwound ? params[unwound] : undefined;
      return Array.isArray(list) && list.length === 0 ? Promise.resolve([]) : tx.run(cypher, params);
    },
  };
}

function stats(articleId: string, outcome: ArticleOutcome): WriteStats {
  return { articleId, outcome, people: NONE, quotes: NONE, meetings: NONE, statements: NONE };
}
