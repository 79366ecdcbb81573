// Table tests of the people rule tables (src/extract/people/rules.ts, register.ts): for each row of
// PERSON_EVIDENCE and NOT_OF_REPORT an invented sentence in which that row is the one that decides,
// and a check that every row has a test row. All names and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../../../src/extract/document.js';
import { findRuns } from '../../../../src/extract/people/find.js';
import { NOT_OF_REPORT } from '../../../../src/extract/people/register.js';
import { PERSON_EVIDENCE, personEvidenceRow, type PersonRowId } from '../../../../src/extract/people/rules.js';
import { extract } from '../../../../src/extract/index.js';
import { article } from '../../../support/articles.js';
import { withoutRow } from '../../../support/extract.js';

/** [row, sentence, the name run the row decides] */
const evidenceRows: [PersonRowId, string, string][] = [
  ['not.title-qualifier', 'Karvian envoy Tavo Merrin said talks went well.', 'Karvian'],
  ['not.thing-name', 'The Blue Harbor program was dropped.', 'Blue Harbor'],
  ['not.so-called', 'The so-called Velmor Line was closed.', 'Velmor Line'],
  ['not.abstract-noun', 'Delegates welcomed Reconciliation as a theme.', 'Reconciliation'],
  ['not.plural-title-headline', 'Northern and Southern Negotiators Meet in Geneva', 'Meet'],
  ['person.title', 'Karvian envoy Tavo Merrin said talks went well.', 'Tavo Merrin'],
  ['person.title.abbreviated', 'Gen. Ruiz arrived.', 'Ruiz'],
  ['person.speaker', 'Merrin, in an interview with a broadcaster, also said the port would reopen.', 'Merrin'],
  ['person.speaker.after-verb', '“We are ready,” said Merrin.', 'Merrin'],
  ['person.apposition', 'Tavo Merrin, the director of the trade office, arrived.', 'Tavo Merrin'],
  ['person.apposition.after-title', "The country's top diplomat, Tavo Merrin, arrived.", 'Tavo Merrin'],
  ['person.name', 'Maria Kovac arrived at the port.', 'Maria Kovac'],
  ['person.proper-run', 'The minister spoke with Tavo Merrin on Monday.', 'Tavo Merrin'],
  ['person.surname', 'Ruiz arrived.', 'Ruiz'],
  ['person.meeting', 'Tavo Quell Merrin Voss met the delegation.', 'Tavo Quell Merrin Voss'],
  ['person.meeting.object', 'The minister met with Tavo Quell Merrin Voss.', 'Tavo Quell Merrin Voss'],
];

for (const [id, sentence, name] of evidenceRows) {
  test(`PERSON_EVIDENCE ${id}: "${name}" in "${sentence}"`, () => {
    const s = readDocument(sentence).sentences[0]!;
    const run = findRuns(s.tokens).find((r) => r.name === name);
    assert.ok(run, `no name run "${name}"`);
    const row = personEvidenceRow(s.tokens, run);
    assert.equal(row?.id, id);
    // a veto row says no person; the others give their rule
    assert.equal(row?.emits ?? null, id.startsWith('not.') ? null : row?.emits);
  });
}

test('every row of PERSON_EVIDENCE has a test row, and no two rows share an id', () => {
  const ids = PERSON_EVIDENCE.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...new Set(evidenceRows.map((r) => r[0]))].sort(), [...ids].sort());
});

const people = (text: string) =>
  extract(article(text, '2024-03-14'))
    .people.map((p) => p.name)
    .sort();

/** [row, report text, a name the row keeps from the people, a name that is still a person] */
const creditRows: [(typeof NOT_OF_REPORT)[number]['id'], string, string, string][] = [
  ['organization', 'Foreign Minister Ana Ruiz told Al Jazeera the port would reopen.', 'Al Jazeera', 'Ana Ruiz'],
  [
    'photo-credit',
    'Foreign Minister Ana Ruiz at the port. Photo by Dara Voss said to be new.',
    'Dara Voss',
    'Ana Ruiz',
  ],
  [
    'byline',
    'By Dara Voss and Tavo Merrin\n\nForeign Minister Ana Ruiz said the port would reopen.',
    'Dara Voss',
    'Ana Ruiz',
  ],
  [
    'contributed',
    'Foreign Minister Ana Ruiz said the port would reopen.\n\nAgency writer Dara Voss in Lima contributed to this report.',
    'Dara Voss',
    'Ana Ruiz',
  ],
  [
    'names-line',
    'Port to reopen\n\nDara Voss, Tavo Merrin\n\nForeign Minister Ana Ruiz said the port would reopen.',
    'Tavo Merrin',
    'Ana Ruiz',
  ],
  [
    'pipe-segment',
    '03/14/2024 | 10:27 | Dara Voss | Coastline Daily\n\nForeign Minister Ana Ruiz said the port would reopen.',
    'Dara Voss',
    'Ana Ruiz',
  ],
  [
    'caption-credit',
    'Foreign Minister Ana Ruiz said the port would reopen.\n\nThe ministers at the port. (Coastline News: Dara Voss)',
    'Dara Voss',
    'Ana Ruiz',
  ],
  [
    'correspondent-reports',
    'KARVO – Agency correspondent Dara Voss reports that Foreign Minister Ana Ruiz reopened the port.',
    'Dara Voss',
    'Ana Ruiz',
  ],
];

for (const [id, text, credited, person] of creditRows) {
  test(`NOT_OF_REPORT ${id}: "${credited}" is no person of the report, "${person}" is`, () => {
    const found = people(text);
    assert.ok(!found.includes(credited), `${credited} among ${found.join(', ')}`);
    assert.ok(found.includes(person), `${person} not among ${found.join(', ')}`);
    // the row is what keeps it out
    assert.ok(
      withoutRow(NOT_OF_REPORT, id, () => people(text)).includes(credited),
      `${credited} is no person even without ${id}`,
    );
  });
}

test('every row of NOT_OF_REPORT has a test row', () => {
  assert.deepEqual([...new Set(creditRows.map((r) => r[0]))].sort(), NOT_OF_REPORT.map((r) => r.id).sort());
});

test('a name in a list beside a person is a person too (listed), one after a plural title each', () => {
  assert.deepEqual(people('Dara Voss, Tavo Merrin and Foreign Minister Ana Ruiz met in Lisbon.'), [
    'Ana Ruiz',
    'Dara Voss',
    'Tavo Merrin',
  ]);
  assert.deepEqual(people('Presidents Tavo, Quell and Merrin met.'), ['Merrin', 'Quell', 'Tavo']);
});
