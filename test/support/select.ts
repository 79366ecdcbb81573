/** Selections for translator tests, written as the API would hand them over. */
import type { Page } from '../../src/graph/read/cypher.js';
import type { FieldSelection, Selection } from '../../src/graph/read/select.js';

/** Scalar fields by name, no aliases. */
export const scalars = (...names: string[]): Selection =>
  Object.fromEntries(names.map((name) => [name, { field: name, args: {} }]));

/** A root field of `Query` whose items are `type` with `fields`, paged when `page` is given (count included). */
export function rootField(
  field: string,
  args: Record<string, unknown>,
  type: string,
  fields: Selection,
  page?: Page,
): FieldSelection {
  return {
    field,
    args,
    of: { [type]: fields },
    ...(page ? { connection: { page, total: true, more: false, items: true } } : {}),
  };
}
