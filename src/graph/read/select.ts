/**
 * What a client asked for, as the translator reads it: the GraphQL selection set of one root
 * field, with fragments resolved, arguments checked and normalised by the API, and each Relay
 * connection reduced to the page and the parts (count, next page, items) that were asked for.
 * The translator (`translate.ts`) turns it into one Cypher statement; nothing here knows GraphQL.
 */
import type { Page } from './cypher.js';

/** The fields asked for on one type, by response key (the alias, or the field name). */
export type Selection = Readonly<Record<string, FieldSelection>>;

export interface FieldSelection {
  /** The schema field. */
  readonly field: string;
  /** Its arguments, checked and normalised. */
  readonly args: Readonly<Record<string, unknown>>;
  /**
   * What is asked of the field's value, per concrete type: one entry for an object type, one per
   * member for a union. For a connection, the selection of its `node`s (every `edges { node }`
   * of it merged).
   */
  readonly of?: Readonly<Record<string, Selection>>;
  /** Set when the field is a connection. */
  readonly connection?: ConnectionParts;
}

/** The parts of a connection a client asked for: `totalCount` and `pageInfo` cost work only when they are. */
export interface ConnectionParts {
  readonly page: Page;
  /** `totalCount` was selected. */
  readonly total: boolean;
  /** `pageInfo` was selected: whether items follow the page must be known. */
  readonly more: boolean;
  /** `edges` or `pageInfo` was selected: the page's items are read. */
  readonly items: boolean;
}

/** The raw value of a connection as a statement returns it; `total` only when it was asked for. */
export interface ConnectionRows<T = Record<string, unknown>> {
  total?: number;
  /** The page, and one item more when `more` was asked without `total` (its presence says a next page exists). */
  items: T[];
}
