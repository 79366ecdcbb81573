/**
 * Roles in time: a title's role and country, and the first and last report dates of each role,
 * from the role days a Person's summary keeps (one contribution per report, added and taken away).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadKnowledge } from '../../../src/link/knowledge.js';
import { mentionRoleDays, RoleParser, type RoleMention } from '../../../src/link/roles.js';
import { claimsOf, reportDay, type PersonClaim } from '../../../src/resolve/claims.js';
import {
  addSummary,
  compactRoleDays,
  contribution,
  emptySummary,
  isStale,
  redate,
  roleDaysOf,
  summaryOf,
} from '../../../src/resolve/people.js';
import { report } from '../../support/extractions.js';

const roles = new RoleParser(loadKnowledge().countries);

describe('a title names a role and maybe its country', () => {
  const table: [string, string | null, { country: string | null; title: string } | undefined][] = [
    ['US Secretary of State', null, { country: 'US', title: 'secretary of state' }],
    ['U.S. Secretary of State', null, { country: 'US', title: 'secretary of state' }],
    ['Chinese President', null, { country: 'CN', title: 'president' }],
    ["China's President", null, { country: 'CN', title: 'president' }],
    ['China’s President', null, { country: 'CN', title: 'president' }],
    ['President of France', null, { country: 'FR', title: 'president' }],
    ['President', 'CN', { country: 'CN', title: 'president' }],
    ['President', null, { country: null, title: 'president' }],
    ['Russian Foreign Minister', 'RU', { country: 'RU', title: 'foreign minister' }],
    ['Vice Foreign Minister', 'CN', { country: 'CN', title: 'vice foreign minister' }],
    ['British Ambassador to China', null, { country: 'GB', title: 'ambassador to china' }],
    ['Chinese', null, undefined],
  ];
  for (const [title, personCountry, expected] of table)
    it(`"${title}"${personCountry ? ` (of a person of ${personCountry})` : ''} → ${expected ? roles.key(expected) : 'no role'}`, () =>
      assert.deepEqual(roles.parse(title, personCountry), expected));
});

describe('role spans', () => {
  const mentions: RoleMention[] = [
    { articleId: 'c', published: '2024-03-02T08:00:00Z', roles: ['President'] },
    { articleId: 'a', published: '2023-01-10', roles: ['Chinese President', 'General Secretary'] },
    { articleId: 'b', published: '2023-06-01', roles: ["China's President"] },
    { articleId: 'd', published: null, roles: ['Chairman'] },
    { articleId: 'e', published: '2023-02-01', roles: ['Chinese President'] },
  ];
  it('one span per role and country, from the earliest to the latest dated report; undated reports give none', () =>
    assert.deepEqual(roles.spans(mentionRoleDays(mentions), 'CN'), [
      { key: 'CN:general secretary', name: 'General Secretary', first: '2023-01-10', last: '2023-01-10' },
      { key: 'CN:president', name: 'Chinese President', first: '2023-01-10', last: '2024-03-02' },
    ]));
  it('the same reports in any order give the same spans', () => {
    const expected = roles.spans(mentionRoleDays(mentions), 'CN');
    for (let i = 0; i < mentions.length; i++) {
      const rotated = [...mentions.slice(i), ...mentions.slice(0, i)].reverse();
      assert.deepEqual(roles.spans(mentionRoleDays(rotated), 'CN'), expected);
      assert.deepEqual(roles.spans([...mentionRoleDays(rotated)].reverse(), 'CN'), expected);
    }
  });
  it('a wording counts the reports that give it, over all their days, not the mentions: the most reported names the role', () => {
    const twice: RoleMention[] = [
      // One report naming the person twice with one wording counts once ...
      { articleId: 'a', published: '2023-01-10', roles: ['President Of China'] },
      { articleId: 'a', published: '2023-01-10', roles: ['President Of China'] },
      // ... against two reports on two days with another.
      { articleId: 'b', published: '2023-01-11', roles: ['Chinese President'] },
      { articleId: 'c', published: '2023-02-11', roles: ['Chinese President'] },
    ];
    assert.deepEqual(mentionRoleDays(twice).find((d) => d.name === 'President Of China')?.reports, 1);
    assert.deepEqual(roles.spans(mentionRoleDays(twice), 'CN'), [
      { key: 'CN:president', name: 'Chinese President', first: '2023-01-10', last: '2023-02-11' },
    ]);
  });
});

describe('the day a report dates roles by', () => {
  const table: [string | null, (string | null)[], string | null][] = [
    ['2024-03-02', ['2024-01-01'], '2024-03-02'],
    ['2024-03-02T08:00:00Z', [], '2024-03-02'],
    [null, ['2024-01-05', '2024-02-01', null, '2024-01-20'], '2024-02-01'],
    // Only a full day dates a role: a month-dated meeting does not, nor a publication date that is no day.
    [null, ['2024-02', '2024-01-05'], '2024-01-05'],
    [null, ['2024-02'], null],
    [null, [], null],
    ['March 2024', ['2024-01-05'], null],
  ];
  for (const [published, meetings, expected] of table)
    it(`published ${published ?? 'never'}, meetings on ${meetings.join(', ') || 'no day'} → ${expected ?? 'none'}`, () =>
      assert.equal(reportDay(published, meetings), expected));
});

describe("role days kept in a person's summary", () => {
  const reports = [
    report({
      id: 'a',
      outlet: 'X',
      published: '2023-01-10',
      people: { p: { name: 'Wen Lo', roles: ['Chinese President', 'General Secretary'], country: 'CN' } },
    }),
    report({
      id: 'b',
      outlet: 'X',
      published: '2023-06-01',
      people: { p: { name: 'Wen Lo', roles: ["China's President"] } },
    }),
    // Undated: dated by the latest day of the meetings it tells of (the month-dated one does not count).
    report({
      id: 'c',
      outlet: 'X',
      published: null,
      people: { p: { name: 'Wen Lo', roles: ['President'] }, q: { name: 'Ada Okafor' } },
      meetings: [
        { participants: ['p', 'q'], date: '2023-09-02' },
        { participants: ['p', 'q'], date: '2023-08-30' },
        { participants: ['p', 'q'], date: '2023-10' },
      ],
    }),
    // Undated, no meeting day: gives no date.
    report({ id: 'd', outlet: 'X', published: null, people: { p: { name: 'Wen Lo', roles: ['Chairman'] } } }),
    report({
      id: 'e',
      outlet: 'Y',
      published: '2023-02-01T10:00:00Z',
      people: { p: { name: 'Wen Lo', roles: ['Chinese President'] }, r: { name: 'Wen Lo', roles: ['Chairman'] } },
    }),
  ];
  const byArticle = reports.map((r) => claimsOf(r).people.filter((c) => c.name === 'Wen Lo'));
  const asMentions = (cs: PersonClaim[][]): RoleMention[] =>
    cs.flat().map((c) => ({ articleId: c.articleId, published: c.reported, roles: c.roles }));

  it('an undated report is dated by its latest meeting day', () =>
    assert.deepEqual(
      byArticle.map((cs) => cs[0]!.reported),
      ['2023-01-10', '2023-06-01', '2023-09-02', null, '2023-02-01'],
    ));

  it('the summary of all the reports gives the spans of reading every mention again', () => {
    const days = roleDaysOf(summaryOf(byArticle.flat()));
    // The summary keeps each wording's first and last day and its number of reports.
    assert.deepEqual(days, compactRoleDays(mentionRoleDays(asMentions(byArticle))));
    assert.deepEqual(roles.spans(days, 'CN'), roles.spans(mentionRoleDays(asMentions(byArticle)), 'CN'));
    assert.deepEqual(roles.spans(days, 'CN'), [
      { key: 'CN:chairman', name: 'Chairman', first: '2023-02-01', last: '2023-02-01' },
      { key: 'CN:general secretary', name: 'General Secretary', first: '2023-01-10', last: '2023-01-10' },
      { key: 'CN:president', name: 'Chinese President', first: '2023-01-10', last: '2023-09-02' },
    ]);
  });

  it('taking reports away moves first and last days back, as if they had never come', () => {
    const s = emptySummary();
    for (const cs of byArticle) addSummary(s, contribution(cs), 1);
    // The latest (c, undated) and the earliest (a) reports go; e comes twice and goes once.
    addSummary(s, contribution(byArticle[4]!), 1);
    for (const i of [2, 0, 4]) addSummary(s, contribution(byArticle[i]!), -1);
    const rest = [byArticle[1]!, byArticle[3]!, byArticle[4]!];
    // c was the only report of its day, the last: that end is read again from the claims left.
    assert.equal(isStale(s), true);
    redate(s, rest.flat());
    assert.deepEqual(roleDaysOf(s), compactRoleDays(mentionRoleDays(asMentions(rest))));
    assert.deepEqual(roles.spans(roleDaysOf(s), 'CN'), [
      { key: 'CN:chairman', name: 'Chairman', first: '2023-02-01', last: '2023-02-01' },
      // One report each now: the tie goes to the longer wording, then the first alphabetically.
      { key: 'CN:president', name: "China's President", first: '2023-02-01', last: '2023-06-01' },
    ]);
  });

  it('any order of adding the reports gives the same summary', () => {
    const key = (order: PersonClaim[][]) => {
      const s = emptySummary();
      for (const cs of order) addSummary(s, contribution(cs), 1);
      return JSON.stringify(roleDaysOf(s));
    };
    const expected = key(byArticle);
    assert.equal(key([...byArticle].reverse()), expected);
    assert.equal(key([...byArticle.slice(2), ...byArticle.slice(0, 2)]), expected);
  });
});
