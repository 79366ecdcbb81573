// Table tests for multilateral meetings (summits, ministerial meetings of three to six people):
// invented sentences about invented people, one row per pattern. Sentence in, participants (and the
// date, when the sentence gives one) out. The scorer counts every pair of a meeting's participants,
// so a meeting of four found as three pairs with its host loses the pairs among the guests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';
import type { Extraction } from '../../../src/model.js';
import { article, nameOf } from '../../support/articles.js';

// a Friday
const PUBLISHED = '2025-03-14';
/** each meeting as "A + B + C" (sorted) with its date */
const meetings = (x: Extraction) =>
  x.meetings.map(
    (m) =>
      [
        m.participants
          .map((id) => nameOf(x, id))
          .sort()
          .join(' + '),
        m.date,
      ] as const,
  );

const table: [pattern: string, text: string, expected: [string, string | null][]][] = [
  [
    'a dash-delimited list of names in apposition to "counterparts"',
    'Portuguese Defence Minister Rui Tavares hosted his counterparts from Spain, Italy and Greece – Spanish Defence Minister Marta Moreno, Italian Defence Minister Paolo Ricci and Greek Defence Minister Nikos Pappas – for a working lunch at the Tagus Hotel on Wednesday.',
    [['Marta Moreno + Nikos Pappas + Paolo Ricci + Rui Tavares', '2025-03-12']],
  ],
  [
    'a caption "From left: A, B, C and D before the meeting"',
    'Defence Minister Rui Tavares of Portugal spoke. From left: Greek minister Nikos Pappas, Rui Tavares, Spanish minister Marta Moreno and Italian minister Paolo Ricci ahead of the talks in Lisbon.',
    [['Marta Moreno + Nikos Pappas + Paolo Ricci + Rui Tavares', '2025-03-14']],
  ],
  [
    'a caption "Leaders A, B and C pose for a family photo at the summit"',
    'Leaders Ghanaian President Kwame Asante, Senegalese President Moussa Diop and Nigerian President Chinedu Eze pose for a group photo at the summit.',
    [['Chinedu Eze + Kwame Asante + Moussa Diop', '2025-03-14']],
  ],
  [
    '"the leaders of X, Y and Z — A, B and C — met in PLACE on Thursday"',
    'The leaders of Ghana, Senegal and Nigeria — President Kwame Asante, President Moussa Diop and President Chinedu Eze — met in Accra on Thursday.',
    [['Chinedu Eze + Kwame Asante + Moussa Diop', '2025-03-13']],
  ],
  [
    '"A chaired the summit attended by B, C and D"',
    'Chilean President Tomas Fuentes chaired the summit on Tuesday, attended by Peruvian President Luis Quispe, Bolivian President Evo Mamani and Paraguayan President Hugo Benitez.',
    [['Evo Mamani + Hugo Benitez + Luis Quispe + Tomas Fuentes', '2025-03-11']],
  ],
  [
    '"the summit brought together A, B and C"',
    'The summit in Montevideo on Monday brought together Brazilian President Paulo Mendes, Chilean President Carla Rojas and Uruguayan President Diego Suarez.',
    [['Carla Rojas + Diego Suarez + Paulo Mendes', '2025-03-10']],
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
    'a past summit: "the first summit, held in CITY in MONTH YEAR, brought together …"',
    'The first summit, held in Cartagena in October 2022, brought together Chilean President Tomas Fuentes, Peruvian President Luis Quispe and Bolivian President Evo Mamani.',
    [['Evo Mamani + Luis Quispe + Tomas Fuentes', '2022-10']],
  ],
  [
    'a mediator hosts: "A hosted talks between B and C"',
    'Norwegian Foreign Minister Erik Solberg hosted talks between Colombian envoy Andres Gil and rebel negotiator Pablo Rios in Oslo on Saturday.',
    [['Andres Gil + Erik Solberg + Pablo Rios', '2025-03-08']],
  ],
  [
    'a mediator: "A and B signed … after talks brokered by C"',
    'Armenian Prime Minister Aram Petrosyan and Azerbaijani President Elchin Guliyev signed the accord last November after talks brokered by Swiss President Anna Keller.',
    [['Anna Keller + Aram Petrosyan + Elchin Guliyev', '2024-11']],
  ],
  [
    'a meeting chaired by a third party: "A and B met …, at a three-way meeting chaired by C"',
    "Armenian negotiator Vahe Sargsyan and Azerbaijan's negotiator Rauf Mammadov met in Geneva on Wednesday, at a three-way meeting chaired by the UN's special envoy, Sigrid Aune.",
    [['Rauf Mammadov + Sigrid Aune + Vahe Sargsyan', '2025-03-12']],
  ],
  [
    'the summit named in one sentence, its participants in the next: "Present were A, B and C"',
    'The summit opened in Dakar on Sunday with a closed session. Present were Ghanaian President Kwame Asante, Senegalese President Moussa Diop and Nigerian President Chinedu Eze.',
    [['Chinedu Eze + Kwame Asante + Moussa Diop', '2025-03-09']],
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
    'two subjects who met "with" two more: one meeting of four ("A and B met with C\'s aide D and then E")',
    "The previous round was held in June 2022, when Polish President Jan Nowak and Czech Prime Minister Petr Dvorak met in Prague with Bloggs's aide Tomas Horak and then NATO deputy chief Lena Berg.",
    [['Jan Nowak + Lena Berg + Petr Dvorak + Tomas Horak', '2022-06']],
  ],
  [
    'a title of the time before the other party: "who held talks with ex-Premier B"',
    'Malaysian Prime Minister Aziz Rahman, who held talks with ex-Premier Budi Santoso in August 2023, signed two agreements.',
    [['Aziz Rahman + Budi Santoso', '2023-08']],
  ],
  [
    'a group met, its people named later as speaking to the meeting ("X addressed the summit", "Y warned the summit")',
    'Canadian Foreign Minister Helen Park met envoys of the bloc in Ottawa on Wednesday. "We share one ocean," Arctic Council chair Sven Lund told the meeting. Icelandic Foreign Minister Gunnar Olafsson warned the meeting that the ice was thinning.',
    [['Gunnar Olafsson + Helen Park + Sven Lund', '2025-03-12']],
  ],
  [
    'a third person who joined the pair: "A and B had lunch in PLACE, where they were later joined by C"',
    'Danish Foreign Minister Lars Holm and Dutch Foreign Minister Anke de Vries met for lunch in Copenhagen earlier this month, where they were later joined by British envoy Rachel Byrne.',
    [['Anke de Vries + Lars Holm + Rachel Byrne', '2025-03']],
  ],
  [
    'a delegation and its head: "X received a delegation led by Y"; "later that day" takes the day of the meeting before',
    'Jordanian Foreign Minister Karim Nasser met Omani Foreign Minister Salim Harthi in Amman on Sunday. Later that day, Jordanian intelligence chief Tariq Mansour met a trade delegation led by Yusuf Darwish, head of the chamber of commerce.',
    [
      ['Karim Nasser + Salim Harthi', '2025-03-09'],
      ['Tariq Mansour + Yusuf Darwish', '2025-03-09'],
    ],
  ],
  [
    'a past meeting of the same group: "X and the same two presidents met" in another year is another meeting',
    'Chilean President Tomas Fuentes hosted Peruvian President Luis Quispe and Bolivian President Evo Mamani in Santiago on Tuesday. Their first summit took place in La Paz in June 2021, when Fuentes and the same two presidents met.',
    [
      ['Evo Mamani + Luis Quispe + Tomas Fuentes', '2025-03-11'],
      ['Evo Mamani + Luis Quispe + Tomas Fuentes', '2021-06'],
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
    'From left: Ghanaian President Kwame Asante and Senegalese President Moussa Diop in Accra.',
    [],
  ],
  [
    'leaders of different countries who attended a summit together: "A, B and C attended the summit"',
    'Ghanaian President Kwame Asante, Senegalese President Moussa Diop and Nigerian President Chinedu Eze attended the summit in Abuja on Monday.',
    [['Chinedu Eze + Kwame Asante + Moussa Diop', '2025-03-10']],
  ],
  [
    'a list after a group noun: "A hosted leaders of the region, including B and C"',
    'Ghanaian President Kwame Asante hosted leaders of the region, including Senegalese President Moussa Diop and Nigerian President Chinedu Eze, on Monday.',
    [['Chinedu Eze + Kwame Asante + Moussa Diop', '2025-03-10']],
  ],
  [
    '"A joined B and C for talks"',
    'Austrian Foreign Minister Paul Gruber joined Thai Foreign Minister Anong Suwan and Indian Foreign Minister Arjun Mehta for talks in Vienna on Monday.',
    [['Anong Suwan + Arjun Mehta + Paul Gruber', '2025-03-10']],
  ],
  [
    '"Attending the summit were A, B and C" after the sentence that dates the summit',
    'The summit opened in Lagos on Monday. Attending the summit were Ghanaian President Kwame Asante, Senegalese President Moussa Diop and Nigerian President Chinedu Eze.',
    [['Chinedu Eze + Kwame Asante + Moussa Diop', '2025-03-10']],
  ],
  [
    '"Also present were C and D" right after a meeting of named people: its delegation, no meeting of their own',
    'Ghanaian President Kwame Asante hosted Senegalese President Moussa Diop at Jubilee House on Monday. Also present were Ghanaian Foreign Minister Ama Mensah and Senegalese Foreign Minister Awa Ndiaye.',
    [['Kwame Asante + Moussa Diop', '2025-03-10']],
  ],
  [
    'a caption "A (centre) with B (left) and C in PLACE on DATE"',
    "President Kwame Asante (centre) with Senegal's President Moussa Diop (left) and Nigerian President Chinedu Eze in Accra on March 11, 2025.",
    [['Chinedu Eze + Kwame Asante + Moussa Diop', '2025-03-11']],
  ],
  [
    'names after the comma of a group noun: "A hosted his two guests, B and C, for talks"',
    'In Accra on Thursday, Ghanaian President Kwame Asante hosted his Senegalese and Nigerian counterparts, President Moussa Diop and President Chinedu Eze, for talks.',
    [['Chinedu Eze + Kwame Asante + Moussa Diop', '2025-03-13']],
  ],
];

for (const [pattern, text, expected] of table) {
  test(`multilateral meetings: ${pattern} -> ${expected.map((e) => e[0]).join('; ') || 'no meeting'}`, () => {
    assert.deepEqual(meetings(extract(article(text, PUBLISHED))), expected);
  });
}
