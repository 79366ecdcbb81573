/**
 * The Cypher of `diplograph link`: the meetings around a date with their principals, and the
 * GDELT events found for them, stored on the Meeting (`gdeltEventIds`, `gdeltSourceUrls`, merged
 * with what earlier runs stored, sorted, without duplicates).
 */
import type { Graph, Tx } from './driver.js';
import type { MeetingCandidate } from '../link/gdelt.js';

export async function meetingsOn(graph: Graph, dates: string[]): Promise<MeetingCandidate[]> {
  const rows = await graph.read(
    `MATCH (m:Meeting) WHERE m.date IN $dates
     OPTIONAL MATCH (p:Person)-[:ATTENDED {role: 'principal'}]->(m)
     WITH m, collect(p {.id, .name, .aliases, .country}) AS principals
     RETURN m.id AS id, m.date AS date, coalesce(m.places, []) + CASE WHEN m.place IS NULL THEN [] ELSE [m.place] END AS places, principals
     ORDER BY id`,
    { dates },
  );
  return rows.map((r) => ({
    id: r.id as string,
    date: (r.date as string | null) ?? null,
    places: [...new Set(r.places as string[])],
    principals: (r.principals as { id: string; name: string; aliases: string[] | null; country: string | null }[]).map(
      (p) => ({
        id: p.id,
        name: p.name,
        aliases: p.aliases ?? [],
        country: p.country ?? null,
      }),
    ),
  }));
}

export interface GdeltLink {
  meetingId: string;
  eventIds: number[];
  sourceUrls: string[];
}

/** Stores the links in one transaction: all of them or none. Returns the meetings that were found. */
export async function storeGdeltLinks(graph: Graph, links: GdeltLink[]): Promise<number> {
  if (links.length === 0) return 0;
  return graph.transaction(async (tx: Tx) => {
    const ids = links.map((l) => l.meetingId);
    const known = await tx.run(
      'UNWIND $ids AS id MATCH (m:Meeting {id: id}) RETURN m.id AS id, coalesce(m.gdeltEventIds, []) AS events, coalesce(m.gdeltSourceUrls, []) AS urls',
      { ids },
    );
    const before = new Map(known.map((r) => [r.id as string, r]));
    const rows = links
      .filter((l) => before.has(l.meetingId))
      .map((l) => {
        const old = before.get(l.meetingId)!;
        return {
          id: l.meetingId,
          events: [...new Set([...(old.events as number[]), ...l.eventIds])].sort((a, b) => a - b),
          urls: [...new Set([...(old.urls as string[]), ...l.sourceUrls])].sort(),
        };
      });
    await tx.run(
      'UNWIND $rows AS row MATCH (m:Meeting {id: row.id}) SET m.gdeltEventIds = [x IN row.events | toInteger(x)], m.gdeltSourceUrls = row.urls',
      { rows },
    );
    return rows.length;
  });
}
