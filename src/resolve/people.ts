/**
 * One Person per real person. Within a block (one family name, compared phonetically), full
 * names group by their given name (nicknames mapped to the formal name, compared phonetically:
 * "Bill Okafor" and "William Okafor" are one person, "Ada Okafor" another). A claim that gives the
 * family name alone joins the one full name of the block, or the one whose roles or country it
 * shares; when that is ambiguous it stays apart rather than merge two people.
 */
import type { PersonClaim } from './claims.js';
import { aggregate, canonicalOrder, groupBy, type Cluster, type SourceAggregates } from './cluster.js';
import { fold, nameParts, pickCanonical, sortedSet, voteBy, type NameParts } from './normalize.js';

export interface PersonProps extends SourceAggregates {
  block: string;
  name: string;
  surname: string;
  aliases: string[];
  aliasText: string;
  roles: string[];
  country: string | null;
}

/** The given-name key of a claim: from its name, else from the one full name among its aliases. */
function givenKeyOf(claim: PersonClaim, parts: NameParts): string | null {
  if (parts.givenKey) return parts.givenKey;
  const fromAliases = new Set(
    claim.aliases
      .map((a) => nameParts(a))
      .filter((p) => p.givenKey && p.familyKey === parts.familyKey)
      .map((p) => p.givenKey!),
  );
  return fromAliases.size === 1 ? [...fromAliases][0]! : null;
}

export function consolidatePeople(all: PersonClaim[]): Cluster<PersonProps, PersonClaim>[] {
  const out: Cluster<PersonProps, PersonClaim>[] = [];
  for (const [block, claims] of groupBy(canonicalOrder(all), (c) => c.block)) {
    const keyed = claims.map((c) => ({ c, key: givenKeyOf(c, nameParts(c.name)) }));
    const groups = groupBy(
      keyed.filter((k) => k.key !== null),
      (k) => k.key!,
    );
    const members = new Map<string, PersonClaim[]>([...groups].map(([k, g]) => [k, g.map((x) => x.c)]));
    const features = new Map(
      [...members].map(([k, g]) => [
        k,
        {
          roles: new Set(g.flatMap((c) => c.roles.map(fold))),
          countries: new Set(g.map((c) => c.country).filter(Boolean)),
        },
      ]),
    );
    for (const { c } of keyed.filter((k) => k.key === null)) {
      let target: string | null = null;
      if (members.size === 1) target = [...members.keys()][0]!;
      else if (members.size > 1) {
        const scored = [...features].map(([k, f]) => ({
          k,
          score: c.roles.filter((r) => f.roles.has(fold(r))).length + (c.country && f.countries.has(c.country) ? 1 : 0),
        }));
        const top = Math.max(...scored.map((s) => s.score));
        const best = scored.filter((s) => s.score === top);
        if (top > 0 && best.length === 1) target = best[0]!.k;
      }
      const key = target ?? '';
      let g = members.get(key);
      if (!g) members.set(key, (g = []));
      g.push(c);
    }
    for (const group of members.values()) out.push(person(block, group));
  }
  return out;
}

function person(block: string, claims: PersonClaim[]): Cluster<PersonProps, PersonClaim> {
  const full = claims.filter((c) => nameParts(c.name).given !== null);
  const name = pickCanonical(
    voteBy(
      full.length ? full : claims,
      (c) => c.name,
      (c) => c.articleId,
    ),
  )!;
  const parts = nameParts(name);
  const familyFirst = fold(name).startsWith(parts.family);
  const key = parts.given
    ? familyFirst
      ? `${parts.family}-${parts.given}`
      : `${parts.given}-${parts.family}`
    : parts.family;
  const aliases = sortedSet(claims.flatMap((c) => [c.name, ...c.aliases]));
  return {
    id: `person:${key.replace(/\s+/g, '-')}`,
    props: {
      block,
      name,
      surname: parts.family,
      aliases,
      aliasText: aliases.join(' | '),
      roles: sortedSet(claims.flatMap((c) => c.roles)),
      country: pickCanonical(
        voteBy(
          claims,
          (c) => c.country,
          (c) => c.articleId,
        ),
      ),
      ...aggregate(claims),
    },
    claims,
  };
}
