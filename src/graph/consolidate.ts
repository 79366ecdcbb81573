/**
 * Consolidation of the facts (quotes, meetings, positions) that the articles being written touch,
 * inside the caller's transaction. A write does not read its blocks: it finds, through index
 * lookups, the stored nodes its new claims can bear on (quotes sharing a run of words, meetings
 * on neighbouring days or in the same month, the positions with the same words), widens that set
 * until no stored node outside it can change the outcome, runs the order-free rules of src/resolve
 * on the claims of those nodes only, and writes the difference. A fact is what a handful of
 * reports say, so this costs about the same whatever the size of the graph.
 *
 * The same rules run over whole blocks in `diplograph reconsolidate` (src/graph/reconsolidate.ts):
 * both give the same graph, which the tests check.
 */
import type { Tx } from './driver.js';
import { canonicalOrder, groupBy, type Cluster } from '../resolve/cluster.js';
import { outletId, topicId, type MeetingClaim, type PositionClaim, type QuoteClaim } from '../resolve/claims.js';
import {
  blockTag,
  formsOf,
  isLong,
  lookupTerms,
  quoteBlock,
  related,
  type BodyInfo,
  type Form,
} from '../resolve/quotes.js';
import { addDays, consolidateMeetings, isDay, isMonth, type MeetingCluster } from '../resolve/meetings.js';
import { consolidatePositions, positionId } from '../resolve/positions.js';
import { containsRun } from '../resolve/normalize.js';
import { consolidateQuotes } from '../resolve/quotes.js';
import { withoutLinks } from './links.js';

/** The fact kinds, with their node label (fixed strings, never user values). */
export const FACT_KINDS = {
  quote: { label: 'Quote' },
  meeting: { label: 'Meeting' },
  position: { label: 'Position' },
} as const;
export type FactKind = keyof typeof FACT_KINDS;

export type FactClaim = QuoteClaim | MeetingClaim | PositionClaim;

/** Per kind: how many of an article's facts were new nodes and how many merged into existing ones. */
export interface KindStats {
  added: number;
  merged: number;
}

/** What a rewrite of one kind changed: the derived edges around these are recomputed. */
export interface FactChanges {
  /** Nodes created or whose properties or claims changed. */
  changed: string[];
  /** Topics that lost an ABOUT edge (deleted if nothing else refers to them). */
  topics: string[];
}

/**
 * Claim properties stored on the edge (the source fields live on the Article and its Outlet; a
 * person claim's `reported` day is read again from the article).
 */
export function edgeProps(claim: object): Record<string, unknown> {
  const { articleId: _a, published: _p, outletId: _o, reported: _r, ...rest } = claim as Record<string, unknown>;
  return rest;
}

/** A fact node as stored: its properties and its claim edges (article id + claim key). */
export interface StoredNode {
  props: Record<string, unknown>;
  claims: Map<string, Record<string, unknown>>;
  /** The claims it held of the articles being replaced or removed (as stored: they go with this write). */
  removed: Record<string, unknown>[];
}

/**
 * The stored properties consolidation owns: those its clusters give (every key, null when a value
 * is missing). Properties other stages write on the same nodes (`diplograph link gdelt`'s
 * `gdeltEventIds` and `gdeltSourceUrls` on meetings) are neither compared nor overwritten: nodes are
 * written with `SET n += props`, where a null removes a property consolidation no longer gives.
 */
function ownProps(stored: Record<string, unknown>, props: object): Record<string, unknown> {
  return Object.fromEntries(Object.keys(props).map((k) => [k, stored[k] ?? null]));
}

/**
 * Nodes read so far and the claims they hold (as claims, with their source fields). The claims of
 * the articles being replaced or removed are kept apart: they count for "before", not "after".
 */
export class Working<C> {
  readonly nodes = new Map<string, StoredNode>();
  readonly claims: C[] = [];
  readonly removedClaims: C[] = [];
  constructor(readonly removed: ReadonlySet<string> = new Set()) {}
  has(id: string): boolean {
    return this.nodes.has(id);
  }
  /** The claims as stored before this write. */
  get before(): C[] {
    return [...this.claims, ...this.removedClaims];
  }
}

export const claimKey = (articleId: string, claim: string) => `${articleId}\u0000${claim}`;

/** Reads fact nodes by id, with every claim they hold, into `into` (ids already there are skipped). */
export async function readFacts<C>(tx: Tx, kind: FactKind, ids: Iterable<string>, into: Working<C>): Promise<void> {
  const todo = [...new Set(ids)].filter((id) => !into.has(id)).sort();
  if (todo.length === 0) return;
  const { label } = FACT_KINDS[kind];
  // Consolidation never looks at a claim's evidence sentence, and claims that move to another
  // node are moved in Cypher with all their properties: only meeting details, rewritten from
  // their claims, need the sentences.
  const claim = kind === 'meeting' ? 'properties(r)' : 'r {.*, sentence: null}';
  const rows = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:${label} {id: id})
     CALL (n) {
       OPTIONAL MATCH (n)<-[r:SUPPORTS]-(a:Article)
       RETURN collect({articleId: a.id, published: a.published, outlet: a.outlet, claim: ${claim}}) AS claims
     }
     RETURN n.id AS nodeId, ${kind === 'quote' ? QUOTE_READ : 'properties(n)'} AS props, claims`,
    { ids: todo },
  );
  for (const r of rows) {
    // The codes the link step stores are not consolidation's: compared without them (src/graph/links.ts).
    const props = withoutLinks(r.props as Record<string, unknown>);
    if (kind === 'quote') props.wordingText = wordingTextOf(props.wordings);
    const node: StoredNode = { props, claims: new Map(), removed: [] };
    into.nodes.set(r.nodeId as string, node);
    for (const c of r.claims as {
      articleId: string | null;
      published: string | null;
      outlet: string | null;
      claim: Record<string, unknown> | null;
    }[]) {
      if (c.articleId === null || c.claim === null) continue;
      const claim = {
        ...c.claim,
        articleId: c.articleId,
        published: c.published ?? null,
        // An article's outlet node is the one its outlet name gives (writeArticles): no edge to read.
        outletId: outletId(c.outlet ?? null),
      } as C;
      if (into.removed.has(c.articleId)) {
        into.removedClaims.push(claim);
        node.removed.push(c.claim);
        continue;
      }
      node.claims.set(claimKey(c.articleId, c.claim.claim as string), c.claim);
      into.claims.push(claim);
    }
  }
}

/**
 * A popular quote's wordings (hundreds, ~100 KB) are stored once, as `wordings`; `wordingText`
 * (what the search index `quote_text` reads) is the same text joined, and `matchKeys` (its lookup
 * keys, thousands) are QuoteKey nodes of their own. Consolidation reads a quote's properties to
 * compare them, and reading those two as well tripled the properties a write of such a quote
 * read, so it reads the others only (consolidation's own, `QuoteProps` in src/resolve/quotes.ts) and makes
 * `wordingText` again from the wordings.
 */
export const QUOTE_PROPS_READ = [
  'id',
  'block',
  'text',
  'wordings',
  'excerpts',
  'articleIds',
  'sourceCount',
  'firstReported',
  'lastReported',
  'confidence',
] as const;
const QUOTE_READ = `n {${QUOTE_PROPS_READ.map((k) => `.${k}`).join(', ')}}`;

const wordingTextOf = (wordings: unknown): string | undefined =>
  Array.isArray(wordings) ? (wordings as string[]).join(' | ') : undefined;

/**
 * The properties a fact node is written with: its cluster's. A quote's `matchKeys` are not a
 * property but QuoteKey nodes (`writeQuoteKeys`): as a property, a list of thousands of keys
 * (about 90 KB for the most quoted quote of the 20,000-report bench corpus) was rewritten whole
 * whenever a popular quote gained a report. Written as null, which removes the list from quotes
 * written by versions that kept it.
 */
function storedProps(c: Cluster<object, FactClaim>): Record<string, unknown> {
  const props: Record<string, unknown> = { id: c.id, ...c.props };
  if ('matchKeys' in props) props.matchKeys = null;
  return props;
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
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** What writing `clusters` over the `stored` nodes must change. */
interface ClusterDiff {
  /** Clusters that are new, or whose properties or claims changed. */
  changed: Cluster<object, FactClaim>[];
  /** Stored claims that now support another node. */
  move: { from: string; to: string; articleId: string; claim: string }[];
  /** Claims not stored yet. */
  link: { id: string; articleId: string; props: Record<string, unknown> }[];
  /** Stored nodes that no cluster keeps. */
  gone: string[];
}

function diffClusters(stored: Map<string, StoredNode>, clusters: Cluster<object, FactClaim>[]): ClusterDiff {
  const keep = new Set(clusters.map((c) => c.id));
  const diff: ClusterDiff = { changed: [], move: [], link: [], gone: [...stored.keys()].filter((id) => !keep.has(id)) };
  const storedAt = new Map<string, string>();
  for (const [id, node] of stored) for (const key of node.claims.keys()) storedAt.set(key, id);
  for (const c of clusters) {
    const props = storedProps(c);
    const before = stored.get(c.id);
    let claimsChanged = !before || before.claims.size !== c.claims.length;
    for (const claim of c.claims) {
      const from = storedAt.get(claimKey(claim.articleId, claim.claim));
      if (from === c.id) continue;
      claimsChanged = true;
      if (from === undefined) diff.link.push({ id: c.id, articleId: claim.articleId, props: edgeProps(claim) });
      else diff.move.push({ from, to: c.id, articleId: claim.articleId, claim: claim.claim });
    }
    if (claimsChanged || !before || !sameValue(ownProps(before.props, props), props)) diff.changed.push(c);
  }
  return diff;
}

/** A changed node as written: its properties, its topics and (meetings) its details with their claims. */
function nodeRow(kind: FactKind, c: Cluster<object, FactClaim>) {
  return {
    id: c.id,
    props: storedProps(c),
    topics: [...new Set(c.claims.flatMap((claim) => ('topics' in claim ? claim.topics : [])))]
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

/** A meeting's details made again from its claims (only meetings have them: the other kinds skip two subqueries per node). */
const WRITE_DETAILS = `
     CALL (n) {
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
     }`;

/** A meeting's MET edges and details, deleted with it. */
const DELETE_MEETING_EDGES = `
     CALL (n) { MATCH ()-[met:MET {meetingId: n.id}]->() DELETE met }
     CALL (n) { MATCH (n)-[:HAS_DETAIL]->(d:Detail) DETACH DELETE d }`;

/**
 * Brings `stored` (the nodes read) to `clusters` by writing only the difference: nodes no cluster
 * keeps go, claims that moved to another node move, changed nodes get their new properties,
 * topics and (meetings) details, new claims get their edges. A changed node keeps its ABOUT edges
 * to the topics it still has (a topic has tens of thousands of them: deleting and making again
 * the same edge cost a write on that large node for each fact changed). Every stored node must
 * be either kept by a cluster or gone, and every claim of a cluster stored on a read node or new.
 */
export async function writeClusters(
  tx: Tx,
  kind: FactKind,
  stored: Map<string, StoredNode>,
  clusters: Cluster<object, FactClaim>[],
): Promise<FactChanges> {
  const { label } = FACT_KINDS[kind];
  const { changed, move, link, gone } = diffClusters(stored, clusters);
  const rows = changed.map((c) => nodeRow(kind, c));
  const topics: string[] = [];
  const written = await tx.run(
    `UNWIND $rows AS row
     MERGE (n:${label} {id: row.id}) SET n += row.props
     WITH n, row
     CALL (n, row) {
       OPTIONAL MATCH (n)-[old:ABOUT]->(t:Topic) WHERE NOT t.id IN [x IN row.topics | x.id]
       DELETE old RETURN collect(t.id) AS oldTopics
     }
     CALL (n, row) {
       UNWIND row.topics AS t
       MERGE (tp:Topic {id: t.id}) ON CREATE SET tp.name = t.name
       MERGE (n)-[:ABOUT]->(tp)
     }
     ${kind === 'meeting' ? WRITE_DETAILS : ''}
     RETURN oldTopics`,
    { rows },
  );
  for (const r of written) topics.push(...(r.oldTopics as string[]));
  // Stored claims that now support another node move there with all their properties, before
  // the nodes no cluster keeps go.
  await tx.run(
    `UNWIND $move AS m
     MATCH (a:Article {id: m.articleId})-[r:SUPPORTS {claim: m.claim}]->(:${label} {id: m.from})
     MATCH (n:${label} {id: m.to})
     CREATE (a)-[r2:SUPPORTS]->(n) SET r2 = properties(r)
     DELETE r`,
    { move },
  );
  const removed = await tx.run(
    `UNWIND $gone AS id
     MATCH (n:${label} {id: id})
     ${kind === 'meeting' ? DELETE_MEETING_EDGES : ''}
     CALL (n) { OPTIONAL MATCH (n)-[:ABOUT]->(t:Topic) RETURN collect(t.id) AS oldTopics }
     DETACH DELETE n
     RETURN oldTopics`,
    { gone },
  );
  for (const r of removed) topics.push(...(r.oldTopics as string[]));
  if (kind === 'quote') await writeQuoteKeys(tx, stored, changed, gone);
  await tx.run(
    `UNWIND $link AS l
     MATCH (a:Article {id: l.articleId})
     MATCH (n:${label} {id: l.id})
     CREATE (a)-[r:SUPPORTS]->(n) SET r = l.props`,
    { link },
  );
  return { changed: changed.map((c) => c.id), topics: [...new Set(topics)] };
}

// ---------------------------------------------------------------------------------------------
// Quotes: stored quotes are found by the runs of words they share with a wording. Each key of a
// quote's `matchKeys` is a `QuoteKey {key, quote}` node of its own (schema: the `quote_key` range
// index), not part of the graph (export and counts leave them out, like Lock nodes): a quote
// reported in many wordings has thousands of keys, and a fulltext index over the list reindexed
// the whole list each time the quote changed; with a node per key, a new wording adds its own few
// keys, and a lookup is one exact index seek per term.

const keysOf = (props: object): string[] => (props as { matchKeys?: string[] }).matchKeys ?? [];

/**
 * The lookup keys of a set of wordings of one block: a quote's keys are its forms' lookup terms
 * (`quotesOf` in src/resolve/quotes.ts), and a form's terms depend on its words only, so the keys
 * of a quote are the union of its wordings'. (Sorted, each once, as `matchKeys`.)
 */
export function keysOfWordings(block: string, wordings: string[]): string[] {
  const tag = blockTag(block);
  // The article only matters for a phrase, which has no key.
  const forms = formsOf(wordings.map((wording) => ({ wording, articleId: '' })));
  return [...new Set(forms.flatMap((f) => lookupTerms(tag, f)))].sort();
}

/**
 * The keys a stored quote has: those of the claims it was read with, the claims it loses in this
 * write included. What the write that stored them gave it, under the same rules
 * (`diplograph reconsolidate` brings them to new rules).
 */
const storedKeys = (node: StoredNode): string[] =>
  keysOfWordings(
    node.props.block as string,
    [...node.claims.values(), ...node.removed].map((c) => c.wording as string),
  );

/**
 * Brings the QuoteKey nodes of the quotes a write changes or deletes to their new keys: only the
 * keys a quote gained are created and only those it lost deleted (its stored keys are those of
 * the claims it was read with: `storedKeys`). A changed quote not read before (new, or merged
 * onto an unread node of the same id) gets every key it has, merged, so a key is never missing;
 * a key left on a quote that no longer has it only makes a lookup find a candidate it then rejects.
 */
async function writeQuoteKeys(
  tx: Tx,
  stored: Map<string, StoredNode>,
  changed: Cluster<object, FactClaim>[],
  gone: string[],
): Promise<void> {
  const add: { key: string; quote: string }[] = [];
  const del: { key: string; quote: string }[] = [];
  for (const c of changed) {
    const before = stored.get(c.id);
    const now = keysOf(c.props);
    const old = new Set(before ? storedKeys(before) : []);
    const kept = new Set<string>();
    for (const key of now) {
      kept.add(key);
      if (!old.has(key)) add.push({ key, quote: c.id });
    }
    for (const key of old) if (!kept.has(key)) del.push({ key, quote: c.id });
  }
  for (const id of gone) {
    const node = stored.get(id);
    for (const key of new Set(node ? storedKeys(node) : [])) del.push({ key, quote: id });
  }
  if (del.length)
    await tx.run(`UNWIND $del AS d MATCH (k:QuoteKey {key: d.key}) WHERE k.quote = d.quote DELETE k`, { del });
  if (add.length) await tx.run(`UNWIND $add AS a MERGE (:QuoteKey {key: a.key, quote: a.quote})`, { add });
}

/**
 * Rebuilds the QuoteKey nodes of whole blocks from their clusters (`diplograph reconsolidate`,
 * after a rule change, or on a graph written by an older version): the block's keys (found by the
 * block's tag, which starts each of them) that point to one of `quoteIds` and that no cluster
 * gives go, the missing ones are made, and the `matchKeys` list older versions kept on the
 * quotes goes too.
 */
export async function rebuildQuoteKeys(
  tx: Tx,
  blocks: string[],
  quoteIds: Iterable<string>,
  clusters: Cluster<object, FactClaim>[],
): Promise<void> {
  const pair = (key: string, quote: string) => `${key}\u0000${quote}`;
  const want = new Map<string, { key: string; quote: string }>();
  for (const c of clusters) for (const key of keysOf(c.props)) want.set(pair(key, c.id), { key, quote: c.id });
  const ids = new Set([...quoteIds, ...clusters.map((c) => c.id)]);
  const have = await tx.run(
    `UNWIND $tags AS tag MATCH (k:QuoteKey) WHERE k.key STARTS WITH tag RETURN k.key AS key, k.quote AS quote`,
    { tags: [...new Set(blocks.map(blockTag))] },
  );
  const present = new Set(have.map((r) => pair(r.key as string, r.quote as string)));
  await tx.run(`UNWIND $del AS d MATCH (k:QuoteKey {key: d.key}) WHERE k.quote = d.quote DELETE k`, {
    del: have.filter((r) => ids.has(r.quote as string) && !want.has(pair(r.key as string, r.quote as string))),
  });
  await tx.run(`UNWIND $add AS a MERGE (:QuoteKey {key: a.key, quote: a.quote})`, {
    add: [...want].filter(([k]) => !present.has(k)).map(([, v]) => v),
  });
  await tx.run(`UNWIND $ids AS id MATCH (q:Quote {id: id}) WHERE q.matchKeys IS NOT NULL REMOVE q.matchKeys`, {
    ids: [...ids].sort(),
  });
}

type QuoteProbe =
  /** Quotes a new wording can be one with, contain or be contained in. */
  | { block: string; mode: 'related'; forms: Form[] }
  /** Quotes with a wording that contains `rep` (long): the candidates for a body's parent. */
  | { block: string; mode: 'containers'; rep: Form }
  /** Quotes with a long wording inside one of `forms`: excerpts that may now attach to them. */
  | { block: string; mode: 'excerpts'; forms: Form[]; length: number }
  /** The quotes of these articles: a short quote's containers, or the short quotes a quote may contain. */
  | { block: string; mode: 'articles'; articleIds: string[] };

type TextProbe = Exclude<QuoteProbe, { mode: 'articles' }>;

/** Lucene terms that find every stored quote a probe may bear on (a superset: each is then verified). */
function quoteTerms(p: TextProbe): string[] {
  const tag = blockTag(p.block);
  switch (p.mode) {
    case 'related':
      return p.forms.flatMap((f) => lookupTerms(tag, f));
    case 'containers':
      return lookupTerms(tag, p.rep);
    case 'excerpts':
      return p.forms.filter((f) => isLong(f.tokens)).flatMap((f) => lookupTerms(tag, f));
  }
}

function quoteVerifies(p: TextProbe, candidate: Form[]): boolean {
  switch (p.mode) {
    case 'related':
      return p.forms.some((f) => candidate.some((g) => related(f, g)));
    case 'containers':
      return candidate.some((g) => g.tokens.length > p.rep.tokens.length && containsRun(g.tokens, p.rep.tokens));
    case 'excerpts':
      return candidate.some((g) => g.tokens.length < p.length && p.forms.some((f) => containsRun(f.tokens, g.tokens)));
  }
}

/**
 * What one batch's quote lookups have found so far: the quotes each lookup term finds, and each
 * found quote's block and forms. Valid for the whole closure: no quote is written while it runs,
 * so each term is asked once per batch (the probes of a new body repeat the terms of its claims).
 */
interface QuoteLookups {
  byTerm: Map<string, string[]>;
  found: Map<string, { block: string; forms?: Form[] }>;
}

/**
 * Asks the index for the terms not asked yet in this batch, all in one statement (one exact seek
 * of the `quote_key` index per term): each quote found comes back once, with the asked terms
 * among its keys and, the first time, its wordings. A term asked in an earlier round of the batch
 * already has every quote that holds it (nothing is written while the closure reads).
 */
async function askTerms(tx: Tx, terms: string[], cache: QuoteLookups): Promise<void> {
  const missing = [...new Set(terms.filter((t) => !cache.byTerm.has(t)))];
  if (missing.length === 0) return;
  for (const t of missing) cache.byTerm.set(t, []);
  const hits = await tx.run(
    `UNWIND $terms AS term
     MATCH (k:QuoteKey {key: term})
     WITH k.quote AS id, collect(DISTINCT term) AS keys
     MATCH (node:Quote {id: id})
     RETURN id, node.block AS block, keys,
            CASE WHEN id IN $known THEN null ELSE node.wordings END AS wordings`,
    { terms: missing, known: [...cache.found.keys()] },
  );
  for (const r of hits) {
    const id = r.id as string;
    for (const key of (r.keys as string[] | null) ?? []) cache.byTerm.get(key)?.push(id);
    if (cache.found.has(id)) continue;
    // Only the stored quote's long and short forms bear on a lookup (phrases are of other articles).
    const forms = formsOf(((r.wordings as string[]) ?? []).map((wording) => ({ wording, articleId: '' }))).filter(
      (f) => f.article === null,
    );
    cache.found.set(id, { block: r.block as string, forms });
  }
}

async function lookupQuotes(
  tx: Tx,
  probes: QuoteProbe[],
  known: Working<QuoteClaim>,
  cache: QuoteLookups,
): Promise<string[]> {
  const found = new Set<string>();
  const byArticles = probes.filter((p): p is Extract<QuoteProbe, { mode: 'articles' }> => p.mode === 'articles');
  if (byArticles.length) {
    const rows = await tx.run(
      `UNWIND $probes AS p
       UNWIND p.articleIds AS articleId
       MATCH (a:Article {id: articleId}) USING INDEX a:Article(id)
       MATCH (a)-[:SUPPORTS]->(q:Quote) WHERE q.block = p.block
       RETURN DISTINCT q.id AS id`,
      { probes: byArticles },
    );
    for (const r of rows) if (!known.has(r.id as string)) found.add(r.id as string);
  }

  const textual = probes
    .filter((p): p is TextProbe => p.mode !== 'articles')
    .map((p) => ({ probe: p, terms: [...new Set(quoteTerms(p))] }));
  await askTerms(tx, [...new Set(textual.flatMap((t) => t.terms))], cache);
  for (const { probe, terms } of textual)
    for (const id of new Set(terms.flatMap((t) => cache.byTerm.get(t) ?? []))) {
      if (known.has(id) || found.has(id)) continue;
      const stored = cache.found.get(id);
      if (stored?.block === probe.block && stored.forms && quoteVerifies(probe, stored.forms)) found.add(id);
    }
  return [...found];
}

/**
 * A write's quote blocks consolidated (`quoteBlock`), before and after it, kept while it reads:
 * the closure looks at every block again in each round, and the final clusters are the last
 * round's. A block's claims only grow while a write reads, so their number says whether they
 * changed since it was last consolidated.
 */
class QuoteBlocks {
  private readonly memo = new Map<string, { count: number; result: ReturnType<typeof quoteBlock> }>();

  of(when: 'before' | 'after', block: string, claims: QuoteClaim[]) {
    const key = `${when}\u0000${block}`;
    const hit = this.memo.get(key);
    if (hit && hit.count === claims.length) return { result: hit.result, computed: false };
    const result = quoteBlock(block, canonicalOrder(claims));
    this.memo.set(key, { count: claims.length, result });
    return { result, computed: true };
  }

  /** What `consolidateQuotes` gives for these claims (blocks in order, each consolidated once per set of claims). */
  clusters(claims: QuoteClaim[]): Cluster<object, FactClaim>[] {
    return [...groupBy(claims, (c) => c.block)].flatMap(([block, cs]) => this.of('after', block, cs).result.clusters);
  }
}

/**
 * Reads every stored quote the fresh claims bear on: quotes they may join or contain or be
 * contained in, and, around every body whose words or support change, the quotes that may
 * change their choice of parent because of it, until no other stored quote can change the result.
 */
async function quoteClosure(
  tx: Tx,
  fresh: QuoteClaim[],
  work: Working<QuoteClaim>,
  blocks: QuoteBlocks,
): Promise<void> {
  const freshByBlock = groupBy(fresh, (c) => c.block);
  const freshArticles = new Set(fresh.map((c) => c.articleId));
  let probes: QuoteProbe[] = [...freshByBlock].map(([block, cs]) => ({
    block,
    mode: 'related',
    forms: formsOf(cs),
  }));
  const asked = new Set<string>();
  const lookups: QuoteLookups = { byTerm: new Map(), found: new Map() };
  const ask = (p: QuoteProbe, key: string) => {
    if (asked.has(`${p.mode}\u0000${p.block}\u0000${key}`)) return;
    asked.add(`${p.mode}\u0000${p.block}\u0000${key}`);
    probes.push(p);
  };
  for (;;) {
    await readFacts(tx, 'quote', await lookupQuotes(tx, probes, work, lookups), work);
    probes = [];
    const beforeByBlock = groupBy(work.before, (c) => c.block);
    const keptByBlock = groupBy(work.claims, (c) => c.block);
    for (const block of new Set([...freshByBlock.keys(), ...beforeByBlock.keys()])) {
      const stored = blocks.of('before', block, beforeByBlock.get(block) ?? []);
      const next = blocks.of('after', block, [...(keptByBlock.get(block) ?? []), ...(freshByBlock.get(block) ?? [])]);
      // A block none of whose claims came in since the last round asks what it asked then.
      if (!stored.computed && !next.computed) continue;
      const before = stored.result.bodies;
      const after = next.result.bodies;
      const beforeByKey = new Map(before.map((b) => [b.key, b]));
      const grown = grownBodies(before, after);
      // A stored body that grew is still there, under its new key.
      const afterKeys = new Set([...after.map((b) => b.key), ...[...grown.values()].map((b) => b.key)]);
      // Stored quotes can only be of stored articles: the fresh ones' old claims are gone.
      const articles = (ids: string[]) => {
        for (const id of ids) if (!freshArticles.has(id)) ask({ block, mode: 'articles', articleIds: [id] }, id);
      };
      // A body's candidate parents: for a long one the quotes containing it, else the quotes of its reports.
      const containers = (b: BodyInfo) => {
        if (!isLong(b.rep)) return articles(b.articleIds);
        const rep = b.forms.find((f) => f.tokens.length === b.rep.length)!;
        ask({ block, mode: 'containers', rep }, rep.key);
      };
      const excerpts = (b: BodyInfo, forms = b.forms) =>
        ask(
          { block, mode: 'excerpts', forms, length: b.rep.length },
          `${b.key}\u0000${b.articles}\u0000${forms.length}`,
        );
      const childrenOf = (b: BodyInfo) => before.filter((x) => x.parent === b.key);
      for (const b of after) {
        const was = beforeByKey.get(b.key);
        const from = was ? undefined : grown.get(b.key);
        if (from) {
          // A stored body that only gained wordings (of the reports written) and kept its longest
          // one: its rank as a container is the same or better, so only what its new wordings
          // contain, and if its support grew what any of its wordings contains, may change parent.
          // Its other reports' quotes, and its own parent, were settled when it was written.
          const known = new Set(from.forms.map((f) => f.key));
          excerpts(b, b.articles > from.articles ? b.forms : b.forms.filter((f) => !known.has(f.key)));
        } else if (!was) {
          containers(b);
          excerpts(b);
          // Short quotes and phrases of its reports, which take the longest container there.
          articles(b.articleIds);
        } else if (b.articles > was.articles) excerpts(b);
        else if (b.articles < was.articles) childrenOf(was).forEach(containers);
      }
      for (const b of before) if (!afterKeys.has(b.key)) childrenOf(b).forEach(containers);
    }
    if (probes.length === 0) return;
  }
}

/**
 * The bodies after a write that are a stored body grown by new wordings only, by their key (with
 * the stored body): every form of exactly one stored body and no form of another, the same longest
 * wording, and at least its support. A wording added to a quote quoted in a thousand reports
 * changes its body's key; without this, the closure took it for a new body and read the quotes of
 * all its reports, so that a write's cost grew with the quote's support.
 */
function grownBodies(before: BodyInfo[], after: BodyInfo[]): Map<string, BodyInfo> {
  const bodyOfForm = new Map<string, BodyInfo>();
  for (const b of before) for (const f of b.forms) bodyOfForm.set(f.key, b);
  const out = new Map<string, BodyInfo>();
  for (const b of after) {
    const olds = new Set(b.forms.map((f) => bodyOfForm.get(f.key)).filter((x): x is BodyInfo => x !== undefined));
    if (olds.size !== 1) continue;
    const old = [...olds][0]!;
    const forms = new Set(b.forms.map((f) => f.key));
    if (
      old.key !== b.key &&
      old.forms.every((f) => forms.has(f.key)) &&
      old.rep.join(' ') === b.rep.join(' ') &&
      b.articles >= old.articles
    )
      out.set(b.key, old);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Meetings: stored meetings are found by block and day range or date
// (schema: indexes on Meeting (block, lastDay) and (block, date), and on SUPPORTS.loose).

type MeetingProbe =
  /** Meetings of the block with a day-dated report between `lo` and `hi`. */
  | { kind: 'days'; block: string; lo: string; hi: string }
  /** Meetings dated in `month`, and the meetings holding the month-dated claims of that month. */
  | { kind: 'month'; block: string; month: string }
  /** The meetings an undated claim published on `published` may join. */
  | { kind: 'undated'; block: string; published: string | null }
  /** The meetings holding the block's undated claims. */
  | { kind: 'undatedClaims'; block: string };

async function lookupMeetings(tx: Tx, probes: MeetingProbe[], known: Working<MeetingClaim>): Promise<string[]> {
  if (probes.length === 0) return [];
  const of = <K extends MeetingProbe['kind']>(k: K) =>
    probes.filter((p): p is Extract<MeetingProbe, { kind: K }> => p.kind === k);
  const knownIds = [...known.nodes.keys()];
  const ids = new Set<string>();
  const collect = (rows: { id?: unknown }[]) => rows.forEach((r) => ids.add(r.id as string));
  // Day groups are disjoint runs of days, so the first few ending on or after `lo` are the only ones that can reach `hi`.
  collect(
    await tx.run(
      `UNWIND $probes AS p
       CALL (p) {
         MATCH (m:Meeting) WHERE m.block = p.block AND m.lastDay >= p.lo AND NOT m.id IN $known
         RETURN m.id AS id, m.firstDay AS first ORDER BY m.lastDay LIMIT 10
       }
       WITH p, id, first WHERE first <= p.hi
       RETURN DISTINCT id`,
      { probes: of('days'), known: knownIds },
    ),
  );
  const months = of('month');
  collect(
    await tx.run(
      `UNWIND $probes AS p
       MATCH (m:Meeting) WHERE m.block = p.block AND m.date >= p.month AND m.date < p.month + '~' AND NOT m.id IN $known
       RETURN DISTINCT m.id AS id`,
      { probes: months, known: knownIds },
    ),
  );
  collect(
    await tx.run(
      `UNWIND $keys AS key
       MATCH (:Article)-[r:SUPPORTS]->(m:Meeting) WHERE r.loose = key AND NOT m.id IN $known
       RETURN DISTINCT m.id AS id`,
      {
        keys: [...months.map((p) => `${p.block}|${p.month}`), ...of('undatedClaims').map((p) => `${p.block}|-`)],
        known: knownIds,
      },
    ),
  );
  // An undated claim joins the latest meeting dated no later than its publication, else the
  // earliest, or without a publication date the latest: those three, outside the known ones.
  collect(
    await tx.run(
      `UNWIND $probes AS p
       CALL (p) {
         MATCH (m:Meeting) WHERE m.block = p.block AND m.date <= coalesce(p.published, '~') AND NOT m.id IN $known
         RETURN m.id AS id ORDER BY m.date DESC LIMIT 1
         UNION
         MATCH (m:Meeting) WHERE m.block = p.block AND m.date >= '' AND NOT m.id IN $known
         RETURN m.id AS id ORDER BY m.date LIMIT 1
       }
       RETURN DISTINCT id`,
      { probes: of('undated'), known: knownIds },
    ),
  );
  return [...ids];
}

const dateList = (ms: MeetingCluster[]) =>
  ms
    .map((m) => m.props.date ?? '')
    .sort()
    .join(',');

/**
 * Reads every stored meeting the fresh claims bear on: the ones they may join, and, around every
 * meeting that changes, the ones whose claims dated only to the month, or not dated, may now
 * belong elsewhere, until no other stored meeting can change the result.
 */
async function meetingClosure(tx: Tx, fresh: MeetingClaim[], work: Working<MeetingClaim>): Promise<void> {
  const freshByBlock = groupBy(fresh, (c) => c.block);
  const asked = new Set<string>();
  let probes: MeetingProbe[] = [];
  const ask = (p: MeetingProbe) => {
    const key = JSON.stringify(p);
    if (!asked.has(key)) {
      asked.add(key);
      probes.push(p);
    }
  };
  const target = (c: MeetingClaim) => {
    if (isDay(c.date)) ask({ kind: 'days', block: c.block, lo: addDays(c.date, -1), hi: addDays(c.date, 1) });
    else if (isMonth(c.date)) ask({ kind: 'month', block: c.block, month: c.date });
    else ask({ kind: 'undated', block: c.block, published: c.published });
  };
  fresh.forEach(target);
  for (;;) {
    await readFacts(tx, 'meeting', await lookupMeetings(tx, probes, work), work);
    probes = [];
    const beforeByBlock = groupBy(work.before, (c) => c.block);
    const keptByBlock = groupBy(work.claims, (c) => c.block);
    for (const block of new Set([...freshByBlock.keys(), ...beforeByBlock.keys()])) {
      const kept = [...(keptByBlock.get(block) ?? []), ...(freshByBlock.get(block) ?? [])];
      const before = consolidateMeetings(beforeByBlock.get(block) ?? []);
      const after = consolidateMeetings(kept);
      const claimSet = (m: MeetingCluster) =>
        m.claims
          .map((c) => claimKey(c.articleId, c.claim))
          .sort()
          .join(',');
      const beforeById = new Map(before.map((m) => [m.id, claimSet(m)]));
      const afterIds = new Set(after.map((m) => m.id));
      const changed = [
        ...after.filter((m) => beforeById.get(m.id) !== claimSet(m)),
        ...before.filter((m) => !afterIds.has(m.id)),
      ];
      for (const m of changed) {
        const { date, firstDay, lastDay } = m.props;
        if (afterIds.has(m.id) && firstDay && lastDay)
          ask({ kind: 'days', block, lo: addDays(firstDay, -1), hi: addDays(lastDay, 1) });
        if (date) ask({ kind: 'month', block, month: date.slice(0, 7) });
      }
      if (dateList(before) !== dateList(after)) {
        ask({ kind: 'undatedClaims', block });
        for (const c of kept)
          if (!isDay(c.date) && !isMonth(c.date)) ask({ kind: 'undated', block, published: c.published });
      }
    }
    if (probes.length === 0) return;
  }
}

// ---------------------------------------------------------------------------------------------

export const CONSOLIDATE: Record<FactKind, (claims: never[]) => Cluster<object, FactClaim>[]> = {
  quote: consolidateQuotes,
  meeting: consolidateMeetings,
  position: consolidatePositions,
};

/**
 * Consolidates one kind of fact for a write: the claims the articles `removed` (being replaced or
 * removed) hold on the nodes `lost` go, and the `fresh` claims of the articles written come in.
 * Returns, per article written, how its facts landed, and what changed in the graph.
 */
export async function consolidateFacts(
  tx: Tx,
  kind: FactKind,
  lost: string[],
  removed: ReadonlySet<string>,
  fresh: FactClaim[],
  articleIds: string[],
): Promise<{ stats: Map<string, KindStats>; changes: FactChanges }> {
  const { label } = FACT_KINDS[kind];
  const work = new Working<FactClaim>(removed);
  await readFacts(tx, kind, lost, work);
  await tx.run(
    `UNWIND $ids AS id MATCH (:Article {id: id})-[r:SUPPORTS]->(n) WHERE n:${label}${kind === 'meeting' ? ' OR n:Detail' : ''} DELETE r`,
    { ids: [...removed] },
  );
  let clusters: Cluster<object, FactClaim>[];
  const quoteBlocks = new QuoteBlocks();
  for (;;) {
    if (kind === 'quote') await quoteClosure(tx, fresh as QuoteClaim[], work as Working<QuoteClaim>, quoteBlocks);
    else if (kind === 'meeting') await meetingClosure(tx, fresh as MeetingClaim[], work as Working<MeetingClaim>);
    else await readFacts(tx, kind, (fresh as PositionClaim[]).map(positionId), work);
    clusters =
      kind === 'quote'
        ? quoteBlocks.clusters([...work.claims, ...fresh] as QuoteClaim[])
        : CONSOLIDATE[kind]([...work.claims, ...fresh] as never[]);
    // A node the result names but that was not read (say, the block's undated meeting when a
    // second undated report comes) holds claims the result must include: read it and go again.
    const unread = clusters.map((c) => c.id).filter((id) => !work.has(id));
    const existing = await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`, { ids: unread });
    if (existing.length === 0) break;
    await readFacts(
      tx,
      kind,
      existing.map((r) => r.id as string),
      work,
    );
  }
  const changes = await writeClusters(tx, kind, work.nodes, clusters);
  return { stats: landed(clusters, articleIds, work.nodes), changes };
}

/** Per article: how many of the nodes its claims are on existed before (merged) and how many are new (added). */
export function landed(
  clusters: Cluster<object, { articleId: string }>[],
  articleIds: string[],
  before: { has(id: string): boolean },
): Map<string, KindStats> {
  const mine = new Set(articleIds);
  const on = new Map<string, Set<string>>();
  for (const c of clusters)
    for (const x of c.claims) {
      if (!mine.has(x.articleId)) continue;
      let s = on.get(x.articleId);
      if (!s) on.set(x.articleId, (s = new Set()));
      s.add(c.id);
    }
  return new Map(
    articleIds.map((id) => {
      const ids = [...(on.get(id) ?? [])];
      return [id, { added: ids.filter((n) => !before.has(n)).length, merged: ids.filter((n) => before.has(n)).length }];
    }),
  );
}
