/**
 * General knowledge: the data files of data/ (documented in data/README.md), each read once and
 * validated against its schema (schema.ts), and the lookup tables built from them (lexicon.ts).
 * Every stage reads words, titles, countries and outlets through this module.
 */
export { KnowledgeError, knowledge, loadKnowledge, openKnowledge, readKnowledgeFile } from './load.js';
export { lexicon, type Lexicon } from './lexicon.js';
export { pageWords } from './page-words.js';
export { KNOWLEDGE_FILES, type Knowledge, type KnowledgeName } from './schema.js';
