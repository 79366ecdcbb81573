// The paragraphs and sentences of a text (src/extract/text.ts): a hard-wrapped block (lines filled to a
// column, as in archived releases and plain-text mail) is read as running text where a line stops short of a
// sentence's end; a headline, short lines and long paragraph lines stay paragraphs of their own. Invented text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readDocument } from '../../../src/extract/document.js';
import { paragraphs } from '../../../src/extract/text.js';

const wrapped = [
  'Karvian Foreign Minister Tavo R. Merrin met on Monday with President Dara',
  'Voss of Lorland, President Ana Ruiz of Velmor and President Quell Tamsin',
  'of Norvia to discuss the port agreement signed by the three governments.',
  'The talks will resume in May.',
].join('\n');

test('a hard-wrapped block is one paragraph where a line stops mid-sentence', () => {
  const text = `Ministers meet on the port\n\n${wrapped}`;
  const paras = paragraphs(text).map(([a, b]) => text.slice(a, b));
  assert.equal(paras.length, 3);
  assert.equal(paras[0], 'Ministers meet on the port');
  assert.ok(paras[1]!.startsWith('Karvian') && paras[1]!.endsWith('three governments.'));
  assert.equal(paras[2], 'The talks will resume in May.');
  const s = readDocument(text).sentences.map((x) => x.text.replace(/\s+/g, ' '));
  assert.ok(s.includes('Voss of Lorland') === false);
  assert.ok(s[1]!.includes('President Dara Voss of Lorland'), s[1]);
});

test('lines that are not hard-wrapped stay paragraphs of their own', () => {
  // short lines (a list, a menu), two lines only, and long paragraph lines
  const list = 'Tavo Merrin\nDara Voss\nAna Ruiz';
  assert.equal(paragraphs(list).length, 3);
  const two = 'Karvian Foreign Minister Tavo Merrin met on Monday with President Dara\nVoss of Lorland.';
  assert.equal(paragraphs(two).length, 2);
  const long = `${'The minister said the port would reopen after the talks and that trade would grow again soon '.repeat(2)}and\nthe ${'talks went well and both sides agreed to meet again in the spring in the capital of Lorland '.repeat(2)}`;
  assert.equal(paragraphs(long).length, 2);
  // a headline whose next line's first word would have fit on it is no wrapped line
  const labels =
    'Remarks by President Merrin and Chancellor Voss\nPRESIDENT MERRIN: Welcome, Chancellor Dara Voss.\nCHANCELLOR VOSS: Thank you, President Tavo Merrin of Lorland.';
  assert.equal(paragraphs(labels).length, 3);
});

test('a block of two lines is hard-wrapped when the text has wrapped blocks and its first line is filled', () => {
  const text = `${wrapped}\n\nHe again went to Lorland in spring 1961 to meet with President Tavo\nMerrin in the palace.\n\nShort line\nAnother short line`;
  const paras = paragraphs(text).map(([a, b]) => text.slice(a, b).replace(/\s+/g, ' '));
  assert.ok(
    paras.includes('He again went to Lorland in spring 1961 to meet with President Tavo Merrin in the palace.'),
    paras.join(' | '),
  );
  assert.ok(paras.includes('Short line') && paras.includes('Another short line'));
});
