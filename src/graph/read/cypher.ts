/**
 * Shared pieces of the read Cypher: the person and outlet name matchers, date ranges and
 * anchored matches. Every builder in this folder is a pure function that writes Cypher text;
 * values always travel as parameters (see `Statement`).
 */
import type { Statement } from './statement.js';

/** A Cypher statement and its parameters, ready for `Graph.read`. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** Which slice of an ordered list to return (from the API's `first`/`after`). */
export interface Page {
  skip: number;
  limit: number;
}

/**
 * How well Person `x` answers to the lower-cased name in `q`: 4 for the full name, 3 for the
 * surname (stored, or the last word of the name), 2 for a recorded alias, 0 for no match.
 */
const nameScore = (x: string, q: string) =>
  `CASE WHEN toLower(${x}.name) = ${q} THEN 4 ` +
  `WHEN toLower(coalesce(${x}.surname, '')) = ${q} OR toLower(${x}.name) ENDS WITH ' ' + ${q} THEN 3 ` +
  `WHEN any(_al IN coalesce(${x}.aliases, []) WHERE toLower(_al) = ${q}) THEN 2 ELSE 0 END`;

// Name lookups and the fulltext indexes of schema/020_read_indexes.cypher.
//
// The matchers compare lower-cased strings (`toLower(p.name) = $q`, `ENDS WITH`, `CONTAINS`),
// which no range or text index can answer, so on their own they read every Person or Outlet.
// The fulltext indexes `person_lookup` (Person name, surname, aliases) and `outlet_lookup`
// (Outlet name, id, aliases) find a small superset of the nodes a matcher can accept, and the
// matcher then runs on those candidates only: the answer is the same, found from the index.
//
// Why a superset: the indexes' analyzer (standard-no-stop-words: Unicode word breaks, then
// lower case) cuts a name into words the same way wherever it stands after a space, so a name
// that equals `q` or ends with " " + `q` holds the words of `q` as a phrase, and a name that
// contains `q` holds each run of letters and digits of `q` inside one of its words. That holds
// for Latin and Cyrillic letters, ASCII, punctuation and spaces; other scripts (Greek's
// final sigma lower-cases differently in Lucene, CJK ideographs are one word each), combining
// marks and symbols take the scan instead, as does a name with no letter or digit at all.

/** Characters for which the fulltext analyzer and Cypher's `toLower` agree (see above). */
const INDEXABLE = /^[\x20-\x7e\p{Script=Latin}\p{Script=Cyrillic}\p{P}\p{Zs}]*$/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** `text` with every character that Lucene's query syntax gives a meaning to escaped by a backslash. */
export function luceneEscape(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

/**
 * The Lucene query that finds every indexed node whose name, surname, id or an alias, lower-cased,
 * equals or ends with the lower-cased name `q` (a phrase of its words), or null when the index
 * cannot be trusted to find them all and the caller must scan.
 */
export function lucenePhrase(q: string): string | null {
  if (!INDEXABLE.test(q) || !q.match(WORD)) return null;
  return `"${luceneEscape(q)}"`;
}

/**
 * The Lucene query that finds every indexed node with a name or alias containing the lower-cased
 * text `q` (each run of letters and digits of `q` inside a word, any field), or null when the
 * caller must scan.
 */
export function luceneContains(q: string): string | null {
  const words = q.match(WORD);
  if (!INDEXABLE.test(q) || !words) return null;
  return words.map((w) => `+*${w}*`).join(' ');
}

/**
 * The Person nodes a lookup considers, bound to `x` and filtered by `cond`: the fulltext index's
 * candidates for the Lucene query expression `lucene`, or every Person when `lucene` is null.
 */
export const personCandidates = (x: string, lucene: string | null, cond: string) =>
  lucene
    ? `CALL db.index.fulltext.queryNodes('person_lookup', ${lucene}) YIELD node AS ${x} WITH ${x} WHERE ${x}:Person${cond === 'true' ? '' : ` AND (${cond})`}`
    : `MATCH (${x}:Person)${cond === 'true' ? '' : ` WHERE ${cond}`}`;

/**
 * An expression for the one Person that the name in `q` (a lower-cased Cypher expression)
 * designates, or null: the best name match, ties going to the person most reports mention, so
 * that "Okafor" and "Amara Okafor" always designate the same node. `lucene` is a Cypher
 * expression for `lucenePhrase(q)` when that is not null; without it every Person is scanned.
 */
export const bestPerson = (q: string, lucene: string | null = null) =>
  `head(COLLECT { ${personCandidates('_x', lucene, 'true')} WITH _x, ${nameScore('_x', q)} AS _score WHERE _score > 0 ` +
  `WITH _x, _score, COUNT { (_x)<-[:MENTIONS]-() } AS _mentions ORDER BY _score DESC, _mentions DESC, _x.id LIMIT 1 RETURN _x })`;

/**
 * An expression for the Outlet named (name, alias or id, case-insensitive) by the lower-cased
 * expression `q`, or null; `lucene` as for `bestPerson`.
 */
export const namedOutlet = (q: string, lucene: string | null = null) =>
  `head(COLLECT { ${lucene ? `CALL db.index.fulltext.queryNodes('outlet_lookup', ${lucene}) YIELD node AS _o WITH _o WHERE _o:Outlet AND` : 'MATCH (_o:Outlet) WHERE'} ` +
  `(toLower(_o.name) = ${q} OR toLower(_o.id) = ${q} OR any(_al IN coalesce(_o.aliases, []) WHERE toLower(_al) = ${q})) RETURN _o ORDER BY _o.id LIMIT 1 })`;

/** A name as the matchers compare it. */
export const normName = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The arguments of `bestPerson` and `namedOutlet` for a name: the name as the matchers compare it
 * and its Lucene phrase (null when the lookup must scan), both as parameters of `s`.
 */
export function lookup(s: Statement, name: string): [string, string | null] {
  const q = normName(name);
  const lucene = lucenePhrase(q);
  return [s.param(q), lucene ? s.param(lucene) : null];
}

/** A date range condition on a date-valued expression that may hold a month only ("2023-06"); bounds are parameters. */
export function dateRange(expr: string, s: Statement, from: unknown, to: unknown): string[] {
  const conds: string[] = [];
  if (from) conds.push(`toString(${expr}) >= left(${s.param(from)}, size(toString(${expr})))`);
  if (to) conds.push(`toString(${expr}) <= left(${s.param(to)}, size(toString(${expr})))`);
  return conds;
}

export const where = (conds: string[]) => (conds.length ? `WHERE ${conds.join(' AND ')}` : '');

/**
 * The `MATCH` of a filtered list of `v:label` nodes. With an `anchor` pattern that binds `v`
 * from an already-found node (`(speaker)-[:SAID]->(q:Quote)`), the match starts there instead of
 * reading every node of the label and testing the pattern on each: the same nodes, each once, and
 * none when the anchor is null (as the pattern test would give).
 */
export function anchoredMatch(v: string, label: string, anchor: string | null, conds: string[]): string {
  return anchor ? `MATCH ${anchor} ${where(conds)} WITH DISTINCT ${v}` : `MATCH (${v}:${label}) ${where(conds)}`;
}
