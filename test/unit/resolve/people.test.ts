/**
 * People's summaries (pure, no Neo4j): what incremental writes keep on a Person node is the sum of
 * one contribution per article, so adding and taking away articles in any order gives the summary,
 * and the properties, of consolidating the remaining claims at once.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, type PersonClaim } from '../../../src/resolve/claims.js';
import {
  addSummary,
  contribution,
  consolidatePeople,
  emptySummary,
  isStale,
  personFromSummary,
  redate,
  serializeSummary,
  summaryOf,
} from '../../../src/resolve/people.js';
import { groupBy } from '../../../src/resolve/cluster.js';
import { randomReports } from '../../support/random-reports.js';

const claims: PersonClaim[] = randomReports(40, 3).flatMap((r) => claimsOf(r).people);

describe('person summaries', () => {
  it('adding every article and taking a third away again gives the summary of the rest', () => {
    const group = claims.filter((c) => c.block === claims[0]!.block);
    const byArticle = [...groupBy(group, (c) => c.articleId).values()];
    const s = emptySummary();
    for (const cs of byArticle) addSummary(s, contribution(cs), 1);
    const gone = byArticle.filter((_, i) => i % 3 === 0);
    for (const cs of [...gone].reverse()) addSummary(s, contribution(cs), -1);
    const rest = byArticle.filter((_, i) => i % 3 !== 0).flat();
    // A first or last day left with no article is taken again from the claims (as the write does).
    if (isStale(s)) redate(s, rest);
    assert.equal(serializeSummary(s), serializeSummary(summaryOf(rest)));
  });

  it('dates are kept as spans: adding never needs the claims; taking away the only article of a last day does', () => {
    const c = (articleId: string, published: string, roles: string[]) =>
      ({ ...claims[0]!, articleId, published, reported: published, roles }) as PersonClaim;
    const a = [c('a', '2024-01-02', ['President'])];
    const b = [c('b', '2024-03-04', ['President', 'Chairman'])];
    const b2 = [c('b2', '2024-03-04', ['President'])];
    const s = emptySummary();
    for (const cs of [b, a, b2]) addSummary(s, contribution(cs), 1);
    assert.deepEqual(s.published, [3, '2024-01-02', 1, '2024-03-04', 2]);
    assert.deepEqual(s.roleDays, {
      Chairman: [1, '2024-03-04', 1, '2024-03-04', 1],
      President: [3, '2024-01-02', 1, '2024-03-04', 2],
    });
    assert.equal(isStale(s), false);
    // One of the two articles of the last day goes: the day stays, known.
    addSummary(s, contribution(b2), -1);
    assert.equal(isStale(s), false);
    assert.equal(serializeSummary(s), serializeSummary(summaryOf([...a, ...b])));
    // The only article of the last day goes: which day is last now only the claims can say.
    addSummary(s, contribution(b), -1);
    assert.equal(isStale(s), true);
    // An article on that very day again: the end is known again without the claims.
    addSummary(s, contribution(b), 1);
    assert.equal(isStale(s), false);
    assert.equal(serializeSummary(s), serializeSummary(summaryOf([...a, ...b])));
    addSummary(s, contribution(b), -1);
    redate(s, a);
    assert.equal(serializeSummary(s), serializeSummary(summaryOf(a)));
  });

  it('the properties consolidation gives are the properties of the summary of each person', () => {
    for (const person of consolidatePeople(claims)) {
      const given = person.props.nameKey.split('|')[1]!;
      assert.deepEqual(personFromSummary(person.props.block, given, summaryOf(person.claims)), {
        id: person.id,
        props: person.props,
      });
    }
  });

  it('every order of the claims gives the same people', () => {
    const key = (cs: PersonClaim[]) =>
      JSON.stringify(
        consolidatePeople(cs)
          .map((p) => [p.id, p.props])
          .sort(),
      );
    assert.equal(key([...claims].reverse()), key(claims));
    assert.equal(key([...claims.slice(17), ...claims.slice(0, 17)]), key(claims));
  });
});
