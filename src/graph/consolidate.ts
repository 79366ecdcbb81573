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

/** The claims stored in `blocks` (other articles'), with the ids of the nodes they support now. */
async function readClaims<C>(tx: Tx, kind: Kind, blocks: string[]): Promise<{ claims: C[]; existing: Set<string> }> {
  if (blocks.length === 0) return { claims: [], existing: new Set() };
  blocks = [...new Set(blocks)];
  const { label, edge } = KINDS[kind];
  const rows = await tx.run(
    `UNWIND $blocks AS b
     MATCH (n:${label} {block: b})
     OPTIONAL MATCH (n)<-[r:${edge}]-(a:Article)
     OPTIONAL MATCH (a)<-[:PUBLISHED]-(o:Outlet)
     RETURN n.id AS nodeId, a.id AS articleId, a.published AS published, o.id AS outletId, properties(r) AS claim`,
    { blocks },
  );
  return {
    existing: new Set(rows.map((r) => r.nodeId as string)),
    claims: rows
      .filter((r) => r.articleId !== null)
      .map((r) => ({ ...(r.claim as object), articleId: r.articleId, published: r.published ?? null, outletId: r.outletId ?? null }) as C),
  };
}

/**
 * Rewrites one kind's blocks in two statements: the old claim edges and the nodes no cluster
 * keeps go; then every cluster's node is upserted with its claim edges, topics and (meetings)
 * details.
 */
async function writeClusters(tx: Tx, kind: Kind, blocks: string[], clusters: Cluster<object, AnyClaim>[]): Promise<void> {
  if (blocks.length === 0) return;
  const { label, edge } = KINDS[kind];
  const keep = clusters.map((c) => c.id);
  await tx.run(
    `UNWIND $blocks AS b
     MATCH (n:${label} {block: b})
     CALL (n) { MATCH (n)<-[r:${edge}]-(:Article) DELETE r }
     CALL (n) { MATCH (n)-[:HAS_DETAIL]->(d:Detail) DETACH DELETE d }
     WITH n WHERE NOT n.id IN $keep
     CALL (n) { MATCH ()-[met:MET {meetingId: n.id}]->() DELETE met }
     DETACH DELETE n`,
    { blocks, keep },
  );
  const rows = clusters.map((c) => ({
    id: c.id,
    props: { id: c.id, ...c.props },
    claims: c.claims.map((claim) => ({ articleId: claim.articleId, props: edgeProps(claim) })),
    topics:
      kind === 'person'
        ? []
        : [...new Set(c.claims.flatMap((claim) => ('topics' in claim ? claim.topics : [])))].sort().map((name) => ({ id: topicId(name), name })),
    details:
      kind === 'meeting'
        ? (c as MeetingCluster).details.map((d) => ({
            props: { id: d.id, ...d.props },
            claims: d.claims.map((x) => ({
              articleId: x.articleId,
              props: { claim: x.claim, field: d.props.field, value: d.props.value, sentence: x.sentence, start: x.start, end: x.end, rule: x.rule, confidence: x.confidence },
            })),
          }))
        : [],
  }));
  await tx.run(
    `UNWIND $rows AS row
     MERGE (n:${label} {id: row.id}) SET n = row.props
     WITH n, row
     CALL (n, row) {
       UNWIND row.claims AS c
       MATCH (a:Article {id: c.articleId})
       CREATE (a)-[r:${edge}]->(n) SET r = c.props
     }
     CALL (n, row) {
       OPTIONAL MATCH (n)-[old:ABOUT]->(:Topic) DELETE old
     }
     CALL (n, row) {
       UNWIND row.topics AS t
       MERGE (tp:Topic {id: t.id}) ON CREATE SET tp.name = t.name
       MERGE (n)-[:ABOUT]->(tp)
     }
     CALL (n, row) {
       UNWIND row.details AS d
       CREATE (det:Detail) SET det = d.props
       CREATE (n)-[:HAS_DETAIL]->(det)
       WITH det, d
       UNWIND d.claims AS c
       MATCH (a:Article {id: c.articleId})
       CREATE (a)-[r:SUPPORTS]->(det) SET r = c.props
     }`,
    { rows },
  );
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
 * Consolidates `blocks` again with `claims` (the new claims of the articles being written; none
 * for articles being removed) and returns, per article and kind, how its facts landed.
 */
export async function consolidateBlocks(tx: Tx, blocks: Blocks, claims: ArticleClaims[]): Promise<Map<string, Record<Kind, KindStats>>> {
  const stats = new Map<string, Record<Kind, KindStats>>(claims.map((c) => [c.source.articleId, {} as Record<Kind, KindStats>]));
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const { claims: others, existing: before } = await readClaims<AnyClaim>(tx, kind, blocks[kind]);
    const mine = claims.flatMap((c) => CLAIMS_OF[kind](c));
    const clusters = CONSOLIDATE[kind]([...others, ...mine] as never[]);
    await writeClusters(tx, kind, blocks[kind], clusters);
    const landed = new Map<string, Set<string>>();
    for (const c of clusters)
      for (const x of c.claims) {
        if (!stats.has(x.articleId)) continue;
        let s = landed.get(x.articleId);
        if (!s) landed.set(x.articleId, (s = new Set()));
        s.add(c.id);
      }
    for (const [articleId, perKind] of stats) {
      const ids = [...(landed.get(articleId) ?? [])];
      perKind[kind] = { added: ids.filter((id) => !before.has(id)).length, merged: ids.filter((id) => before.has(id)).length };
    }
  }
  return stats;
}

export type { Source };
