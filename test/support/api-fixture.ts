/**
 * A small graph of invented people, outlets and reports, written with Cypher that follows
 * schema/MODEL.md, for the API tests that must not depend on extraction quality:
 *
 *   Mara Lindqvist ──m1 (2024-03-04, Oslo; "two hours" vs "three hours")── Tomas Okafor
 *   Tomas Okafor ──m2 (2024-04-01)── Yui Sato ──m3 (2024-04, month only)── Pavel Dron
 *
 * One quote of Lindqvist carried by two outlets in two wordings, one position of Okafor on trade.
 */
import type { Graph } from '../../src/graph/driver.js';

export const FIXTURE = {
  people: [
    {
      id: 'person:mara lindqvist',
      name: 'Mara Lindqvist',
      surname: 'Lindqvist',
      aliases: ['Lindqvist', 'the Foreign Minister'],
      roles: ['Foreign Minister'],
      country: 'NO',
    },
    {
      id: 'person:tomas okafor',
      name: 'Tomas Okafor',
      surname: 'Okafor',
      aliases: ['Okafor'],
      roles: ['Trade Envoy'],
      country: 'NG',
    },
    { id: 'person:yui sato', name: 'Yui Sato', surname: 'Sato', aliases: ['Sato'], roles: [], country: 'JP' },
    { id: 'person:pavel dron', name: 'Pavel Dron', surname: 'Dron', aliases: ['Dron'], roles: [], country: null },
  ],
  outlets: [
    { id: 'outlet:daily courier', name: 'Daily Courier', aliases: ['Courier'] },
    { id: 'outlet:harbor news', name: 'Harbor News', aliases: ['HN'] },
  ],
  articles: [
    {
      id: 'a1',
      outlet: 'outlet:daily courier',
      title: 'Lindqvist meets Okafor in Oslo',
      published: '2024-03-05',
      text: 'Mara Lindqvist met Tomas Okafor in Oslo on Monday for two hours.',
    },
    {
      id: 'a2',
      outlet: 'outlet:harbor news',
      title: 'Three hours of talks',
      published: '2024-03-06',
      text: 'Lindqvist and Okafor talked for three hours.',
    },
    {
      id: 'a3',
      outlet: 'outlet:daily courier',
      title: 'Okafor in Tokyo',
      published: '2024-04-02',
      text: 'Okafor met Yui Sato. Sato had met Pavel Dron in April.',
    },
  ],
  quote: {
    id: 'quote:harbour',
    text: 'We will keep talking until the harbour dispute is settled',
    wordings: [
      'We will keep talking until the harbour dispute is settled',
      'We will keep talking until the harbor dispute is settled',
    ],
  },
};

export async function writeFixture(graph: Graph): Promise<void> {
  await graph.transaction(async (tx) => {
    await tx.run(
      `UNWIND $people AS p
       CREATE (n:Person {id: p.id, name: p.name, surname: p.surname, aliases: p.aliases, roles: p.roles, country: p.country,
                         aliasText: reduce(s = '', a IN p.aliases | s + ' ' + a)})`,
      { people: FIXTURE.people },
    );
    await tx.run('UNWIND $outlets AS o CREATE (:Outlet {id: o.id, name: o.name, aliases: o.aliases})', {
      outlets: FIXTURE.outlets,
    });
    await tx.run(
      `UNWIND $articles AS a MATCH (o:Outlet {id: a.outlet})
       CREATE (o)-[:PUBLISHED]->(:Article {id: a.id, title: a.title, published: date(a.published), text: a.text, url: 'https://example.org/' + a.id, source: 'fixture'})`,
      { articles: FIXTURE.articles },
    );
    await tx.run(`CREATE (:Topic {id: 'trade', name: 'Trade'}), (:Topic {id: 'maritime', name: 'Maritime'})`);
    // Meetings, their participants, MET edges and evidence.
    await tx.run(
      `UNWIND $meetings AS m
       CREATE (mt:Meeting {id: m.id, date: m.date, place: m.place, durations: m.durations})
       WITH m, mt
       UNWIND range(0, size(m.people) - 1) AS i
       MATCH (p:Person {id: m.people[i]})
       CREATE (p)-[:ATTENDED {role: 'principal'}]->(mt)
       WITH m, mt, collect(p) AS ps
       CALL { WITH m, mt, ps
              WITH m, mt, ps[0] AS a, ps[1] AS b
              CREATE (a)-[:MET {meetingId: mt.id, date: m.date, place: m.place, articleIds: m.articles, sourceCount: size(m.articles)}]->(b) }
       WITH m, mt
       UNWIND m.articles AS aid
       MATCH (a:Article {id: aid})
       CREATE (a)-[:SUPPORTS {sentence: a.text, start: 0, end: size(a.text), rule: 'fixture', confidence: 0.9}]->(mt)`,
      {
        meetings: [
          {
            id: 'meeting:m1',
            date: '2024-03-04',
            place: 'Oslo',
            durations: ['two hours', 'three hours'],
            people: ['person:mara lindqvist', 'person:tomas okafor'],
            articles: ['a1', 'a2'],
          },
          {
            id: 'meeting:m2',
            date: '2024-04-01',
            place: 'Tokyo',
            durations: [],
            people: ['person:tomas okafor', 'person:yui sato'],
            articles: ['a3'],
          },
          {
            id: 'meeting:m3',
            date: '2024-04',
            place: null,
            durations: [],
            people: ['person:yui sato', 'person:pavel dron'],
            articles: ['a3'],
          },
        ],
      },
    );
    await tx.run(
      `MATCH (m:Meeting {id: 'meeting:m1'}), (a1:Article {id: 'a1'}), (a2:Article {id: 'a2'})
       CREATE (m)-[:HAS_DETAIL]->(d1:Detail {id: 'detail:m1:duration:2h', field: 'duration', value: 'two hours'}),
              (m)-[:HAS_DETAIL]->(d2:Detail {id: 'detail:m1:duration:3h', field: 'duration', value: 'three hours'}),
              (a1)-[:SUPPORTS {sentence: a1.text, rule: 'fixture', confidence: 0.8}]->(d1),
              (a2)-[:SUPPORTS {sentence: a2.text, rule: 'fixture', confidence: 0.8}]->(d2)
       SET m.disagreements = ['duration']`,
    );
    await tx.run(
      `MATCH (p:Person {id: 'person:mara lindqvist'}), (a1:Article {id: 'a1'}), (a2:Article {id: 'a2'}),
             (o1:Outlet {id: 'outlet:daily courier'}), (o2:Outlet {id: 'outlet:harbor news'}), (t:Topic {id: 'maritime'})
       CREATE (q:Quote {id: $q.id, text: $q.text, wordings: $q.wordings, wordingText: $q.wordings[1], confidence: 0.9, sourceCount: 2,
                        firstReported: date('2024-03-05'), lastReported: date('2024-03-06')}),
              (p)-[:SAID]->(q), (q)-[:ABOUT]->(t),
              (o1)-[:REPORTED {articleIds: ['a1'], wordings: [$q.wordings[0]]}]->(q),
              (o2)-[:REPORTED {articleIds: ['a2'], wordings: [$q.wordings[1]]}]->(q),
              (a1)-[:SUPPORTS {sentence: 'Lindqvist said: "' + $q.wordings[0] + '."', wording: $q.wordings[0], rule: 'fixture', confidence: 0.9}]->(q),
              (a2)-[:SUPPORTS {sentence: 'Lindqvist said: "' + $q.wordings[1] + '."', wording: $q.wordings[1], rule: 'fixture', confidence: 0.9}]->(q)`,
      { q: FIXTURE.quote },
    );
    await tx.run(
      `MATCH (p:Person {id: 'person:tomas okafor'}), (a2:Article {id: 'a2'}), (t:Topic {id: 'trade'})
       CREATE (s:Position {id: 'position:sanctions', text: 'the sanctions on shipping should be lifted', kind: 'reported'}),
              (p)-[:STATED {articleIds: ['a2'], sourceCount: 1}]->(s), (s)-[:ABOUT]->(t),
              (a2)-[:SUPPORTS {sentence: 'Okafor said the sanctions on shipping should be lifted.', rule: 'fixture', confidence: 0.7}]->(s)`,
    );
    await tx.run(
      `UNWIND $mentions AS m MATCH (a:Article {id: m[0]}), (p:Person {id: m[1]}) CREATE (a)-[:MENTIONS {aliases: [], roles: []}]->(p)`,
      {
        mentions: [
          ['a1', 'person:mara lindqvist'],
          ['a2', 'person:mara lindqvist'],
          ['a1', 'person:tomas okafor'],
          ['a2', 'person:tomas okafor'],
          ['a3', 'person:tomas okafor'],
          ['a3', 'person:yui sato'],
          ['a3', 'person:pavel dron'],
        ],
      },
    );
  });
  await graph.write('CALL db.awaitIndexes(60)');
}
