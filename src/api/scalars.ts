import { DateResolver } from 'graphql-scalars';

/** `Date`: a calendar date, `YYYY-MM-DD` (RFC 3339 full-date), from graphql-scalars. */
export const DateScalar = DateResolver;

/** An argument of the `Date` scalar (parsed by graphql-scalars into a JS Date at UTC midnight) as the graph stores dates. */
export function isoDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** A stored date as the `Date` scalar serialises it: the calendar day of a date or date-time string, or null. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
}
