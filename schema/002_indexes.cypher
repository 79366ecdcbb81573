// Range indexes for the lookups the API and the resolver make.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX person_surname IF NOT EXISTS FOR (n:Person) ON (n.surname);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX outlet_name IF NOT EXISTS FOR (n:Outlet) ON (n.name);
CREATE INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name);
// The blocks consolidation reads and rewrites (src/resolve): one family name, one set of principals.
CREATE INDEX person_block IF NOT EXISTS FOR (n:Person) ON (n.block);
CREATE INDEX quote_block IF NOT EXISTS FOR (n:Quote) ON (n.block);
CREATE INDEX meeting_block IF NOT EXISTS FOR (n:Meeting) ON (n.block);
CREATE INDEX position_block IF NOT EXISTS FOR (n:Position) ON (n.block);
CREATE INDEX detail_block IF NOT EXISTS FOR (n:Detail) ON (n.block);
// MET edges name the meeting they come from, so a meeting's edges can be found and replaced.
CREATE INDEX met_meeting IF NOT EXISTS FOR ()-[r:MET]-() ON (r.meetingId);
// What incremental consolidation looks up instead of reading a block (src/graph/consolidate.ts,
// src/graph/people.ts): the claims whose place depends on the rest of their block (a family name
// alone; a meeting dated to the month or not at all), meetings by day range and date, and quotes
// by the runs of words they contain.
CREATE INDEX mentions_loose IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.loose);
CREATE INDEX supports_loose IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.loose);
CREATE INDEX meeting_block_last_day IF NOT EXISTS FOR (n:Meeting) ON (n.block, n.lastDay);
CREATE INDEX meeting_block_date IF NOT EXISTS FOR (n:Meeting) ON (n.block, n.date);
// One QuoteKey node per lookup key of a quote (src/graph/consolidate.ts; not part of the
// graph): a lookup is an exact seek per key, and a quote's new wording adds its own keys instead of
// reindexing the whole list (graphs made with the former fulltext index `quote_match` are moved
// to it when the schema is applied: src/graph/driver.ts).
CREATE INDEX quote_key IF NOT EXISTS FOR (n:QuoteKey) ON (n.key);
