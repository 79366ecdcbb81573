/**
 * One Person per real person. Within a block (one family name, compared phonetically), full
 * names group by their given name (nicknames mapped to the formal name, compared phonetically:
 * "Bill Okafor" and "William Okafor" are one person, "Ada Okafor" another). A claim that gives the
 * family name alone joins the one full name of the block, or the one whose roles or country it
 * shares; when that is ambiguous it stays apart rather than merge two people.
 *
 * A Person's properties come from its summary: per value (name, alias, role, country, publication
 * best confidence), the number of supporting articles that give it; for publication dates and the
 * days a role is given, the first and last with their counts (`Span`). The summary is the sum
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
  /** Each article's best evidence confidence. */
  confidence: Counts;
  /** The publication dates of the supporting articles, as a span (null: none dated). */
  published: Span | null;
  /**
   * Per role wording, the report days that give it, as a span: what the link step dates roles by
   * (src/link/roles.ts). A span, not a count per day, so that the summary stays the same size
   * however many days a head of state is in the news (a count per day made every write of such a
   * person read and write a summary that grew with the corpus); the counts on its first and last
   * day let taking an article away move them back, and only when one drops to none are the
   * person's claims read again (`isStale`, src/graph/people.ts).
   */
  roleDays: Record<string, Span>;
}

/**
 * Values (days) of a set of articles: how many articles in all, a first value and how many
 * articles give it, a last value and how many give it. The ends are bounds: every article's value
 * lies between them. A count of 0 on an end (with articles left) says no article is on it any more,
 * so the real end is further in, and only the claims can tell where (`isStale`).
 */
export type Span = [total: number, first: string, firstCount: number, last: string, lastCount: number];

/** The span of counts per value (one contribution's, or a summary written before spans). */
export function spanOf(counts: Counts): Span | null {
  const keys = Object.keys(counts)
    .filter((k) => counts[k]! > 0)
    .sort();
  if (keys.length === 0) return null;
  const first = keys[0]!;
  const last = keys[keys.length - 1]!;
  return [keys.reduce((n, k) => n + counts[k]!, 0), first, counts[first]!, last, counts[last]!];
}

/**
 * `into` + `sign` × `from`; null once no article is left. Exact on the counts at the ends, so
 * adding after a stale end came back on that very day makes it known again.
 */
export function addSpan(into: Span | null, from: Span | null, sign: 1 | -1): Span | null {
  if (!from) return into;
  const [fTotal, fFirst, fFirstCount, fLast, fLastCount] = from;
  if (!into) return sign === 1 ? [...from] : null;
  const [total, first, firstCount, last, lastCount] = into;
  if (total + sign * fTotal <= 0) return null;
  if (sign === 1)
    return [
      total + fTotal,
      fFirst < first ? fFirst : first,
      fFirst < first ? fFirstCount : fFirst === first ? firstCount + fFirstCount : firstCount,
      fLast > last ? fLast : last,
      fLast > last ? fLastCount : fLast === last ? lastCount + fLastCount : lastCount,
    ];
  return [
    total - fTotal,
    first,
    fFirst === first ? Math.max(0, firstCount - fFirstCount) : firstCount,
    last,
    fLast === last ? Math.max(0, lastCount - fLastCount) : lastCount,
  ];
}

/** Whether a summary has a span end that only the person's claims can tell (see `Span`). */
export function isStale(s: PersonSummary): boolean {
  const stale = (x: Span | null) => x !== null && (x[2] === 0 || x[4] === 0);
  return stale(s.published) || Object.values(s.roleDays).some(stale);
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
    confidence: {},
    published: null,
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
  'confidence',
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
    confidence: countsOf([String(Math.max(0, ...claims.map((c) => c.confidence)))]),
    published: spanOf(countsOf(claims.map((c) => c.published))),
    roleDays: roleSpans(
      countsOf(
        claims.flatMap((c) =>
          c.reported
            ? c.roles
                .map((r) => r.trim())
                .filter(Boolean)
                .map((r) => `${c.reported}|${r}`)
            : [],
        ),
      ),
    ),
  };
}

/** Counts per `YYYY-MM-DD|wording` as a span per wording. */
function roleSpans(dayCounts: Counts): Record<string, Span> {
  const byName = new Map<string, Counts>();
  for (const [key, n] of Object.entries(dayCounts)) {
    const name = key.slice(11);
    let c = byName.get(name);
    if (!c) byName.set(name, (c = {}));
    c[key.slice(0, 10)] = n;
  }
  const out: Record<string, Span> = {};
  for (const [name, c] of byName) {
    const span = spanOf(c);
    if (span) out[name] = span;
  }
  return out;
}

/**
 * The role days of a summary in the least form that dates roles as all of them do (src/link/roles.ts
 * takes each wording's first and last day and its number of reports): per wording, its first day
 * with the reports of every day but the last, and its last day with that day's reports; sorted.
 */
export function roleDaysOf(s: PersonSummary): RoleDay[] {
  const out: RoleDay[] = [];
  for (const [name, [total, first, , last, lastCount]] of Object.entries(s.roleDays)) {
    if (first === last) out.push({ day: first, name, reports: total });
    else out.push({ day: first, name, reports: total - lastCount }, { day: last, name, reports: lastCount });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `roleDaysOf` of the summary of these role days (each day and wording's reports): for comparing with it. */
export function compactRoleDays(days: readonly RoleDay[]): RoleDay[] {
  return roleDaysOf({
    ...emptySummary(),
    roleDays: roleSpans(Object.fromEntries(days.map((d) => [`${d.day}|${d.name}`, d.reports]))),
  });
}

/** `into` += `sign` × `from`. */
export function addSummary(into: PersonSummary, from: PersonSummary, sign: 1 | -1): void {
  into.articles += sign * from.articles;
  into.keyed += sign * from.keyed;
  for (const f of COUNT_FIELDS) addCounts(into[f], from[f], sign);
  into.published = addSpan(into.published, from.published, sign);
  for (const [name, span] of Object.entries(from.roleDays)) {
    const next = addSpan(into.roleDays[name] ?? null, span, sign);
    if (next) into.roleDays[name] = next;
    else delete into.roleDays[name];
  }
}

export function serializeSummary(s: PersonSummary): string {
  const out: Record<string, unknown> = { articles: s.articles, keyed: s.keyed };
  for (const f of COUNT_FIELDS) out[f] = sortedCounts(s[f]);
  out.published = s.published;
  out.roleDays = Object.fromEntries(
    Object.keys(s.roleDays)
      .sort()
      .map((k) => [k, s.roleDays[k]]),
  );
  return JSON.stringify(out);
}

/**
 * A stored summary. One written before spans (a count per publication date, and per
 * `day|wording`) is read into spans: the same dates.
 */
export function parseSummary(json: string | null | undefined): PersonSummary {
  if (!json) return emptySummary();
  const raw = JSON.parse(json) as Partial<Omit<PersonSummary, 'published' | 'roleDays'>> & {
    published?: Span | Counts | null;
    roleDays?: Record<string, Span | number>;
  };
  const s: PersonSummary = { ...emptySummary(), ...raw, published: null, roleDays: {} };
  s.published = raw.published && !Array.isArray(raw.published) ? spanOf(raw.published) : (raw.published ?? null);
  const days = Object.entries(raw.roleDays ?? {});
  if (days.some(([, v]) => typeof v === 'number')) s.roleDays = roleSpans(raw.roleDays as Counts);
  else s.roleDays = Object.fromEntries(days as [string, Span][]);
  return s;
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
  const published = s.published;
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
      firstReported: published?.[1] ?? null,
      lastReported: published?.[3] ?? null,
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

/**
 * Takes a stale summary's dates (`isStale`) again from all of the person's claims: the spans of
 * their summary, which only adds.
 */
export function redate(s: PersonSummary, claims: PersonClaim[]): void {
  const dated = summaryOf(claims);
  s.published = dated.published;
  s.roleDays = dated.roleDays;
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
