// Transcripts' speaker turns as statements and quotations (src/extract/transcript.ts): a table test
// of NOT_STATED with invented sentences, the label → speaker rule, and invented transcripts through
// extract().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';
import { NOT_STATED, type NotStatedRule } from '../../../src/extract/transcript.js';
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
