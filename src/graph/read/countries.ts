import { prop, type RelationField, type RootDef, type TypeDef } from './fields.js';

export const COUNTRY: TypeDef = {
  id: prop('id'),
  name: prop('name'),
  iso2: prop('iso2'),
  iso3: prop('iso3'),
  isoNumeric: prop('isoNumeric'),
  cameo: prop('cameo'),
  wikidataId: prop('wikidataId'),
  people: {
    kind: 'connection',
    type: 'Person',
    from: (v, x) => `MATCH (${x}:Person)-[:REPRESENTS]->(${v})`,
    order: (x) => `${x}.name, ${x}.id`,
  },
};

/** The country of an ISO code: alpha-3 through the `country_iso3` index, alpha-2 through the id constraint. */
const country: RelationField = {
  kind: 'one',
  type: 'Country',
  from: (_, x, s, a) =>
    a.iso3 ? `MATCH (${x}:Country {iso3: ${s.param(a.iso3)}})` : `MATCH (${x}:Country {id: ${s.param(a.iso2)}})`,
};

export const COUNTRY_ROOTS: Record<string, RootDef> = { country };
