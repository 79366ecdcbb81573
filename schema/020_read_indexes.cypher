// Fulltext indexes behind the API's name lookups (src/graph/read/cypher.ts): `person(name)`, the
// speaker and participant filters, `people(search)`, `connection`, `neighbourhood` and the outlet
// filters. Their matchers compare lower-cased names, which no range or text index answers; these
// indexes find a small set of candidates (the standard analyzer lower-cases and cuts into words)
// on which the matchers then run, instead of reading every Person or Outlet.
CREATE FULLTEXT INDEX person_lookup IF NOT EXISTS FOR (n:Person) ON EACH [n.name, n.surname, n.aliases] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX outlet_lookup IF NOT EXISTS FOR (n:Outlet) ON EACH [n.name, n.id, n.aliases] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
