/**
 * One Meeting per meeting. Within a block (the same principals, by family name), claims dated to
 * the day group by date, days no more than one apart joining (reports that differ by a day, as
 * across time zones, are one meeting with a date disagreement). A claim dated to the month joins
 * the best-supported meeting of that month; an undated claim joins the meeting closest before
 * its report's publication, else the best-supported one. What the reports say about the meeting
 * (date, place, duration) becomes `Detail`s with their sources; a field with incompatible values
 * is a disagreement, kept side by side rather than overwritten.
 */
import type { MeetingClaim } from './claims.js';
import { aggregate, canonicalOrder, DisjointSets, groupBy, type Cluster, type SourceAggregates } from './cluster.js';
import { fold, pickCanonical, shortHash, sortedSet, textTokens, voteBy } from './normalize.js';

export interface MeetingProps extends SourceAggregates {
  block: string;
  date: string | null;
  place: string | null;
  places: string[];
  durations: string[];
  disagreements: string[];
  topics: string[];
}

export interface DetailProps {
  block: string;
  meetingId: string;
  field: 'date' | 'place' | 'duration';
  value: string;
  disagreement: boolean;
  articleIds: string[];
  sourceCount: number;
}

export interface MeetingCluster extends Cluster<MeetingProps, MeetingClaim> {
  details: Cluster<DetailProps, MeetingClaim>[];
}

const DAY = 86_400_000;
const isDay = (d: string | null): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);
const isMonth = (d: string | null): d is string => !!d && /^\d{4}-\d{2}$/.test(d);
const dayNumber = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY);

export function consolidateMeetings(all: MeetingClaim[]): MeetingCluster[] {
  const out: MeetingCluster[] = [];
  for (const [block, claims] of groupBy(canonicalOrder(all), (c) => c.block)) {
    // 1. Day-dated claims: days within one day of each other are one meeting.
    const days = sortedSet(claims.map((c) => c.date).filter(isDay));
    const sets = new DisjointSets(days.length);
    for (let i = 1; i < days.length; i++) if (dayNumber(days[i]!) - dayNumber(days[i - 1]!) <= 1) sets.union(i, i - 1);
    const groups: { date: string; claims: MeetingClaim[] }[] = sets.groups().map((idx) => {
      const inGroup = new Set(idx.map((i) => days[i]!));
      const cs = claims.filter((c) => c.date && inGroup.has(c.date));
      return { date: dateOf(cs), claims: cs };
    });
    const support = (g: { claims: MeetingClaim[] }) => new Set(g.claims.map((c) => c.articleId)).size;
    // The day groups existing before months and undated claims join, so joins do not depend on each other.
    const dated = [...groups];
    // 2. Month-only claims join the best-supported day group of the month, else a month group.
    for (const c of claims.filter((c) => isMonth(c.date))) {
      const inMonth = dated
        .filter((g) => g.date.startsWith(c.date!))
        .sort((a, b) => support(b) - support(a) || (a.date < b.date ? -1 : 1));
      const target = inMonth[0] ?? groups.find((g) => g.date === c.date);
      if (target) target.claims.push(c);
      else groups.push({ date: c.date!, claims: [c] });
    }
    // 3. Undated claims (and any date extraction could not read) join a dated group.
    const candidates = [...groups];
    for (const c of claims.filter((c) => !isDay(c.date) && !isMonth(c.date))) {
      const target = c.published
        ? candidates.filter((g) => g.date.slice(0, 10) <= c.published!).sort((a, b) => (a.date < b.date ? 1 : -1))[0]
        : undefined;
      const best = target ?? [...candidates].sort((a, b) => support(b) - support(a) || (a.date < b.date ? 1 : -1))[0];
      if (best) best.claims.push(c);
      else {
        let undated = groups.find((g) => g.date === '');
        if (!undated) groups.push((undated = { date: '', claims: [] }));
        undated.claims.push(c);
      }
    }
    for (const g of groups) out.push(meeting(block, g.date || null, canonicalOrder(g.claims)));
  }
  return out;
}

/** The meeting's date: the day most reports give, then the earliest. */
function dateOf(claims: MeetingClaim[]): string {
  const votes = voteBy(
    claims,
    (c) => c.date,
    (c) => c.articleId,
  );
  return [...votes].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : 1))[0]![0];
}

function placesCompatible(a: string, b: string): boolean {
  const ta = new Set(textTokens(a));
  const tb = new Set(textTokens(b));
  return [...ta].every((t) => tb.has(t)) || [...tb].every((t) => ta.has(t));
}

function meeting(block: string, date: string | null, claims: MeetingClaim[]): MeetingCluster {
  const id = `meeting:${block}:${date ?? 'undated'}`;
  const details: Cluster<DetailProps, MeetingClaim>[] = [];
  const disagreements: string[] = [];
  const field = (
    name: DetailProps['field'],
    value: (c: MeetingClaim) => string | null,
    conflict: (a: string, b: string) => boolean,
  ) => {
    const byValue = groupBy(
      claims.filter((c) => value(c)),
      (c) => value(c)!,
    );
    const values = [...byValue.keys()];
    const disagree = values.some((a, i) => values.slice(i + 1).some((b) => conflict(a, b)));
    if (disagree) disagreements.push(name);
    for (const [v, cs] of byValue) {
      const agg = aggregate(cs);
      details.push({
        id: `detail:${shortHash(`${id}|${name}|${v}`)}`,
        props: {
          block,
          meetingId: id,
          field: name,
          value: v,
          disagreement: disagree,
          articleIds: agg.articleIds,
          sourceCount: agg.sourceCount,
        },
        claims: cs,
      });
    }
  };
  field(
    'date',
    (c) => c.date,
    (a, b) => isDay(a) && isDay(b) && a !== b,
  );
  field(
    'place',
    (c) => c.place,
    (a, b) => !placesCompatible(a, b),
  );
  field(
    'duration',
    (c) => (c.duration ? fold(c.duration) : null),
    (a, b) => a !== b,
  );
  const placeVotes = voteBy(
    claims,
    (c) => c.place,
    (c) => c.articleId,
  );
  // The meeting's place: the most specific place all reports agree with, else the best supported.
  const places = sortedSet(claims.map((c) => c.place));
  const agreed = places.filter((p) => places.every((q) => placesCompatible(p, q)));
  return {
    id,
    props: {
      block,
      date,
      place: agreed.length
        ? agreed.sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0]!
        : pickCanonical(placeVotes),
      places,
      durations: sortedSet(claims.map((c) => c.duration)),
      disagreements,
      topics: sortedSet(claims.flatMap((c) => c.topics)),
      ...aggregate(claims),
    },
    claims,
    details,
  };
}
