/**
 * The read side of the graph: the translator, which turns one root field of a request and
 * everything selected under it into one Cypher statement, and the read model it walks.
 */
export * from './cypher.js';
export * from './select.js';
export { translate, translateAll, project } from './translate.js';
export { ROOTS, TYPES } from './model.js';
