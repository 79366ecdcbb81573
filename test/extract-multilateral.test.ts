// Table tests for multilateral meetings (summits, ministerial meetings of three to six people):
// invented sentences about invented people, one row per pattern. Sentence in, participants (and the
// date, when the sentence gives one) out. The scorer counts every pair of a meeting's participants,
// so a meeting of four found as three pairs with its host loses the pairs among the guests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../src/extract/index.js';
import type { Article, Extraction } from '../src/model.js';

// a Friday
const PUBLISHED = '2025-03-14';
function article(text: string): Article {
  return { id: 't', source: 't.txt', title: null, outlet: null, published: PUBLISHED, url: null, dateline: null, text, contentHash: '' };
}
const nameOf = (x: Extraction, id: string) => x.people.find((p) => p.id === id)?.name ?? id;
/** each meeting as "A + B + C" (sorted) with its date */
const meetings = (x: Extraction) => x.meetings.map((m) => [m.participants.map((id) => nameOf(x, id)).sort().join(' + '), m.date] as const);

const table: [pattern: string, text: string, expected: [string, string | null][]][] = [
  [
    'a dash-delimited list of names in apposition to "counterparts"',
    'Estonian Defence Minister Kalev Tamm hosted his counterparts from Latvia, Lithuania and Finland – Latvian Defence Minister Ilze Berzina, Lithuanian Defence Minister Tomas Vaitkus and Finnish Defence Minister Mikko Laine – for a one-day meeting at the Harbour Hotel on Wednesday.',
    [['Ilze Berzina + Kalev Tamm + Mikko Laine + Tomas Vaitkus', '2025-03-12']],
  ],
  [
    'a caption "From left: A, B, C and D before the meeting"',
    'Defence Minister Kalev Tamm of Estonia spoke. From left: Finnish minister Mikko Laine, Kalev Tamm, Latvian minister Ilze Berzina and Lithuanian minister Tomas Vaitkus before the meeting in Tallinn.',
    [['Ilze Berzina + Kalev Tamm + Mikko Laine + Tomas Vaitkus', null]],
  ],
  [
    'a caption "Leaders A, B and C pose for a family photo at the summit"',
    'Leaders Kenyan President Daniel Otieno, Ugandan President Grace Namutebi and Tanzanian President Juma Mrisho pose for a family photo at the summit.',
    [['Daniel Otieno + Grace Namutebi + Juma Mrisho', null]],
  ],
  [
    '"the leaders of X, Y and Z — A, B and C — met in PLACE on Thursday"',
    'The leaders of Kenya, Uganda and Tanzania — President Daniel Otieno, President Grace Namutebi and President Juma Mrisho — met in Arusha on Thursday.',
    [['Daniel Otieno + Grace Namutebi + Juma Mrisho', '2025-03-13']],
  ],
  [
    '"A chaired the summit attended by B, C and D"',
    'Kazakh President Nurlan Abenov chaired the summit on Tuesday, attended by Uzbek President Timur Aliev, Kyrgyz President Bakyt Osmonov and Tajik President Farhod Nazarov.',
    [['Bakyt Osmonov + Farhod Nazarov + Nurlan Abenov + Timur Aliev', '2025-03-11']],
  ],
  [
    '"the summit brought together A, B and C"',
    'The summit in Lima on Monday brought together Brazilian President Paulo Mendes, Chilean President Carla Rojas and Peruvian President Luis Quispe.',
    [['Carla Rojas + Luis Quispe + Paulo Mendes', '2025-03-10']],
  ],
  [
    '"A, B and C held trilateral talks"',
    'Japanese Prime Minister Kenji Morita, South Korean President Park Min-jun and US President Robert Hale held trilateral talks on Monday.',
    [['Kenji Morita + Park Min-jun + Robert Hale', '2025-03-10']],
  ],
  [
    '"talks between A, B and C"',
    'The talks between Indian Foreign Minister Arjun Mehta, Russian Foreign Minister Oleg Petrov and Chinese Foreign Minister Zhou Lin lasted three hours on Wednesday.',
    [['Arjun Mehta + Oleg Petrov + Zhou Lin', '2025-03-12']],
  ],
  [
    '"A met B and C" (leaders of three countries)',
    'French President Luc Moreau met German Chancellor Karl Weber and Italian Prime Minister Giulia Conti in Rome on Tuesday.',
    [['Giulia Conti + Karl Weber + Luc Moreau', '2025-03-11']],
  ],
  [
    'a past summit: "the first summit, held in CITY in May 2023, brought together …"',
    'The first summit, held in Samarkand in May 2023, brought together Kazakh President Nurlan Abenov, Uzbek President Timur Aliev and Kyrgyz President Bakyt Osmonov.',
    [['Bakyt Osmonov + Nurlan Abenov + Timur Aliev', '2023-05']],
  ],
  [
    'a mediator hosts: "A hosted talks between B and C"',
    'Omani Foreign Minister Salim Harthi hosted talks between Iranian Foreign Minister Reza Tavakoli and US envoy Mark Dalton in Muscat on Saturday.',
    [['Mark Dalton + Reza Tavakoli + Salim Harthi', '2025-03-08']],
  ],
  [
    'a mediator: "A and B signed … after talks mediated by C"',
    'Ethiopian Prime Minister Dawit Bekele and Somali President Ahmed Warsame signed the declaration last December after talks mediated by Turkish President Kemal Aydin.',
    [['Ahmed Warsame + Dawit Bekele + Kemal Aydin', '2024-12']],
  ],
  [
    'a meeting hosted by a third party: "A and B sat down together …, at a trilateral meeting hosted by C"',
    "Serbian negotiator Marko Ilic and Kosovo's negotiator Arben Krasniqi sat down together in Brussels on Wednesday, at a trilateral meeting hosted by the EU's special representative, Lars Holm.",
    [['Arben Krasniqi + Lars Holm + Marko Ilic', '2025-03-12']],
  ],
  [
    'the summit named in one sentence, its participants in the next: "Present were A, B and C"',
    'The summit opened in Addis Ababa on Sunday with a closed session. Present were Kenyan President Daniel Otieno, Ugandan President Grace Namutebi and Tanzanian President Juma Mrisho.',
    [['Daniel Otieno + Grace Namutebi + Juma Mrisho', '2025-03-09']],
  ],
  [
    'a visitor who met two officials of one country "separately": two meetings',
    'Visiting Austrian Foreign Minister Paul Gruber met Thai Prime Minister Somchai Rattana and Thai Foreign Minister Anong Suwan separately on Monday.',
    [
      ['Paul Gruber + Somchai Rattana', '2025-03-10'],
      ['Anong Suwan + Paul Gruber', '2025-03-10'],
    ],
  ],
  [
    'a list after "met" closed by no "and" is no list ("A met B, C said")',
    'French President Luc Moreau met German Chancellor Karl Weber, Italian Prime Minister Giulia Conti said on Tuesday.',
    [['Karl Weber + Luc Moreau', '2025-03-11']],
  ],
  [
    'two subjects who met "with" two more: one meeting of four ("A and B met in PLACE with C\'s predecessor D and then E")',
    "The last meeting took place in May 2023, when Serbian President Milan Jovic and Kosovo Prime Minister Ardian Berisha met in Brussels with Holm's predecessor Karel Novak and then EU foreign policy chief Pablo Ortiz.",
    [['Ardian Berisha + Karel Novak + Milan Jovic + Pablo Ortiz', '2023-05']],
  ],
  [
    'a title of the time before the other party: "who held talks with then-President B"',
    'Philippine President Ramon Cruz, who held talks with then-President Tran Van Minh in January 2024, signed two memorandums.',
    [['Ramon Cruz + Tran Van Minh', '2024-01']],
  ],
  [
    'a group met, its people named later as speaking to the meeting ("Mr X told the meeting", "Y warned the meeting")',
    'Australian Foreign Minister Helen Park met foreign ministers from across the region in Suva on Wednesday. "We are one family," Forum Secretary-General Tevita Lomu told the meeting. Tongan Foreign Minister Sione Vaea warned the meeting that the seas were rising.',
    [['Helen Park + Sione Vaea + Tevita Lomu', '2025-03-12']],
  ],
  [
    'a third person who joined the pair: "A and B last met in PLACE, when they were joined by C"',
    'Egyptian Foreign Minister Samir Fawzi and Qatari Prime Minister Khalid Al Mansouri last met in Doha earlier this month, when they were joined by US envoy Rachel Byrne.',
    [['Khalid Al Mansouri + Rachel Byrne + Samir Fawzi', '2025-03']],
  ],
  [
    'a delegation and its head: "X met a delegation headed by Y"; "on the same day" takes the day of the meeting before',
    'Egyptian Foreign Minister Samir Fawzi met Qatari Prime Minister Khalid Al Mansouri in Cairo on Sunday. On the same day, Egyptian intelligence chief Omar Farid met a Hamas delegation headed by Yusuf Darwish, head of the group\'s political office.',
    [
      ['Khalid Al Mansouri + Samir Fawzi', '2025-03-09'],
      ['Omar Farid + Yusuf Darwish', '2025-03-09'],
    ],
  ],
  [
    'a past meeting of the same group: "X and the same two presidents met" in another year is another meeting',
    'Kazakh President Nurlan Abenov hosted Uzbek President Timur Aliev and Kyrgyz President Bakyt Osmonov in Astana on Tuesday. The first summit took place in Samarkand in May 2023, where Abenov and the same two presidents met.',
    [
      ['Bakyt Osmonov + Nurlan Abenov + Timur Aliev', '2025-03-11'],
      ['Bakyt Osmonov + Nurlan Abenov + Timur Aliev', '2023-05'],
    ],
  ],
  [
    'phone calls with two people are two calls ("spoke by phone with B and C")',
    'Austrian Foreign Minister Paul Gruber spoke by phone with Thai Foreign Minister Anong Suwan and Indian Foreign Minister Arjun Mehta on Monday.',
    [
      ['Anong Suwan + Paul Gruber', '2025-03-10'],
      ['Arjun Mehta + Paul Gruber', '2025-03-10'],
    ],
  ],
  [
    'no meeting word in a caption: "From left: A and B in PLACE" is a photo, not a meeting',
    'From left: Kenyan President Daniel Otieno and Ugandan President Grace Namutebi in Nairobi.',
    [],
  ],
  [
    'leaders of different countries who attended a summit together: "A, B and C attended the summit"',
    'Kenyan President Daniel Otieno, Ugandan President Grace Namutebi and Tanzanian President Juma Mrisho attended the summit in Arusha on Monday.',
    [['Daniel Otieno + Grace Namutebi + Juma Mrisho', '2025-03-10']],
  ],
  [
    'a list after a group noun: "A hosted leaders of the region, including B and C"',
    'Kenyan President Daniel Otieno hosted leaders of the region, including Ugandan President Grace Namutebi and Tanzanian President Juma Mrisho, on Monday.',
    [['Daniel Otieno + Grace Namutebi + Juma Mrisho', '2025-03-10']],
  ],
  [
    '"A joined B and C for talks"',
    'Austrian Foreign Minister Paul Gruber joined Thai Foreign Minister Anong Suwan and Indian Foreign Minister Arjun Mehta for talks in Geneva on Monday.',
    [['Anong Suwan + Arjun Mehta + Paul Gruber', '2025-03-10']],
  ],
  [
    '"Attending the summit were A, B and C" after the sentence that dates the summit',
    'The summit opened in Kampala on Monday. Attending the summit were Kenyan President Daniel Otieno, Ugandan President Grace Namutebi and Tanzanian President Juma Mrisho.',
    [['Daniel Otieno + Grace Namutebi + Juma Mrisho', '2025-03-10']],
  ],
  [
    '"Also present were C and D" right after a meeting of named people: its delegation, no meeting of their own',
    'Kenyan President Daniel Otieno hosted Ugandan President Grace Namutebi at State House on Monday. Also present were Kenyan Foreign Minister Peter Kamau and Ugandan Foreign Minister Sarah Achieng.',
    [['Daniel Otieno + Grace Namutebi', '2025-03-10']],
  ],
  [
    'a caption "A (centre) with B (left) and C at PLACE on DATE"',
    "President Daniel Otieno (centre) with Uganda's President Grace Namutebi (left) and Tanzanian President Juma Mrisho at State House, Nairobi, on March 11, 2025.",
    [['Daniel Otieno + Grace Namutebi + Juma Mrisho', '2025-03-11']],
  ],
  [
    'names after the comma of a group noun: "A hosted his Ugandan and Tanzanian counterparts, B and C, for talks"',
    'In Arusha on Thursday, Kenyan President Daniel Otieno hosted his Ugandan and Tanzanian counterparts, President Grace Namutebi and President Juma Mrisho, for talks.',
    [['Daniel Otieno + Grace Namutebi + Juma Mrisho', '2025-03-13']],
  ],
];

for (const [pattern, text, expected] of table) {
  test(`multilateral meetings: ${pattern} -> ${expected.map((e) => e[0]).join('; ') || 'no meeting'}`, () => {
    assert.deepEqual(meetings(extract(article(text))), expected);
  });
}
