import { ARTICLE, type CypherQuery } from './cypher.js';

/** The labels of facts that articles support. */
export const FACT_LABELS = ['Meeting', 'Quote', 'Position', 'Detail'] as const;
export type FactLabel = (typeof FACT_LABELS)[number];

/**
 * For each fact id, its sources (the supporting article, its outlet, the evidence sentence and
 * that article's wording), earliest report first, at most `$limit` per fact. `label` comes from a
 * fixed list: it is the only non-parameter in the text.
 */
export function sourcesOf(label: FactLabel, ids: readonly string[], limit: number): CypherQuery {
  if (!FACT_LABELS.includes(label)) throw new Error(`sourcesOf: unknown fact label ${label}`);
  return {
    cypher: `UNWIND $ids AS id
OPTIONAL MATCH (f:${label} {id: id})
RETURN id, COLLECT { MATCH (a:Article)-[s:SUPPORTS]->(f)
  WITH a, s ORDER BY a.published, a.id LIMIT toInteger($limit)
  RETURN {article: ${ARTICLE('a')}, sentence: s.sentence, wording: s.wording, rule: s.rule, confidence: s.confidence} } AS sources`,
    params: { ids, limit },
  };
}
