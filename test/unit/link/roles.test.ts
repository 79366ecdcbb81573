/** Roles in time: a title's role and country, and the first and last report dates of each role. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadKnowledge } from '../../../src/link/knowledge.js';
import { RoleParser, type RoleMention } from '../../../src/link/roles.js';

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
    assert.deepEqual(roles.spans(mentions, 'CN'), [
      { key: 'CN:general secretary', name: 'General Secretary', first: '2023-01-10', last: '2023-01-10' },
      { key: 'CN:president', name: 'Chinese President', first: '2023-01-10', last: '2024-03-02' },
    ]));
  it('the same reports in any order give the same spans', () => {
    const expected = roles.spans(mentions, 'CN');
    for (let i = 0; i < mentions.length; i++) {
      const rotated = [...mentions.slice(i), ...mentions.slice(0, i)].reverse();
      assert.deepEqual(roles.spans(rotated, 'CN'), expected);
    }
  });
});
