import { PERSON, QUOTE, STATEMENT, type CypherQuery } from './cypher.js';

/** Lucene's special characters, escaped so that user text is searched as words, never as query syntax. */
export function luceneTerms(text: string): string {
  const words = text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(AND|OR|NOT|TO)$/.test(w));
  return words.join(' ');
}

/** Fulltext search over people's names and aliases, quote texts and wordings, and positions; best first. */
export function search(text: string, limit: number): CypherQuery {
  return {
    cypher: `CALL {
  CALL db.index.fulltext.queryNodes('person_names', $q) YIELD node, score
  WITH node, score WHERE node:Person
  RETURN 'Person' AS kind, ${PERSON('node')} AS item, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('quote_text', $q) YIELD node, score
  RETURN 'Quote' AS kind, ${QUOTE('node')} AS item, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('position_text', $q) YIELD node, score
  RETURN 'Statement' AS kind, ${STATEMENT('node')} AS item, score
}
RETURN kind, item, score ORDER BY score DESC, item.id LIMIT toInteger($limit)`,
    params: { q: luceneTerms(text), limit },
  };
}
