import { value, type RootDef, type TypeDef } from './fields.js';

/** Lucene's special characters, escaped so that user text is searched as words, never as query syntax. */
export function luceneTerms(text: string): string {
  const words = text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(AND|OR|NOT|TO)$/.test(w));
  return words.join(' ');
}

/** One hit (`v`, its type in `v_kind`, its relevance in `v_score`). */
export const SEARCH_RESULT: TypeDef = {
  score: value((v) => `${v}_score`),
  node: { kind: 'union', types: ['Person', 'Quote', 'Statement'], tag: (v) => `${v}_kind` },
};

/** Fulltext search over people's names and aliases, quote texts and wordings, and positions; best first. */
const search: RootDef = {
  kind: 'list',
  type: 'SearchResult',
  from: (_, x, s, a) => {
    const q = s.param(luceneTerms(a.text as string));
    return `CALL () {
  CALL db.index.fulltext.queryNodes('person_names', ${q}) YIELD node, score
  WITH node, score WHERE node:Person
  RETURN 'Person' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('quote_text', ${q}) YIELD node, score
  RETURN 'Quote' AS kind, node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('position_text', ${q}) YIELD node, score
  RETURN 'Statement' AS kind, node, score
}
WITH node AS ${x}, kind AS ${x}_kind, score AS ${x}_score`;
  },
  carry: (x) => `${x}, ${x}_kind, ${x}_score`,
  order: (x) => `${x}_score DESC, ${x}.id`,
  limit: (a) => a.first as number,
};

export const SEARCH_ROOTS: Record<string, RootDef> = { search };
