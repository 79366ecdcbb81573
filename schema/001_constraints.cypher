// Uniqueness constraints: every MERGE goes through one of these, so merges are index lookups
// and concurrent writers cannot create duplicates. Applied at start; idempotent.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (n:Outlet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (n:Quote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT position_id IF NOT EXISTS FOR (n:Position) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT detail_id IF NOT EXISTS FOR (n:Detail) REQUIRE n.id IS UNIQUE;
// One lock node per unit concurrent writers take turns on (src/graph/locks.ts).
CREATE CONSTRAINT lock_id IF NOT EXISTS FOR (n:Lock) REQUIRE n.id IS UNIQUE;
// A person is the group `block|given name` of its block: writes find it by this key.
CREATE CONSTRAINT person_name_key IF NOT EXISTS FOR (n:Person) REQUIRE n.nameKey IS UNIQUE;
