// Transcripts' speaker turns as statements and quotations (src/extract/transcript.ts): a table test
// of NOT_STATED with invented sentences, the label → speaker rule, and invented transcripts through
// extract().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';
import {
  NOT_STATED,
  positionOfParagraph,
  statesPosition,
  type NotStatedRule,
} from '../../../src/extract/transcript.js';
import { readReportText } from '../../../src/input/index.js';
import { nameOf } from '../../support/articles.js';

/** [row, a sentence of a turn it leaves out] */
const notStated: [NotStatedRule['id'], string][] = [
  ['question', 'Do you expect the port to reopen before the rainy season begins in the north?'],
  ['courtesy', 'Thank you very much for inviting me to this beautiful palace in the capital city today.'],
  ['short', 'That is why we are here.'],
  ['addressed', 'Your country has been a reliable partner of ours in the region for many long years.'],
  ['stage-direction', '(Laughter and applause from the members of both delegations in the room.)'],
  ['floor', 'With that, I would like to give the floor to my colleague and friend the foreign minister.'],
];

test('NOT_STATED: each row leaves out its sentence; a position passes every row', () => {
  for (const [id, sentence] of notStated) {
    const row = NOT_STATED.find((r) => r.id === id)!;
    assert.ok(row.when(sentence), `${id}: ${sentence}`);
  }
  assert.deepEqual(
    NOT_STATED.map((r) => r.id).filter((id) => !notStated.some(([n]) => n === id)),
    [],
    'every row has a test row',
  );
  const position = 'Our two countries will sign an agreement on the port and the railway before the end of the year.';
  assert.deepEqual(
    NOT_STATED.filter((r) => r.when(position)).map((r) => r.id),
    [],
  );
});

const page = [
  'Remarks by President Ana Lee and Prime Minister Tomas Roe before their meeting',
  '',
  'PRESIDENT LEE:  Welcome to the palace. Our two countries will sign an agreement on the port and the railway before the end of the year. We will not be a “bystander” in the region.',
  '',
  'PRIME MINISTER ROE:  Thank you. Our government will open three new consulates in the north of the country next year, starting in the spring.',
  '',
  'Q    Mr. President, will the port agreement be signed before the elections in the autumn of this year?',
  '',
  'PRESIDENT LEE:  The agreement on the port will be signed long before the elections are held in the autumn.',
].join('\n');

test("a named speaker's turn gives that speaker statements; a question gives none; an unattributed quotation in the turn is the speaker's", () => {
  const x = extract(readReportText(page, { source: 'remarks.txt' }));
  const said = (name: string) => x.statements.filter((s) => nameOf(x, s.speaker) === name).map((s) => s.position);
  assert.ok(
    said('Ana Lee').includes(
      'Our two countries will sign an agreement on the port and the railway before the end of the year.',
    ),
    JSON.stringify(said('Ana Lee')),
  );
  assert.ok(said('Ana Lee').some((p) => p.startsWith('The agreement on the port will be signed long before')));
  assert.ok(said('Tomas Roe').some((p) => p.startsWith('Our government will open three new consulates')));
  assert.ok(!x.statements.some((s) => /elections in the autumn of this year\?/.test(s.position)));
  assert.ok(!x.statements.some((s) => /^Welcome|^Thank you/.test(s.position)));
  const bystander = x.quotes.find((q) => q.text === 'bystander');
  assert.equal(bystander && nameOf(x, bystander.speaker!), 'Ana Lee');
  assert.ok(x.statements.every((s) => s.evidence[0]!.rule !== 'statement.turn' || s.evidence[0]!.sentence.length > 0));
});

test('a label that names nobody (an official, a moderator, a title alone) gives no statements', () => {
  const text = [
    'Press conference on the port',
    '',
    'MODERATOR:  Our government will open three new consulates in the north of the country next year.',
    '',
    'THE PRESIDENT:  The agreement on the port will be signed long before the elections are held in the autumn.',
  ].join('\n');
  const x = extract(readReportText(text, { source: 'p.txt' }));
  assert.deepEqual(
    x.statements.filter((s) => s.evidence[0]!.rule === 'statement.turn'),
    [],
  );
});

/** [a sentence of a speech, whether it puts a position forward] */
const stance: [string, boolean][] = [
  ['Our two countries must open the border crossing to trade before the harvest season comes.', true],
  ['I believe the railway line to the coast is the most important project of this decade.', true],
  ['We welcome the decision of the bank to finance the new bridge over the river in the south.', true],
  ['The ministry reaffirmed its support for the fishing communities of the northern islands.', true],
  ['In the year before last the number of visitors to the old harbour rose from nine to twelve thousand.', false],
  ['I remember the first time I came to this city as a young student many years ago in the winter.', false],
];

test('statesPosition: a modal, a word of stance or a reporting verb puts a position forward; a figure or a memory does not', () => {
  for (const [sentence, expected] of stance) assert.equal(statesPosition(sentence), expected, sentence);
});

test('positionOfParagraph: one position a paragraph, the first sentence that states one, else the first', () => {
  const paragraph = [
    'In the year before last the number of visitors to the old harbour rose from nine to twelve thousand.',
    'Our two countries must open the border crossing to trade before the harvest season comes.',
    'We will also build a new road to the crossing in the course of next year.',
  ].map((position) => ({ position }));
  assert.equal(positionOfParagraph(paragraph), paragraph[1]);
  assert.equal(positionOfParagraph(paragraph.slice(0, 1)), paragraph[0]);
  assert.equal(positionOfParagraph([]), undefined);
});

test("a speaker's paragraph of several stating sentences gives one statement", () => {
  const text = [
    'Remarks by President Ana Lee and Prime Minister Tomas Roe on the port',
    '',
    'PRIME MINISTER ROE:  Thank you.',
    '',
    'PRESIDENT LEE:  Last year the old harbour handled nine hundred ships from thirty countries in the region. Our two countries will sign an agreement on the port and the railway before the end of the year. The railway will carry grain and ore from the plateau to the coast within three years.',
    '',
    'PRESIDENT LEE:  The agreement must respect the rights of the fishing communities living along the northern coast.',
  ].join('\n');
  const x = extract(readReportText(text, { source: 'p.txt' }));
  const turns = x.statements.filter((s) => s.evidence[0]!.rule === 'statement.turn').map((s) => s.position);
  assert.deepEqual(turns, [
    'Our two countries will sign an agreement on the port and the railway before the end of the year.',
    'The agreement must respect the rights of the fishing communities living along the northern coast.',
  ]);
});
