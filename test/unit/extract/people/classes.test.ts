// Error classes of people found on real reports (session 3), each as invented sentences: the people the
// report names, and words that must not become a person. All names and sentences are invented.
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
    'a given name alone spoken to in a reply is a person',
    'Q: What of the port?\nMINISTER: Martha, because the talks are at another stage.\nMODERATOR: Oscar?',
    ['Martha', 'Oscar'],
  ],
  [
    'an office word of defence buying ends a title: the name after it is the person',
    'Minister for Defence Materiel Tavo Merrin said the contract was signed.',
    ['Tavo Merrin'],
  ],
  [
    'the fields of a portfolio end a title: "Minister for Science and Research A", "Minister for Culture, Community and Youth, and Second Minister for Law, Mr B"',
    'Minister for Science and Research Tavo Merrin met Minister for Culture, Community and Youth, and Second Minister for Law, Mr Oskar Vell.',
    ['Oskar Vell', 'Tavo Merrin'],
  ],
  [
    'after "TITLE of", a run of three words is a place and a name: "Mayor of Varnel Wang Lixin"; hyphenated offices are titles',
    "Mayor of Varnel Wang Lixin met Inspector-General Gong Dao'an and Attorney-General Tavo Merrin.",
    ["Gong Dao'an", 'Tavo Merrin', 'Wang Lixin'],
  ],
  [
    'a person named only with a title before the surname is printed as the report writes it',
    'President Merrin arrived in Varnel. President Merrin said the port would reopen.',
    ['President Merrin'],
  ],
  [
    'a form of address before the surname alone stays in the printed name',
    'Mr Quell said the talks went well.',
    ['Mr Quell'],
  ],
  [
    'a person registered under the surname takes the one longer name the report gives',
    'Merrin said the port would reopen. Officials later thanked Tavo Merrin for the visit.',
    ['Tavo Merrin'],
  ],
  [
    'an auxiliary opening a question is no given name',
    'Merrin said the port would reopen. Did Merrin agree to the plan?',
    ['Merrin'],
  ],
  [
    'a plural title is no form of one person',
    'Presidents Merrin and Ruiz met in Varnel on Monday.',
    ['Merrin', 'Ruiz'],
  ],
  [
    'a given name and first surname is the person named with both surnames, printed without the second',
    'President Tavo Merrin Ruiz arrived in Varnel. Tavo Merrin said the port would reopen.',
    ['Tavo Merrin'],
  ],
  [
    "a public figure's short name is the person of the full name, printed under the full name",
    'President Joko Widodo arrived in Varnel. Jokowi said the port would reopen.',
    ['Joko Widodo'],
  ],
  [
    "a public figure's short name alone is printed under the full name it stands for",
    'Crowds in Varnel cheered Bibi on Monday.',
    ['Benjamin Netanyahu'],
  ],
  [
    'a stray letter before a headline word opens no name',
    'Ï Consultative meeting of regional leaders opens in Varnel\n\nPresident Tavo Merrin arrived in Varnel on Monday.',
    ['Tavo Merrin'],
  ],
  [
    'an abbreviated military rank before a name is a title',
    'Cabinet Secretary Maj. Tavo Merrin Voss accompanied President Ana Ruiz.',
    ['Ana Ruiz', 'Tavo Merrin Voss'],
  ],
  [
    'a form of address of a royal house is no name',
    'He called on Sultan Hamid Varel and Pengiran Muda Tavo Varel in Varnel.',
    ['Hamid Varel', 'Tavo Varel'],
  ],
  [
    'an office word ends a title: the word after it is no name',
    "Karvel's Minister for Public Works and Transport, Tavo Merrin, arrived on Monday.",
    ['Tavo Merrin'],
  ],
  [
    'the words of an agency or a directorate are no name',
    'The Karvel Communications Directorate said the Head of the International Atomic Energy Agency Ana Ruiz would visit.',
    ['Ana Ruiz'],
  ],
  [
    'a capitalised naming noun opens the name of an operation',
    'Minister Ana Ruiz spoke of Operation Silent Harbor and the Freedom Flotilla on Monday.',
    ['Ana Ruiz'],
  ],
  [
    'a run ending in a noun of an idea names a thing',
    'Minister Ana Ruiz backed the Plan to End Ethnic Discrimination and the Coastal Settlement.',
    ['Ana Ruiz'],
  ],
  [
    'a two-word country name without its hyphen is a place',
    'President Ana Ruiz met the Prime Minister of Timor Leste, Tavo Merrin, in Dili.',
    ['Ana Ruiz', 'Tavo Merrin'],
  ],
  [
    'a name after a particle of lineage is the father, another person',
    'King Hamid will not attend, the minister said. Crown Prince Tavo bin Hamid will lead the delegation. King Hamid bin Saud sent a letter.',
    ['Hamid bin Saud', 'Tavo bin Hamid'],
  ],
  [
    'a middle initial does not split one person, nor rename him',
    'President Bill Merrin arrived in Varnel. President William T. Merrin met Ana Ruiz on Monday.',
    ['Ana Ruiz', 'Bill Merrin'],
  ],
  [
    'a surname registered first is the full name with a generational suffix',
    'President Merrin arrived in Varnel. President Tavo R. Merrin Jr. met Ana Ruiz on Monday.',
    ['Ana Ruiz', 'Tavo R. Merrin Jr.'],
  ],
  [
    'a nickname in quotation marks inside a name is neither a person nor part of the name',
    'President Tavo “Bongo” Merrin Jr. met Ana "Lulu" Ruiz on Monday. Merrin called it "Historic" later.',
    ['Ana Ruiz', 'Tavo Merrin Jr.'],
  ],
  [
    'initials written as one token open a name; an acronym of a country or a body does not',
    'Mr T.R. Merrin met H.E. Ana Ruiz in Varnel on Monday. U.N. officials and U.S. diplomats attended.',
    ['Ana Ruiz', 'T.R. Merrin'],
  ],
  [
    'an auxiliary opening a question is no given name',
    "Big news: Can Merrin's former aide charm Ana Ruiz? Will Tavo Voss sign the deal? Merrin said on Monday that he would not.",
    ['Ana Ruiz', 'Merrin', 'Tavo Voss'],
  ],
  [
    'capitalised words before the noun of a body, a pact or a plan name it, not a person',
    'Ana Ruiz became chairman of the Supreme Varnel Council. She met leaders of the Commonwealth of Independent Havens States and backed the Tavo Accords.',
    ['Ana Ruiz'],
  ],
  [
    'an auxiliary verb is no word of a name nor of a title',
    'Ana Ruiz hosted a show entitled “Varnel Was Stolen”. Did President-elect Tavo Merrin come up during the talks?',
    ['Ana Ruiz', 'Tavo Merrin'],
  ],
  [
    'a generational suffix written Jnr or Snr prints as Jr or Sr',
    'President Tavo Merrin Jnr met Ana Ruiz on Monday. Merrin Jnr. said the talks went well.',
    ['Ana Ruiz', 'Tavo Merrin Jr'],
  ],
  [
    'a generational suffix tells a son from his father',
    'President Tavo Merrin Jr. met Ana Ruiz on Monday. He recalled that his father, Tavo Merrin, had ruled for twenty years.',
    ['Ana Ruiz', 'Tavo Merrin', 'Tavo Merrin Jr.'],
  ],
  [
    'a middle name registered first is the person of the long name',
    'President Varel arrived on Monday. President Tavo Ana Varel da Cruz met Ana Ruiz.',
    ['Ana Ruiz', 'Tavo Ana Varel da Cruz'],
  ],
  [
    'a leader named by the government he heads',
    'Trade grew under the Merrin administration, and the Varel-Ruiz administration cut taxes, the minister said.',
    ['Merrin'],
  ],
  [
    'an initial without its period stays in the name',
    'Trade Minister T Merrin met Ana Ruiz in Varnel.',
    ['Ana Ruiz', 'T Merrin'],
  ],
  // session 4: found on the blind part extra2 (feed digests, agency pages)
  [
    'a place or a country that "admits" or "announced" is no person, nor a plural acronym',
    'Army chief admits Gaza losses higher than thought. The Bank of England announced a rise. Minister Ana Ruiz told MPs the plan was lawful.',
    ['Ana Ruiz'],
  ],
  ['the place a title is of is no person', 'The Governor of Varnel has emphasized the value of the port.', []],
  [
    'a name that "reported" with no person in it is an outlet; a name after a comma that "reported" too',
    'Ties between the two states are strong, Varnel Eye reported. Trade grew, Shana reported.',
    [],
  ],
  ['"His Majesty" is a form of address, not a person', 'His Majesty hoped that relations will grow.', []],
  ['a profession before a name is a title', 'Artist Dara Sok has painted the old walls of the city.', ['Dara Sok']],
  [
    'a name ending in a word of a company, a railway or a list names a thing',
    'The head of the Varnel Water and Wastewater Engineering Company has said plants are being built. The head of Karvia Railway spoke. The attire was put on the National Intangible Heritage List.',
    [],
  ],
  ["a newsletter's name is no person", 'Sign up for our Politics Essential newsletter to read analysis.', []],
  [
    'a name after "the leader of the" is the body the title is of; the person before the comma is the leader',
    'Varnel has transferred the body of Tavo Merrin, the leader of the Karvel militant group, to his family.',
    ['Tavo Merrin'],
  ],
  ['"Imam" is a title', "Commanders went to Imam Velayati's residence to pledge allegiance.", ['Imam Velayati']],
  [
    'the surname alone of a listed public figure is a person; after "bin" it names the father',
    "The goals of Biden's trip were discussed. Crown Prince Mohammed bin Salman was there.",
    ['Biden', 'Mohammed bin Salman'],
  ],
];

for (const [what, text, expected] of rows)
  test(`people: ${what}`, () => {
    assert.deepEqual(people(text), expected);
  });
