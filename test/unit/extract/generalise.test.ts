// Table tests for extraction on patterns seen in reports from other outlets and regions: spouses,
// "was joined by", captions of three leaders, "the two leaders met", year-only dates, more
// reported-speech verbs. All sentences and people are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';
import type { Extraction } from '../../../src/model.js';
import { article, nameOf } from '../../support/articles.js';

const run = (text: string, published: string | null = '2023-06-22') => extract(article(text, published));
const meetings = (x: Extraction) =>
  x.meetings.map((m) => ({
    pair: m.participants
      .map((id) => nameOf(x, id))
      .sort()
      .join(' + '),
    others: m.others.map((id) => nameOf(x, id)).sort(),
    date: m.date,
  }));

// ---------------------------------------------------------------- meetings
const meetingTable: [string, { pair: string; others: string[]; date: string | null }[]][] = [
  // a spouse named beside a principal comes along, under others
  [
    'US President Tom Bradley and first lady Jane Bradley hosted Kenyan President William Otieno and his wife Grace at a state dinner on Tuesday.',
    [{ pair: 'Tom Bradley + William Otieno', others: ['Grace', 'Jane Bradley'], date: '2023-06-20' }],
  ],
  [
    'Prime Minister Rishi Mehra and his wife, Anita Mehra, greeted Emperor Hiro at the palace.',
    [{ pair: 'Emperor Hiro + Rishi Mehra', others: ['Anita Mehra'], date: '2023-06-22' }],
  ],
  // "was joined by" a leader of another country is a meeting; one of the same country is a delegation member
  [
    'Finnish President Sauli Niemi was joined by Swedish Prime Minister Ulf Berg for talks in Helsinki on Monday.',
    [{ pair: 'Sauli Niemi + Ulf Berg', others: [], date: '2023-06-19' }],
  ],
  [
    'Finnish President Sauli Niemi met Swedish Prime Minister Ulf Berg in Helsinki on Monday. Niemi was joined by Finnish Foreign Minister Elina Koski.',
    [{ pair: 'Sauli Niemi + Ulf Berg', others: ['Elina Koski'], date: '2023-06-19' }],
  ],
  // a caption of three leaders with their titles
  [
    'German Chancellor Hans Vogel, French President Marc Dubois and Italian Prime Minister Luca Rossi pose for a photo in Rome.',
    [{ pair: 'Hans Vogel + Luca Rossi + Marc Dubois', others: [], date: '2023-06-22' }],
  ],
  // "the two leaders last met": the pair reported before, with its own date
  [
    'Foreign Minister Kenji Tanaka met Secretary of State John Miller in Tokyo on Monday. The two ministers last met in Jakarta last year.',
    [
      { pair: 'John Miller + Kenji Tanaka', others: [], date: '2023-06-19' },
      { pair: 'John Miller + Kenji Tanaka', others: [], date: '2022' },
    ],
  ],
  ['Both leaders had met briefly in Lima in November 2021. Foreign Minister Kenji Tanaka spoke.', []],
  // a month after the place is no part of the place; a year alone dates a past meeting
  [
    'President Ana Lopes and Chancellor Otto Brandt last met in Lisbon in January.',
    [{ pair: 'Ana Lopes + Otto Brandt', others: [], date: '2023-01' }],
  ],
  [
    'President Ana Lopes first met Chancellor Otto Brandt in 2019.',
    [{ pair: 'Ana Lopes + Otto Brandt', others: [], date: '2019' }],
  ],
  // a year after "since" starts something else: the meeting of a report that gives no date takes its publication day
  [
    'President Ana Lopes met Chancellor Otto Brandt, the first visit since ties were restored in 1979.',
    [{ pair: 'Ana Lopes + Otto Brandt', others: [], date: '2023-06-22' }],
  ],
];
for (const [sentence, expected] of meetingTable) {
  test(`meetings: ${sentence.slice(0, 80)}`, () => {
    assert.deepEqual(meetings(run(sentence)), expected);
  });
}

test('meetings: the place of "in Tokyo in January" is Tokyo', () => {
  const x = run('President Ana Lopes and Chancellor Otto Brandt last met in Tokyo in January.');
  assert.equal(x.meetings[0]?.place, 'Tokyo');
});

// ---------------------------------------------------------------- statements
const statementTable: [string, string, RegExp][] = [
  [
    'Chancellor Hans Vogel called for an immediate ceasefire in the region.',
    'Hans Vogel',
    /^called for an immediate ceasefire/,
  ],
  [
    'Prime Minister Luca Rossi warned that the sanctions would hurt European farmers more than anyone.',
    'Luca Rossi',
    /^the sanctions would hurt European farmers/,
  ],
  [
    'French President Marc Dubois pledged to send more aid to the displaced families.',
    'Marc Dubois',
    /^pledged to send more aid/,
  ],
  [
    'President Marc Dubois voiced support for the new trade corridor across the Gulf.',
    'Marc Dubois',
    /^voiced support for the new trade corridor/,
  ],
  [
    'Prime Minister Ravi Kumar rejected claims that India had bought discounted oil.',
    'Ravi Kumar',
    /^rejected claims that India had bought/,
  ],
  [
    'Prime Minister Ravi Kumar hailed the agreement as a milestone for regional stability.',
    'Ravi Kumar',
    /^hailed the agreement as a milestone/,
  ],
  [
    'President Marc Dubois vowed to keep supporting the reconstruction "for as long as it takes".',
    'Marc Dubois',
    /^vowed to keep supporting the reconstruction/,
  ],
  [
    'President Amina Diallo thanked Dubois for his support on the climate fund.',
    'Amina Diallo',
    /^thanked Dubois for his support on the climate fund/,
  ],
];
for (const [sentence, speaker, position] of statementTable) {
  test(`statements: ${sentence.slice(0, 80)}`, () => {
    const x = run(sentence);
    const st = x.statements.map((s) => [nameOf(x, s.speaker), s.position] as const);
    assert.equal(st.length, 1, JSON.stringify(st));
    assert.equal(st[0]![0], speaker);
    assert.match(st[0]![1], position);
  });
}

test('statements: "said to reporters that" is no infinitive: the position is the clause after "that"', () => {
  const x = run('President Marc Dubois said to reporters that the climate fund was ready for disbursement.');
  assert.deepEqual(
    x.statements.map((s) => s.position),
    ['the climate fund was ready for disbursement'],
  );
});

// ---------------------------------------------------------------- meetings: pairs, long titles, honorifics
const pairTable: [string, string, string[], (string | null)[]][] = [
  // "the two X met" takes the meeting just before (this paragraph or the one before), else the report's first
  [
    'Chancellor Otto Brandt hosted Premier Lin Hao in Vienna on Monday.\nPresident Ana Lopes later received Lin.\nThe visit ends on Friday.\nThe two leaders first met in Lima in March last year.',
    '2024-06-05',
    ['Lin Hao + Otto Brandt', 'Ana Lopes + Lin Hao', 'Lin Hao + Otto Brandt'],
    ['2024-06-03', '2024-06-03', '2023-03'],
  ],
  // "the talks the two leaders held" names its pair in the sentence
  [
    'Minister Pedro Alves conveyed greetings from President Rui Matos to President Ivo Kral, recalling the talks the two leaders held in Prague on May 7.',
    '2024-06-05',
    ['Ivo Kral + Rui Matos'],
    ['2024-05-07'],
  ],
  // "A and his counterpart B agreed": people of two countries acting together met
  [
    'Indian Foreign Minister Arjun Rao and his Peruvian counterpart Elena Quispe agreed on Tuesday to open new consulates.',
    '2024-06-05',
    ['Arjun Rao + Elena Quispe'],
    ['2024-06-04'],
  ],
  // a long title with commas and "and" before the other party; "H.E." before a name
  [
    "The Minister of Foreign Affairs, Dato' Seri Haji Rahman bin Haji Yusof, held bilateral meetings on 4 June 2024. The Minister met with the Minister of Foreign Affairs of the Kingdom of Norway, H.E. Ola Berge, and the Deputy Prime Minister and Minister of Foreign Affairs of the Republic of Chile, H.E. Ana Rojas, in separate meetings.",
    '2024-06-05',
    ['Ola Berge + Rahman bin Haji Yusof', 'Ana Rojas + Rahman bin Haji Yusof'],
    ['2024-06-04', '2024-06-04'],
  ],
  // "called on Mr. X"; a long office before the name
  [
    'Foreign Minister Tomas Berg also met with AU Commissioner for Trade, Industry and Mining Kofi Mensah. Minister Aiko Mori called on Mr. Berg later.',
    '2024-06-05',
    ['Kofi Mensah + Tomas Berg', 'Aiko Mori + Tomas Berg'],
    ['2024-06-05', '2024-06-05'],
  ],
  // a time between the meeting noun and "with"; an office of capitalised words; an envoy's title before a form of address
  [
    'Minister Dara Sok held talks on Monday evening with AU Commissioner for Political Affairs, Peace and Security Kofi Mensah. Earlier, on 2 June 2024, Sok held a meeting with the Special Envoy of the Chair on Sudan, Tan Sri Omar Yusof.',
    '2024-06-05',
    ['Dara Sok + Kofi Mensah', 'Dara Sok + Omar Yusof'],
    ['2024-06-03', '2024-06-02'],
  ],
  // a meeting still to come is none; a relative clause's day does not date the meeting
  [
    'President Ana Lopes and Chancellor Otto Brandt are due to travel to Lima for a summit with President Luis Vera next month.',
    '2024-06-05',
    [],
    [],
  ],
  [
    'President Ana Lopes, who is the guest of honour at the parade on Sunday, was received by King Harald Moen in the morning.',
    '2024-06-08',
    ['Ana Lopes + Harald Moen'],
    // not Sunday (the parade's day): the report's own day
    ['2024-06-08'],
  ],
  // "last week" gives its month, "in April that year" the year named before
  [
    'Minister Ivo Kral said he had spoken by phone with Foreign Minister Dara Sok last week.',
    '2024-06-05',
    ['Dara Sok + Ivo Kral'],
    ['2024-05'],
  ],
  [
    'Ties have cooled since 2021, when President Ana Lopes held talks with Chancellor Otto Brandt in Vienna in April that year.',
    '2024-06-05',
    ['Ana Lopes + Otto Brandt'],
    ['2021-04'],
  ],
];
for (const [text, published, expected, dates] of pairTable) {
  test(`meetings: ${text.slice(0, 80)}`, () => {
    const x = run(text, published);
    assert.deepEqual(
      x.meetings.map((m) =>
        m.participants
          .map((id) => nameOf(x, id))
          .sort()
          .join(' + '),
      ),
      expected,
    );
    assert.deepEqual(
      x.meetings.map((m) => m.date),
      dates,
    );
  });
}

test('people: a long name of lineage, forms of address, a place word ending a name, a credit line', () => {
  const x = run(
    'Prime Minister Sheikh Khalid bin Hamad bin Saeed Al Nuaimi met European Council President Maria Costa. Tan Sri Omar Yusof attended.\nAgency writer Lena Fisk in Oslo contributed to this report.',
  );
  assert.deepEqual(x.people.map((p) => p.name).sort(), [
    'Khalid bin Hamad bin Saeed Al Nuaimi',
    'Maria Costa',
    'Omar Yusof',
  ]);
});

test('people: an undated meeting takes the day of the sentence naming both people with a day', () => {
  const x = run(
    "Brazil's Ana Lopes and Chile's Luis Vera called on Wednesday for a regional payment system. The two leftist presidents held a bilateral meeting on the sidelines.",
    '2024-06-05',
  );
  assert.deepEqual(
    x.meetings.map((m) => [
      m.participants
        .map((id) => nameOf(x, id))
        .sort()
        .join(' + '),
      m.date,
    ]),
    [['Ana Lopes + Luis Vera', '2024-06-05']],
  );
});

// ---------------------------------------------------------------- quotes
const quoteTable: [string, [string | null, string][]][] = [
  // a short quotation inside reported speech is the reported person's, not the source's
  [
    'Foreign Minister Dara Sok met Foreign Minister Aiko Mori. Sok conveyed "regret" over the plan, while Mori told him Tokyo had acted "in good faith," an official said.',
    [
      ['Dara Sok', 'regret'],
      ['Aiko Mori', 'in good faith,'],
    ],
  ],
  // a long quotation sourced to an organisation stays without a person
  [
    'Foreign Minister Dara Sok met Foreign Minister Aiko Mori. "The talks covered trade, energy and the security of shipping lanes," the ministry said.',
    [[null, 'The talks covered trade, energy and the security of shipping lanes,']],
  ],
  // "X was quoted as telling Y"
  [
    'Foreign Minister Dara Sok spoke with Foreign Minister Aiko Mori. "Our friends can rely on us," Sok was quoted as telling Mori.',
    [['Dara Sok', 'Our friends can rely on us,']],
  ],
  // a verb after "and" shares the subject before it, not the nearest name
  [
    'The German minister Lena Vogt said she had spoken with Foreign Minister Reza Karimi and had made the position "very clear."',
    [['Lena Vogt', 'very clear.']],
  ],
  // "the Russian minister" is the full minister (a counterpart), not the deputy named later
  [
    'Indian Foreign Minister Arjun Rao met his Russian counterpart Pavel Orlov. Lunch was attended by Russian Deputy Foreign Minister Ilya Sokol. Orlov spoke next. "Nobody can tell us where to buy oil," the Russian minister said.',
    [['Pavel Orlov', 'Nobody can tell us where to buy oil,']],
  ],
];
for (const [text, expected] of quoteTable) {
  test(`quotes: ${text.slice(0, 80)}`, () => {
    const x = run(text);
    assert.deepEqual(
      x.quotes.map((q) => [nameOf(x, q.speaker), q.text]),
      expected,
    );
  });
}

// ---------------------------------------------------------------- statements: clauses and pairs
test('statements: ", and expressed", ", and that", ", while Y said" end a clause; the next keeps its own subject', () => {
  const x = run(
    'Prime Minister Arjun Rao said India would keep buying oil where it found the best price, and expressed concern about secondary sanctions on shipping. Rao, for his part, said India had always called for dialogue, and that he had raised the fate of detained sailors. Minister Ola Berge urged the council to act without delay, while Minister Ana Rojas said Chile remained open to a negotiated solution.',
  );
  assert.deepEqual(
    x.statements.map((s) => [nameOf(x, s.speaker), s.position]),
    [
      ['Arjun Rao', 'India would keep buying oil where it found the best price'],
      ['Arjun Rao', 'expressed concern about secondary sanctions on shipping'],
      ['Arjun Rao', 'India had always called for dialogue'],
      ['Arjun Rao', 'he had raised the fate of detained sailors'],
      ['Ola Berge', 'urged the council to act without delay'],
      ['Ana Rojas', 'Chile remained open to a negotiated solution'],
    ],
  );
});

test('statements: "A and his counterpart B agreed", "held talks with B and agreed", "the two sides agreed" give the position to both', () => {
  const x = run(
    'Indian Foreign Minister Arjun Rao and his Peruvian counterpart Elena Quispe agreed on Tuesday to open new consulates in both countries. Foreign Minister Ola Berge held phone talks with his Chilean counterpart, Ana Rojas, and agreed to expand cooperation in maritime security. The two sides agreed to mark the anniversary of diplomatic ties next year.',
    '2024-06-05',
  );
  const st = x.statements.map((s) => `${nameOf(x, s.speaker)}: ${s.position}`);
  assert.ok(st.includes('Arjun Rao: agreed to open new consulates in both countries'), st.join('\n'));
  assert.ok(st.includes('Elena Quispe: agreed to open new consulates in both countries'), st.join('\n'));
  assert.ok(st.includes('Ola Berge: agreed to expand cooperation in maritime security'), st.join('\n'));
  assert.ok(st.includes('Ana Rojas: agreed to expand cooperation in maritime security'), st.join('\n'));
  assert.equal(
    st.filter((s) => s.endsWith('agreed to mark the anniversary of diplomatic ties next year')).length,
    2,
    st.join('\n'),
  );
});

test('statements: "According to X, CLAUSE" and "told him CLAUSE"; "said, in a speech that …" is no position', () => {
  const x = run(
    'According to the Chilean minister Ana Rojas, both countries intend to increase trade in national currencies. Minister Aiko Mori told him Tokyo had held the ceremony with respect for all victims. "We will not build walls," Minister Ivo Kral said, in a speech that ran well over its allotted time.',
  );
  assert.deepEqual(
    x.statements.map((s) => [nameOf(x, s.speaker), s.position]),
    [
      ['Ana Rojas', 'both countries intend to increase trade in national currencies'],
      ['Aiko Mori', 'Tokyo had held the ceremony with respect for all victims'],
      ['Ivo Kral', 'We will not build walls'],
    ],
  );
});

test('statements: ", as the two leaders met" and ", but warned that" end a clause; the quotation after ", adding that" is the main speaker\'s', () => {
  const x = run(
    'Chancellor Otto Brandt and Brazilian President Ana Lopes agreed on Monday to speed up talks on a trade deal, as the two leaders met in Berlin. Lopes said Brazil was ready to make concessions on procurement, but warned that environmental rules could not become a new barrier. The Brazilian leader said she had discussed the war with Brandt, adding that both countries wanted "a just peace".',
    '2024-03-05',
  );
  const st = x.statements.map((s) => `${nameOf(x, s.speaker)}: ${s.position}`);
  assert.ok(st.includes('Ana Lopes: agreed to speed up talks on a trade deal'), st.join('\n'));
  assert.ok(st.includes('Ana Lopes: Brazil was ready to make concessions on procurement'), st.join('\n'));
  assert.ok(st.includes('Ana Lopes: environmental rules could not become a new barrier'), st.join('\n'));
  assert.deepEqual(
    x.quotes.map((q) => [nameOf(x, q.speaker), q.text]),
    [['Ana Lopes', 'a just peace']],
  );
});

test('people: "the Russian top diplomat" is the minister, not the deputy; a headline "A, B counterpart discuss" gives A no country', () => {
  const x = run(
    'Orlov, Peruvian counterpart discuss trade at Moscow talks\nRussian Foreign Minister Pavel Orlov held talks with Peruvian Foreign Minister Elena Quispe in Moscow. Russian Deputy Foreign Minister Ilya Sokol attended. According to the Russian top diplomat, both countries intend to expand trade in national currencies.',
  );
  assert.deepEqual(
    x.statements.map((s) => [nameOf(x, s.speaker), s.position]),
    [['Pavel Orlov', 'both countries intend to expand trade in national currencies']],
  );
  assert.equal(x.people.find((p) => p.name === 'Pavel Orlov')?.country, 'RU');
});

test('statements and meetings: "A and B on Thursday pledged" gives both the position; a member who attended joins the report\'s own meeting', () => {
  const x = run(
    'Japanese Prime Minister Kenji Sato and Indian Prime Minister Ravi Kumar on Thursday pledged to deepen defense cooperation during talks in Tokyo. Sato also held a phone call with South Korean President Lee Min-ho on Wednesday. Foreign Minister Yuki Tanaka, who attended the summit, spoke later.',
    '2024-09-06',
  );
  const st = x.statements.map((s) => `${nameOf(x, s.speaker)}: ${s.position}`);
  assert.ok(st.includes('Kenji Sato: pledged to deepen defense cooperation during talks in Tokyo'), st.join('\n'));
  assert.ok(st.includes('Ravi Kumar: pledged to deepen defense cooperation during talks in Tokyo'), st.join('\n'));
  assert.deepEqual(meetings(x), [
    { pair: 'Kenji Sato + Ravi Kumar', others: ['Yuki Tanaka'], date: '2024-09-05' },
    { pair: 'Kenji Sato + Lee Min-ho', others: [], date: '2024-09-04' },
  ]);
});

test('statements: "The AU\'s chairperson, Moussa Idriss, told the council that …" is the named person\'s position', () => {
  const x = run(
    'The African Union\'s chairperson, Moussa Idriss, told the Security Council last month that the region faced "a perfect storm" of conflict and drought.',
  );
  assert.deepEqual(
    x.statements.map((s) => [nameOf(x, s.speaker), s.position]),
    [['Moussa Idriss', 'the region faced a perfect storm of conflict and drought']],
  );
});

test('meetings: "received a phone call from X, during which the two leaders discussed", "met separately with A and B", "the meeting between A and B"', () => {
  const x = run(
    'Kenyan President Samuel Kiptoo received a phone call from Ethiopian Prime Minister Dawit Bekele on Monday, during which the two leaders discussed regional security. Kiptoo later met separately with Somali President Hassan Abdi and Ugandan Foreign Minister Grace Nakato. The meeting between Kiptoo and Abdi focused on security. U.S. Secretary of State Mark Ellis is scheduled to visit Nairobi next week, but has no plans to meet Bekele.',
    '2024-10-08',
  );
  assert.deepEqual(
    x.meetings.map((m) =>
      m.participants
        .map((id) => nameOf(x, id))
        .sort()
        .join(' + '),
    ),
    ['Dawit Bekele + Samuel Kiptoo', 'Hassan Abdi + Samuel Kiptoo', 'Grace Nakato + Samuel Kiptoo'],
  );
});

test('meetings and statements: "the three ministers last met" takes the meeting of three; "a spokesperson for X said" is not X\'s position', () => {
  const x = run(
    'British Foreign Secretary Oliver Grant and French Foreign Minister Claire Dubois hosted Ukrainian Foreign Minister Taras Koval in London on Tuesday. A spokesperson for Dubois said the talks had covered air defence and reconstruction. The three ministers last met in Brussels in February.',
    '2024-05-22',
  );
  assert.deepEqual(
    x.meetings.map((m) => [
      m.participants
        .map((id) => nameOf(x, id))
        .sort()
        .join(' + '),
      m.date,
    ]),
    [
      ['Claire Dubois + Oliver Grant + Taras Koval', '2024-05-21'],
      ['Claire Dubois + Oliver Grant + Taras Koval', '2024-02'],
    ],
  );
  assert.deepEqual(x.statements, []);
});

test('people: a capitalised adverb opening the sentence is no part of the title ("Earlier, Russian Deputy Foreign Minister X")', () => {
  const x = run(
    'Earlier, Russian Deputy Foreign Minister Ilya Sokol said that Moscow was watching the naval buildup with concern.',
  );
  assert.deepEqual(
    x.people.map((p) => p.roles),
    [['Russian Deputy Foreign Minister']],
  );
});

test('meetings: the possessor in "met Chancellor X\'s special envoy Y" is not the other party', () => {
  const x = run(
    "President Ana Lopes met Chancellor Otto Brandt's special envoy Karl Weiss on Tuesday. Minister Ivo Kral met Chancellor Otto Brandt's envoy on Monday. Minister Ivo Kral met with resistance from Chancellor Otto Brandt.",
    '2024-05-22',
  );
  assert.deepEqual(meetings(x), [{ pair: 'Ana Lopes + Karl Weiss', others: [], date: '2024-05-21' }]);
});

test('quotes and people: a headline without its article ("AU Commission chief … hails “win-win”"), an acronym in parentheses inside a title, "the AU chief"', () => {
  const x = run(
    'AU Commission chief meets Chinese envoy, hails "win-win" cooperation\n\nAfrican Union (AU) Commission Chairperson Amara Diallo met Chinese Vice Foreign Minister Zhou Lin on Tuesday. AU Commissioner for Trade Kofi Mensah attended. The AU chief also urged the international community to support African solutions to African problems.',
    '2025-05-20',
  );
  assert.deepEqual(x.people.find((p) => p.name === 'Amara Diallo')?.roles, [
    'African Union (AU) Commission Chairperson',
  ]);
  assert.deepEqual(
    x.quotes.map((q) => [nameOf(x, q.speaker), q.text]),
    [['Amara Diallo', 'win-win']],
  );
  assert.deepEqual(
    x.statements.map((s) => nameOf(x, s.speaker)),
    ['Amara Diallo'],
  );
});

test('meetings and statements: "the two ministers" right after a meeting are its people, not the first meeting\'s', () => {
  const x = run(
    "South Korea's Foreign Minister Park Ji-won paid a courtesy call on Japanese Prime Minister Kenji Sato in Tokyo on Monday.\nPark also held talks with his Japanese counterpart, Yuki Tanaka, on Sunday. The two ministers reaffirmed their commitment to trilateral cooperation.",
    '2025-02-03',
  );
  assert.deepEqual(
    x.statements.map((s) => nameOf(x, s.speaker)),
    ['Park Ji-won', 'Yuki Tanaka'],
  );
  assert.deepEqual(x.people.find((p) => p.name === 'Yuki Tanaka')?.roles, ['Japanese counterpart', 'Foreign Minister']);
});

test('people: "he" after "with whom" is the sentence\'s subject, not the person the clause is about', () => {
  const x = run(
    'President Budi Santoso also paid a call on Prime Minister Le Thanh Hai, with whom he discussed rice exports and fisheries.',
  );
  assert.deepEqual(
    x.statements.map((s) => [nameOf(x, s.speaker), s.position]),
    [['Budi Santoso', 'discussed rice exports and fisheries']],
  );
});

test('statements: a quoted sentence with fewer than three substantive words states no position', () => {
  const x = run(
    '"This is not a threat. It is simply what the agreement provides for. Sanctions will return if inspectors stay out," Minister Lena Vogt said.',
  );
  assert.deepEqual(
    x.statements.map((s) => s.position),
    ['Sanctions will return if inspectors stay out'],
  );
});

test("meetings: an undated meeting takes the day of the report's opening sentence about one of its people", () => {
  const x = run(
    'WASHINGTON (AP) — Secretary of State Laura Reed warned China on Thursday against supplying weapons.\n\nReed spoke after a meeting with Chinese Vice President Han Wei at the State Department.',
    '2024-05-24',
  );
  assert.deepEqual(meetings(x), [{ pair: 'Han Wei + Laura Reed', others: [], date: '2024-05-23' }]);
});

test('dates: "this morning", "last night", "the 1st of November"', () => {
  const x = run(
    'President Ana Lopes met Pope Leo Marti this morning. President Ana Lopes met Prime Minister Ravi Kumar on the 1st of November. President Ana Lopes met King Harald Moen last night.',
    '2024-11-06',
  );
  assert.deepEqual(
    x.meetings.map((m) => m.date),
    ['2024-11-06', '2024-11-01', '2024-11-05'],
  );
});

test('statements: "the ministry quoted X as saying that …", "X was quoted as saying …"', () => {
  const x = run(
    'The ministry quoted Minister Aiko Mori as saying that Japan would double its aid to the region. Minister Dara Sok was quoted as saying Cambodia would never allow foreign bases on its soil.',
  );
  assert.deepEqual(
    x.statements.map((s) => [nameOf(x, s.speaker), s.position]),
    [
      ['Aiko Mori', 'Japan would double its aid to the region'],
      ['Dara Sok', 'Cambodia would never allow foreign bases on its soil'],
    ],
  );
});

test('statements: "A and B called on X to …"; a clause ends at a comma inside the closing quotation before "while"', () => {
  const x = run(
    'Brazil\'s Ana Lopes and Chile\'s Luis Vera called on Latin American nations on Wednesday to respond jointly to the tariffs. Minister Ola Berge urged the council to act "without delay," while Minister Ana Rojas said Chile remained open to a negotiated solution.',
  );
  assert.deepEqual(
    x.statements.map((s) => [nameOf(x, s.speaker), s.position]),
    [
      ['Ana Lopes', 'called on Latin American nations on Wednesday to respond jointly to the tariffs'],
      ['Luis Vera', 'called on Latin American nations on Wednesday to respond jointly to the tariffs'],
      ['Ola Berge', 'urged the council to act without delay'],
      ['Ana Rojas', 'Chile remained open to a negotiated solution'],
    ],
  );
});

test('statements: a quotation opening with "That" keeps it', () => {
  const x = run('Asked about the canal, Minister Aiko Mori said: "That is a question for our development agency."');
  assert.deepEqual(
    x.statements.map((s) => s.position),
    ['That is a question for our development agency'],
  );
});

test('people: places and issues of several capitalised words are no people ("the Gaza Strip talks", "the Golan Heights issue")', () => {
  const x = run(
    'The Kremlin said the Gaza Strip talks had stalled. Officials said the Golan Heights issue was raised. Talks between President Ana Lopes and Chancellor Otto Brandt were held.',
  );
  assert.deepEqual(
    x.people.map((p) => p.name),
    ['Ana Lopes', 'Otto Brandt'],
  );
});
