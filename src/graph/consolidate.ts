/**
 * Consolidation of the blocks one article touches: reads the claims other articles made in those
 * blocks, adds this article's, runs the order-free consolidation of src/resolve, and rewrites the
 * blocks' fact nodes and claim edges. Everything runs in the caller's transaction.
 */
import type { Tx } from './driver.js';
import { topicId, type ArticleClaims, type MeetingClaim, type PersonClaim, type PositionClaim, type QuoteClaim, type Source } from '../resolve/claims.js';
import type { Cluster } from '../resolve/cluster.js';
import { consolidatePeople } from '../resolve/people.js';
import { consolidateQuotes } from '../resolve/quotes.js';
import { consolidateMeetings, type MeetingCluster } from '../resolve/meetings.js';
import { consolidatePositions } from '../resolve/positions.js';

/** The fact kinds consolidated by block, with their node label and claim edge type (fixed strings, never user values). */
export const KINDS = {
  person: { label: 'Person', edge: 'MENTIONS' },
  quote: { label: 'Quote', edge: 'SUPPORTS' },
  meeting: { label: 'Meeting', edge: 'SUPPORTS' },
  position: { label: 'Position', edge: 'SUPPORTS' },
} as const;
export type Kind = keyof typeof KINDS;

export type Blocks = Record<Kind, string[]>;

/** Per kind: how many of the article's facts were new nodes and how many merged into existing ones. */
export interface KindStats {
  added: number;
  merged: number;
}

type AnyClaim = PersonClaim | QuoteClaim | MeetingClaim | PositionClaim;

/** Claim properties stored on the edge (the source fields live on the Article and its Outlet). */
function edgeProps(claim: AnyClaim): Record<string, unknown> {
  const { articleId: _a, published: _p, outletId: _o, ...rest } = claim;
  return rest;
}

async function readClaims<C>(tx: Tx, kind: Kind, blocks: string[]): Promise<C[]> {
  if (blocks.length === 0) return [];
  const { label, edge } = KINDS[kind];
  const rows = await tx.run(
    `UNWIND $blocks AS b
     MATCH (n:${label} {block: b})<-[r:${edge}]-(a:Article)
     OPTIONAL MATCH (a)<-[:PUBLISHED]-(o:Outlet)
     RETURN a.id AS articleId, a.published AS published, o.id AS outletId, properties(r) AS claim`,
    { blocks },
  );
  return rows.map((r) => ({ ...(r.claim as object), articleId: r.articleId, published: r.published ?? null, outletId: r.outletId ?? null }) as C);
}

async function existingIds(tx: Tx, kind: Kind, blocks: string[]): Promise<Set<string>> {
  if (blocks.length === 0) return new Set();
  const rows = await tx.run(`UNWIND $blocks AS b MATCH (n:${KINDS[kind].label} {block: b}) RETURN n.id AS id`, { blocks });
  return new Set(rows.map((r) => r.id as string));
}

/** Rewrites one kind's blocks: stale nodes deleted, nodes upserted, claim edges recreated. */
async function writeClusters(tx: Tx, kind: Kind, blocks: string[], clusters: Cluster<object, AnyClaim>[]): Promise<void> {
  if (blocks.length === 0) return;
  const { label, edge } = KINDS[kind];
  const keep = clusters.map((c) => c.id);
  await tx.run(`UNWIND $blocks AS b MATCH (n:${label} {block: b})<-[r:${edge}]-(:Article) DELETE r`, { blocks });
  if (kind === 'meeting') {
    // MET edges name their meeting; drop those of meetings that are going, and the meetings' details.
    await tx.run(
      `UNWIND $blocks AS b MATCH (m:Meeting {block: b}) WHERE NOT m.id IN $keep
       OPTIONAL MATCH ()-[met:MET {meetingId: m.id}]->() DELETE met`,
      { blocks, keep },
    );
    await tx.run(`UNWIND $blocks AS b MATCH (d:Detail {block: b}) DETACH DELETE d`, { blocks });
  }
  await tx.run(`UNWIND $blocks AS b MATCH (n:${label} {block: b}) WHERE NOT n.id IN $keep DETACH DELETE n`, { blocks, keep });
  await tx.run(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n = row.props`, {
    rows: clusters.map((c) => ({ id: c.id, props: { id: c.id, ...c.props } })),
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Article {id: row.articleId}) MATCH (n:${label} {id: row.id})
     CREATE (a)-[r:${edge}]->(n) SET r = row.props`,
    { rows: clusters.flatMap((c) => c.claims.map((claim) => ({ id: c.id, articleId: claim.articleId, props: edgeProps(claim) }))) },
  );
  if (kind === 'meeting') {
    const details = (clusters as MeetingCluster[]).flatMap((m) => m.details);
    await tx.run(
      `UNWIND $rows AS row
       MATCH (m:Meeting {id: row.meetingId})
       CREATE (d:Detail) SET d = row.props
       CREATE (m)-[:HAS_DETAIL]->(d)`,
      { rows: details.map((d) => ({ meetingId: d.props.meetingId, props: { id: d.id, ...d.props } })) },
    );
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Article {id: row.articleId}) MATCH (d:Detail {id: row.id})
       CREATE (a)-[r:SUPPORTS]->(d) SET r = row.props`,
      {
        rows: details.flatMap((d) =>
          d.claims.map((c) => ({
            id: d.id,
            articleId: c.articleId,
            props: { claim: c.claim, field: d.props.field, value: d.props.value, sentence: c.sentence, start: c.start, end: c.end, rule: c.rule, confidence: c.confidence },
          })),
        ),
      },
    );
  }
  // Topics the facts are about, from their claims.
  if (kind !== 'person') {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (f:${label} {id: row.id})
       OPTIONAL MATCH (f)-[old:ABOUT]->(:Topic) DELETE old`,
      { rows: clusters.map((c) => ({ id: c.id })) },
    );
    const about = clusters.flatMap((c) =>
      [...new Set(c.claims.flatMap((claim) => ('topics' in claim ? claim.topics : [])))].sort().map((name) => ({ id: c.id, topicId: topicId(name), name })),
    );
    await tx.run(
      `UNWIND $rows AS row
       MATCH (f:${label} {id: row.id})
       MERGE (t:Topic {id: row.topicId}) ON CREATE SET t.name = row.name
       MERGE (f)-[:ABOUT]->(t)`,
      { rows: about },
    );
  }
}

const CONSOLIDATE: Record<Kind, (claims: never[]) => Cluster<object, AnyClaim>[]> = {
  person: consolidatePeople as never,
  quote: consolidateQuotes as never,
  meeting: consolidateMeetings as never,
  position: consolidatePositions as never,
};

const CLAIMS_OF: Record<Kind, (a: ArticleClaims) => AnyClaim[]> = {
  person: (a) => a.people,
  quote: (a) => a.quotes,
  meeting: (a) => a.meetings,
  position: (a) => a.positions,
};

/**
 * Consolidates `blocks` again with `claims` (this article's new claims, or none when it is being
 * removed) and returns, per kind, how this article's facts landed.
 */
export async function consolidateBlocks(tx: Tx, blocks: Blocks, claims: ArticleClaims | null): Promise<Record<Kind, KindStats>> {
  const stats = {} as Record<Kind, KindStats>;
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const before = await existingIds(tx, kind, blocks[kind]);
    const others = await readClaims<AnyClaim>(tx, kind, blocks[kind]);
    const mine = claims ? CLAIMS_OF[kind](claims) : [];
    const clusters = CONSOLIDATE[kind]([...others, ...mine] as never[]);
    await writeClusters(tx, kind, blocks[kind], clusters);
    const articleId = claims?.source.articleId;
    const landed = new Set(clusters.filter((c) => c.claims.some((x) => x.articleId === articleId)).map((c) => c.id));
    stats[kind] = { added: [...landed].filter((id) => !before.has(id)).length, merged: [...landed].filter((id) => before.has(id)).length };
  }
  return stats;
}

export type { Source };
