/**
 * compromise's sweep (`methods.one.bulkMatch`: its indexed matcher, which runs the post-tagger's
 * 700-odd match rows over every phrase of a document), giving the same matches in the same order,
 * faster. compromise finds the candidate rows of each phrase by trying every key of the net's
 * index (730 words and tags) against the phrase's own words and tags, then concatenates and
 * de-duplicates their rows: a fifth of the whole tagging's time. Here each phrase looks up only
 * its own words and tags (about 16), in the index's key order, so the candidate list is the same.
 *
 * The steps after that are compromise 14's own (sweep/02-trim-down.js, 04-runMatch.js, MIT):
 * keep the rows whose needs the phrase has, none of whose `ifNo` it has, and enough of whose
 * wants; add the uncacheable rows; drop rows longer than the phrase; run the match of each.
 */

/** A match row of a compiled net, as compromise's buildNet leaves it (the fields read here). */
interface Row {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

export interface Net {
  hooks: Record<string, Row[]>;
  always: Row[];
}

type Phrase = unknown[];

export interface SweepMethods {
  one: {
    bulkMatch: BulkMatch;
    cacheDoc: (docs: Phrase[]) => Set<string>[];
    match: (docs: Phrase[], row: Row) => { ptrs: number[][] };
  };
}

export type BulkMatch = (docs: Phrase[], net: Net, methods: SweepMethods, opts?: { matchOne?: boolean }) => object[];

/**
 * A net's index read once: each key's position in the order compromise tries them in, its rows,
 * and for each row the number of the first row with its match text (compromise keeps a match text once).
 */
interface Index {
  order: Map<string, number>;
  rows: Row[][];
  ids: Int32Array[];
  /** per row id, the phrase that last took it (a phrase's candidates are each taken once) */
  taken: Int32Array;
  /** the number of the phrase being read */
  phrase: number;
}
const indexes = new WeakMap<Net['hooks'], Index>();

function indexOf(hooks: Net['hooks']): Index {
  let index = indexes.get(hooks);
  if (!index) {
    const keys = Object.keys(hooks);
    const idOf = new Map<string, number>();
    const rows = keys.map((k) => hooks[k]!);
    const ids = rows.map((list) =>
      Int32Array.from(list, (row) => idOf.get(row.match) ?? idOf.set(row.match, idOf.size).size - 1),
    );
    index = { order: new Map(keys.map((k, i) => [k, i])), rows, ids, taken: new Int32Array(idOf.size), phrase: 0 };
    indexes.set(hooks, index);
  }
  return index;
}

/** The candidate rows of a phrase: those indexed under its words and tags, in index order, each once. */
function candidates(items: Set<string>, index: Index): Row[] {
  const found: number[] = [];
  for (const item of items) {
    const i = index.order.get(item);
    if (i !== undefined) found.push(i);
  }
  found.sort((a, b) => a - b);
  if (index.phrase === 0x7fffffff) {
    index.taken.fill(0);
    index.phrase = 0;
  }
  const stamp = ++index.phrase;
  const { taken } = index;
  const rows: Row[] = [];
  for (const i of found) {
    const list = index.rows[i]!;
    const ids = index.ids[i]!;
    for (let j = 0; j < list.length; j += 1)
      if (taken[ids[j]!] !== stamp) {
        taken[ids[j]!] = stamp;
        rows.push(list[j]!);
      }
  }
  return rows;
}

function wanted(row: Row, haves: Set<string>): boolean {
  if (row.wants.length === 0) return true;
  let found = 0;
  for (const w of row.wants) if (haves.has(w)) found += 1;
  return found >= row.minWant;
}

const fits = (row: Row, haves: Set<string>, words: number) =>
  row.needs.every((need) => haves.has(need)) &&
  !(row.ifNo !== undefined && row.ifNo.some((no) => haves.has(no))) &&
  wanted(row, haves) &&
  words >= row.minWords;

export const sweep: BulkMatch = (document, net, methods, opts = {}) => {
  const caches = methods.one.cacheDoc(document);
  const index = indexOf(net.hooks);
  const results: object[] = [];
  for (let n = 0; n < caches.length; n += 1) {
    const haves = caches[n]!;
    const words = document[n]!.length;
    const rows = candidates(haves, index).filter((row) => fits(row, haves, words));
    for (const row of net.always) if (words >= row.minWords) rows.push(row);
    for (const row of rows) {
      const res = methods.one.match([document[n]!], row);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const todo: Row & { pointer: number[] } = Object.assign({}, row, { pointer: ptr });
        if (row.unTag !== undefined) todo.unTag = row.unTag;
        results.push(todo);
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
};
