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
  [
    'not.abstract-noun',
    'The summit was held under the motto of Mutually Accelerated Growth.',
    'Mutually Accelerated Growth',
  ],
  ['not.abstract-noun', 'Our Diplomatic Missions have a pivotal role in trade.', 'Diplomatic Missions'],
  ['not.plural-title-headline', 'Northern and Southern Negotiators Meet in Geneva', 'Meet'],
  ['not.institution', 'The talks were held at Varnel Air Force Base on Monday.', 'Varnel'],
  ['not.institution', 'Delegates met at Orhan Sultan Tarvel University.', 'Tarvel'],
  ['not.institution', 'Both backed the Global Tamsin Pledge again.', 'Tamsin Pledge'],
  ['not.named-thing', 'The gift of giant pandas Lin Bao and Mei Tao was welcomed.', 'Mei Tao'],
  ['not.institution', 'The Tavo Merrin Society has been a voice for years.', 'Tavo Merrin Society'],
  ['not.institution', 'The plan is in the Defence White Paper of this year.', 'White Paper'],
  ['not.named-thing', 'Troops took part in Operation Varnel last year.', 'Operation Varnel'],
  ['not.named-thing', 'She wrote for the journal Quiet Harbor last year.', 'Quiet Harbor'],
  ['not.place-of', 'Officials in the lakeside city of Varnel also confirmed the plan.', 'Varnel'],
  ['not.headline-verb', 'Karvian Foreign Minister Holds Bilateral Talks On Sidelines Of Forum', 'Holds'],
  ['not.abstract-noun', 'Leaders attended the Replenishment Summit in Varnel.', 'Replenishment'],
  ['not.place-or-body', 'Army chief admits Gaza losses higher than thought.', 'Gaza'],
  ['not.place-or-body', 'Minister Ana Ruiz told MPs the plan was lawful.', 'MPs'],
  ['not.title-of', 'The Governor of Varnel has emphasized the value of the port.', 'Varnel'],
  ['not.reporting-outlet', 'Ties between the two states are strong, Varnel Eye reported.', 'Varnel Eye'],
  ['not.org-name', 'Russian state news agency RIA Novosti reported that talks went well.', 'Novosti'],
  ['not.common-word', 'Karvian Chief Calls for Unity at Summit', 'Calls'],
  ['not.common-word', 'It is the Karvel Defence Ministers Plus, they said.', 'Plus'],
  ['person.title', 'Karvian envoy Tavo Merrin said talks went well.', 'Tavo Merrin'],
  ['person.title.abbreviated', 'Gen. Ruiz arrived.', 'Ruiz'],
  ['not.after-article', 'The Observatory said the blasts were large.', 'Observatory'],
  ['not.after-article', 'Delegates stayed at the Tavo Merrin on the coast.', 'Tavo Merrin'],
  ['not.after-article', 'Los países discuten la soberanía de la Isla Conejo en la cumbre.', 'Isla Conejo'],
  ['not.article-led', 'El Mercosur también rechazó la presión.', 'El Mercosur'],
  ['person.speaker', 'Merrin, in an interview with a broadcaster, also said the port would reopen.', 'Merrin'],
  ['person.speaker.after-verb', '“We are ready,” said Merrin.', 'Merrin'],
  ['person.apposition', 'Tavo Merrin, the director of the trade office, arrived.', 'Tavo Merrin'],
  ['person.apposition.after-title', "The country's top diplomat, Tavo Merrin, arrived.", 'Tavo Merrin'],
  ['not.inside-proper-phrase', 'They revived a Karvel Joint Harbor Plan on trade.', 'Karvel Joint Harbor'],
  ['not.dateline-place', 'Sol Varnel, Peru', 'Sol Varnel'],
  ['not.quoted-phrase', 'In our language we say “Karu Velan,” respect the sea.', 'Karu Velan'],
  ['person.name', 'Maria Kovac arrived at the port.', 'Maria Kovac'],
  ['not.noun-modifier', 'Families fled to a Varnel Tor refugee camp overnight.', 'Varnel Tor'],
  ['not.noun-modifier', 'Koh Tavel sovereignty is clear-cut, the minister said', 'Koh Tavel'],
  ['person.proper-run', 'A Tavo Merrin visit to Karvel was put off.', 'Tavo Merrin'],
  ['person.proper-run', 'Selain itu, Tavo Merrin hadir.', 'Tavo Merrin'],
  ['person.proper-run', 'Tavo Merrin: ‘Difficult to say’ the port will reopen', 'Tavo Merrin'],
  ['person.proper-run', 'The minister spoke with Tavo Merrin on Monday.', 'Tavo Merrin'],
  ['person.proper-run', 'My name is Tavo Merrin from the Karvel National Broadcasting Corporation.', 'Tavo Merrin'],
  ['person.surname', 'Ruiz arrived.', 'Ruiz'],
  ['person.surname.attributive', 'Trade grew under the Merrin administration.', 'Merrin'],
  ['person.known-as', 'Crowds in Varnel cheered Jokowi on Monday.', 'Jokowi'],
  ['person.known-surname', "The goals of Biden's trip were discussed.", 'Biden'],
  ['person.vocative', 'Martha, because the talks are at another stage.', 'Martha'],
  ['person.vocative', 'Well generally Oscar, the talks went well.', 'Oscar'],
  ['person.vocative', 'I have not seen all of that Helen.', 'Helen'],
  ['person.vocative', 'In what sense, Sarah?', 'Sarah'],
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

for (const [sentence, name] of <[string, string][]>[
  ['The ship was named for Helen.', 'Helen'],
  ['Delegates flew on to Jordan.', 'Jordan'],
  ['In June, the talks resumed.', 'June'],
]) {
  test(`PERSON_EVIDENCE: "${name}" in "${sentence}" is no one spoken to`, () => {
    const s = readDocument(sentence).sentences[0]!;
    const run = findRuns(s.tokens).find((r) => r.name === name);
    assert.notEqual(run && personEvidenceRow(s.tokens, run)?.id, 'person.vocative');
  });
}

test('every row of PERSON_EVIDENCE has a test row, and no two rows share an id', () => {
  const ids = PERSON_EVIDENCE.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.deepEqual([...new Set(evidenceRows.map((r) => r[0]))].sort(), [...ids].sort());
});

test('the vetoes leave a person beside a thing a person', () => {
  // a person before an institution's name that is a name of its own: the lookahead stops at a name
  const s = readDocument('President Tavo Merrin visited Karvel University.').sentences[0]!;
  const run = findRuns(s.tokens).find((r) => r.name === 'Tavo Merrin');
  assert.equal(personEvidenceRow(s.tokens, run!)?.id, 'person.title');
});

test('PERSON_EVIDENCE: two capitalised words alone in a headline (no closing mark) are no person', () => {
  const s = readDocument('Tchogha Varnel upgrades protection: monitoring guards the site').sentences[0]!;
  const run = findRuns(s.tokens).find((r) => r.name === 'Tchogha Varnel');
  assert.equal(personEvidenceRow(s.tokens, run!)?.id, undefined);
});

test('PERSON_EVIDENCE: a style that takes "the" ("the Dalai Lama") is still a person', () => {
  const s = readDocument('The Dalai Lama said the talks went well.').sentences[0]!;
  const run = findRuns(s.tokens).find((r) => r.name === 'Dalai Lama');
  assert.equal(personEvidenceRow(s.tokens, run!)?.id, 'person.speaker');
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
    'byline',
    'Foreign Minister Ana Ruiz said the port would reopen.\n\n(Additional reporting by Lia Matos, Rui Barros, Omar Hakim, Ivo Kral and Tomas Berg in Lima; Writing by Dara Voss; Editing by Otto Brandt and Kofi Mensah)',
    'Omar Hakim',
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
  [
    'metadata-field',
    'title: "Ruiz reopens the port"\nauthor: Dara Voss and Tavo Merrin\n\nForeign Minister Ana Ruiz said the port would reopen.',
    'Dara Voss',
    'Ana Ruiz',
  ],
  [
    'slash-credit',
    'Foreign Minister Ana Ruiz said the port would reopen.\n\nThe ministers at the port. (KP/Dara Voss)',
    'Dara Voss',
    'Ana Ruiz',
  ],
  [
    'name-slash-agency',
    'Foreign Minister Ana Ruiz said the port would reopen.\n\nThe ministers at the port | Dara Voss/Karvo Photo/AFP via Getty Images',
    'Dara Voss',
    'Ana Ruiz',
  ],
  [
    'name-slash-agency',
    'Foreign Minister Ana Ruiz said the port would reopen.\n\nMinister Ana Ruiz is received at the airport. Dara Voss / Presidential Court',
    'Dara Voss',
    'Ana Ruiz',
  ],
  [
    'thanks-credit',
    'Foreign Minister Ana Ruiz said the port would reopen. Thanks to __Dara Voss__ for the music on our podcasts.',
    'Dara Voss',
    'Ana Ruiz',
  ],
  ['publisher', 'Foreign Minister Ana Ruiz wrote The Long Road. Published by Dara Voss, £20.', 'Dara Voss', 'Ana Ruiz'],
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

test('name runs: a middle initial joins the name, contractions and run-together words are none', () => {
  const runs = (t: string) => findRuns(readDocument(t).sentences[0]!.tokens).map((r) => r.name);
  assert.deepEqual(runs('President Tavo R. Merrin Jr. met Dara L. Voss.'), ['Tavo R. Merrin Jr.', 'Dara L. Voss']);
  assert.deepEqual(runs('He’d say it and I’ve seen it.'), []);
  assert.deepEqual(runs('She heads the Commission.Karvel rejected it.'), []);
});

test('interjections of a transcript and forms of address are no part of a name', () => {
  assert.deepEqual(
    people('Q Good afternoon, Minister Ruiz.\nTAVO MERRIN: Thanks Dara. Well, Your Excellency, we agree.'),
    ['Minister Ruiz'],
  );
  assert.deepEqual(people('REPORTER: This question is to you Bapak Dara Voss, the minister.'), ['Dara Voss']);
});

test('an interjection and its comma before a title are no part of the title or the alias', () => {
  const x = extract(
    article('TAVO MERRIN: Welcome, Chancellor Dara Voss of Karvel.\nDARA VOSS: Thank you.', '2025-03-14'),
  );
  const voss = x.people.find((p) => p.name === 'Dara Voss');
  assert.ok(voss);
  assert.ok(!voss.aliases.some((a) => /welcome/i.test(a)), voss.aliases.join(' / '));
  assert.deepEqual(voss.roles, ['Chancellor']);
  // a comma inside an office's words stays in the title
  const y = extract(article('The Commissioner for Trade, Industry and Mining Tavo Merrin spoke.', '2025-03-14'));
  assert.deepEqual(y.people.find((p) => p.name === 'Tavo Merrin')?.roles, [
    'Commissioner for Trade, Industry and Mining',
  ]);
});

test('a plural title opens a list whose names each have their country: "Presidents A of X, B of Y and C of Z"', () => {
  assert.deepEqual(
    people('Presidents Tavo Merrin of Chile, Dara Voss of Peru and Ivo Kral of Bolivia arrived in Lima.'),
    ['Dara Voss', 'Ivo Kral', 'Tavo Merrin'],
  );
  // no list after the plural title: still no person
  assert.deepEqual(people('Northern and Southern Negotiators Meet in Geneva'), []);
});

test('"the Hon", "Hon." are forms of address: no part of the name', () => {
  assert.deepEqual(people('He called on the Prime Minister, the Hon Dara Voss, and on Hon. Ivo Kral.'), [
    'Dara Voss',
    'Ivo Kral',
  ]);
});

test('name runs: capitalised particles are no name words, a common word after a particle is a name, "Sen" ends one', () => {
  const runs = (t: string) => findRuns(readDocument(t).sentences[0]!.tokens).map((r) => r.name);
  assert.deepEqual(runs('The Karvian emir, Tamim Al Hadi Al Varnel, arrived.'), ['Karvian', 'Tamim Al Hadi Al Varnel']);
  assert.deepEqual(runs('The ruler Tavo bin Said and Dara bin Hadi Al Said will not attend.'), [
    'Tavo bin Said',
    'Dara bin Hadi Al Said',
  ]);
  assert.deepEqual(runs('Prime Minister Kem Sen said it.'), ['Kem Sen']);
  // with its period, or before a name, the abbreviation is the senator's title
  assert.deepEqual(runs('Sen. Tavo Merrin and Sen Dara Voss spoke.'), ['Tavo Merrin', 'Dara Voss']);
});

test('one person: names of lineage that differ in length, a surname without its hyphenated particle', () => {
  assert.deepEqual(
    people(
      'Sheikh Tamim bin Hadi al-Varnel met the envoy. Tamim bin Hadi bin Sultan Al Varnel said the talks went well. ' +
        'Foreign Minister Dara al-Quell said Quell would travel. Crown Prince Amir bin Tavo Al Rasi arrived; Amir bin Tavo said so.',
    ),
    ['Amir bin Tavo Al Rasi', 'Dara al-Quell', 'Tamim bin Hadi bin Sultan Al Varnel'],
  );
});

test('a title that is also a given name: "His Highness the Amir Sheikh X", "the Amir" are the title; "Amir X" is a name', () => {
  assert.deepEqual(
    people(
      'His Highness the Amir Sheikh Tavo Al-Rasi received Minister Dara Quell. The Amir said the talks went well. ' +
        'Deputy Amir Vell Ohanu also attended.',
    ),
    ['Dara Quell', 'Tavo Al-Rasi', 'Vell Ohanu'],
  );
  assert.deepEqual(people('Minister Amir Quell met Amir Tavo Varnel in Lima.'), ['Amir Quell', 'Amir Tavo Varnel']);
});

test('the forms of address around a role are no part of it: "His Highness the Crown Prince Sheikh X" is Crown Prince', () => {
  const roles = (text: string) =>
    Object.fromEntries(extract(article(text, '2024-03-14')).people.map((p) => [p.name, p.roles]));
  assert.deepEqual(
    roles(
      'His Highness the Crown Prince Sheikh Tavo Al-Rasi received His Excellency the Prime Minister Dara Quell in Lima.',
    ),
    { 'Tavo Al-Rasi': ['Crown Prince'], 'Dara Quell': ['Prime Minister'] },
  );
});

test('"A & B" is "A and B"; a possessive after a hyphenated particle keeps the name; "segundo A" is no name', () => {
  assert.deepEqual(people('The ceremony was attended by President Tavo Merrin & Prime Minister Dara Quell.'), [
    'Dara Quell',
    'Tavo Merrin',
  ]);
  assert.deepEqual(people('President Omar al-Varnel’s government said so.'), ['Omar al-Varnel']);
  assert.deepEqual(people('Segundo Tavo Merrin, a reunião foi boa.'), ['Tavo Merrin']);
});
