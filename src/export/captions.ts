/**
 * A short human caption per node, as schema/neo4j-browser.grass captions them in Neo4j Browser:
 * for the `label` of GraphML (what Gephi and yEd show) and `rdfs:label` of JSON-LD.
 */
import type { Row } from '../graph/driver.js';

const CAPTIONS: Record<string, (p: Row) => unknown[]> = {
  Person: (p) => [p.name],
  Organization: (p) => [p.name],
  Country: (p) => [p.name],
  Outlet: (p) => [p.name],
  Topic: (p) => [p.name],
  Article: (p) => [p.title ?? p.id],
  Quote: (p) => [p.text],
  Position: (p) => [p.text],
  Meeting: (p) => [p.date ?? 'undated', p.place],
  Detail: (p) => [p.field, p.value],
};

const MAX = 60;

export function caption(labels: readonly string[], props: Row): string {
  const parts = labels.map((l) => CAPTIONS[l]).find(Boolean)?.(props) ?? [props.name ?? props.title ?? props.id];
  const text = parts
    .filter((x) => x !== null && x !== undefined && x !== '')
    .map(String)
    .join(' · ');
  return text.length > MAX ? `${text.slice(0, MAX - 1).trimEnd()}…` : text;
}
