/** Checks on arguments that GraphQL's types cannot express; each failure is a BAD_USER_INPUT naming the argument. */
import { badUserInput } from './errors.js';
import { isoDate } from './scalars.js';

export const MAX_NAME_LENGTH = 200;

/** A person, outlet or topic name: non-blank, of reasonable length. Returns it trimmed. */
export function name(argument: string, value: string): string {
  const trimmed = value.trim();
  if (!trimmed)
    throw badUserInput(argument, `"${argument}" must not be empty: give a full name, a surname or an alias.`);
  if (trimmed.length > MAX_NAME_LENGTH)
    throw badUserInput(argument, `"${argument}" is longer than ${MAX_NAME_LENGTH} characters.`);
  return trimmed;
}

export function optionalName(argument: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : name(argument, value);
}

/** `from`/`to` as ISO dates, checked to be in order. */
export function dateRange(
  from: Date | null | undefined,
  to: Date | null | undefined,
): { from: string | null; to: string | null } {
  const range = { from: isoDate(from), to: isoDate(to) };
  if (range.from && range.to && range.from > range.to) {
    throw badUserInput('from', `"from" (${range.from}) is after "to" (${range.to}).`);
  }
  return range;
}

/** An integer argument within bounds. */
export function intIn(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badUserInput(argument, `"${argument}" must be between ${min} and ${max} (got ${value}).`);
  return value;
}

/** A Wikidata item id: Q and digits. */
export function wikidataId(argument: string, value: string): string {
  const v = value.trim();
  if (!/^Q[1-9]\d{0,11}$/.test(v))
    throw badUserInput(argument, `"${argument}" must be a Wikidata item id such as Q42 (got "${value.slice(0, 40)}").`);
  return v;
}

/** An ISO 3166-1 code of `length` letters, any case; returned upper-case. */
export function code(argument: string, value: string, length: 2 | 3): string {
  const v = value.trim().toUpperCase();
  if (!new RegExp(`^[A-Z]{${length}}$`).test(v))
    throw badUserInput(
      argument,
      `"${argument}" must be an ISO 3166-1 code of ${length} letters (got "${value.slice(0, 40)}").`,
    );
  return v;
}

/** A required `Date` argument as `YYYY-MM-DD`. */
export function requiredDate(_argument: string, value: Date): string {
  return isoDate(value)!;
}
