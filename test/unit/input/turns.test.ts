// Transcripts (src/input/turns.ts) and hard-wrapped texts (src/input/markup.ts unwrapLines). Every
// name, place and sentence is invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTurns, transcriptTurns } from '../../../src/input/turns.js';
import { unwrapLines } from '../../../src/input/markup.js';
import { readReportText } from '../../../src/input/index.js';

const transcript = [
  'Remarks by President Lee and Prime Minister Roe',
  '',
  'PRESIDENT LEE:  Welcome to the palace. Our two countries will sign a port agreement today.',
  '',
  'PRIME MINISTER ROE : Thank you. We will open three new consulates next year.',
  '',
  'Q    Mr. President, will the port open in May?',
  '',
  'PRESIDENT LEE:  It will open in May.',
].join('\n');

test('turns: labels in capitals open turns that run to the next label; "Q" is a question', () => {
  const turns = findTurns(transcript);
  assert.deepEqual(
    turns.map((t) => t.label),
    ['PRESIDENT LEE', 'PRIME MINISTER ROE', 'Q', 'PRESIDENT LEE'],
  );
  const [lee, roe] = turns;
  assert.equal(
    transcript.slice(lee!.body, lee!.end).trim(),
    'Welcome to the palace. Our two countries will sign a port agreement today.',
  );
  assert.ok(transcript.slice(roe!.start).startsWith('PRIME MINISTER ROE :'));
  assert.equal(turns[3]!.end, transcript.length);
});

test('turns: one "LIMA: …" line is a dateline, not a transcript; places and kickers are no labels', () => {
  assert.deepEqual(findTurns('LIMA: Ministers met on Monday.\n\nThey agreed to meet again.'), []);
  assert.deepEqual(findTurns('LIMA: Ministers met.\n\nQUITO: Others met too.\n\nPERU: And more.'), []);
});

test('turns: the question label is written "Q:" so that no "Q Mr" person is read', () => {
  const { text, turns } = transcriptTurns(transcript);
  assert.ok(text.includes('\nQ: Mr. President, will the port open in May?'));
  assert.equal(turns.find((t) => t.label === 'Q')!.body, text.indexOf('Mr. President, will'));
});

test('turns: a transcript read as a report keeps its turns, and its first label is no dateline', () => {
  const a = readReportText(transcript, { source: 't.txt' });
  assert.equal(a.dateline, null);
  assert.deepEqual(
    a.turns?.map((t) => t.label),
    ['PRESIDENT LEE', 'PRIME MINISTER ROE', 'Q', 'PRESIDENT LEE'],
  );
  assert.equal(readReportText('Talks in Lima\n\nThe ministers met on Monday.', { source: 'p.txt' }).turns, undefined);
});

test('unwrap: a text hard-wrapped at one width has its paragraphs joined; labels, list items and short lines stay', () => {
  const para = (n: number) =>
    `Paragraph ${n} says that President Ana Lee of the Republic met with\nPrime Minister Tomas Roe in Lima on Monday to discuss the port and\nthe railway, and that both sides agreed to meet again in May.`;
  const wrapped = [
    para(1),
    '',
    'Welcome.',
    '',
    para(2),
    '',
    'PRESIDENT LEE: Thank you all for coming here today to the palace',
    para(3),
  ].join('\n');
  const out = unwrapLines(wrapped).split('\n');
  assert.equal(
    out[0],
    'Paragraph 1 says that President Ana Lee of the Republic met with Prime Minister Tomas Roe in Lima on Monday to discuss the port and the railway, and that both sides agreed to meet again in May.',
  );
  assert.ok(out.includes('Welcome.'));
  assert.ok(out.some((l) => l.startsWith('PRESIDENT LEE: Thank you all')));
  // lines that are paragraphs (no width) stay as they are
  const plain =
    'Ministers met.\nThey agreed on the port, the railway and the new consulates in the north of the country.\nShort.';
  assert.equal(unwrapLines(plain), plain);
});

test('unwrap: two spaces that end nearly every line are the converter marking its wraps; a lone hard break stays', () => {
  const para = (n: number) =>
    `Paragraph ${n} recalls that the most prominent case is that of Ana  \nLee, an opposition leader who was taken on a visit to the port in  \nMay, says Tomas  \nRoe of a rights group, who met the family in the capital later.  `;
  const out = unwrapLines([para(1), '', para(2), '', para(3)].join('\n')).split('\n');
  assert.match(out[0]!, /case is that of Ana Lee, an opposition leader .* says Tomas Roe of a rights group/);
  // one hard break among plain wrapped lines is the writer's: it is kept
  const lines = (n: number) =>
    `Paragraph ${n} says that President Ana Lee of the Republic met with\nPrime Minister Tomas Roe in Lima on Monday to discuss the port and\nthe railway, and that both sides agreed to meet again in May.`;
  const kept = unwrapLines(
    [lines(1), '', lines(2), '', 'The signatories, in order of their signing at the palace:  \nAna Lee', lines(3)].join(
      '\n',
    ),
  ).split('\n');
  assert.ok(kept.includes('Ana Lee'));
});
