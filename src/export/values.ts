/**
 * Property values with their Neo4j types. The driver gives numbers for both INTEGER and FLOAT
 * (and strings for temporal values), so the export asks Neo4j for `valueType()` of every property
 * and keeps it beside the value: a confidence of 1.0 stays a FLOAT in Cypher, CSV and GraphML.
 */
export type ScalarType =
  | 'string'
  | 'integer'
  | 'float'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'localdatetime'
  | 'time'
  | 'localtime'
  | 'duration'
  | 'point';

export interface PropType {
  type: ScalarType;
  list: boolean;
}

const SCALARS: [RegExp, ScalarType][] = [
  [/^STRING/, 'string'],
  [/^INTEGER/, 'integer'],
  [/^FLOAT/, 'float'],
  [/^BOOLEAN/, 'boolean'],
  [/^DATE\b/, 'date'],
  [/^ZONED DATETIME/, 'datetime'],
  [/^LOCAL DATETIME/, 'localdatetime'],
  [/^ZONED TIME/, 'time'],
  [/^LOCAL TIME/, 'localtime'],
  [/^DURATION/, 'duration'],
  [/^POINT/, 'point'],
];

/** Parses Neo4j's `valueType()` text: `LIST<FLOAT NOT NULL> NOT NULL` → float list. Unknown or mixed → string. */
export function parseValueType(text: string): PropType {
  const list = /^LIST<(.*)>/.exec(text);
  const inner = list ? list[1]! : text;
  const type = SCALARS.find(([re]) => re.test(inner))?.[1] ?? 'string';
  return { type, list: Boolean(list) };
}

/** One type for a column that holds values of several types: int and float → float, anything else mixed → string. */
export function widen(types: readonly PropType[]): PropType {
  const first = types[0];
  if (!first) return { type: 'string', list: false };
  const list = types.every((t) => t.list) ? true : types.some((t) => t.list) ? null : false;
  const kinds = new Set(types.map((t) => t.type));
  let type: ScalarType = kinds.size === 1 ? first.type : 'string';
  if (kinds.size === 2 && kinds.has('integer') && kinds.has('float')) type = 'float';
  return list === null ? { type: 'string', list: true } : { type, list };
}

/** A scalar value as text: strings as they are, numbers and booleans printed, anything else as JSON. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

/** Pairs of `[key, valueType(text)]` as the export queries return them, as a map. */
export function typeMap(pairs: unknown): Record<string, PropType> {
  const out: Record<string, PropType> = {};
  for (const pair of (pairs as [string, string][] | null) ?? []) out[pair[0]] = parseValueType(pair[1]);
  return out;
}
