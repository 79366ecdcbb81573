/**
 * One Person per real person. Within a block (one family name, compared phonetically), full
 * names group by their given name (nicknames mapped to the formal name, compared phonetically:
 * "Bill Okafor" and "William Okafor" are one person, "Ada Okafor" another). A claim that gives the
 * family name alone joins the one full name of the block, or the one whose roles or country it
 * shares; when that is ambiguous it stays apart rather than merge two people.
 *
 * A Person's properties come from its summary: per value (name, alias, role, country, publication
 * date, best confidence, role on a report day), the number of supporting articles that give it. The summary is the sum
 * of one contribution per article (`contribution`), so a write adds or subtracts the contributions
 * of its own articles and never reads the other claims of the person: a person named in a third of
 * all reports costs no more to update than one named once. The same functions build the summary
 * here, from all claims at once, and in src/graph/people.ts, one article at a time.
 */
import type { PersonClaim } from './claims.js';
import {
  addCounts,
  canonicalOrder,
  countsOf,
  groupBy,
  sortedCounts,
  votes,
  type Cluster,
  type Counts,
} from './cluster.js';
import { combinedConfidenceOfCounts, fold, nameParts, pickCanonical, type NameParts } from './normalize.js';

export interface PersonSummary {
  /** Supporting articles. */
  articles: number;
  /** Supporting articles with a claim that gives the given name: the person's group exists while this is above 0. */
  keyed: number;
  /** Names that include a given name, then every name: the person's name is voted from the first, else the second. */
  full: Counts;
  names: Counts;
  aliases: Counts;
  roles: Counts;
  country: Counts;
  /** What a claim that names the family name alone is compared on: the roles (folded) and countries of the keyed claims. */
  keyedRoles: Counts;
  keyedCountries: Counts;
  published: Counts;
  /** Each article's best evidence confidence. */
  confidence: Counts;
  /**
   * Per report day and role wording (`YYYY-MM-DD|wording`), the articles of that day that give the
   * role: what the link step dates roles by (src/link/roles.ts), a count so that taking an article
   * away moves a role's first or last day back without reading the person's other claims.
   */
  roleDays: Counts;
}

/** One role wording on one report day, with the number of reports of that day giving it. */
export interface RoleDay {
  name: string;
  day: string;
  reports: number;
}

export interface PersonProps {
  block: string;
  /** The group the person is within its block: `block|given-name key`, or `block|` for a family name alone. */
  nameKey: string;
  name: string;
  surname: string;
  aliases: string[];
  aliasText: string;
  roles: string[];
  country: string | null;
  sourceCount: number;
  firstReported: string | null;
  lastReported: string | null;
  confidence: number;
  /** The PersonSummary as JSON (sorted keys), which the next write adds to or subtracts from. */
  summary: string;
}

/** The given-name key of a claim: from its name, else from the one full name among its aliases. */
export function givenKeyOf(
  claim: Pick<PersonClaim, 'name' | 'aliases'>,
  parts: NameParts = nameParts(claim.name),
): string | null {
  if (parts.givenKey) return parts.givenKey;
  const fromAliases = new Set(
    claim.aliases
      .map((a) => nameParts(a))
      .filter((p) => p.givenKey && p.familyKey === parts.familyKey)
      .map((p) => p.givenKey!),
  );
  return fromAliases.size === 1 ? [...fromAliases][0]! : null;
}

export const nameKeyOf = (block: string, given: string | null): string => `${block}|${given ?? ''}`;

/** Per keyed group of a block: what a claim naming the family name alone is matched on. */
export type BlockStructure = Map<string, { roles: Set<string>; countries: Set<string> }>;

/**
 * The group (given-name key, or '' for "the family name alone") a claim without a given name
 * joins: the block's only group; else the one group sharing most roles and country with it, when
 * one scores above the others; else none of them.
 */
export function assignLoose(claim: Pick<PersonClaim, 'roles' | 'country'>, structure: BlockStructure): string {
  if (structure.size === 1) return [...structure.keys()][0]!;
  if (structure.size === 0) return '';
  let top = 0;
  let best: string[] = [];
  for (const [key, f] of [...structure].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const score =
      claim.roles.filter((r) => f.roles.has(fold(r))).length +
      (claim.country && f.countries.has(claim.country) ? 1 : 0);
    if (score > top) [top, best] = [score, [key]];
    else if (score === top) best.push(key);
  }
  return top > 0 && best.length === 1 ? best[0]! : '';
}

/**
 * What decides where claims without a given name go: with one group (or none) only its key; with
 * several, every group's roles and countries. Two equal signatures assign every claim alike.
 */
export function structureSignature(structure: BlockStructure): string {
  if (structure.size <= 1) return JSON.stringify([...structure.keys()]);
  return JSON.stringify(
    [...structure]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, f]) => [k, [...f.roles].sort(), [...f.countries].sort()]),
  );
}

export function emptySummary(): PersonSummary {
  return {
    articles: 0,
    keyed: 0,
    full: {},
    names: {},
    aliases: {},
    roles: {},
    country: {},
    keyedRoles: {},
    keyedCountries: {},
    published: {},
    confidence: {},
    roleDays: {},
  };
}

const COUNT_FIELDS = [
  'full',
  'names',
  'aliases',
  'roles',
  'country',
  'keyedRoles',
  'keyedCountries',
  'published',
  'confidence',
  'roleDays',
] as const;

/** What one article's claims about one person add to the person's summary. */
export function contribution(claims: PersonClaim[]): PersonSummary {
  const keyed = claims.filter((c) => givenKeyOf(c) !== null);
  return {
    articles: 1,
    keyed: keyed.length ? 1 : 0,
    full: countsOf(claims.filter((c) => nameParts(c.name).given !== null).map((c) => c.name)),
    names: countsOf(claims.map((c) => c.name)),
    aliases: countsOf(claims.flatMap((c) => [c.name, ...c.aliases])),
    roles: countsOf(claims.flatMap((c) => c.roles)),
    country: countsOf(claims.map((c) => c.country)),
    keyedRoles: countsOf(keyed.flatMap((c) => c.roles.map(fold))),
    keyedCountries: countsOf(keyed.map((c) => c.country)),
    published: countsOf(claims.map((c) => c.published)),
    confidence: countsOf([String(Math.max(0, ...claims.map((c) => c.confidence)))]),
    roleDays: countsOf(
      claims.flatMap((c) =>
        c.reported
          ? c.roles
              .map((r) => r.trim())
              .filter(Boolean)
              .map((r) => `${c.reported}|${r}`)
          : [],
      ),
    ),
  };
}

/** The role days of a summary (`roleDays`), in key order. */
export function roleDaysOf(s: PersonSummary): RoleDay[] {
  return Object.keys(s.roleDays)
    .sort()
    .map((key) => ({ day: key.slice(0, 10), name: key.slice(11), reports: s.roleDays[key]! }));
}

/** `into` += `sign` × `from`. */
export function addSummary(into: PersonSummary, from: PersonSummary, sign: 1 | -1): void {
  into.articles += sign * from.articles;
  into.keyed += sign * from.keyed;
  for (const f of COUNT_FIELDS) addCounts(into[f], from[f], sign);
}

export function serializeSummary(s: PersonSummary): string {
  const out: Record<string, unknown> = { articles: s.articles, keyed: s.keyed };
  for (const f of COUNT_FIELDS) out[f] = sortedCounts(s[f]);
  return JSON.stringify(out);
}

export function parseSummary(json: string | null | undefined): PersonSummary {
  return json ? { ...emptySummary(), ...(JSON.parse(json) as Partial<PersonSummary>) } : emptySummary();
}

/** The structure entry of a group, from its summary (null once no keyed claim supports it). */
export function groupFeatures(s: PersonSummary): { roles: Set<string>; countries: Set<string> } | null {
  return s.keyed > 0
    ? { roles: new Set(Object.keys(s.keyedRoles)), countries: new Set(Object.keys(s.keyedCountries)) }
    : null;
}

/** A person's id and properties from its summary: every choice is by votes with fixed tie-breaks. */
export function personFromSummary(block: string, given: string, s: PersonSummary): { id: string; props: PersonProps } {
  const name = pickCanonical(votes(Object.keys(s.full).length ? s.full : s.names)) ?? '';
  const parts = nameParts(name);
  const familyFirst = fold(name).startsWith(parts.family);
  // A group keyed by a given name whose every claim writes the family name alone (the given name
  // only in an alias) must not take the id of the block's "family name alone" person.
  const key = parts.given
    ? familyFirst
      ? `${parts.family}-${parts.given}`
      : `${parts.given}-${parts.family}`
    : given
      ? `${parts.family}-${given}`
      : parts.family;
  const aliases = Object.keys(s.aliases).sort();
  const dates = Object.keys(s.published).sort();
  return {
    id: `person:${key.replace(/\s+/g, '-')}`,
    props: {
      block,
      nameKey: nameKeyOf(block, given || null),
      name,
      surname: parts.family,
      aliases,
      aliasText: aliases.join(' | '),
      roles: Object.keys(s.roles).sort(),
      country: pickCanonical(votes(s.country)),
      sourceCount: s.articles,
      firstReported: dates[0] ?? null,
      lastReported: dates[dates.length - 1] ?? null,
      confidence: combinedConfidenceOfCounts(s.confidence),
      summary: serializeSummary(s),
    },
  };
}

/** The summary of a set of claims: one contribution per article. */
export function summaryOf(claims: PersonClaim[]): PersonSummary {
  const s = emptySummary();
  for (const cs of groupBy(claims, (c) => c.articleId).values()) addSummary(s, contribution(cs), 1);
  return s;
}

/** The structure of a block from all of its claims. */
export function structureOfClaims(claims: PersonClaim[]): BlockStructure {
  const structure: BlockStructure = new Map();
  for (const c of claims) {
    const key = givenKeyOf(c);
    if (key === null) continue;
    let f = structure.get(key);
    if (!f) structure.set(key, (f = { roles: new Set(), countries: new Set() }));
    for (const r of c.roles) if (fold(r)) f.roles.add(fold(r));
    if (c.country) f.countries.add(c.country);
  }
  return structure;
}

/** Consolidates whole blocks at once (reconsolidation, tests): the reference the incremental writes agree with. */
export function consolidatePeople(all: PersonClaim[]): Cluster<PersonProps, PersonClaim>[] {
  const out: Cluster<PersonProps, PersonClaim>[] = [];
  for (const [block, claims] of groupBy(canonicalOrder(all), (c) => c.block)) {
    const structure = structureOfClaims(claims);
    const members = groupBy(claims, (c) => givenKeyOf(c) ?? assignLoose(c, structure));
    for (const [given, group] of members) {
      const { id, props } = personFromSummary(block, given, summaryOf(group));
      out.push({ id, props, claims: group });
    }
  }
  return out;
}
