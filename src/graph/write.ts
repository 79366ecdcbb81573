/**
 * Writing one report into the consolidated graph, and taking one out. Each runs in ONE
 * transaction: the report's claims, the consolidation of every block it touches and the derived
 * edges around them commit together or not at all, so a crash never leaves half a report.
 * Every value travels as a parameter; labels and edge types come from fixed constants.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Graph, Tx } from './driver.js';
import type { Extraction } from '../model.js';
import { claimsOf, outletId, type ArticleClaims } from '../resolve/claims.js';
import { consolidateBlocks, KINDS, type BlockChanges, type Blocks, type Kind, type KindStats } from './consolidate.js';
import { DATA_DIR } from '../paths.js';
import { positionId } from '../resolve/positions.js';
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

const NONE: KindStats = { added: 0, merged: 0 };

const BLOCK_LABELS: Record<string, Kind> = {
  Person: 'person',
  Quote: 'quote',
  Meeting: 'meeting',
  Detail: 'meeting',
  Position: 'position',
};

let countryNames: Map<string, string> | undefined;
function countryName(code: string): string | null {
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

/** Blocks the articles' stored claims sit in (before they are replaced or removed). */
async function storedBlocks(tx: Tx, articleIds: string[]): Promise<Blocks> {
  const rows = await tx.run(
    `UNWIND $ids AS id
     MATCH (:Article {id: id})-[:MENTIONS|SUPPORTS]->(n) WHERE n.block IS NOT NULL
     RETURN DISTINCT labels(n)[0] AS label, n.block AS block, n.id AS id`,
    { ids: articleIds },
  );
  const blocks: Blocks = { person: [], quote: [], meeting: [], position: [] };
  for (const r of rows) {
    const kind = BLOCK_LABELS[r.label as string];
    const unit = kind && ((KINDS[kind].unit === 'id' && r.label !== 'Detail' ? r.id : r.block) as string);
    if (kind && unit && !blocks[kind].includes(unit)) blocks[kind].push(unit);
  }
  return blocks;
}

function union(a: Blocks, b: Blocks): Blocks {
  const u = (x: string[], y: string[]) => [...new Set([...x, ...y])].sort();
  return {
    person: u(a.person, b.person),
    quote: u(a.quote, b.quote),
    meeting: u(a.meeting, b.meeting),
    position: u(a.position, b.position),
  };
}

function blocksOf(claims: ArticleClaims): Blocks {
  const s = (xs: { block: string }[]) => [...new Set(xs.map((x) => x.block))].sort();
  return {
    person: s(claims.people),
    quote: s(claims.quotes),
    meeting: s(claims.meetings),
    position: [...new Set(claims.positions.map(positionId))].sort(),
  };
}

/** Deletes the articles' claim edges and outlet links; the article nodes stay for now. */
async function detachArticles(tx: Tx, articleIds: string[]): Promise<string[]> {
  const rows = await tx.run(
    `UNWIND $ids AS id MATCH (a:Article {id: id})-[r:MENTIONS]->(n:Organization|Country) RETURN DISTINCT n.id AS id`,
    { ids: articleIds },
  );
  await tx.run(`UNWIND $ids AS id MATCH (a:Article {id: id})-[r:MENTIONS|SUPPORTS]->() DELETE r`, { ids: articleIds });
  await tx.run(`UNWIND $ids AS id MATCH (a:Article {id: id})<-[r:PUBLISHED]-() DELETE r`, { ids: articleIds });
  return rows.map((r) => r.id as string);
}

/** Writes the article nodes, their outlets and their organization/country mentions. */
async function attachArticles(tx: Tx, items: { extraction: Extraction; claims: ArticleClaims }[]): Promise<string[]> {
  await tx.run(
    `UNWIND $rows AS row
     MERGE (a:Article {id: row.props.id})
     SET a = row.props, a.ingestedAt = toString(datetime())
     WITH a, row WHERE row.outletId IS NOT NULL
     MERGE (o:Outlet {id: row.outletId}) ON CREATE SET o.name = row.props.outlet
     MERGE (o)-[:PUBLISHED]->(a)`,
    {
      rows: items.map(({ extraction: { article } }) => ({
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
  const rows = items.flatMap(({ claims }) =>
    [
      ...claims.organizations.map((c) => ({ label: 'Organization', ...c })),
      ...claims.countries.map((c) => ({ label: 'Country', ...c })),
    ].map(({ label, id, ...props }) => ({ label, id, articleId: claims.source.articleId, props })),
  );
  for (const label of ['Organization', 'Country'] as const) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Article {id: row.articleId})
       MERGE (n:${label} {id: row.id})
       CREATE (a)-[r:MENTIONS]->(n) SET r = row.props`,
      { rows: rows.filter((r) => r.label === label) },
    );
  }
  return rows.map((r) => r.id);
}

/** Recomputes names and counts of organizations and countries from their mentions. */
async function refreshNamed(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)].sort();
  // One statement per label: a MATCH by id without a label could not use the uniqueness index.
  for (const label of ['Organization', 'Country'] as const) {
    const mine = unique.filter((id) => (label === 'Country') === isCountryId(id));
    await tx.run(
      `UNWIND $rows AS row
       MATCH (n:${label} {id: row.id})
       CALL (n) { OPTIONAL MATCH (n)<-[:MENTIONS]-(a:Article) RETURN count(DISTINCT a) AS sources }
       OPTIONAL MATCH (n)<-[m:MENTIONS]-(a:Article)
       WITH n, row, sources, m.name AS name, count(DISTINCT a) AS votes
       ORDER BY votes DESC, size(name) DESC, name
       WITH n, row, sources, [x IN collect({name: name, votes: votes}) WHERE x.name IS NOT NULL] AS names
       SET n.name = coalesce(row.fixedName, names[0].name),
           n.aliases = [x IN names | x.name],
           n.sourceCount = sources`,
      { rows: mine.map((id) => ({ id, fixedName: label === 'Country' ? countryName(id) : null })) },
    );
  }
}

const isCountryId = (id: string) => /^[A-Z]{2}$/.test(id);

/** The derived edges around changed ids of a kind, deleted before they are made again. */
const DELETE_DERIVED: [Kind, string][] = [
  ['person', `UNWIND $ids AS id MATCH (:Person {id: id})-[r:REPRESENTS]->() DELETE r`],
  ['quote', `UNWIND $ids AS id MATCH (:Quote {id: id})<-[r:SAID|REPORTED]-() DELETE r`],
  ['position', `UNWIND $ids AS id MATCH (:Position {id: id})<-[r:STATED]-() DELETE r`],
  ['meeting', `UNWIND $ids AS id MATCH ()-[r:MET {meetingId: id}]->() DELETE r`],
  ['meeting', `UNWIND $ids AS id MATCH (:Meeting {id: id})<-[r:ATTENDED]-() DELETE r`],
];

/** The derived edges, made from the claims around changed ids of a kind, in this order (MET needs ATTENDED). */
const CREATE_DERIVED: [Kind, string][] = [
  // Who said a quote: the person the claim's speaker names ...
  [
    'quote',
    `UNWIND $ids AS id
     MATCH (q:Quote {id: id})<-[s:SUPPORTS]-(a:Article)-[m:MENTIONS]->(p:Person)
     WHERE s.speaker IS NOT NULL AND m.local = s.speaker
     WITH p, q, a ORDER BY a.id
     WITH p, q, collect(DISTINCT a.id) AS articleIds
     MERGE (p)-[r:SAID]->(q) SET r.articleIds = articleIds, r.sourceCount = size(articleIds)`,
  ],
  // ... or the organization it names when no person is
  [
    'quote',
    `UNWIND $ids AS id
     MATCH (q:Quote {id: id})<-[s:SUPPORTS]-(a:Article)-[:MENTIONS]->(o:Organization)
     WHERE s.speaker IS NULL AND s.sourceId = o.id
     WITH o, q, a ORDER BY a.id
     WITH o, q, collect(DISTINCT a.id) AS articleIds
     MERGE (o)-[r:SAID]->(q) SET r.articleIds = articleIds, r.sourceCount = size(articleIds)`,
  ],
  [
    'quote',
    `UNWIND $ids AS id
     MATCH (q:Quote {id: id})<-[s:SUPPORTS]-(a:Article)<-[:PUBLISHED]-(o:Outlet)
     WITH o, q, a, s ORDER BY a.id, s.wording
     WITH o, q, collect(DISTINCT a.id) AS articleIds, collect(DISTINCT s.wording) AS wordings
     MERGE (o)-[r:REPORTED]->(q) SET r.articleIds = articleIds, r.wordings = wordings`,
  ],
  [
    'position',
    `UNWIND $ids AS id
     MATCH (n:Position {id: id})<-[s:SUPPORTS]-(a:Article)-[m:MENTIONS]->(p:Person)
     WHERE m.local = s.speaker
     WITH p, n, a ORDER BY a.id
     WITH p, n, collect(DISTINCT a.id) AS articleIds, min(a.published) AS first, max(a.published) AS last
     MERGE (p)-[r:STATED]->(n)
     SET r.articleIds = articleIds, r.sourceCount = size(articleIds), r.firstReported = first, r.lastReported = last`,
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
  [
    'meeting',
    `UNWIND $ids AS id
     MATCH (p1:Person)-[:ATTENDED {role: 'principal'}]->(mt:Meeting {id: id})<-[:ATTENDED {role: 'principal'}]-(p2:Person)
     WHERE p1.id < p2.id
     MERGE (p1)-[r:MET {meetingId: mt.id}]->(p2)
     SET r.date = mt.date, r.place = mt.place, r.articleIds = mt.articleIds, r.sourceCount = mt.sourceCount`,
  ],
  [
    'person',
    `UNWIND $ids AS id
     MATCH (p:Person {id: id}) WHERE p.country IS NOT NULL
     MERGE (c:Country {id: p.country}) ON CREATE SET c.name = $names[p.country], c.aliases = [], c.sourceCount = 0
     MERGE (p)-[:REPRESENTS]->(c)`,
  ],
];

/**
 * The ids whose derived edges are made again: the changed facts, the facts whose speaker or
 * participants' claims moved to another person, and the changed people.
 */
async function changedIds(tx: Tx, changes: Record<Kind, BlockChanges>): Promise<Record<Kind, string[]>> {
  const linked = await tx.run(
    `UNWIND $moved AS m
     MATCH (a:Article {id: m.articleId})-[s:SUPPORTS]->(f)
     WHERE (f:Quote OR f:Meeting OR f:Position) AND m.local IN s.people
     RETURN DISTINCT labels(f)[0] AS label, f.id AS id`,
    { moved: changes.person.moved.filter((m) => m.local !== null) },
  );
  const ids = (kind: Kind) =>
    [
      ...new Set([
        ...changes[kind].changed,
        ...linked.filter((r) => r.label === KINDS[kind].label).map((r) => r.id as string),
      ]),
    ].sort();
  return {
    quote: ids('quote'),
    meeting: ids('meeting'),
    position: ids('position'),
    person: [...changes.person.changed].sort(),
  };
}

/**
 * Recreates the edges derived from claims (who said, stated, attended, met; who reported a quote;
 * whom a person represents) around the facts and people that changed.
 */
async function refreshDerived(tx: Tx, changes: Record<Kind, BlockChanges>): Promise<void> {
  const ids = await changedIds(tx, changes);
  for (const [kind, cypher] of DELETE_DERIVED) await tx.run(cypher, { ids: ids[kind] });
  const names = allCountryNames();
  for (const [kind, cypher] of CREATE_DERIVED)
    await tx.run(cypher, kind === 'person' ? { ids: ids[kind], names } : { ids: ids[kind] });
}

/** Deletes organizations, countries, topics and outlets nothing refers to any more. */
async function dropOrphans(tx: Tx): Promise<void> {
  await tx.run(`MATCH (n) WHERE (n:Organization OR n:Country OR n:Topic OR n:Outlet) AND NOT (n)--() DELETE n`);
}

/** Replaces the stored claims of `removeIds` (and of the articles in `next`) with those of `next`. */
async function apply(
  tx: Tx,
  removeIds: string[],
  next: { extraction: Extraction; claims: ArticleClaims }[],
): Promise<Map<string, Record<Kind, KindStats>>> {
  const ids = [...new Set([...removeIds, ...next.map((n) => n.extraction.article.id)])];
  let blocks = await storedBlocks(tx, ids);
  const named = await detachArticles(tx, ids);
  if (removeIds.length)
    await tx.run(`UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a`, { ids: removeIds });
  if (next.length) {
    named.push(...(await attachArticles(tx, next)));
    for (const n of next) blocks = union(blocks, blocksOf(n.claims));
  }
  const { stats, changes } = await consolidateBlocks(
    tx,
    blocks,
    next.map((n) => n.claims),
  );
  await refreshNamed(tx, named);
  await refreshDerived(tx, changes);
  await dropOrphans(tx);
  // Codes and role dates last, over everything this write touched (src/graph/links.ts).
  await writeLinks(
    tx,
    {
      people: changes.person.changed,
      meetings: changes.meeting.changed,
      positions: changes.position.changed,
      named,
      outlets: next.map((n) => outletId(n.extraction.article.outlet)).filter((id): id is string => !!id),
    },
    configuredLinker(),
  );
  return stats;
}

/**
 * Writes one report's extraction. The same report again (same id and content hash) changes
 * nothing; a changed version (same id, new hash) replaces everything the old one supported.
 */
export async function writeExtraction(graph: Graph, extraction: Extraction): Promise<WriteStats> {
  return (await writeExtractions(graph, [extraction]))[0]!;
}

/**
 * Writes several reports' extractions in ONE transaction (all or none: a crash never leaves part
 * of them), consolidating the blocks they touch once for all of them: the way to ingest many
 * reports fast. The graph is the same as writing them one by one, in any order. Of two
 * extractions with one article id, the last counts.
 */
export async function writeExtractions(graph: Graph, extractions: Extraction[]): Promise<WriteStats[]> {
  const byId = new Map(extractions.map((x) => [x.article.id, x]));
  const items = [...byId.values()].map((extraction) => ({ extraction, claims: claimsOf(extraction) }));
  return graph.transaction(async (raw) => {
    const tx = skippingEmpty(raw);
    const rows = await tx.run(`UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash`, {
      ids: [...byId.keys()],
    });
    const stored = new Map(rows.map((r) => [r.id as string, r.hash as string]));
    const changed = items.filter((i) => stored.get(i.extraction.article.id) !== i.extraction.article.contentHash);
    const byKind = changed.length ? await apply(tx, [], changed) : new Map<string, Record<Kind, KindStats>>();
    return extractions.map((x) => {
      const id = x.article.id;
      if (!changed.some((c) => c.extraction.article.id === id)) return stats(id, 'unchanged');
      return stats(id, stored.has(id) ? 'replaced' : 'added', byKind.get(id));
    });
  });
}

/** Removes a report and every fact only it supported; facts others support are consolidated again without it. */
export async function removeArticle(graph: Graph, articleId: string): Promise<WriteStats> {
  return graph.transaction(async (raw) => {
    const tx = skippingEmpty(raw);
    const existing = await tx.run(`MATCH (a:Article {id: $id}) RETURN a.id AS id`, { id: articleId });
    if (existing.length === 0) return stats(articleId, 'absent');
    await apply(tx, [articleId], []);
    return stats(articleId, 'removed');
  });
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
function skippingEmpty(tx: Tx): Tx {
  return {
    run: (cypher, params = {}) => {
      const unwound = /^\s*UNWIND \$(\w+) AS/.exec(cypher)?.[1];
      const list = unwound ? params[unwound] : undefined;
      return Array.isArray(list) && list.length === 0 ? Promise.resolve([]) : tx.run(cypher, params);
    },
  };
}

function stats(articleId: string, outcome: ArticleOutcome, byKind?: Record<Kind, KindStats>): WriteStats {
  return {
    articleId,
    outcome,
    people: byKind?.person ?? NONE,
    quotes: byKind?.quote ?? NONE,
    meetings: byKind?.meeting ?? NONE,
    statements: byKind?.position ?? NONE,
  };
}
