/**
 * Writing people, organizations and countries: the nodes many reports name. A write never reads
 * their other claims: each node keeps a summary (per name, role, country, date…, the number of
 * articles that give it, src/resolve/people.ts), and a write subtracts the contributions of the
 * claims it replaces and adds those of its own, then derives the properties from the summary.
 * A person named in a third of all reports costs no more to update than one named once.
 *
 * A claim that names a person by family name alone joins a person chosen from the block's other
 * people; only when those change (a new given name in the block, a role or country a person was
 * not known by) are the block's other such claims looked at again, through the `loose` index on
 * MENTIONS: as groups of equal roles, country and person, of which only the groups that move come
 * back claim by claim.
 */
import type { Tx } from './driver.js';
import { reportDay, type PersonClaim, type SimpleClaim } from '../resolve/claims.js';
import { addCounts, countsOf, groupBy, sortedCounts, votes, type Counts } from '../resolve/cluster.js';
import { pickCanonical } from '../resolve/normalize.js';
import {
  addSummary,
  assignLoose,
  contribution,
  emptySummary,
  givenKeyOf,
  groupFeatures,
  isStale,
  nameKeyOf,
  parseSummary,
  personFromSummary,
  redate,
  structureSignature,
  type BlockStructure,
  type PersonSummary,
} from '../resolve/people.js';
import { fold } from '../resolve/normalize.js';
import { withoutLinks } from './links.js';
import { edgeProps, sameValue, type KindStats } from './consolidate.js';

/** A group's features (`groupFeatures`): the roles and countries its keyed claims give. */
type Features = { roles: Set<string>; countries: Set<string> };

/**
 * A person's shape as stored on its node (`shape`): what the block's claims naming the family
 * name alone are compared with (`assignLoose`), i.e. the folded roles and the countries that the
 * claims giving its given name give, as `|r:role|…|c:country|` ('|' alone for none); '' when no
 * claim gives its given name (it is then no group of the block's shape). A write finds the groups
 * a claim can score with by these terms (`shapeTerms`) instead of reading every person of the
 * block with its summary. A function of the summary, so any ingest order writes the same.
 */
export function shapeOf(s: PersonSummary): string {
  const f = groupFeatures(s);
  if (!f) return '';
  return ['', ...[...f.roles].sort().map((r) => `r:${r}`), ...[...f.countries].sort().map((c) => `c:${c}`), ''].join(
    '|',
  );
}

function parseShape(shape: string): Features | null {
  if (shape === '') return null;
  const f: Features = { roles: new Set(), countries: new Set() };
  for (const t of shape.split('|').slice(1, -1)) (t.startsWith('r:') ? f.roles : f.countries).add(t.slice(2));
  return f;
}

/** The terms of `shape` a group must have one of for a claim to score with it in `assignLoose`. */
function shapeTerms(c: { roles: string[]; country: string | null }): string[] {
  return [...c.roles.map((r) => `|r:${fold(r)}|`), ...(c.country ? [`|c:${c.country}|`] : [])];
}

/**
 * Blocks with at most this many keyed people are read whole for their shape; in larger ones, only
 * the people a claim can score with are read.
 */
const SMALL_BLOCK = 12;

/** What a write knows of a block's shape as stored. */
interface BlockShape {
  /** The block's people with a keyed claim, as stored. */
  keyed: number;
  /** Whether every one of them has been read. */
  complete: boolean;
  /** The shape terms whose people have been read (when not complete). */
  terms: Set<string>;
}

/** A person's properties as written: consolidation's, and its shape. */
export function personProps(block: string, given: string, s: PersonSummary) {
  const { id, props } = personFromSummary(block, given, s);
  return { id, props: { ...props, shape: shapeOf(s) } };
}

/**
 * A person's new properties as written with `SET p += props`: consolidation's keys, with a null for
 * each stored one it no longer gives (`stored` read without the link properties, which the link
 * step keeps: src/graph/links.ts).
 */
export function ownUpdate(
  stored: Record<string, unknown> | null,
  next: Record<string, unknown>,
): Record<string, unknown> {
  return { ...Object.fromEntries(Object.keys(stored ?? {}).map((k) => [k, null])), ...next };
}

/**
 * Cypher: the date of the latest day-dated meeting the undated article `a` tells of, as a list of
 * at most one (`reportDay` dates the article's roles by it); empty for a dated article.
 */
export const latestMeetingDay = (a: string) =>
  `CASE WHEN ${a}.published IS NULL THEN COLLECT { MATCH (${a})-[s:SUPPORTS]->(:Meeting)
     WHERE s.date =~ '[0-9]{4}-[0-9]{2}-[0-9]{2}' RETURN s.date ORDER BY s.date DESC LIMIT 1 } ELSE [] END`;

/** A stored claim edge to a Person, Organization or Country that a write takes away, with its article's date. */
export interface LostMention {
  articleId: string;
  published: string | null;
  /** The day the article dates roles by (`reportDay`), read before its meeting claims go. */
  reported: string | null;
  nodeId: string;
  nameKey: string | null;
  props: Record<string, unknown>;
}

export interface PeopleChanges {
  /** Person ids whose properties changed or that are new. */
  changed: string[];
  /** Person ids that a person took from its old one (its name changed): MET edges are ordered by id. */
  renamed: string[];
  /** Claims of other articles that moved to another person (their article and article-local id). */
  moved: { articleId: string; local: string }[];
  /** Countries people represented before the write (they may be left with no edge). */
  countries: string[];
  /**
   * Person ids of stored people whose country changed: the codes of the meetings they attend
   * depend on it (src/graph/links.ts). Only these people's meetings are relinked, not those of
   * every changed person: a head of state changes with every report naming them and attends
   * thousands of meetings.
   */
  recountried: string[];
}

interface PersonNode {
  nameKey: string;
  block: string;
  given: string;
  /** As stored before this write (null: new). */
  id: string | null;
  /** As stored (null: new, or not read yet when `partial`). */
  props: Record<string, unknown> | null;
  /**
   * Read with its block for the block's shape only: its id and shape (`features`), not its summary
   * or other properties; nothing is added to it before it is read whole (`fetch`).
   */
  partial: boolean;
  /** A partial node's features (null: no keyed claim). */
  features: Features | null;
  /** Whether a contribution was added to or taken from it: only those are written. */
  touched: boolean;
  before: PersonSummary;
  after: PersonSummary;
}

const claimOf = (m: {
  articleId: string;
  published: string | null;
  reported: string | null;
  props: Record<string, unknown>;
}): PersonClaim =>
  ({
    ...m.props,
    articleId: m.articleId,
    published: m.published,
    reported: m.reported,
    outletId: null,
  }) as unknown as PersonClaim;

function splitKey(nameKey: string): { block: string; given: string } {
  const bar = nameKey.lastIndexOf('|');
  return { block: nameKey.slice(0, bar), given: nameKey.slice(bar + 1) };
}

function sameFeatures(a: PersonSummary, b: PersonSummary): boolean {
  const fa = groupFeatures(a);
  const fb = groupFeatures(b);
  if (!fa || !fb) return !fa && !fb;
  const same = (x: Set<string>, y: Set<string>) => x.size === y.size && [...x].every((v) => y.has(v));
  return same(fa.roles, fb.roles) && same(fa.countries, fb.countries);
}

/** A claim naming a person by family name alone that moves to another person of its block. */
interface LooseMove {
  articleId: string;
  claim: string;
  local: string;
  from: string;
  to: string;
}

/**
 * Writes the people of a write: takes away the `lost` claims (already detached from the graph),
 * adds the `fresh` ones of the articles written (`articleIds`), moves other articles' claims where
 * the block's new shape puts them, and writes nodes, edges and summaries.
 */
export async function writePeople(
  tx: Tx,
  lost: LostMention[],
  fresh: PersonClaim[],
  articleIds: string[],
): Promise<{ stats: Map<string, KindStats>; changes: PeopleChanges }> {
  const w = new PeopleWrite(tx);
  const lostPeople = lost.filter((m) => m.nameKey);
  await w.subtract(lostPeople);
  const { target, full } = await w.place(fresh, lostPeople);
  // The fresh claims' contributions, one per article and person.
  for (const [key, cs] of groupBy(fresh, (c) => `${target.get(c)}\u0000${c.articleId}`))
    w.add(key.split('\u0000')[0]!, contribution(cs), 1);
  const moves = await w.moveLoose(full);
  const changes = await w.writeNodes(moves);
  await w.writeEdges(moves, fresh, target);
  await w.deleteGone();
  await w.redate(fresh, target, articleIds);
  const stats = new Map<string, KindStats>(articleIds.map((id) => [id, { added: 0, merged: 0 }]));
  for (const [articleId, cs] of groupBy(fresh, (c) => c.articleId)) {
    const s = stats.get(articleId);
    if (!s) continue;
    for (const k of new Set(cs.map((c) => target.get(c)!))) {
      if (w.node(k).id === null) s.added++;
      else s.merged++;
    }
  }
  return { stats, changes };
}

/** The people one write reads and changes, by name key, with their summaries before and after. */
class PeopleWrite {
  readonly nodes = new Map<string, PersonNode>();
  /** The same people by block. */
  private readonly byBlock = new Map<string, PersonNode[]>();
  /** The keyed groups' features after the write, once fresh keyed claims are added. */
  private readonly features = new Map<string, PersonSummary>();

  constructor(private readonly tx: Tx) {}

  node(k: string): PersonNode {
    return this.nodes.get(k)!;
  }

  /** Adds (or takes away) a contribution to a person read before. */
  add(k: string, contribution: PersonSummary, sign: 1 | -1): void {
    const n = this.node(k);
    if (n.partial) throw new Error(`person ${k} changed before it was read whole`);
    addSummary(n.after, contribution, sign);
    n.touched = true;
  }

  private remember(
    nameKey: string,
    id: string | null,
    summary: string | null,
    props: Record<string, unknown> | null,
    features: Features | null = null,
  ) {
    const { block, given } = splitKey(nameKey);
    const partial = id !== null && props === null;
    const node: PersonNode = {
      nameKey,
      block,
      given,
      id,
      props,
      partial,
      features,
      touched: false,
      before: parseSummary(partial ? null : summary),
      after: parseSummary(partial ? null : summary),
    };
    this.nodes.set(nameKey, node);
    const inBlock = this.byBlock.get(block);
    if (inBlock) inBlock.push(node);
    else this.byBlock.set(block, [node]);
  }

  /** Reads people by name key, whole (a person read with its block only gets its other properties). */
  async fetch(keys: Iterable<string>): Promise<void> {
    const todo = [...new Set(keys)].filter((k) => !this.nodes.has(k) || this.node(k).partial).sort();
    if (todo.length === 0) return;
    const rows = await this.tx.run(
      `UNWIND $keys AS k MATCH (p:Person {nameKey: k}) RETURN k AS nameKey, properties(p) AS props`,
      { keys: todo },
    );
    for (const r of rows) {
      // The codes the link step stores are not consolidation's: compared without them (src/graph/links.ts).
      const props = withoutLinks(r.props as Record<string, unknown>);
      const known = this.nodes.get(r.nameKey as string);
      // A person read with its block only: nothing was added to it (`add`), its summary is the stored one.
      if (known)
        Object.assign(known, {
          props,
          partial: false,
          features: null,
          before: parseSummary(props.summary as string | undefined),
          after: parseSummary(props.summary as string | undefined),
        });
      else this.remember(r.nameKey as string, props.id as string, (props.summary as string | undefined) ?? null, props);
    }
    for (const k of todo) if (!this.nodes.has(k)) this.remember(k, null, null, null);
  }

  /** The shapes known of the blocks read for their shape. */
  private readonly shapes = new Map<string, BlockShape>();

  /**
   * The shape of blocks (which group a family name alone joins), as far as the `terms` per block
   * need it: how many of its people are keyed groups, and those of them whose shape has one of the
   * terms (all of them in a small block). Those are remembered by id and shape only: most of them
   * are not changed by the write, and are neither compared nor written again. People of an older
   * graph, with no shape yet, are read with their summaries.
   */
  private async fetchBlocks(terms: Map<string, Set<string>>): Promise<void> {
    const blocks = [...terms.keys()].filter((b) => !this.shapes.has(b));
    if (blocks.length === 0) return;
    const rows = await this.tx.run(
      `UNWIND $blocks AS x
       CALL (x) {
         OPTIONAL MATCH (p:Person {block: x.block}) WHERE p.shape IS NULL OR p.shape <> ''
         WITH x, count(p) AS n, collect(p) AS ps
         RETURN n, [p IN ps WHERE n <= $small OR p.shape IS NULL OR any(t IN x.terms WHERE p.shape CONTAINS t)
                    | p {.nameKey, .id, .shape, summary: CASE WHEN p.shape IS NULL THEN p.summary END}] AS people
       }
       RETURN x.block AS block, n, people`,
      { blocks: blocks.map((block) => ({ block, terms: [...terms.get(block)!] })), small: SMALL_BLOCK },
    );
    for (const r of rows) {
      const people = r.people as { nameKey: string; id: string; shape: string | null; summary: string | null }[];
      let keyed = r.n as number;
      for (const p of people) {
        const features = p.shape === null ? groupFeatures(parseSummary(p.summary)) : parseShape(p.shape);
        if (p.shape === null && !features) keyed--;
        if (!this.nodes.has(p.nameKey)) this.remember(p.nameKey, p.id, null, null, features);
      }
      const complete = (r.n as number) <= SMALL_BLOCK;
      this.shapes.set(r.block as string, { keyed, complete, terms: new Set(terms.get(r.block as string)) });
    }
  }

  /** Reads the keyed people of blocks whose shape has one of `terms` (null: all of them), as far as not read yet. */
  private async fetchShapes(terms: Map<string, Set<string> | null>): Promise<void> {
    const todo: { block: string; terms: string[] | null }[] = [];
    for (const [block, ts] of terms) {
      const known = this.shapes.get(block)!;
      if (known.complete) continue;
      if (ts === null) {
        todo.push({ block, terms: null });
        known.complete = true;
        continue;
      }
      const missing = [...ts].filter((t) => !known.terms.has(t));
      if (missing.length === 0) continue;
      missing.forEach((t) => known.terms.add(t));
      todo.push({ block, terms: missing });
    }
    if (todo.length === 0) return;
    const rows = await this.tx.run(
      `UNWIND $blocks AS x
       MATCH (p:Person {block: x.block}) WHERE p.shape <> '' AND (x.terms IS NULL OR any(t IN x.terms WHERE p.shape CONTAINS t))
       RETURN p.nameKey AS nameKey, p.id AS id, p.shape AS shape`,
      { blocks: todo },
    );
    for (const r of rows)
      if (!this.nodes.has(r.nameKey as string))
        this.remember(r.nameKey as string, r.id as string, null, null, parseShape(r.shape as string));
  }

  /** Whether a person read whole is a keyed group, as stored or after the write. */
  private keyedGroup(n: PersonNode, when: 'before' | 'after'): boolean {
    return groupFeatures(when === 'before' ? n.before : (this.features.get(n.nameKey) ?? n.after)) !== null;
  }

  /** How many keyed groups a block has, as stored or after the write. */
  private groupCount(block: string, when: 'before' | 'after'): number {
    let count = this.shapes.get(block)!.keyed;
    for (const n of this.byBlock.get(block) ?? [])
      if (!n.partial) count += (this.keyedGroup(n, when) ? 1 : 0) - (this.keyedGroup(n, 'before') ? 1 : 0);
    return count;
  }

  /**
   * Makes the shapes of these blocks good for the claims' roles and countries: every group a
   * claim can score with is read, and a block that has (or will have) one keyed group or none is
   * read whole (then which one it is decides).
   */
  private async readShapes(claims: Map<string, { roles: string[]; country: string | null }[]>): Promise<void> {
    const terms = new Map<string, Set<string>>();
    for (const [block, cs] of claims) terms.set(block, new Set(cs.flatMap(shapeTerms)));
    await this.fetchBlocks(terms);
    await this.fetchShapes(terms);
    const few = new Map<string, null>();
    for (const block of claims.keys())
      if (this.groupCount(block, 'before') <= 1 || this.groupCount(block, 'after') <= 1) few.set(block, null);
    await this.fetchShapes(few);
  }

  /** Where a claim naming the family name alone goes after the write (its block's shape read for it: `readShapes`). */
  private assign(block: string, claim: { roles: string[]; country: string | null }): string {
    const structure = this.structure(block, 'after');
    // In a block not read whole, the groups not read score nothing with the claim: they only count.
    if (!this.shapes.get(block)!.complete)
      for (let i = 0; structure.size < Math.min(2, this.groupCount(block, 'after')); i++)
        structure.set(`\u0000${i}`, { roles: new Set(), countries: new Set() });
    return assignLoose(claim, structure);
  }

  /**
   * Whether the block's shape changes with the write, i.e. whether a claim naming the family name
   * alone may go elsewhere (`structureSignature`): only the people read whole can change.
   */
  private shapeChanged(block: string): boolean {
    if (this.shapes.get(block)!.complete)
      return structureSignature(this.structure(block, 'before')) !== structureSignature(this.structure(block, 'after'));
    // Not read whole: it has two keyed groups or more before and after (`readShapes`), and the
    // others are as stored.
    return (this.byBlock.get(block) ?? []).some(
      (n) => !n.partial && !sameFeatures(n.before, this.features.get(n.nameKey) ?? n.after),
    );
  }

  /** The claims taken away: their articles' contributions leave their people. */
  async subtract(lostPeople: LostMention[]): Promise<void> {
    await this.fetch(lostPeople.map((m) => m.nameKey!));
    for (const [key, ms] of groupBy(lostPeople, (m) => `${m.nameKey}\u0000${m.articleId}`))
      this.add(key.split('\u0000')[0]!, contribution(ms.map(claimOf)), -1);
  }

  private featuresOf(k: string): PersonSummary {
    let s = this.features.get(k);
    if (!s) {
      s = emptySummary();
      addSummary(s, this.node(k).after, 1);
      this.features.set(k, s);
    }
    return s;
  }

  /** A block's groups (given name → features), as stored or after the write. */
  structure(block: string, when: 'before' | 'after'): BlockStructure {
    const out: BlockStructure = new Map();
    for (const n of this.byBlock.get(block) ?? []) {
      const f = n.partial
        ? n.features
        : groupFeatures(when === 'before' ? n.before : (this.features.get(n.nameKey) ?? n.after));
      if (f) out.set(n.given, f);
    }
    return out;
  }

  /**
   * Where each fresh claim goes: the keyed claims (a given name) to their group; the groups'
   * features after the write (which only keyed claims shape) decide where the others go. Returns
   * the blocks whose shape was read (`full`).
   */
  async place(fresh: PersonClaim[], lostPeople: LostMention[]) {
    const target = new Map<PersonClaim, string>();
    for (const c of fresh) {
      const given = givenKeyOf(c);
      if (given !== null) target.set(c, nameKeyOf(c.block, given));
    }
    await this.fetch(target.values());
    for (const [key, cs] of groupBy([...target.keys()], (c) => `${target.get(c)}\u0000${c.articleId}`))
      addSummary(this.featuresOf(key.split('\u0000')[0]!), contribution(cs), 1);

    const touched = new Set([...fresh.map((c) => c.block), ...lostPeople.map((m) => splitKey(m.nameKey!).block)]);
    const looseBlocks = new Set(fresh.filter((c) => !target.has(c)).map((c) => c.block));
    const reshaped = new Set(
      [...this.nodes.values()]
        .filter((n) => !sameFeatures(n.before, this.features.get(n.nameKey) ?? n.after))
        .map((n) => n.block),
    );
    const full = [...touched].filter((b) => looseBlocks.has(b) || reshaped.has(b)).sort();
    await this.readShapes(new Map(full.map((b) => [b, fresh.filter((c) => c.block === b && !target.has(c))])));
    for (const c of fresh) if (!target.has(c)) target.set(c, nameKeyOf(c.block, this.assign(c.block, c) || null));
    await this.fetch(target.values());
    return { target, full };
  }

  /**
   * Where a block's shape changed, the other claims naming the family name alone go where the
   * rules now put them; their articles' contributions move with them. Where such a claim goes
   * depends only on its roles and country, so Neo4j reads the block's claims as groups of equal
   * roles, country and person, and only the claims of the groups that move come back one by
   * one: these claims grow with the corpus (every report that never gives the given name adds
   * one), and a change of the block's shape mostly moves none of them.
   */
  async moveLoose(full: string[]): Promise<LooseMove[]> {
    const changedShape = full.filter((b) => this.shapeChanged(b));
    if (changedShape.length === 0) return [];
    const groups = await this.tx.run(
      `UNWIND $blocks AS b
       MATCH (:Article)-[r:MENTIONS]->(p:Person) WHERE r.loose = b
       RETURN DISTINCT b AS block, coalesce(r.roles, []) AS roles, r.country AS country, p.nameKey AS nameKey`,
      { blocks: changedShape },
    );
    const claimOfGroup = (g: (typeof groups)[number]) => ({
      roles: g.roles as string[],
      country: (g.country as string | null) ?? null,
    });
    await this.readShapes(
      new Map(
        [...groupBy(groups, (g) => g.block as string)].map(([block, gs]) => [block, gs.map(claimOfGroup)] as const),
      ),
    );
    const moving = [];
    for (const g of groups) {
      const to = nameKeyOf(g.block as string, this.assign(g.block as string, claimOfGroup(g)) || null);
      if (to !== g.nameKey)
        moving.push({ block: g.block, roles: g.roles, country: g.country ?? null, from: g.nameKey, to });
    }
    if (moving.length === 0) return [];
    const rows = await this.tx.run(
      `UNWIND $groups AS g
       MATCH (a:Article)-[r:MENTIONS]->(:Person {nameKey: g.from})
       WHERE r.loose = g.block AND coalesce(r.roles, []) = g.roles AND coalesce(r.country, '') = coalesce(g.country, '')
       RETURN a.id AS articleId, r.claim AS claim, r.local AS local, g.from AS from, g.to AS to`,
      { groups: moving },
    );
    const moves: LooseMove[] = rows.map((r) => ({
      articleId: r.articleId as string,
      claim: r.claim as string,
      local: r.local as string,
      from: r.from as string,
      to: r.to as string,
    }));
    if (moves.length) await this.moveContributions(moves);
    return moves;
  }

  /** A moved claim changes its article's contribution to both people: recomputed from all of that article's claims on them. */
  private async moveContributions(moves: LooseMove[]): Promise<void> {
    await this.fetch(moves.flatMap((m) => [m.from, m.to]));
    const pairs = [
      ...new Set(moves.flatMap((m) => [`${m.articleId}\u0000${m.from}`, `${m.articleId}\u0000${m.to}`])),
    ].map((p) => ({ articleId: p.split('\u0000')[0]!, nameKey: p.split('\u0000')[1]! }));
    const rows = await this.tx.run(
      `UNWIND $pairs AS x
       MATCH (a:Article {id: x.articleId})-[r:MENTIONS]->(:Person {nameKey: x.nameKey})
       RETURN x.articleId AS articleId, x.nameKey AS nameKey, a.published AS published,
              ${latestMeetingDay('a')} AS meetingDays, properties(r) AS props`,
      { pairs },
    );
    const movedTo = new Map(moves.map((m) => [`${m.articleId}\u0000${m.claim}`, m.to]));
    const keyOf = (r: (typeof rows)[number]) => `${r.articleId as string}\u0000${r.nameKey as string}`;
    const beforeMove = groupBy(rows, keyOf);
    const afterMove = groupBy(rows, (r) => {
      const claim = (r.props as { claim: string }).claim;
      return `${r.articleId as string}\u0000${movedTo.get(`${r.articleId as string}\u0000${claim}`) ?? (r.nameKey as string)}`;
    });
    const claims = (rs: typeof rows) =>
      rs.map((r) =>
        claimOf({
          articleId: r.articleId as string,
          published: r.published as string | null,
          reported: reportDay(r.published as string | null, r.meetingDays as string[]),
          props: r.props as Record<string, unknown>,
        }),
      );
    for (const [key, rs] of beforeMove) this.add(key.split('\u0000')[1]!, contribution(claims(rs)), -1);
    for (const [key, rs] of afterMove) this.add(key.split('\u0000')[1]!, contribution(claims(rs)), 1);
  }

  /** The people a contribution was added to or taken from: the only ones whose properties can change. */
  private touched(): PersonNode[] {
    return [...this.nodes.values()].filter((n) => n.touched);
  }

  /** Nodes from summaries: new, changed, renamed or gone. */
  async writeNodes(moves: LooseMove[]): Promise<PeopleChanges> {
    const touched = this.touched();
    const upserts: { nameKey: string; props: Record<string, unknown> }[] = [];
    const gone: string[] = [];
    const changes: PeopleChanges = {
      changed: [],
      renamed: [],
      moved: moves.map(({ articleId, local }) => ({ articleId, local })),
      countries: touched.map((n) => n.props?.country).filter((c): c is string => typeof c === 'string'),
      recountried: [],
    };
    for (const n of touched) {
      if (n.after.articles <= 0) {
        if (n.id !== null) gone.push(n.nameKey);
        continue;
      }
      const { id, props } = personProps(n.block, n.given, n.after);
      const next = { id, ...props };
      if (n.props && sameValue(n.props, next)) continue;
      upserts.push({ nameKey: n.nameKey, props: ownUpdate(n.props, next) });
      changes.changed.push(id);
      if (n.id !== null && n.id !== id) changes.renamed.push(id);
      if (n.id !== null && (n.props?.country ?? null) !== (props.country ?? null)) changes.recountried.push(id);
    }
    await this.tx.run(`UNWIND $rows AS row MERGE (p:Person {nameKey: row.nameKey}) SET p += row.props`, {
      rows: upserts,
    });
    this.gone = gone;
    return changes;
  }

  /** People left with no claims, deleted once the edges moved (`deleteGone`). */
  private gone: string[] = [];

  async deleteGone(): Promise<void> {
    await this.tx.run(`UNWIND $keys AS k MATCH (p:Person {nameKey: k}) DETACH DELETE p`, { keys: this.gone });
  }

  /**
   * People whose summary lost the only article of a first or last day (of publication, or of a
   * role: `Span` in src/resolve/people.ts) take their dates again from their claims, once the
   * edges are written, and their properties are written again. Only an article taken away or a
   * claim moved can do that, and only when it was alone on that day: adding never reads claims.
   */
  async redate(fresh: PersonClaim[], target: Map<PersonClaim, string>, written: string[]): Promise<void> {
    const stale = this.touched().filter((n) => n.after.articles > 0 && isStale(n.after));
    if (stale.length === 0) return;
    // The articles being written come from their claims in memory: their meeting claims, which
    // date an undated report, are not written yet.
    const rows = await this.tx.run(
      `UNWIND $keys AS k
       MATCH (p:Person {nameKey: k})<-[r:MENTIONS]-(a:Article)
       WHERE NOT a.id IN $written
       RETURN k AS nameKey, a.id AS articleId, a.published AS published,
              ${latestMeetingDay('a')} AS meetingDays, properties(r) AS props`,
      { keys: stale.map((n) => n.nameKey), written },
    );
    const byKey = groupBy(rows, (r) => r.nameKey as string);
    const updates: { nameKey: string; props: Record<string, unknown> }[] = [];
    for (const n of stale) {
      redate(n.after, [
        ...(byKey.get(n.nameKey) ?? []).map((r) =>
          claimOf({
            articleId: r.articleId as string,
            published: (r.published as string | null) ?? null,
            reported: reportDay((r.published as string | null) ?? null, r.meetingDays as string[]),
            props: r.props as Record<string, unknown>,
          }),
        ),
        ...fresh.filter((c) => target.get(c) === n.nameKey),
      ]);
      const { id, props } = personProps(n.block, n.given, n.after);
      updates.push({ nameKey: n.nameKey, props: { id, ...props } });
    }
    await this.tx.run(`UNWIND $rows AS row MATCH (p:Person {nameKey: row.nameKey}) SET p += row.props`, {
      rows: updates,
    });
  }

  /** The moved claims' edges go to their new person; the fresh claims get theirs. */
  async writeEdges(moves: LooseMove[], fresh: PersonClaim[], target: Map<PersonClaim, string>): Promise<void> {
    await this.tx.run(
      `UNWIND $moves AS m
       MATCH (a:Article {id: m.articleId})-[r:MENTIONS {claim: m.claim}]->(:Person {nameKey: m.from})
       MATCH (p:Person {nameKey: m.to})
       CREATE (a)-[r2:MENTIONS]->(p) SET r2 = properties(r)
       DELETE r`,
      { moves },
    );
    await this.tx.run(
      `UNWIND $links AS l
       MATCH (a:Article {id: l.articleId})
       MATCH (p:Person {nameKey: l.nameKey})
       CREATE (a)-[r:MENTIONS]->(p) SET r = l.props`,
      { links: fresh.map((c) => ({ articleId: c.articleId, nameKey: target.get(c)!, props: edgeProps(c) })) },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Organizations and countries: a name voted from the names the articles use, and a source count.

interface NamedSummary {
  articles: number;
  names: Counts;
}

const namedContribution = (names: string[]): NamedSummary => ({ articles: 1, names: countsOf(names) });

/** Names by votes, then length, then alphabetically (the first is the name). */
function byVotes(names: Counts): string[] {
  const order = [...votes(names)];
  const best: string[] = [];
  while (order.length) {
    const top = pickCanonical(new Map(order))!;
    best.push(top);
    order.splice(
      order.findIndex(([n]) => n === top),
      1,
    );
  }
  return best;
}

/** The properties of an organization or country from its summary (a country's name comes from data/countries.json). */
export function namedProps(s: NamedSummary, fixedName: string | null): Record<string, unknown> {
  const names = byVotes(s.names);
  return {
    name: fixedName ?? names[0] ?? null,
    aliases: names,
    sourceCount: s.articles,
    summary: JSON.stringify({ articles: s.articles, names: sortedCounts(s.names) }),
  };
}

export function parseNamed(json: string | null | undefined): NamedSummary {
  const s = json ? (JSON.parse(json) as Partial<NamedSummary>) : {};
  return { articles: s.articles ?? 0, names: s.names ?? {} };
}

/**
 * Writes the organizations (or countries) of a write: the `lost` mentions (already detached) leave
 * their summaries, the `fresh` ones join and get their MENTIONS edges. Returns the ids touched.
 */
export async function writeNamed(
  tx: Tx,
  label: 'Organization' | 'Country',
  lost: LostMention[],
  fresh: { articleId: string; claim: SimpleClaim }[],
  fixedName: (id: string) => string | null,
): Promise<string[]> {
  const ids = [...new Set([...lost.map((m) => m.nodeId), ...fresh.map((f) => f.claim.id)])].sort();
  if (ids.length === 0) return [];
  const rows = await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, n.summary AS summary`, { ids });
  const summaries = new Map(ids.map((id) => [id, parseNamed(null)]));
  for (const r of rows) summaries.set(r.id as string, parseNamed(r.summary as string | null));
  const apply = (id: string, names: string[], sign: 1 | -1) => {
    const s = summaries.get(id)!;
    const c = namedContribution(names);
    s.articles += sign * c.articles;
    addCounts(s.names, c.names, sign);
  };
  for (const [key, ms] of groupBy(lost, (m) => `${m.nodeId}\u0000${m.articleId}`))
    apply(
      key.split('\u0000')[0]!,
      ms.map((m) => m.props.name as string),
      -1,
    );
  for (const [key, fs] of groupBy(fresh, (f) => `${f.claim.id}\u0000${f.articleId}`))
    apply(
      key.split('\u0000')[0]!,
      fs.map((f) => f.claim.name),
      1,
    );
  await tx.run(
    `UNWIND $rows AS row
     MERGE (n:${label} {id: row.id})
     SET n += row.props`,
    { rows: ids.map((id) => ({ id, props: namedProps(summaries.get(id)!, fixedName(id)) })) },
  );
  await tx.run(
    `UNWIND $rows AS row
     MATCH (a:Article {id: row.articleId})
     MATCH (n:${label} {id: row.id})
     CREATE (a)-[r:MENTIONS]->(n) SET r = row.props`,
    {
      rows: fresh.map(({ articleId, claim: { id, ...props } }) => ({ articleId, id, props })),
    },
  );
  return ids;
}
