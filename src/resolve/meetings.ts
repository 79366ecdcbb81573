/**
 * One Meeting per meeting. Within a block (the same principals, by family name), claims dated to
 * the day group by date, days no more than one apart joining (reports that differ by a day, as
 * across time zones, are one meeting with a date disagreement). A claim dated to the month joins
 * the best-supported meeting of that month; an undated claim joins the meeting closest before
 * its report's publication, else the earliest one. What the reports say about the meeting
 * (date, place, duration) becomes `Detail`s with their sources; a field with incompatible values
 * is a disagreement, kept side by side rather than overwritten.
 */
import type { MeetingClaim } from './claims.js';
import { aggregate, canonicalOrder, DisjointSets, groupBy, type Cluster, type SourceAggregates } from './cluster.js';
import { fold, pickCanonical, shortHash, sortedSet, textTokens, voteBy } from './normalize.js';

export interface MeetingProps extends SourceAggregates {
  block: string;
  date: string | null;
  /** The first and last day the day-dated reports give (null when none does): finds the meeting a new day joins. */
  firstDay: string | null;
  lastDay: string | null;
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
export const isDay = (d: string | null): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);
export const isMonth = (d: string | null): d is string => !!d && /^\d{4}-\d{2}$/.test(d);
const dayNumber = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY);
/** The day `n` days after `d` (YYYY-MM-DD). */
export const addDays = (d: string, n: number): string => new Date((dayNumber(d) + n) * DAY).toISOString().slice(0, 10);

interface Group {
  date: string;
  claims: MeetingClaim[];
  /** Distinct articles among the day-dated claims: what a month-dated claim picks its meeting by. */
  support: number;
}

/**
 * Which meeting every claim of the block belongs to. Every choice depends on the set of claims
 * only, never on their order, and as little as possible on one another:
 * 1. claims dated to the day group by date, days no more than one apart joining;
 * 2. a claim dated to the month joins the day group of that month with the most day-dated
 *    reports (then the earliest), else the month's own group;
 * 3. an undated claim joins the latest group dated no later than its report's publication, else
 *    (published before every meeting) the earliest group, or without a publication date the
 *    latest; with no group at all the block's undated group.
 */
export function consolidateMeetings(all: MeetingClaim[]): MeetingCluster[] {
  const out: MeetingCluster[] = [];
  for (const [block, claims] of groupBy(canonicalOrder(all), (c) => c.block)) {
    // 1. Day-dated claims: days within one day of each other are one meeting.
    const days = sortedSet(claims.map((c) => c.date).filter(isDay));
    const sets = new DisjointSets(days.length);
    for (let i = 1; i < days.length; i++) if (dayNumber(days[i]!) - dayNumber(days[i - 1]!) <= 1) sets.union(i, i - 1);
    const groups: Group[] = sets.groups().map((idx) => {
      const inGroup = new Set(idx.map((i) => days[i]!));
      const cs = claims.filter((c) => c.date && inGroup.has(c.date));
      return { date: dateOf(cs), claims: cs, support: new Set(cs.map((c) => c.articleId)).size };
    });
    const dated = [...groups];
    // 2. Month-only claims join the best-supported day group of the month, else a month group.
    for (const c of claims.filter((c) => isMonth(c.date))) {
      const inMonth = dated
        .filter((g) => g.date.startsWith(c.date!))
        .sort((a, b) => b.support - a.support || (a.date < b.date ? -1 : 1));
      const target = inMonth[0] ?? groups.find((g) => g.date === c.date);
      if (target) target.claims.push(c);
      else groups.push({ date: c.date!, claims: [c], support: 0 });
    }
    // 3. Undated claims (and any date extraction could not read) join a dated group.
    const candidates = [...groups].sort((a, b) => (a.date < b.date ? -1 : 1));
    for (const c of claims.filter((c) => !isDay(c.date) && !isMonth(c.date))) {
      const target = undatedTarget(
        c.published,
        candidates.map((g) => g.date),
      );
      if (target !== null) candidates[target]!.claims.push(c);
      else {
        let undated = groups.find((g) => g.date === '');
        if (!undated) groups.push((undated = { date: '', claims: [], support: 0 }));
        undated.claims.push(c);
      }
    }
    for (const g of groups) out.push(meeting(block, g.date || null, canonicalOrder(g.claims)));
  }
  return out;
}

/**
 * The index, in `dates` (ascending), of the meeting an undated claim published on `published`
 * joins (rule 3 above), or null when there is none.
 */
export function undatedTarget(published: string | null, dates: string[]): number | null {
  if (dates.length === 0) return null;
  if (!published) return dates.length - 1;
  let best: number | null = null;
  dates.forEach((d, i) => {
    if (d.slice(0, 10) <= published) best = i;
  });
  return best ?? 0;
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
  const dayDates = sortedSet(claims.map((c) => c.date).filter(isDay));
  return {
    id,
    props: {
      block,
      date,
      firstDay: dayDates[0] ?? null,
      lastDay: dayDates[dayDates.length - 1] ?? null,
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
