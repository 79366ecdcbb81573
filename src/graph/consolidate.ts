/**
 * Consolidation of the blocks the articles being written touch: reads the claims other articles
 * made in those blocks, adds these articles', runs the order-free consolidation of src/resolve, and
 * writes the difference between the result and what is stored (nodes, claim edges, topics,
 * details). Everything runs in the caller's transaction.
 */
import type { Tx } from './driver.js';
import {
  topicId,
  type ArticleClaims,
  type MeetingClaim,
  type PersonClaim,
  type PositionClaim,
  type QuoteClaim,
  type Source,
} from '../resolve/claims.js';
import type { Cluster } from '../resolve/cluster.js';
import { consolidatePeople } from '../resolve/people.js';
import { consolidateQuotes } from '../resolve/quotes.js';
import { consolidateMeetings, type MeetingCluster } from '../resolve/meetings.js';
import { consolidatePositions } from '../resolve/positions.js';
import { withoutLinks } from './links.js';

/** The fact kinds consolidated by block, with their node label and claim edge type (fixed strings, never user values). */
export const KINDS = {
  person: { label: 'Person', edge: 'MENTIONS', unit: 'block' },
  quote: { label: 'Quote', edge: 'SUPPORTS', unit: 'block' },
  meeting: { label: 'Meeting', edge: 'SUPPORTS', unit: 'block' },
  // Positions merge only equal wordings of one speaker's family: each node is a unit of its own.
  position: { label: 'Position', edge: 'SUPPORTS', unit: 'id' },
} as const;
export type Kind = keyof typeof KINDS;

/** Per kind, the units to consolidate again: block keys, or node ids for kinds whose unit is the node. */
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

/** A fact node stored in a block: its properties and its claim edges (article id + claim key). */
interface StoredNode {
  props: Record<string, unknown>;
  claims: Map<string, Record<string, unknown>>;
}

const claimKey = (articleId: string, claim: string) => `${articleId}\u0000${claim}`;

/** The claims stored in `blocks` (other articles'), and the nodes they support now. */
async function readClaims<C>(
  tx: Tx,
  kind: Kind,
  blocks: string[],
): Promise<{ claims: C[]; nodes: Map<string, StoredNode> }> {
  const nodes = new Map<string, StoredNode>();
  if (blocks.length === 0) return { claims: [], nodes };
  blocks = [...new Set(blocks)];
  const { label, edge, unit } = KINDS[kind];
  // Consolidation never looks at a claim's evidence sentence, and claims that move to another
  // node are moved in Cypher with all their properties: only meeting details, rewritten from
  // their claims, need the sentences. Leaving them out halves what big blocks send back.
  const claim = kind === 'meeting' ? 'properties(r)' : 'r {.*, sentence: null}';
  const rows = await tx.run(
    `UNWIND $blocks AS b
     MATCH (n:${label} {${unit}: b})
     CALL (n) {
       OPTIONAL MATCH (n)<-[r:${edge}]-(a:Article)
       OPTIONAL MATCH (a)<-[:PUBLISHED]-(o:Outlet)
       RETURN collect({articleId: a.id, published: a.published, outletId: o.id, claim: ${claim}}) AS claims
     }
     RETURN n.id AS nodeId, properties(n) AS props, claims`,
    { blocks },
  );
  const claims: C[] = [];
  for (const r of rows) {
    // The codes the link step stores are not consolidation's: compared without them (src/graph/links.ts).
    const node: StoredNode = { props: withoutLinks(r.props as Record<string, unknown>), claims: new Map() };
    nodes.set(r.nodeId as string, node);
    for (const c of r.claims as {
      articleId: string | null;
      published: string | null;
      outletId: string | null;
      claim: Record<string, unknown> | null;
    }[]) {
      if (c.articleId === null || c.claim === null) continue;
      node.claims.set(claimKey(c.articleId, c.claim.claim as string), c.claim);
      claims.push({
        ...c.claim,
        articleId: c.articleId,
        published: c.published ?? null,
        outletId: c.outletId ?? null,
      } as C);
    }
  }
  return { claims, nodes };
}

/** Neo4j keeps no null properties and no key order: compare values the way they are stored. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}
const sameValue = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** What a rewrite of one kind's blocks changed: the derived edges around these are recomputed. */
export interface BlockChanges {
  /** Nodes created or whose properties or claims changed. */
  changed: string[];
  /** Claims that moved from one node to another (person claims: their article and local id). */
  moved: { articleId: string; local: string | null }[];
}

/** What writing `clusters` over the `stored` nodes of their blocks must change. */
interface ClusterDiff {
  /** Clusters that are new, or whose properties or claims changed. */
  changed: Cluster<object, AnyClaim>[];
  moved: BlockChanges['moved'];
  /** Stored claims that now support another node. */
  move: { from: string; to: string; articleId: string; claim: string }[];
  /** Claims not stored yet. */
  link: { id: string; articleId: string; props: Record<string, unknown> }[];
  /** Stored nodes that no cluster keeps. */
  gone: string[];
}

function diffClusters(stored: Map<string, StoredNode>, clusters: Cluster<object, AnyClaim>[]): ClusterDiff {
  const keep = new Set(clusters.map((c) => c.id));
  const diff: ClusterDiff = {
    changed: [],
    moved: [],
    move: [],
    link: [],
    gone: [...stored.keys()].filter((id) => !keep.has(id)),
  };
  const storedAt = new Map<string, string>();
  for (const [id, node] of stored) for (const key of node.claims.keys()) storedAt.set(key, id);
  for (const c of clusters) {
    const props = { id: c.id, ...c.props };
    const before = stored.get(c.id);
    let claimsChanged = !before || before.claims.size !== c.claims.length;
    for (const claim of c.claims) {
      const key = claimKey(claim.articleId, claim.claim);
      const from = storedAt.get(key);
      if (from === c.id) continue;
      claimsChanged = true;
      if (from === undefined) diff.link.push({ id: c.id, articleId: claim.articleId, props: edgeProps(claim) });
      else {
        diff.moved.push({ articleId: claim.articleId, local: 'local' in claim ? claim.local : null });
        diff.move.push({ from, to: c.id, articleId: claim.articleId, claim: claim.claim });
      }
    }
    if (claimsChanged || !before || !sameValue(before.props, props)) diff.changed.push(c);
  }
  return diff;
}

/** A changed node as written: its properties, its topics and (meetings) its details with their claims. */
function nodeRow(kind: Kind, c: Cluster<object, AnyClaim>) {
  return {
    id: c.id,
    props: { id: c.id, ...c.props },
    topics:
      kind === 'person'
        ? []
        : [...new Set(c.claims.flatMap((claim) => ('topics' in claim ? claim.topics : [])))]
            .sort()
            .map((name) => ({ id: topicId(name), name })),
    details:
      kind === 'meeting'
        ? (c as MeetingCluster).details.map((d) => ({
            props: { id: d.id, ...d.props },
            claims: d.claims.map((x) => ({
              articleId: x.articleId,
              props: {
                claim: x.claim,
                field: d.props.field,
                value: d.props.value,
                sentence: x.sentence,
                start: x.start,
                end: x.end,
                rule: x.rule,
                confidence: x.confidence,
              },
            })),
          }))
        : [],
  };
}

/**
 * Brings one kind's blocks to the consolidated `clusters` by writing only the difference with what
 * is stored: nodes no cluster keeps go, claims that moved to another node move, changed nodes get
 * their new properties, topics and (meetings) details. A block that grows by one report costs
 * the writes of that report, not of the whole block.
 */
async function writeClusters(
  tx: Tx,
  kind: Kind,
  stored: Map<string, StoredNode>,
  clusters: Cluster<object, AnyClaim>[],
): Promise<BlockChanges> {
  const { label, edge } = KINDS[kind];
  const { changed, moved, move, link, gone } = diffClusters(stored, clusters);
  const rows = changed.map((c) => nodeRow(kind, c));
  await tx.run(
    `UNWIND $rows AS row
     MERGE (n:${label} {id: row.id}) SET n = row.props
     WITH n, row
     CALL (n, row) {
       OPTIONAL MATCH (n)-[old:ABOUT]->(:Topic) DELETE old
     }
     CALL (n, row) {
       UNWIND row.topics AS t
       MERGE (tp:Topic {id: t.id}) ON CREATE SET tp.name = t.name
       MERGE (n)-[:ABOUT]->(tp)
     }
     CALL (n, row) {
       OPTIONAL MATCH (n)-[:HAS_DETAIL]->(old:Detail) DETACH DELETE old
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
  // Stored claims that now support another node move there with all their properties, before
  // the nodes no cluster keeps go.
  await tx.run(
    `UNWIND $move AS m
     MATCH (a:Article {id: m.articleId})-[r:${edge} {claim: m.claim}]->(:${label} {id: m.from})
     MATCH (n:${label} {id: m.to})
     CREATE (a)-[r2:${edge}]->(n) SET r2 = properties(r)
     DELETE r`,
    { move },
  );
  await tx.run(
    `UNWIND $gone AS id
     MATCH (n:${label} {id: id})
     CALL (n) { MATCH ()-[met:MET {meetingId: n.id}]->() DELETE met }
     CALL (n) { MATCH (n)-[:HAS_DETAIL]->(d:Detail) DETACH DELETE d }
     DETACH DELETE n`,
    { gone },
  );
  await tx.run(
    `UNWIND $link AS l
     MATCH (a:Article {id: l.articleId})
     MATCH (n:${label} {id: l.id})
     CREATE (a)-[r:${edge}]->(n) SET r = l.props`,
    { link },
  );
  return { changed: changed.map((c) => c.id), moved };
}

const CONSOLIDATE: Record<Kind, (claims: never[]) => Cluster<object, AnyClaim>[]> = {
  person: consolidatePeople,
  quote: consolidateQuotes,
  meeting: consolidateMeetings,
  position: consolidatePositions,
};

const CLAIMS_OF: Record<Kind, (a: ArticleClaims) => AnyClaim[]> = {
  person: (a) => a.people,
  quote: (a) => a.quotes,
  meeting: (a) => a.meetings,
  position: (a) => a.positions,
};

/**
 * Consolidates `blocks` again with `claims` (the new claims of the articles being written; none
 * for articles being removed). Returns, per article and kind, how its facts landed, and per kind
 * what changed in the graph.
 */
export async function consolidateBlocks(
  tx: Tx,
  blocks: Blocks,
  claims: ArticleClaims[],
): Promise<{ stats: Map<string, Record<Kind, KindStats>>; changes: Record<Kind, BlockChanges> }> {
  const stats = new Map<string, Record<Kind, KindStats>>(
    claims.map((c) => [c.source.articleId, {} as Record<Kind, KindStats>]),
  );
  const changes = {} as Record<Kind, BlockChanges>;
  for (const kind of Object.keys(KINDS) as Kind[]) {
    const { claims: others, nodes } = await readClaims<AnyClaim>(tx, kind, blocks[kind]);
    const mine = claims.flatMap((c) => CLAIMS_OF[kind](c));
    const clusters = CONSOLIDATE[kind]([...others, ...mine] as never[]);
    changes[kind] = await writeClusters(tx, kind, nodes, clusters);
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
      perKind[kind] = {
        added: ids.filter((id) => !nodes.has(id)).length,
        merged: ids.filter((id) => nodes.has(id)).length,
      };
    }
  }
  return { stats, changes };
}

export type { Source };
