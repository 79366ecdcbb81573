/** The read side of the graph: pure Cypher builders, one module per kind of question. */
export * from './cypher.js';
export * from './records.js';
export * as peopleQ from './people.js';
export * as meetingsQ from './meetings.js';
export * as quotesQ from './quotes.js';
export * as statementsQ from './statements.js';
export * as articlesQ from './articles.js';
export * as sourcesQ from './sources.js';
export * as disagreementsQ from './disagreements.js';
export * as pathsQ from './paths.js';
export * as searchQ from './search.js';
