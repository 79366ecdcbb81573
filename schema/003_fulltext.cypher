// Fulltext indexes behind the `search` query: names (with aliases) and the words of quotes and positions.
CREATE FULLTEXT INDEX person_names IF NOT EXISTS FOR (n:Person|Organization) ON EACH [n.name, n.aliasText];
CREATE FULLTEXT INDEX quote_text IF NOT EXISTS FOR (n:Quote) ON EACH [n.text, n.wordingText];
CREATE FULLTEXT INDEX position_text IF NOT EXISTS FOR (n:Position) ON EACH [n.text];
