/**
 * The link step of a write: the ISO, CAMEO and Wikidata codes and the role dates of the nodes a
 * batch touched, computed by the pure functions of src/link/nodes.ts and stored, in the write's
 * transaction, right after consolidation and the derived edges. It is the one place these
 * properties are written; consolidation neither compares nor keeps them (LINK_PROPERTIES), so a
 * node it rewrites gets them again here, and what a code depends on (the node's properties, its
 * claims, its principals' countries) always marks the node as touched. The same reports in any
 * order give the same codes.
 */
import type { Graph, Tx } from './driver.js';
import { getConfig } from '../config.js';
import { loadKnowledge } from '../link/knowledge.js';
import { Linker, LINK_PROPERTIES, type LinkProps } from '../link/nodes.js';
import { parseSummary, roleDaysOf } from '../resolve/people.js';

/** What a write touched, by node id. */
export interface Touched {
  people: readonly string[];
  /** People whose country changed: their meetings are relinked too (linkMeetings). */
  recountried: readonly string[];
  /** Meetings whose properties or ATTENDED edges were written. */
  meetings: readonly string[];
  positions: readonly string[];
  /** Organizations and countries whose mentions changed. */
  named: readonly string[];
  outlets: readonly string[];
}

const linkers = new Map<string, Linker>();

/** The linker of our gazetteer with the user's (DIPLOGRAPH_GAZETTEER) over it; a malformed file throws KnowledgeError. */
export function configuredLinker(userGazetteer: string | undefined = getConfig().DIPLOGRAPH_GAZETTEER): Linker {
  const key = userGazetteer ?? '';
  let linker = linkers.get(key);
  if (!linker) linkers.set(key, (linker = new Linker(loadKnowledge(userGazetteer))));
  return linker;
}

/** A node's properties without those the link step owns: what consolidation compares with its result. */
export function withoutLinks(props: Record<string, unknown>): Record<string, unknown> {
  const out = { ...props };
  for (const k of LINK_PROPERTIES) delete out[k];
  return out;
}

const isCountryId = (id: string) => /^[A-Z]{2}$/.test(id);
const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();

/** Every link property a label's nodes may carry, null unless `props` sets it: `SET n += row.props` then removes stale ones. */
function full(props: LinkProps, keys: readonly (typeof LINK_PROPERTIES)[number][]): LinkProps {
  return Object.fromEntries(keys.map((k) => [k, props[k] ?? null]));
}

async function setProps(tx: Tx, label: string, rows: { id: string; props: LinkProps }[]): Promise<void> {
  await tx.run(`UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET n += row.props`, { rows });
}

/** Computes and stores the codes of the touched nodes (and of the meetings their people attend). */
export async function writeLinks(tx: Tx, touched: Touched, linker: Linker): Promise<void> {
  const countries = await linkPeople(tx, touched.people, linker);
  await setProps(
    tx,
    'Country',
    sorted([...touched.named.filter(isCountryId), ...countries]).map((id) => ({ id, props: linker.country(id) })),
  );
  await linkBodies(
    tx,
    'organization',
    touched.named.filter((id) => !isCountryId(id)),
    linker,
  );
  await linkBodies(tx, 'outlet', touched.outlets, linker);
  await linkMeetings(tx, touched, linker);
  const positions = await tx.run(`UNWIND $ids AS id MATCH (n:Position {id: id}) RETURN n.id AS id, n.text AS text`, {
    ids: sorted(touched.positions),
  });
  await setProps(
    tx,
    'Position',
    positions.map((r) => ({ id: r.id as string, props: linker.position((r.text as string | null) ?? '') })),
  );
}

/**
 * People's codes and role dates; returns their countries (whose nodes REPRESENTS may just have made).
 * The role dates come from the role days the Person's summary keeps (per report day and wording,
 * how many reports give it), which consolidation adds each article to and takes it from, so this
 * reads one node per person however many reports name them: a head of state is named in
 * thousands. A report's day is its publication date, or for an undated report the latest full
 * date of a meeting it tells of (`reportDay` in src/resolve/claims.ts), so undated reports still date roles.
 */
async function linkPeople(tx: Tx, ids: readonly string[], linker: Linker): Promise<string[]> {
  const people = await tx.run(
    `UNWIND $ids AS id
     MATCH (p:Person {id: id})
     RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, coalesce(p.roles, []) AS roles,
            p.country AS country, p.summary AS summary`,
    { ids: sorted(ids) },
  );
  await setProps(
    tx,
    'Person',
    people.map((r) => ({
      id: r.id as string,
      props: full(
        linker.person({
          name: r.name as string,
          aliases: r.aliases as string[],
          roles: r.roles as string[],
          country: (r.country as string | null) ?? null,
          roleDays: roleDaysOf(parseSummary(r.summary as string | null)),
        }),
        ['wikidataId', 'cameo', 'roleNames', 'roleKeys', 'roleFirstReported', 'roleLastReported'],
      ),
    })),
  );
  return people.map((r) => r.country as string | null).filter((c): c is string => !!c);
}

async function linkBodies(
  tx: Tx,
  kind: 'organization' | 'outlet',
  ids: readonly string[],
  linker: Linker,
): Promise<void> {
  const label = kind === 'organization' ? 'Organization' : 'Outlet';
  const rows = await tx.run(
    `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases`,
    { ids: sorted(ids) },
  );
  await setProps(
    tx,
    label,
    rows
      .filter((r) => typeof r.name === 'string')
      .map((r) => ({
        id: r.id as string,
        props: linker.body(kind, { name: r.name as string, aliases: r.aliases as string[] }),
      })),
  );
}

/**
 * A meeting's code depends on its principals' countries: besides the meetings written, those of
 * the people whose country changed count too, but only those linked with another country than the
 * person's now (`linkCountry` on the principal's ATTENDED edge). Walking the meetings of every
 * changed person made a batch cost grow with the graph: a head of state, named in every tenth
 * report, changes with each of them and attends thousands of meetings; their country rarely changes.
 */
async function linkMeetings(tx: Tx, touched: Touched, linker: Linker): Promise<void> {
  const meetings = await tx.run(
    `CALL () {
       UNWIND $meetings AS id MATCH (m:Meeting {id: id}) RETURN m
       UNION
       UNWIND $people AS id MATCH (p:Person {id: id})-[r:ATTENDED {role: 'principal'}]->(m:Meeting)
       WHERE coalesce(r.linkCountry, '') <> coalesce(p.country, '')
       RETURN m
     }
     RETURN m.id AS id, m.place AS place,
            COLLECT { MATCH (p:Person)-[:ATTENDED {role: 'principal'}]->(m) RETURN {id: p.id, country: p.country} } AS principals,
            COLLECT { MATCH (:Article)-[s:SUPPORTS]->(m) WHERE s.sentence IS NOT NULL RETURN DISTINCT s.sentence } AS sentences`,
    { meetings: sorted(touched.meetings), people: sorted(touched.recountried) },
  );
  const rows = meetings.map((r) => {
    const links = linker.meeting({
      place: (r.place as string | null) ?? null,
      principals: (r.principals as { id: string; country: string | null }[]).map((p) => ({
        id: p.id,
        country: p.country ?? null,
      })),
      sentences: r.sentences as string[],
    });
    const countries = new Map(
      (r.principals as { id: string; country: string | null }[]).map((p) => [p.id, p.country ?? '']),
    );
    return {
      id: r.id as string,
      props: links.props,
      principals: links.principals.map((p) => ({ ...p, country: countries.get(p.id) ?? '' })),
    };
  });
  await tx.run(
    `UNWIND $rows AS row
     MATCH (m:Meeting {id: row.id})
     SET m += row.props
     WITH m, row
     UNWIND row.principals AS pr
     MATCH (:Person {id: pr.id})-[r:ATTENDED {role: 'principal'}]->(m)
     SET r.cameo = pr.cameo, r.linkCountry = pr.country`,
    { rows },
  );
}

/**
 * Computes the codes of every node again (after a change of DIPLOGRAPH_GAZETTEER or of the data
 * files, or on a graph written before the codes existed), in transactions of `batch` nodes.
 * Returns how many nodes of each label it went through.
 */
export async function relinkAll(graph: Graph, linker: Linker, batch = 500): Promise<Record<string, number>> {
  const ids = async (label: string) =>
    (await graph.read(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`)).map((r) => r.id as string);
  const all = {
    people: await ids('Person'),
    meetings: await ids('Meeting'),
    positions: await ids('Position'),
    named: [...(await ids('Organization')), ...(await ids('Country'))],
    outlets: await ids('Outlet'),
  };
  const none: Touched = { people: [], recountried: [], meetings: [], positions: [], named: [], outlets: [] };
  for (const key of Object.keys(all) as (keyof typeof all)[])
    for (let i = 0; i < all[key].length; i += batch) {
      const part = all[key].slice(i, i + batch);
      await graph.transaction((tx) => writeLinks(tx, { ...none, [key]: part }, linker));
    }
  return {
    Person: all.people.length,
    Meeting: all.meetings.length,
    Position: all.positions.length,
    'Organization/Country': all.named.length,
    Outlet: all.outlets.length,
  };
}
