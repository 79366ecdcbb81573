// Error classes of people found on whole real pages (issue 9, round nine), each as invented sentences: one
// person written two ways is one person, and words of institutions, places, other languages, page furniture and
// credits are no person. All names and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { article } from '../../../support/articles.js';

const people = (text: string) =>
  extract(article(text, '2024-03-14'))
    .people.map((p) => p.name)
    .sort();

/** [class, report text, the people it names (sorted)] */
const rows: [string, string, string[]][] = [
  [
    'a middle name left out is the same person',
    'President Tavo Quintel Merrin arrived in Varnel. President Tavo Merrin said the port would reopen.',
    ['Tavo Quintel Merrin'],
  ],
  [
    'a hyphen written as a space is the same person',
    'Foreign Minister Ra Song-jin arrived in Varnel. Foreign Minister Ra Song Jin said the port would reopen.',
    ['Ra Song Jin'],
  ],
  [
    'a doubled letter is the same person',
    'President Kasym-Tavo Merrin arrived in Varnel. President Kassym-Tavo Merrin said the port would reopen.',
    ['Kasym-Tavo Merrin'],
  ],
  [
    'one vowel for another inside a word is the same person',
    'Foreign Minister Shah Mehrood Quellani arrived. Foreign Minister Shah Mahrood Quellani said it went well.',
    ['Shah Mehrood Quellani'],
  ],
  [
    'a vowel put beside another is the same person',
    'Minister Michel Tavo Quellan arrived. Minister Michael Tavo Quellan said it went well.',
    ['Michel Tavo Quellan'],
  ],
  [
    'a short given name with another vowel is another person',
    'Minister Jean Quellan arrived. Minister Joan Quellan said it went well.',
    ['Jean Quellan', 'Joan Quellan'],
  ],
  [
    'a given name that differs by its last vowel is another person',
    'President Mario Quellani arrived. Minister Maria Quellani said it went well.',
    ['Maria Quellani', 'Mario Quellani'],
  ],
  [
    'a name of lineage cut after its first names is the same person',
    'Crown Prince Tavo Al-Quell Al-Merrin Al-Varel arrived in Varnel. Crown Prince Tavo Al-Quell said the port would reopen.',
    ['Tavo Al-Quell Al-Merrin Al-Varel'],
  ],
  [
    'a father is no middle name left out: the son is another person',
    'President Tavo Merrin arrived. President Tavo R. Merrin Jr. said it went well.',
    ['Tavo Merrin', 'Tavo R. Merrin Jr.'],
  ],
  [
    'a judge\'s title before a name; a family name that is also an English word ("He") after a title opens the name',
    'Justice He Quanrong and Justice Tavo Merrin met Chief Justice Ana Ruiz, a Grand Justice of the Second Rank.',
    ['Ana Ruiz', 'He Quanrong', 'Tavo Merrin'],
  ],
  [
    '"VP" is the title of a vice president, no word of the name',
    'First VP Ana Ruiz shares a post. The port will reopen, Ana Ruiz said.',
    ['Ana Ruiz'],
  ],
  [
    'names of peoples and faiths are no person',
    'Varnel Kurds say camps will close\nWill Arab states push back on the plan?\nTavo Merrin said the Islamic party won.',
    ['Tavo Merrin'],
  ],
  [
    'a conjunction of one letter before a speech verb is no person',
    'E complementou: "O porto vai abrir." Y agregó: "Hay que seguir." President Tavo Merrin hailed the deal.',
    ['Tavo Merrin'],
  ],
  [
    'institutions named in Portuguese and Spanish are no people',
    'O ministro Tavo Merrin disse que a Câmara de Comércio e a União Europeia apoiam. Os Estados Unidos e as Naciones Unidas também.',
    ['Tavo Merrin'],
  ],
  [
    'institutions and places named in Indonesian are no people',
    'President Tavo Merrin tiba di Bandara Tentera Udara Diraja. Menteri Pertahanan dan Kepala Negara hadir di Konferensi Tingkat Tinggi.',
    ['Tavo Merrin'],
  ],
  [
    'a function word of another language opening a sentence is no person',
    'Ele disse que o porto vai abrir. Selain itu, Tavo Merrin hadir.',
    ['Tavo Merrin'],
  ],
  [
    'a possessive written without its apostrophe is the same person, printed without the "s"',
    'Jared Quellans whistle-stop visit to Varnel\nJared Quellan met the minister. Jared Quellan said it went well.',
    ['Jared Quellan'],
  ],
  [
    'a profession or an office word before a name is a title, not a given name',
    'Varnel Daily Editor Ana Quell said so. Bank deputy CEO Lin Marou and the head of the Federation of Varnel Industries Tavo Merrin attended.',
    ['Ana Quell', 'Lin Marou', 'Tavo Merrin'],
  ],
  [
    'a word of a place name alone after a title and before a name is a given name',
    'Latin America Editor Lucia Quell, reporting from Varnel, said the port would reopen.',
    ['Lucia Quell'],
  ],
  [
    "words of faith and of a cable's classification are no names",
    'Secret Immediate\nFrom the embassy. Minister Tavo Merrin said: "From a proud Jewish Zionist to a proud Muslim, I thank you."',
    ['Tavo Merrin'],
  ],
  [
    'names in another script than Latin are not read (a page that repeats its report in Cyrillic or Armenian)',
    'President Tavo Merrin met Crown Prince Tupouʻa ʻUlukava. Президент Тавo Меррін зустрівся з Послом Ганною Квел. Պետրոս Մերին ասաց.',
    ['Tavo Merrin', 'Tupouʻa ʻUlukava'],
  ],
  [
    "a monarch's number ends a given name after a title; a hyphenated vice premier and a counselor are titles",
    'The forum had the support of King Tavo II of Varnel. Counselor Ahmed Quell, the spokesman, said so. It is chaired by Vice-Premier Lin Marou.',
    ['Ahmed Quell', 'Lin Marou', 'Tavo II'],
  ],
  [
    'a dinner, a session, a roundtable, a fleet or a market is no person',
    'I attended the Varnel Leadership Gala Dinner. Chief Justices co-chair a Legal and Judicial Roundtable. Tavo Merrin, former head of the Karvel Fleet, opened the Ordinary Session. Tavo Merrin praised the Varnel Single Market.',
    ['Tavo Merrin'],
  ],
  [
    'a name a veto speaks against stays none in a list of people',
    'Among them were meetings with Tavo Merrin of the Karvel Orthodox Church Tavel Patriarchate, Ana Ruiz of the Varnel Church, and Oskar Vell.',
    ['Ana Ruiz', 'Oskar Vell', 'Tavo Merrin'],
  ],
  [
    'French forms of address and "Roi" are no part of a name; a king\'s number ends it',
    'Le ministre a transmis à Son Altesse les salutations de Sa Majesté le Roi Tavo VI.',
    ['Tavo VI'],
  ],
];

for (const [name, text, expected] of rows) test(name, () => assert.deepEqual(people(text), expected));
