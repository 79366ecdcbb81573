/**
 * Relay-style connections (https://relay.dev/graphql/connections.htm): `edges { node cursor }`,
 * `pageInfo` and `totalCount`, for every list that can grow. Cursors are opaque to clients; inside
 * they are the offset of the item in the list's fixed order.
 */
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Page } from '../graph/read/cypher.js';
import type { ConnectionRows } from '../graph/read/select.js';
import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: 'Where a page sits in its list, for fetching the next one.' })
export class PageInfo {
  @Field({ description: 'Whether items follow this page: pass `endCursor` as `after` to fetch them.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; null when the page is empty.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the page; null when the page is empty.',
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: ${DEFAULT_PAGE_SIZE} when not given, at most ${MAX_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (an `endCursor` or edge `cursor` of the same list).',
  })
  after?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionValue<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

const PREFIX = 'offset:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(PREFIX) ? Number(text.slice(PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || encodeCursor(offset) !== cursor) {
    throw badUserInput(
      'after',
      `"after" is not a cursor of this list: pass an edge \`cursor\` or \`pageInfo.endCursor\` you were given.`,
    );
  }
  return offset;
}

/** `first`/`after` checked and turned into the slice to read. */
export function toPage(args: PageArgs): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(
      'first',
      `"first" must be between 0 and ${MAX_PAGE_SIZE} (got ${first}); page through longer lists with "after".`,
    );
  }
  const skip = args.after ? decodeCursor(args.after) + 1 : 0;
  return { skip, limit: first };
}

/**
 * A page as the translator read it, shaped into edges, cursors and pageInfo. `total` is there
 * only when `totalCount` was asked for; without it, an item past the page says a next page exists.
 */
export function toConnection<T>(rows: ConnectionRows<T>, page: Page): ConnectionValue<T> {
  const edges = rows.items.slice(0, page.limit).map((node, i) => ({ node, cursor: encodeCursor(page.skip + i) }));
  return {
    edges,
    totalCount: rows.total as number,
    pageInfo: {
      hasNextPage: rows.total === undefined ? rows.items.length > page.limit : page.skip + edges.length < rows.total,
      hasPreviousPage: page.skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The connection types by name, with their edge and node types: how `selection.ts` recognises a connection. */
export const CONNECTION_TYPES = new Map<string, { connection: string; edge: string; node: string }>();

/**
 * The connection and edge types for a node type, named `<Name>Connection` and `<Name>Edge`.
 * type-graphql builds generic types from a function that returns a class (its "generic types" example).
 */
export function Connection<T extends object>(nodeType: ClassType<T>, plural: string) {
  const name = nodeType.name;
  CONNECTION_TYPES.set(`${name}Connection`, { connection: `${name}Connection`, edge: `${name}Edge`, node: name });

  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class EdgeType {
    @Field(() => nodeType, { description: `The ${name}.` })
    node!: T;

    @Field({ description: 'Opaque position of this item, for `after`.' })
    cursor!: string;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: `A page of ${plural}.` })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} the whole list holds, across all pages.` })
    totalCount!: number;
  }
  return ConnectionType;
}
