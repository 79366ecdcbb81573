// Table tests for people recognition and quote attribution: names in lists without titles, plural
// titles, a word of address inside a name, bylines and picture credits, capitalised words of office
// and programme names. All sentences and people are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';
import type { Extraction } from '../../../src/model.js';
import { article } from '../../support/articles.js';

const run = (text: string) => extract(article(text, '2024-03-14'));
const names = (x: Extraction) => x.people.map((p) => p.name).sort();
const speakerOf = (x: Extraction, start: string) => {
  const q = x.quotes.find((q) => q.text.startsWith(start));
  assert.ok(q, `no quote starting "${start}"`);
  return q.speaker === null ? null : (x.people.find((p) => p.id === q.speaker)?.name ?? q.speaker);
};

// ---------------------------------------------------------------- people
const peopleTable: [string, string, string[]][] = [
  [
    'a list of names without titles in a long sentence full of capitals is still people',
    'Tarvo hosted his counterparts from Norway, Denmark, Poland and Iceland – Arne Dahlberg, Mette Rask, Piotr Nowel and Jon Eiriksson – for a one-day meeting at the Seaside Conference Hotel. Defence Minister Kalle Tarvo said it went well.',
    ['Arne Dahlberg', 'Jon Eiriksson', 'Kalle Tarvo', 'Mette Rask', 'Piotr Nowel'],
  ],
  [
    'a plural title before a list names each person, also with a long name',
    'The visit follows the first encounter between Presidents Paulo Henrique Ramos da Costa and Javier Montero, who shook hands at a summit last year.',
    ['Javier Montero', 'Paulo Henrique Ramos da Costa'],
  ],
  [
    'a plural title in a title-case headline does not make the next word a person',
    'Northern and Southern Negotiators Meet in Geneva\n\nEnvoy Lars Holm said the talks would resume.',
    ['Lars Holm'],
  ],
  [
    'a word of address between a given name and a surname stays inside the name, and the shorter form links to it',
    "President Ruto hosted Somalia's President Omar Sheikh Abdirahman for talks. Mr Abdirahman said the talks were useful. He and President Omar Sheikh signed the accord last year.",
    ['Omar Sheikh Abdirahman', 'President Ruto'],
  ],
  [
    'a byline line of names alone and a date line are no people of the report',
    'Ministers agree on grain corridor\n\nMaris Kalnina, Tomas Berzins\n14.03.2024 10:12\n\nForeign Minister Ilze Ozola said the corridor would open in May.',
    ['Ilze Ozola'],
  ],
  [
    'a "date | time | author | site" line names the writer, not a person',
    '03/14/2024 | 10:27 | Rosa Elena Marquez Vidal | Coastline Daily\n\nInterior Secretary Luis Barrera said shelters were full.',
    ['Luis Barrera'],
  ],
  [
    'a picture credit in parentheses closing a caption is no person',
    "Prime Minister Anna Koro greets Samoa's Prime Minister Tui Lemalu in Apia. (Island News: Ben Tavita)\n\nThe two leaders talked for an hour.",
    ['Anna Koro', 'Tui Lemalu'],
  ],
  [
    'a correspondent who reports from the scene signs the report',
    'ASTANA – Steppe News correspondent Dana Serikova reports from the summit.\n\nPresident Arman Bekov said the corridor was ready.',
    ['Arman Bekov'],
  ],
  [
    'words of an office name ("Hemisphere", "Process") are not a person before the holder\'s name',
    'Deputy Secretary for Western Hemisphere Affairs Mark Halden met UN Special Coordinator for the Middle East Peace Process Ingrid Falk-Moen in Cairo.',
    ['Ingrid Falk-Moen', 'Mark Halden'],
  ],
  [
    'a programme name before a lower-case "mission" and a group of states are no people',
    "Minister Per Lund said the alliance's Northern Watch mission needed to be permanent. Aid will go to the Coastal states, Lund said.",
    ['Per Lund'],
  ],
  [
    'a compound surname used without the given name is the same person, not a second one',
    'Undersecretary Luisa Ramirez Olvera met Assistant Secretary Tom Greer. "We need to know who is coming," Ramirez Olvera told reporters.',
    ['Luisa Ramirez Olvera', 'Tom Greer'],
  ],
  [
    'the second of two places after "in … and" is a place, and a treaty\'s name after "on" is no person',
    'Interior Secretary Luis Barrera warned that shelters in Lima and Villa Serena were full. The leaders signed a Treaty on Lasting Friendship, Barrera said.',
    ['Luis Barrera'],
  ],
  [
    'a caption list: names next to names with evidence are people along the whole list',
    'From left: Arne Dahlberg, Mette Rask, Jon Eiriksson, Kalle Tarvo and Piotr Nowel before the Meeting in Bergen.',
    ['Arne Dahlberg', 'Jon Eiriksson', 'Kalle Tarvo', 'Mette Rask', 'Piotr Nowel'],
  ],
  [
    'a plural title before names of one word each names all of them',
    'Presidents Ramos, Montero and Vidal met in Quito on Friday.',
    ['Montero', 'Ramos', 'Vidal'],
  ],
  [
    'a peerage style or a military rank is a title: the person is named without it, and its short form is the same person',
    'Foreign Minister Ana Vel received a call from Lord Tomas Brandt, Secretary of State for Foreign Affairs. She invited Lord Brandt to visit. Commodore Ivo Karan said Commodore Karan would attend, as would Field Marshal Oskar Lind.',
    ['Ana Vel', 'Ivo Karan', 'Oskar Lind', 'Tomas Brandt'],
  ],
  [
    'a sentence-opening conjunction, a degree and a plural group noun are no part of a name',
    '“Either Vel doesn’t control the police or he approves,” said Maria Sol. Prime Minister Abel Ortu (PhD) met Ana Vel. Many Corran Islanders and Shia Muslims were present. Unlike Ortu, Vel spoke. Reportedly Sol agreed.',
    ['Abel Ortu', 'Ana Vel', 'Maria Sol'],
  ],
];

peopleTable.push([
  'a glottal stop (ʻokina, a modifier letter) opening a name word stays in the name',
  'The meeting was chaired by Crown Prince Sione ʻAkauʻola, who said the region must stand together.',
  ['Sione ʻAkauʻola'],
]);

for (const [what, text, want] of peopleTable) {
  test(`people: ${what}`, () => {
    assert.deepEqual(names(run(text)), want);
  });
}

// ---------------------------------------------------------------- quotes
test('quotes: a surname with a country possessive after a list speaks the quotation', () => {
  const x = run(
    'Tarvo hosted his counterparts from Norway, Denmark, Poland and Iceland – Arne Dahlberg, Mette Rask, Piotr Nowel and Jon Eiriksson – for a one-day meeting at the Seaside Conference Hotel.\n\nIceland\'s Eiriksson focused on the sea. He said the Northern Watch mission had to stay. "The sea is our shared yard," he said.',
  );
  assert.equal(speakerOf(x, 'The sea is our shared yard'), 'Jon Eiriksson');
});

test('quotes: the holder of a long office title speaks, not a word of the title', () => {
  const x = run(
    'UN Special Coordinator for the Middle East Peace Process Ingrid Falk-Moen warned that the situation had reached "a breaking point."',
  );
  assert.equal(speakerOf(x, 'a breaking point'), 'Ingrid Falk-Moen');
});

test('quotes: a surname two people share is the one the report names more, not the relative named last', () => {
  const x = run(
    'President Tomas Okafor arrived in Accra on Monday. Okafor met the speaker of parliament. Okafor later toured the port, and first lady Ada Okafor visited a school. "Our nations share one ocean," Okafor said.',
  );
  assert.equal(speakerOf(x, 'Our nations share one ocean'), 'Tomas Okafor');
});

const quoteTable: [string, string, string, string | null][] = [
  [
    'an infinitive after the subject ("to raise") is no reporting verb; the subject who called and warned speaks',
    'Defence Minister Rasa Valaite met Minister Karl Oja. Valaite, who has been defence minister since May, called for governments to raise spending and warned that "the window will not stay open."',
    'the window will not stay open',
    'Rasa Valaite',
  ],
  [
    'a joint subject inside what someone recalls: the one who recalls speaks',
    'President Ana Ruiz met President Tom Hale in May. Ruiz recalled that she and President Tom Hale agreed on the need for "orderly" trade when they met.',
    'orderly',
    'Ana Ruiz',
  ],
  [
    '"according to a statement by spokesman X" after the quotation names X',
    'Foreign Minister Omar Fadel met Prime Minister Ali Saad in Cairo. The two ministers stressed "the need for a lasting ceasefire" and aid deliveries, according to a statement by foreign ministry spokesman Karim Nabil.',
    'the need for a lasting ceasefire',
    'Karim Nabil',
  ],
  [
    '", the ministry said, adding that …" is the ministry\'s wording, no person\'s',
    'Foreign Minister Omar Fadel spoke by phone with Envoy Steve Marsh on Saturday, the ministry said, adding that the two discussed "ways to close the gaps" in the talks.',
    'ways to close the gaps',
    null,
  ],
  [
    'an unnamed official "familiar with the talks" is the source, not the minister named before',
    'Foreign Minister Omar Fadel met Prime Minister Ali Saad in Cairo. "The gaps are narrower than a month ago," an Egyptian official familiar with the talks told Nile Daily. "Withdrawal is still the main obstacle."',
    'Withdrawal is still the main obstacle',
    null,
  ],
  [
    '"the envoy said" after a sentence about one diplomat is that diplomat, not the most senior one of the report',
    'Foreign policy chief Marta Lind met both sides in 2023. EU Special Representative Peter Holm hosted the talks on Wednesday. Holm, a Danish diplomat, was cautious. "I did not expect miracles," the envoy said.',
    'I did not expect miracles',
    'Peter Holm',
  ],
  [
    'a demonym of the Central Asian republics ("Kazakh") finds the president by his title',
    'Kazakh President Nurlan Temirov met Chinese President Wei Zhen in Astana. The Kazakh President described relations with China as "at their highest level."',
    'at their highest level',
    'Nurlan Temirov',
  ],
  [
    '"the envoy" after a sentence naming a deputy special coordinator is that coordinator, not a minister named earlier',
    'Prime Minister Sheikh Ali bin Saad met Foreign Minister Omar Fadel in Cairo. UN Deputy Special Coordinator Ingrid Falk-Moen warned that the situation was grave. "Every day without a ceasefire is measured in lives," the envoy told reporters.',
    'Every day without a ceasefire',
    'Ingrid Falk-Moen',
  ],
  [
    '"he said" right after a sentence whose subject is an unnamed source is that source, not the leader of the report',
    'President Wei Zhen met President Nurlan Temirov in Astana. A member of one of the delegations, who was not authorised to speak, told the agency that the railway dominated the session. "Everyone wanted to talk about the train," he said.',
    'Everyone wanted to talk about the train',
    null,
  ],
];

for (const [what, text, start, want] of quoteTable) {
  test(`quotes: ${what}`, () => {
    assert.equal(speakerOf(run(text), start), want);
  });
}
