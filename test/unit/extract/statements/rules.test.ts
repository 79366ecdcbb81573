// Table tests of reported speech (src/extract/statements/rules.ts, find.ts): for each row of SUBJECTS,
// NOT_POSITION, TRIMS and SENTENCE_RULES an invented sentence that row decides, and a check that every
// row has a test row. All names and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findStatements, SENTENCE_RULES, type FoundStatement } from '../../../../src/extract/statements/find.js';
import { NOT_POSITION, SUBJECTS, TRIMS, trim } from '../../../../src/extract/statements/rules.js';
import { analyse, nameOf, withoutRow } from '../../../support/extract.js';

const intro = 'Foreign Minister Ana Ruiz met President Tavo Merrin on Monday. ';

/** The statements of the last sentence of `text`, with the speakers' names. */
function statements(text: string): (FoundStatement & { name: string | null })[] {
  const a = analyse(text);
  const i = a.doc.sentences.length - 1;
  return findStatements(a.doc.sentences[i]!, a.mentions[i]!, text).map((st) => ({
    ...st,
    name: nameOf(a.people, st.speaker),
  }));
}

/** [row, report (its last sentence is read), speakers, position] */
const subjectRows: [NonNullable<FoundStatement['by']>, string, string[], string][] = [
  ['subject.adjacent', `${intro}Ruiz said the port would reopen in May.`, ['Ana Ruiz'], 'the port would reopen in May'],
  [
    'subject.apposition',
    `${intro}The bloc's chairperson, Tavo Merrin, told reporters that the port would reopen in May.`,
    ['Tavo Merrin'],
    'the port would reopen in May',
  ],
  [
    'subject.before-apposition',
    `${intro}Ruiz, a career diplomat who once led the trade office, warned that the port would close.`,
    ['Ana Ruiz'],
    'the port would close',
  ],
  [
    'subject.pair-opening',
    `${intro}Ruiz and Merrin held talks at the port, agreeing to reopen the northern trade route.`,
    ['Ana Ruiz', 'Tavo Merrin'],
    'agreeing to reopen the northern trade route',
  ],
  [
    'subject.quoted-as-saying',
    `${intro}A news agency quoted Ruiz as saying the port would reopen in May.`,
    ['Ana Ruiz'],
    'the port would reopen in May',
  ],
  [
    'subject.and-verb',
    `${intro}Ruiz held talks with Merrin, and agreed to reopen the northern trade route.`,
    ['Ana Ruiz'],
    'agreed to reopen the northern trade route',
  ],
  [
    'subject.pair',
    `${intro}The two sides agreed to reopen the northern trade route.`,
    ['*pair*'],
    'agreed to reopen the northern trade route',
  ],
  [
    'subject.pair',
    `${intro}The parties noted the steady growth of trade between the two ports.`,
    ['*pair*'],
    'the steady growth of trade between the two ports',
  ],
  [
    'subject.pair',
    `${intro}The sides hailed the steady growth of trade between the two ports.`,
    ['*pair*'],
    'hailed the steady growth of trade between the two ports',
  ],
  [
    'subject.participle-opening',
    `${intro}Ruiz reflected on the vote, noting that the port would reopen in May.`,
    ['Ana Ruiz'],
    'the port would reopen in May',
  ],
  [
    'subject.they-pair',
    `${intro}They reaffirmed their commitment to reopen the northern trade route.`,
    ['*pair*'],
    'reaffirmed their commitment to reopen the northern trade route',
  ],
  [
    'sentence.according-to',
    `${intro}According to Ruiz, the port will reopen in May.`,
    ['Ana Ruiz'],
    'the port will reopen in May',
  ],
  [
    'sentence.clause-noted',
    `${intro}The port will reopen in May once the repairs end, Ruiz noted.`,
    ['Ana Ruiz'],
    'The port will reopen in May once the repairs end',
  ],
  [
    'sentence.clause-says-name',
    `${intro}A common debt may lower the bar for the next crisis, says Ana Ruiz at the trade institute.`,
    ['Ana Ruiz'],
    'A common debt may lower the bar for the next crisis',
  ],
];

for (const [by, text, speakers, position] of subjectRows) {
  test(`statement row ${by}: ${speakers.join(' and ')} — "${position}"`, () => {
    const found = statements(text).filter((s) => s.by === by);
    assert.deepEqual(
      found.map((s) => s.name),
      speakers,
    );
    for (const s of found) assert.equal(s.position, position);
  });
}

test('statement row subject.carried: "X said A, and expressed B" gives B to X too', () => {
  const found = statements(`${intro}Ruiz said the port would reopen, and expressed hope for new trade routes.`);
  assert.deepEqual(
    found.map((s) => [s.by, s.name, s.position]),
    [
      ['subject.adjacent', 'Ana Ruiz', 'the port would reopen'],
      ['subject.carried', 'Ana Ruiz', 'expressed hope for new trade routes'],
    ],
  );
});

test('"a spokesperson for X said": no statement of X', () => {
  assert.deepEqual(statements(`${intro}A spokesperson for Ruiz said the port would reopen in May.`), []);
});

test('a question puts no position forward: no statement of the person it reports', () => {
  assert.deepEqual(statements(`${intro}And Merrin mentioned the point about the port, did you answer that point?`), []);
  assert.deepEqual(statements(`${intro}Did Ruiz say that the port would reopen in May?`), []);
  assert.equal(statements(`${intro}Merrin mentioned that the port would reopen with its new quays.`).length, 1);
});

test('every row of SUBJECTS and SENTENCE_RULES has a test row', () => {
  const tested = new Set([...subjectRows.map((r) => r[0]), 'subject.carried']);
  assert.deepEqual([...tested].sort(), [...SUBJECTS, ...SENTENCE_RULES].map((r) => r.id).sort());
});

/** [row, a sentence it says states no position, a sentence with the same verb that states one] */
const notPositionRows: [(typeof NOT_POSITION)[number]['id'], string, string][] = [
  [
    'verb.reciprocal',
    'The two sides condemned each other over the long delay at the port.',
    'The two sides condemned the attack on the workers at the port.',
  ],
  [
    'verb.welcomed-person',
    'Ruiz welcomed President Tavo Merrin to the capital.',
    'Ruiz welcomed the decision to reopen the port.',
  ],
  ['verb.complement', 'Ruiz offered prayers at the shrine by the port.', 'Ruiz offered to reopen the port in May.'],
  [
    'verb.called-on',
    'Ruiz called on President Tavo Merrin at his office.',
    'Ruiz called on the nations to reopen the port.',
  ],
];

for (const [id, none, some] of notPositionRows) {
  test(`NOT_POSITION ${id}: "${none}" states no position; "${some}" does`, () => {
    assert.deepEqual(statements(intro + none), []);
    assert.equal(statements(intro + some).length, 1);
    // the row is what says so
    assert.ok(withoutRow(NOT_POSITION, id, () => statements(intro + none)).length > 0);
  });
}

test('verb.complement: a position verb without its complement tells of an act or a wish', () => {
  for (const none of [
    'Ruiz made a short visit to the port on Tuesday.',
    'Ruiz decided to send a team of engineers to the port.',
    'Ruiz wants to avoid taking sides in the dispute over the port.',
    'Ruiz mentioned the long talks about the port with Merrin.',
    'Ruiz spoke of a grave crisis at the port.',
    'Ruiz spoke with Merrin about the port on Monday.',
    'Ruiz spoke by phone with Merrin about the port.',
  ])
    assert.deepEqual(statements(intro + none), [], none);
  for (const some of [
    'Ruiz made it clear that the port would reopen in May.',
    'Ruiz mentioned that the port would reopen in May.',
    'Ruiz spoke highly of the workers who rebuilt the port.',
    'Ruiz spoke out against the plan to close the port.',
  ])
    assert.equal(statements(intro + some).length, 1, some);
});

test('a verb after "and" shares the subject of an act that states nothing', () => {
  const [st, ...rest] = statements(
    `${intro}Speaking after talks with Merrin, Ruiz spoke of a grave crisis and said the port would reopen in May.`,
  );
  assert.equal(rest.length, 0);
  assert.equal(st?.name, 'Ana Ruiz');
  assert.equal(st?.position, 'the port would reopen in May');
});

test('a person named inside an apposition after an opening phrase is not the speaker', () => {
  const [st, ...rest] = statements(
    `${intro}In her letter, Ruiz, a close ally of President Tavo Merrin, warned that the port would close.`,
  );
  assert.equal(rest.length, 0);
  assert.equal(st?.name, 'Ana Ruiz');
});

test('a person named in an adjunct right before the verb is not its subject', () => {
  const found = statements(`${intro}Ruiz after talks with President Merrin said the port would reopen in May.`);
  assert.deepEqual(
    found.map((st) => st.name),
    ['Ana Ruiz'],
  );
});

test('every row of NOT_POSITION has a test row', () => {
  assert.deepEqual(notPositionRows.map((r) => r[0]).sort(), NOT_POSITION.map((r) => r.id).sort());
});

/** [row, clause, the clause without its tail] */
const trimRows: [(typeof TRIMS)[number]['id'], string, string][] = [
  ['trim.according-to', 'the port would reopen, according to the ministry', 'the port would reopen'],
  ['trim.attribution', 'the port would reopen, Ruiz said on Monday', 'the port would reopen'],
  ['trim.said-by', 'the port would reopen, said the minister, said an aide', 'the port would reopen'],
  ['trim.pronoun-said', 'the port would reopen, she said, smiling', 'the port would reopen'],
  [
    'trim.dash-aside',
    'the port would reopen – the first time a minister has visited it since the storm',
    'the port would reopen',
  ],
  [
    'trim.when-they-met',
    'the port would reopen when they met in May on the sidelines of the summit',
    'the port would reopen',
  ],
  [
    'trim.as-before',
    'he would reimpose the levy on Varnel like he did during his first term',
    'he would reimpose the levy on Varnel',
  ],
  ['trim.while-also', 'the port would reopen, while also announcing a new road', 'the port would reopen'],
  [
    'trim.relative-clause',
    'the port would widen the northern trade route, which the two cities opened long ago',
    'the port would widen the northern trade route',
  ],
  [
    'trim.legal-basis',
    'the two states must sign the port agreement without delay as stipulated in the old treaty',
    'the two states must sign the port agreement without delay',
  ],
  [
    'trim.as-well-as',
    'the steady growth of trade between the two ports, as well as the new road',
    'the steady growth of trade between the two ports',
  ],
];

test('a relative clause after a short head stays: "the port, which …"', () => {
  assert.equal(trim('the port, which the storm closed, reopened'), 'the port, which the storm closed, reopened');
});

for (const [id, clause, trimmed] of trimRows) {
  test(`TRIMS ${id}: "${clause}" -> "${trimmed}"`, () => {
    assert.equal(trim(clause), trimmed);
    const without = TRIMS.filter((r) => r.id !== id).reduce((r, row) => r.replace(row.cut, ''), clause);
    assert.notEqual(without, trimmed, `${id} is not needed for "${clause}"`);
  });
}

test('every row of TRIMS has a test row', () => {
  assert.deepEqual(trimRows.map((r) => r[0]).sort(), TRIMS.map((r) => r.id).sort());
});

/** position verbs of data/reporting-verbs.json whose object is the position (keepVerb) */
const keptVerbs: [string, string][] = [
  ['Ruiz would have preferred a larger fund for the northern ports.', 'would have preferred'],
  ['Ruiz pressed Merrin to reopen the northern trade route.', 'pressed'],
  ['Ruiz advocated halting the shipments of grain to the port.', 'advocated'],
  ['Ruiz challenged Merrin to attend the talks at the port in person.', 'challenged'],
  ['Ruiz complimented the efforts of the port workers after the storm.', 'complimented'],
  ['Ruiz commended the steady work of the port authority during the storm.', 'commended'],
  ['Ruiz encouraged Merrin to keep the northern trade route open.', 'encouraged'],
  ['Ruiz congratulated Merrin on the smooth reopening of the port.', 'congratulated'],
  ['Ruiz lauded the long friendship between the two port cities.', 'lauded'],
  ['Ruiz applauded the decision to widen the harbour channel.', 'applauded'],
  ['Ruiz shared the view that the port must stay open to all ships.', 'shared'],
  ['Ruiz explored ways to widen the northern trade route with the port authority.', 'explored'],
];

for (const [sentence, verb] of keptVerbs) {
  test(`a kept position verb: "${verb}" states a position with its object`, () => {
    const found = statements(intro + sentence);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.name, 'Ana Ruiz');
    assert.ok(found[0]!.position.includes(verb.split(' ').pop()!), found[0]!.position);
  });
}
