// Lookups by the codes the link step stores (src/graph/links.ts): `person(wikidataId:)` and
// `country(iso3:)` in the API (a Country's alpha-2 code is its id, under country_id), and the
// Wikidata ids of organizations and outlets for clients that join on them.
CREATE INDEX person_wikidata IF NOT EXISTS FOR (n:Person) ON (n.wikidataId);
CREATE INDEX country_iso3 IF NOT EXISTS FOR (n:Country) ON (n.iso3);
CREATE INDEX organization_wikidata IF NOT EXISTS FOR (n:Organization) ON (n.wikidataId);
CREATE INDEX outlet_wikidata IF NOT EXISTS FOR (n:Outlet) ON (n.wikidataId);
