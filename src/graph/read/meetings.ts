import {
  anchoredMatch,
  batchedPageQuery,
  bestPerson,
  dateRange,
  lucenePhrase,
  MEETING,
  normName,
  pageQuery,
  where,
  type CypherQuery,
  type Page,
} from './cypher.js';

export interface MeetingFilter {
  /** Names (full name, surname or alias) of people who all took part. */
  participants?: string[];
  /** ISO dates (YYYY-MM-DD), inclusive. */
  from?: string | null;
  to?: string | null;
}

/**
 * Meetings, latest first. Each name designates one person (as `person(name)` does); a name that
 * designates nobody matches no meeting.
 */
export function meetings(filter: MeetingFilter, page: Page): CypherQuery {
  const names = (filter.participants ?? []).map(normName);
  // Each name's Lucene phrase, when the index can find all of them (see cypher.ts); else a scan.
  const phrases = names.map(lucenePhrase);
  const indexed = phrases.every((p) => p !== null);
  const lookups = names.map((q, i) => ({ q, lucene: phrases[i] }));
  const prelude =
    'CALL { UNWIND $lookups AS l WITH l.q AS q, l.lucene AS lucene WITH ' +
    bestPerson('q', indexed ? 'lucene' : null) +
    ' AS x RETURN collect(x) AS people } WITH people, head(people) AS first';
  const conds = [
    'size(people) = size($names)',
    'all(x IN people WHERE (x)-[:ATTENDED]->(m))',
    ...dateRange('m.date', filter.from, filter.to),
  ];
  return {
    // Read from the first person's meetings when names are given, not from every meeting.
    cypher: pageQuery(
      prelude,
      anchoredMatch('m', 'Meeting', names.length ? '(first)-[:ATTENDED]->(m:Meeting)' : null, conds),
      'm',
      'm.date DESC, m.id',
      MEETING('m'),
    ),
    params: { names, lookups, from: filter.from ?? null, to: filter.to ?? null, ...page },
  };
}

/** Meetings by id, for the loader. */
export function meetingsByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id MATCH (m:Meeting {id: id}) RETURN id, ${MEETING('m')} AS meeting`,
    params: { ids },
  };
}

/** For each person id, the meetings they attended, latest first. */
export function meetingsOfPeople(
  ids: readonly string[],
  filter: Pick<MeetingFilter, 'from' | 'to'>,
  page: Page,
): CypherQuery {
  const conds = dateRange('m.date', filter.from, filter.to);
  return {
    cypher: batchedPageQuery(
      'MATCH (p:Person {id: id})',
      `MATCH (p)-[:ATTENDED]->(m:Meeting) ${where(conds)}`,
      'm',
      'm.date DESC, m.id',
      MEETING('m'),
    ),
    params: { ids, from: filter.from ?? null, to: filter.to ?? null, ...page },
  };
}
