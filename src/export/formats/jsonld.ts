/**
 * JSON-LD for linked-data stores: schema.org types (Person, NewsArticle, Quotation, Event,
 * Organization, Country …), PROV-O for where facts come from (a fact `prov:wasDerivedFrom` the
 * articles that support it, an article `prov:wasAttributedTo` its outlet), and `owl:sameAs` the
 * Wikidata item of a person, organization, outlet or country when the node carries a
 * `wikidataId` or the gazetteer knows it. Every relationship is also a reified `rdf:Statement`
 * carrying its properties (the evidence of a SUPPORTS edge: sentence, offsets, rule). The context
 * is inline: expanding the document needs no network.
 */
import type { Graph, Row } from '../../graph/driver.js';
import { streamNodes, streamRelationships, type ExportOptions, type NodeRecord } from '../../graph/export.js';
import type { Sink } from '../output.js';
import { asText, type PropType } from '../values.js';
import { caption } from '../captions.js';
import type { Progress } from '../index.js';

export const VOCAB = 'urn:diplograph:vocab:';
export const NODE_IRI = 'urn:diplograph:node:';
export const RELATIONSHIP_IRI = 'urn:diplograph:relationship:';
export const WIKIDATA = 'http://www.wikidata.org/entity/';

export const CONTEXT = {
  schema: 'https://schema.org/',
  prov: 'http://www.w3.org/ns/prov#',
  owl: 'http://www.w3.org/2002/07/owl#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dg: VOCAB,
  wd: WIKIDATA,
};

/** schema.org (and PROV-O) classes of each label; other labels get `dg:<Label>` only. */
export const TYPES: Record<string, string[]> = {
  Person: ['schema:Person', 'prov:Agent'],
  Organization: ['schema:Organization', 'prov:Agent'],
  Country: ['schema:Country'],
  Outlet: ['schema:NewsMediaOrganization', 'prov:Agent'],
  Article: ['schema:NewsArticle', 'prov:Entity'],
  Quote: ['schema:Quotation', 'prov:Entity'],
  Position: ['schema:Claim', 'prov:Entity'],
  Meeting: ['schema:Event', 'prov:Entity'],
  Topic: ['schema:DefinedTerm'],
  Detail: ['schema:PropertyValue', 'prov:Entity'],
};

/** Properties with a schema.org term, per label ('*' for any); the others are `dg:<key>`. */
const TERMS: Record<string, Record<string, string>> = {
  '*': { name: 'schema:name', aliases: 'schema:alternateName' },
  Article: {
    title: 'schema:headline',
    url: 'schema:url',
    published: 'schema:datePublished',
    text: 'schema:articleBody',
  },
  Quote: { text: 'schema:text' },
  Position: { text: 'schema:text' },
  Meeting: { date: 'schema:startDate', place: 'schema:location' },
  Detail: { value: 'schema:value' },
};

/** Edges that also say something in schema.org or PROV-O terms: [predicate, true when it points from end to start]. */
const EDGE_TERMS: Record<string, [string, boolean][]> = {
  SUPPORTS: [['prov:wasDerivedFrom', true]],
  PUBLISHED: [
    ['prov:wasAttributedTo', true],
    ['schema:publisher', true],
  ],
  SAID: [
    ['schema:spokenByCharacter', true],
    ['prov:wasAttributedTo', true],
  ],
  ATTENDED: [['schema:attendee', true]],
  ABOUT: [['schema:about', false]],
  MENTIONS: [['schema:mentions', false]],
  REPRESENTS: [['schema:affiliation', false]],
};

export const nodeIri = (id: string) => `${NODE_IRI}${encodeURIComponent(id)}`;

const XSD: Partial<Record<PropType['type'], string>> = {
  integer: 'xsd:integer',
  float: 'xsd:double',
  date: 'xsd:date',
  datetime: 'xsd:dateTime',
  localdatetime: 'xsd:dateTime',
  time: 'xsd:time',
  localtime: 'xsd:time',
  duration: 'xsd:duration',
};

function typed(v: unknown, t: PropType | undefined): unknown {
  const xsd = t && XSD[t.type];
  if (xsd && v !== null && typeof v !== 'object')
    return { '@value': t.type === 'float' || t.type === 'integer' ? v : asText(v), '@type': xsd };
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return v;
}

function properties(labels: string[], props: Row, types: Record<string, PropType>): Row {
  const out: Row = {};
  for (const key of Object.keys(props).sort()) {
    const v = props[key];
    if (v === null || v === undefined) continue;
    const term = labels.map((l) => TERMS[l]?.[key]).find(Boolean) ?? TERMS['*']![key] ?? `dg:${key}`;
    const t = types[key];
    out[term] = Array.isArray(v) ? { '@list': v.map((x) => typed(x, t)) } : typed(v, t);
  }
  return out;
}

/** Finds the Wikidata id of a node (when the graph has none on it). */
export type WikidataLookup = (node: NodeRecord) => string | undefined;

export async function writeJsonld(
  graph: Graph,
  sink: Sink,
  options: ExportOptions,
  progress: Progress,
  wikidata: WikidataLookup = () => undefined,
): Promise<void> {
  await sink.write(`{\n "@context": ${JSON.stringify(CONTEXT)},\n "@graph": [`);
  let first = true;
  const item = async (obj: unknown) => {
    await sink.write(`${first ? '\n  ' : ',\n  '}${JSON.stringify(obj)}`);
    first = false;
  };
  const iriOf = (eid: string, id: string | null) => nodeIri(id ?? eid);
  for await (const n of streamNodes(graph, options)) {
    const id = typeof n.properties.id === 'string' ? n.properties.id : null;
    const qid = (n.properties.wikidataId as string | undefined) ?? wikidata(n);
    await item({
      '@id': iriOf(n.eid, id),
      '@type': [...n.labels.flatMap((l) => TYPES[l] ?? []), ...n.labels.map((l) => `dg:${l}`)],
      'rdfs:label': caption(n.labels, n.properties),
      ...(id === null ? { 'dg:elementId': n.eid } : {}),
      ...properties(n.labels, n.properties, n.types),
      ...(qid ? { 'owl:sameAs': { '@id': `${WIKIDATA}${qid}` } } : {}),
    });
    progress.node();
  }
  for await (const r of streamRelationships(graph, options)) {
    const start = { '@id': iriOf(r.start, r.startId) };
    const end = { '@id': iriOf(r.end, r.endId) };
    await item({ ...start, [`dg:${r.type}`]: end });
    for (const [predicate, reverse] of EDGE_TERMS[r.type] ?? [])
      await item(reverse ? { ...end, [predicate]: start } : { ...start, [predicate]: end });
    await item({
      '@id': `${RELATIONSHIP_IRI}${encodeURIComponent(r.eid)}`,
      '@type': 'rdf:Statement',
      'rdf:subject': start,
      'rdf:predicate': { '@id': `dg:${r.type}` },
      'rdf:object': end,
      ...properties([], r.properties, r.types),
    });
    progress.relationship();
  }
  await sink.write('\n ]\n}\n');
}
