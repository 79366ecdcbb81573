/**
 * `diplograph reconsolidate`: rebuilds every block from the claims stored on the graph's edges,
 * with the rules of src/resolve as they are now. Ingest consolidates incrementally, from
 * summaries and index lookups; when the rules change, the stored nodes no longer are what the
 * rules would make of their claims, and this brings them there. It streams: blocks are read a
 * page at a time and rewritten in transactions of about `batchClaims` claims each, so memory
 * stays bounded (one block at a time at worst). It takes the same locks as ingest, so it is safe
 * beside one, but meant to run offline.
 *
 * On a graph built by incremental ingest with the current rules it changes nothing: the tests
 * use it to check that incremental consolidation gives the graph whole-block consolidation gives.
 */
import type { Graph, Tx } from './driver.js';
import { looseMeetingKey, reportDay, type MeetingClaim, type PersonClaim } from '../resolve/claims.js';
import { consolidatePeople, givenKeyOf, parseSummary } from '../resolve/people.js';
import {
  CONSOLIDATE,
  readFacts,
  rebuildQuoteKeys,
  sameValue,
  writeClusters,
  Working,
  type FactClaim,
  type FactKind,
} from './consolidate.js';
import { countryName, refreshDerived, skippingEmpty, type Changes } from './write.js';
import { lock } from './locks.js';
import { latestMeetingDay, namedProps, ownUpdate, parseNamed, shapeOf, type PeopleChanges } from './people.js';
import { configuredLinker, relinkAll, withoutLinks } from './links.js';
import type { Linker } from '../link/nodes.js';
import { addCounts, countsOf } from '../resolve/cluster.js';

export interface ReconsolidateProgress {
  /** `people`, `quotes`, `meetings`, `positions`, `organizations`, `countries`. */
  stage: string;
  done: number;
  total: number;
}

export interface ReconsolidateSummary {
  /** Per stage: units read (blocks, or nodes for organizations and countries) and nodes changed. */
  stages: Record<string, { units: number; changed: number }>;
  /** Per label, the nodes whose codes and role dates were computed again at the end (src/graph/links.ts). */
  relinked: Record<string, number>;
  seconds: number;
}

const NO_PEOPLE: PeopleChanges = { changed: [], renamed: [], moved: [], countries: [], recountried: [] };
const noFacts = (): Changes['facts'] => ({
  quote: { changed: [], topics: [] },
  meeting: { changed: [], topics: [] },
  position: { changed: [], topics: [] },
});

const LABELS = { people: 'Person', quotes: 'Quote', meetings: 'Meeting', positions: 'Position' } as const;
const FACT_OF: Record<string, FactKind> = { quotes: 'quote', meetings: 'meeting', positions: 'position' };

/**
 * Rebuilds every block, then computes every node's codes again (consolidation rewrote the
 * properties they depend on); `onProgress` hears how far each stage is.
 */
export async function reconsolidate(
  graph: Graph,
  options: { batchClaims?: number; onProgress?: (p: ReconsolidateProgress) => void; linker?: Linker } = {},
): Promise<ReconsolidateSummary> {
  const started = Date.now();
  // A malformed gazetteer is refused before anything is rewritten.
  const linker = options.linker ?? configuredLinker();
  const batchClaims = options.batchClaims ?? 5_000;
  const stages: ReconsolidateSummary['stages'] = {};
  for (const [stage, label] of Object.entries(LABELS)) {
    const [{ total }] = (await graph.read(`MATCH (n:${label}) RETURN count(DISTINCT n.block) AS total`)) as [
      { total: number },
    ];
    const s = (stages[stage] = { units: 0, changed: 0 });
    options.onProgress?.({ stage, done: 0, total });
    let after = '';
    for (;;) {
      const page = (
        await graph.read(
          `MATCH (n:${label}) WHERE n.block > $after RETURN DISTINCT n.block AS block ORDER BY block LIMIT 500`,
          { after },
        )
      ).map((r) => r.block as string);
      if (page.length === 0) break;
      after = page[page.length - 1]!;
      const sizes = await graph.read(
        `UNWIND $blocks AS b MATCH (n:${label} {block: b}) RETURN b AS block, sum(coalesce(n.sourceCount, 1)) AS size`,
        { blocks: page },
      );
      const sizeOf = new Map(sizes.map((r) => [r.block as string, r.size as number]));
      let batch: string[] = [];
      let size = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        const blocks = batch;
        batch = [];
        size = 0;
        s.changed += await graph.transaction((tx) =>
          stage === 'people'
            ? rewritePeople(skippingEmpty(tx), blocks)
            : rewriteFacts(skippingEmpty(tx), FACT_OF[stage]!, blocks),
        );
        s.units += blocks.length;
        options.onProgress?.({ stage, done: s.units, total });
      };
      for (const b of page) {
        if (size > 0 && size + (sizeOf.get(b) ?? 1) > batchClaims) await flush();
        batch.push(b);
        size += sizeOf.get(b) ?? 1;
      }
      await flush();
    }
  }
  for (const [stage, label] of [
    ['organizations', 'Organization'],
    ['countries', 'Country'],
  ] as const) {
    const [{ total }] = (await graph.read(`MATCH (n:${label}) RETURN count(n) AS total`)) as [{ total: number }];
    const s = (stages[stage] = { units: 0, changed: 0 });
    let after = '';
    for (;;) {
      const ids = (
        await graph.read(`MATCH (n:${label}) WHERE n.id > $after RETURN n.id AS id ORDER BY id LIMIT 1000`, { after })
      ).map((r) => r.id as string);
      if (ids.length === 0) break;
      after = ids[ids.length - 1]!;
      s.changed += await graph.transaction((tx) => rewriteNamed(tx, label, ids));
      s.units += ids.length;
      options.onProgress?.({ stage, done: s.units, total });
    }
  }
  await dropAllOrphans(graph);
  options.onProgress?.({ stage: 'codes', done: 0, total: 1 });
  const relinked = await relinkAll(graph, linker);
  options.onProgress?.({ stage: 'codes', done: 1, total: 1 });
  return { stages, relinked, seconds: (Date.now() - started) / 1000 };
}

/** Deletes the organizations, countries, topics and outlets nothing refers to any more, in bounded transactions. */
async function dropAllOrphans(graph: Graph): Promise<void> {
  for (;;) {
    const [row] = await graph.write(
      `MATCH (n) WHERE (n:Organization OR n:Country OR n:Topic OR n:Outlet) AND NOT (n)--()
       WITH n LIMIT 10000 DELETE n RETURN count(*) AS deleted`,
    );
    if (!row || row.deleted === 0) break;
  }
}

/**
 * The stored person claims as claims, with the node each sits on; the `loose` key is a function of
 * the claim: it is set where an older graph lacks it.
 */
async function readPersonClaims(tx: Tx, rows: Record<string, unknown>[]) {
  const at = new Map<PersonClaim, string>();
  const claims = rows.map((r) => {
    const c = {
      ...(r.props as object),
      articleId: r.articleId,
      published: r.published ?? null,
      reported: reportDay((r.published as string | null) ?? null, r.meetingDays as string[]),
      outletId: null,
    } as unknown as PersonClaim;
    at.set(c, r.nodeId as string);
    return c;
  });
  const stale = claims.filter((c) => (c.loose ?? null) !== (givenKeyOf(c) === null ? c.block : null));
  for (const c of stale) c.loose = givenKeyOf(c) === null ? c.block : null;
  await tx.run(
    `UNWIND $rows AS x MATCH (:Article {id: x.articleId})-[r:MENTIONS {claim: x.claim}]->(:Person {id: x.nodeId}) SET r.loose = x.loose`,
    { rows: stale.map((c) => ({ articleId: c.articleId, claim: c.claim, nodeId: at.get(c)!, loose: c.loose })) },
  );

  return { claims, at };
}

/** Rebuilds the people of `blocks` from their claims. Returns how many people changed. */
async function rewritePeople(tx: Tx, blocks: string[]): Promise<number> {
  const held = new Set<number>();
  await lock(
    tx,
    blocks.map((b) => `person:${b}`),
    held,
  );
  const nodes = await tx.run(
    `UNWIND $blocks AS b MATCH (p:Person {block: b}) RETURN p.id AS id, p.nameKey AS nameKey, properties(p) AS props`,
    { blocks },
  );
  const rows = await tx.run(
    `UNWIND $blocks AS b
     MATCH (p:Person {block: b})<-[r:MENTIONS]-(a:Article)
     RETURN p.id AS nodeId, a.id AS articleId, a.published AS published, ${latestMeetingDay('a')} AS meetingDays,
            r {.*, sentence: null} AS props`,
    { blocks },
  );
  const { claims, at } = await readPersonClaims(tx, rows);

  const clusters = consolidatePeople(claims);
  const byKey = new Map(nodes.filter((n) => n.nameKey).map((n) => [n.nameKey as string, n]));
  const byId = new Map(nodes.map((n) => [n.id as string, n]));
  // The stored node each person continues: the one with its key, else (a graph from before keys) the one with its id.
  const anchor = new Map<string, Record<string, unknown>>();
  for (const c of clusters) {
    const n = byKey.get(c.props.nameKey) ?? (byId.get(c.id)?.nameKey ? undefined : byId.get(c.id));
    if (n) anchor.set(c.props.nameKey, n);
  }
  const anchored = new Set([...anchor.values()].map((n) => n.id as string));
  await tx.run(`UNWIND $rows AS x MATCH (p:Person {id: x.id}) SET p.nameKey = x.nameKey`, {
    rows: [...anchor].filter(([k, n]) => n.nameKey !== k).map(([nameKey, n]) => ({ id: n.id, nameKey })),
  });
  await tx.run(`UNWIND $keys AS k CREATE (:Person {nameKey: k, id: 'reconsolidating:' + k})`, {
    keys: clusters.filter((c) => !anchor.has(c.props.nameKey)).map((c) => c.props.nameKey),
  });
  const moves = clusters.flatMap((c) => {
    const target = anchor.get(c.props.nameKey)?.id;
    return c.claims
      .filter((x) => at.get(x) !== target)
      .map((x) => ({ articleId: x.articleId, claim: x.claim, local: x.local, from: at.get(x)!, to: c.props.nameKey }));
  });
  await tx.run(
    `UNWIND $moves AS m
     MATCH (a:Article {id: m.articleId})-[r:MENTIONS {claim: m.claim}]->(:Person {id: m.from})
     MATCH (p:Person {nameKey: m.to})
     CREATE (a)-[r2:MENTIONS]->(p) SET r2 = properties(r)
     DELETE r`,
    { moves },
  );
  await tx.run(`UNWIND $ids AS id MATCH (p:Person {id: id}) DETACH DELETE p`, {
    ids: nodes.map((n) => n.id as string).filter((id) => !anchored.has(id)),
  });
  const changes: PeopleChanges = {
    changed: [],
    renamed: [],
    moved: moves.map(({ articleId, local }) => ({ articleId, local })),
    countries: nodes.map((n) => (n.props as { country?: string }).country).filter((c): c is string => !!c),
    recountried: [],
  };
  const updates = await writeUpdates(tx, clusters, anchor, changes);
  await refreshDerived(tx, { people: changes, facts: noFacts() }, held);
  return updates.length + (nodes.length - anchored.size);
}

/** A person's properties as the incremental writes store them: consolidation's and its shape (`shapeOf`). */
const written = (c: ReturnType<typeof consolidatePeople>[number]) => ({
  id: c.id,
  ...c.props,
  shape: shapeOf(parseSummary(c.props.summary)),
});

/** Writes the clusters whose stored node differs from them, noting what changed; returns those clusters. */
async function writeUpdates(
  tx: Tx,
  clusters: ReturnType<typeof consolidatePeople>,
  anchor: Map<string, Record<string, unknown>>,
  changes: PeopleChanges,
): Promise<ReturnType<typeof consolidatePeople>> {
  const updates = clusters.filter((c) => {
    const n = anchor.get(c.props.nameKey);
    // Compared without the codes the link step stores, which `SET p += …` keeps (src/graph/links.ts).
    return !n || !sameValue(withoutLinks(n.props as Record<string, unknown>), written(c));
  });
  await tx.run(`UNWIND $rows AS row MATCH (p:Person {nameKey: row.nameKey}) SET p += row.props`, {
    rows: updates.map((c) => {
      const n = anchor.get(c.props.nameKey);
      const stored = n ? withoutLinks(n.props as Record<string, unknown>) : null;
      return { nameKey: c.props.nameKey, props: ownUpdate(stored, written(c)) };
    }),
  });
  for (const c of updates) {
    changes.changed.push(c.id);
    const n = anchor.get(c.props.nameKey);
    if (n && n.id !== c.id) changes.renamed.push(c.id);
    if (n && ((n.props as { country?: string }).country ?? null) !== (c.props.country ?? null))
      changes.recountried.push(c.id);
  }
  return updates;
}

/** Rebuilds the facts of one kind in `blocks` from their claims. Returns how many nodes changed. */
async function rewriteFacts(tx: Tx, kind: FactKind, blocks: string[]): Promise<number> {
  const held = new Set<number>();
  const label = { quote: 'Quote', meeting: 'Meeting', position: 'Position' }[kind];
  await lock(
    tx,
    blocks.map((b) => `${kind}:${b}`),
    held,
  );
  const ids = await tx.run(`UNWIND $blocks AS b MATCH (n:${label} {block: b}) RETURN n.id AS id`, { blocks });
  if (kind === 'position')
    await lock(
      tx,
      ids.map((r) => `position:${r.id as string}`),
      held,
    );
  const work = new Working<FactClaim>();
  await readFacts(
    tx,
    kind,
    ids.map((r) => r.id as string),
    work,
  );
  if (kind === 'meeting') {
    const fix = (work.claims as MeetingClaim[]).filter((c) => (c.loose ?? null) !== looseMeetingKey(c.block, c.date));
    for (const c of fix) c.loose = looseMeetingKey(c.block, c.date);
    await tx.run(
      `UNWIND $rows AS x MATCH (:Article {id: x.articleId})-[r:SUPPORTS {claim: x.claim}]->(:Meeting) SET r.loose = x.loose`,
      { rows: fix.map((c) => ({ articleId: c.articleId, claim: c.claim, loose: c.loose })) },
    );
    for (const node of work.nodes.values())
      for (const c of fix) {
        const stored = node.claims.get(`${c.articleId}\u0000${c.claim}`);
        if (stored) stored.loose = c.loose;
      }
  }
  const clusters = CONSOLIDATE[kind](work.claims as never[]);
  const facts = noFacts();
  facts[kind] = await writeClusters(tx, kind, work.nodes, clusters);
  if (kind === 'quote') await rebuildQuoteKeys(tx, blocks, work.nodes.keys(), clusters);
  await refreshDerived(tx, { people: NO_PEOPLE, facts }, held);
  return facts[kind].changed.length + [...work.nodes.keys()].filter((id) => !clusters.some((c) => c.id === id)).length;
}

/** Recomputes the summaries and names of organizations or countries from their mentions. */
async function rewriteNamed(tx: Tx, label: 'Organization' | 'Country', ids: string[]): Promise<number> {
  const held = new Set<number>();
  await lock(
    tx,
    ids.map((id) => `${label === 'Country' ? 'country' : 'org'}:${id}`),
    held,
  );
  const rows = await tx.run(
    `UNWIND $ids AS id MATCH (n:${label} {id: id})
     RETURN id, properties(n) AS props, COLLECT { MATCH (n)<-[m:MENTIONS]-(a:Article) RETURN [a.id, m.name] } AS mentions`,
    { ids },
  );
  const updates: { id: string; props: Record<string, unknown> }[] = [];
  for (const r of rows) {
    const s = parseNamed(null);
    const byArticle = new Map<string, string[]>();
    for (const [a, name] of r.mentions as [string, string][]) byArticle.set(a, [...(byArticle.get(a) ?? []), name]);
    for (const names of byArticle.values()) {
      s.articles++;
      addCounts(s.names, countsOf(names), 1);
    }
    const props = namedProps(s, label === 'Country' ? countryName(r.id as string) : null);
    const before = r.props as Record<string, unknown>;
    if (!sameValue(Object.fromEntries(Object.keys(props).map((k) => [k, before[k]])), props))
      updates.push({ id: r.id as string, props });
  }
  await tx.run(`UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET n += row.props`, { rows: updates });
  return updates.length;
}
