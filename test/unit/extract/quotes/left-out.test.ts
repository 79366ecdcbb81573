// Speakers that a page in Portuguese or Spanish leaves out of the reporting clause or names only by office
// (src/extract/quotes/rules.ts: after.bare-verb, roleHolder, and cue.reporting-verb's clause with no subject),
// through the whole extraction. All names, places and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { article } from '../../../support/articles.js';

/** [quotation, speaker's name] of every quotation of `text` */
function speakers(text: string): [string, string | null][] {
  const x = extract(article(text, '2025-03-14'));
  const name = (id: string | null) => x.people.find((p) => p.id === id)?.name ?? null;
  return x.quotes.map((q) => [q.text, name(q.speaker)]);
}

test('a reporting verb after the quotation with its subject left out is the speaker before it ("“…”, explicou.")', () => {
  assert.deepEqual(
    speakers(
      'O ministro Tomas Lee visitou o porto de Varnel na segunda-feira. “O porto vai reabrir em maio”, explicou.',
    ),
    [['O porto vai reabrir em maio', 'Tomas Lee']],
  );
  assert.deepEqual(
    speakers(
      'O ministro Tomas Lee visitou o porto de Varnel.\n\n“Queremos reabrir o porto em maio”, postou em uma rede social.',
    ),
    [['Queremos reabrir o porto em maio', 'Tomas Lee']],
  );
});

test('a clause that opens with a conjunction and a verb with no subject goes on from the speaker before it ("E complementou:")', () => {
  assert.deepEqual(
    speakers(
      'O ministro Tomas Lee visitou o porto de Varnel na segunda-feira. E complementou: “O porto vai reabrir em maio.”',
    ),
    [['O porto vai reabrir em maio.', 'Tomas Lee']],
  );
});

test('a noun of office as the speaker is the person named earlier with that noun ("O presidente lembrou que “…”")', () => {
  assert.deepEqual(
    speakers(
      'O presidente Dara Sok recebeu o ministro Tomas Lee em Varnel. O presidente lembrou que “o porto vai reabrir em maio”.',
    ),
    [['o porto vai reabrir em maio', 'Dara Sok']],
  );
});

test('a noun of office with an adjective goes to the holder named with a word of its stem ("el mandatario varnelio")', () => {
  assert.deepEqual(
    speakers(
      'El presidente de Varnelia, Dara Sok, recibió al canciller Tomas Lee en el palacio. “El puerto reabrirá en mayo”, dijo el mandatario varnelio.',
    ),
    [['El puerto reabrirá en mayo', 'Dara Sok']],
  );
});

test('the one person named at the end of a clause after a phrase of occasion is its subject ("dijo en un discurso el presidente, X")', () => {
  assert.deepEqual(
    speakers(
      'Los cancilleres se reunieron en Varnel. “El puerto reabrirá en mayo”, dijo en un discurso el presidente varnelio, Dara Sok.',
    ),
    [['El puerto reabrirá en mayo', 'Dara Sok']],
  );
});

test('an English clause with a named subject after the verb keeps it; a verb with an unnamed subject names no one', () => {
  assert.deepEqual(speakers('Minister Tomas Lee visited Varnel. “The port will reopen,” said an aide at the port.'), [
    ['The port will reopen,', null],
  ]);
  assert.deepEqual(
    speakers(
      'Minister Tomas Lee visited Varnel. “The port will reopen,” said officials after talks with President Dara Sok.',
    ),
    [['The port will reopen,', null]],
  );
});
