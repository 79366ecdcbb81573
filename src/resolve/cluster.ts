/** Small order-free helpers shared by the consolidation steps. */
import type { Source } from './claims.js';
import { combinedConfidence } from './normalize.js';

/** Union-find over indices 0..n-1; the components do not depend on the order of unions. */
export class DisjointSets {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  groups(): number[][] {
    const out = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      let g = out.get(r);
      if (!g) out.set(r, (g = []));
      g.push(i);
    }
    return [...out.values()];
  }
}

/** Groups items by a key, keys in sorted order. */
export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let g = map.get(k);
    if (!g) map.set(k, (g = []));
    g.push(item);
  }
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The aggregates every consolidated fact carries, computed from its supporting claims. */
export interface SourceAggregates {
  articleIds: string[];
  sourceCount: number;
  firstReported: string | null;
  lastReported: string | null;
  confidence: number;
}

export function aggregate(claims: (Source & { confidence: number })[]): SourceAggregates {
  const best = new Map<string, number>();
  const dates: string[] = [];
  for (const c of claims) {
    best.set(c.articleId, Math.max(best.get(c.articleId) ?? 0, c.confidence));
    if (c.published) dates.push(c.published);
  }
  dates.sort();
  return {
    articleIds: [...best.keys()].sort(),
    sourceCount: best.size,
    firstReported: dates[0] ?? null,
    lastReported: dates[dates.length - 1] ?? null,
    confidence: combinedConfidence(best),
  };
}

/** A consolidated fact: the node's properties and the claims that support it. */
export interface Cluster<P, C> {
  id: string;
  props: P;
  claims: C[];
}

/** Sorts claims into a canonical order (by article, then claim) so every later step sees the same sequence. */
export function canonicalOrder<C extends { articleId: string; claim: string }>(claims: C[]): C[] {
  return [...claims].sort((a, b) =>
    a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0,
  );
}

/**
 * A multiset of values with the number of articles that give each: the summaries kept on nodes
 * that gather many claims (people, organizations, countries). A node's summary is the sum of one
 * contribution per supporting article, so adding an article adds its contribution and removing it
 * subtracts the same contribution: the summary, and every property chosen from it, does not depend
 * on the order articles arrive in.
 */
export type Counts = Record<string, number>;

/** `into` += `sign` × `from`, dropping values whose count falls to zero. */
export function addCounts(into: Counts, from: Counts, sign: 1 | -1): void {
  for (const [value, n] of Object.entries(from)) {
    const next = (into[value] ?? 0) + sign * n;
    if (next > 0) into[value] = next;
    else delete into[value];
  }
}

/** One vote per distinct value. */
export function countsOf(values: Iterable<string | null | undefined>): Counts {
  const out: Counts = {};
  for (const v of values) if (typeof v === 'string' && v !== '') out[v] = 1;
  return out;
}

/** The same counts with their keys in sorted order, so that two equal summaries serialise alike. */
export function sortedCounts(counts: Counts): Counts {
  const out: Counts = {};
  for (const key of Object.keys(counts).sort()) out[key] = counts[key]!;
  return out;
}

/** The counts as a vote map for `pickCanonical`. */
export function votes(counts: Counts): Map<string, number> {
  return new Map(Object.entries(counts));
}
