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
  personFromSummary,
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
    assert.equal(serializeSummary(s), serializeSummary(summaryOf(byArticle.filter((_, i) => i % 3 !== 0).flat())));
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
