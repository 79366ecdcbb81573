// Fulltext indexes behind the `search` query: names (with aliases) and the words of quotes and positions.
// Eventually consistent: Lucene updates them after the writing transaction commits, not inside its
// commit (a batch rewrites the summaries of the most-named people every time); writes wait for them
// once they are done (Graph.awaitSearchIndexes), so a read after a write sees it.
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person|Organization) ON EACH [n.name, n.aliasText] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX quote_text IF NOT EXISTS FOR (n:Quote) ON EACH [n.text, n.wordingText] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX position_text IF NOT EXISTS FOR (n:Position) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
