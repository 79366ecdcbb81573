// Table tests for extraction: invented sentences about people the data files do not name
// (Indian, Russian, Japanese, Korean, European, African diplomats), one table per rule family,
// hard cases included. Sentence in, expected facts out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/extract/index.js';
import type { Extraction } from '../../../src/model.js';
import { article, nameOf } from '../../support/articles.js';

const run = (text: string, published: string | null = null) => extract(article(text, published));
const names = (x: Extraction) => x.people.map((p) => p.name).sort();
const quotes = (x: Extraction) => x.quotes.map((q) => [nameOf(x, q.speaker), q.text]);
const pairs = (x: Extraction) =>
  x.meetings.map((m) =>
    m.participants
      .map((id) => nameOf(x, id))
      .sort()
      .join(' + '),
  );

// ---------------------------------------------------------------- people
const peopleTable: [string, string[]][] = [
  ['Indian External Affairs Minister Subrahmanyam Jaishankar arrived on Monday.', ['Subrahmanyam Jaishankar']],
  ['South Korean President Yoon Suk Yeol spoke first.', ['Yoon Suk Yeol']],
  [
    'The talks were chaired by State Councilor Li Qiang and Vice Foreign Minister Ma Zhaoxu.',
    ['Li Qiang', 'Ma Zhaoxu'],
  ],
  ['Kremlin spokesman Dmitry Peskov said the visit was useful.', ['Dmitry Peskov']],
  ['Saudi Crown Prince Mohammed bin Salman received the delegation.', ['Mohammed bin Salman']],
  ['"We are ready," Ngozi Okonjo-Iweala said.', ['Ngozi Okonjo-Iweala']],
  ['The visit was announced by Kaja Kallas, the EU foreign policy chief, in Brussels.', ['Kaja Kallas']],
  ["Antonio Tajani, Italy's foreign minister, flew to Kyiv.", ['Antonio Tajani']],
  ["Japan's top diplomat Yoko Kamikawa met reporters.", ['Yoko Kamikawa']],
  ['Beijing and Moscow said on Monday that New Delhi had agreed.', []],
  ['Photo by Jane SMITHSON / POOL. Credit: Kim Lee / Getty Images', []],
  ['Officials said the deal was done. Russians said no. Hamas said it would respond. Kyodo reported the visit.', []],
  ["South Korea's President Yoon Suk Yeol arrived in Tokyo.", ['Yoon Suk Yeol']],
  ['European Commission President Ursula von der Leyen arrived.', ['Ursula von der Leyen']],
  ['Sanctions on Putin were discussed.', ['Putin']],
  // words of a title or of a thing's name are not people; regions are not people
  [
    'Deputy Chief Cabinet Secretary Haruto Nishimori and Gulf envoy Lena Brandt arrived.',
    ['Haruto Nishimori', 'Lena Brandt'],
  ],
  ['Egyptian General Intelligence chief Omar Fathy held talks.', ['Omar Fathy']],
  ['The minister said funds would come from the Maritime Security Assistance program.', []],
  ["The envoy said the so-called Lisbon Quartet was back. Officials said Asia's leaders agreed.", []],
  ['Joint Secretary for Eurasia Devika Raman attended.', ['Devika Raman']],
  ["A source told Al Jazeera that Peskov said Europe's leaders were wrong.", ['Peskov']],
  // name particles joined by a hyphen, generational suffixes, a given name that is also a month, "Ma." for Maria
  ['Egyptian President Abdel-Fattah el-Sissi received the envoy.', ['Abdel-Fattah el-Sissi']],
  ['Philippine President Ferdinand Romualdez Jr. arrived in Jakarta.', ['Ferdinand Romualdez Jr.']],
  ['He was accompanied by Foreign Minister June Mwakasege.', ['June Mwakasege']],
  ['Foreign Affairs Undersecretary Ma. Lourdes Ocampo attended the talks.', ['Ma. Lourdes Ocampo']],
  [
    'He met the Minister of Foreign Affairs, Trade and Cooperation Luis Miguel Salcedo in Lima.',
    ['Luis Miguel Salcedo'],
  ],
];
for (const [sentence, expected] of peopleTable) {
  test(`people: ${sentence.slice(0, 70)} -> ${expected.join(', ') || 'nobody'}`, () => {
    assert.deepEqual(names(run(sentence)), [...expected].sort());
  });
}

test('quotes: "the Kremlin spokesman said" is the spokesman, not the institution; "the head of state said" is the leader', () => {
  const x = run(
    'Kremlin spokesman Yuri Volkov said on Monday that President Pavel Orlov met the emir. "It was a useful talk," the Kremlin spokesman said.\n\nOpening the talks, Orlov noted that trade had grown. "Our partners matter," the head of state said.',
  );
  assert.deepEqual(quotes(x), [
    ['Yuri Volkov', 'It was a useful talk,'],
    ['Pavel Orlov', 'Our partners matter,'],
  ]);
});

test('people: a middle name used alone ("Lula" of "Luiz Inacio Lula da Silva") is the same person', () => {
  const x = run('Brazilian President Joaquim Pedro Tavares da Fonseca arrived in Lima. "We are ready," Tavares said.');
  assert.deepEqual(names(x), ['Joaquim Pedro Tavares da Fonseca']);
  assert.deepEqual(quotes(x), [['Joaquim Pedro Tavares da Fonseca', 'We are ready,']]);
});

test('people: "the head of Russian diplomacy" and "the Russian diplomat" resolve to the foreign minister', () => {
  const x = run(
    'Russian Foreign Minister Sergei Lavrov on Thursday received his Turkish counterpart Hakan Fidan in Moscow. The head of Russian diplomacy noted that bilateral trade had reached a record. "We value a balanced approach," the Russian diplomat told journalists.',
    '2023-09-01',
  );
  assert.deepEqual(pairs(x), ['Hakan Fidan + Sergei Lavrov']);
  assert.equal(x.meetings[0]!.date, '2023-08-31');
  assert.deepEqual(quotes(x), [['Sergei Lavrov', 'We value a balanced approach,']]);
  assert.equal(nameOf(x, x.statements[0]!.speaker), 'Sergei Lavrov');
});

test('people: Korean names of three parts stay apart, "UN" is not part of a name, a pronoun skips a possessive', () => {
  const x = run(
    'North Korea\'s leader Kim Jong Un met Russian President Vladimir Putin at the Vostochny Cosmodrome on Wednesday. The two leaders held talks for about four hours. Kim was accompanied by Foreign Minister Choe Son Hui.\n\nKim\'s sister Kim Yo Jong later issued a statement. "Our position is clear," she said.',
    '2023-09-14',
  );
  assert.deepEqual(names(x), ['Choe Son Hui', 'Kim Jong Un', 'Kim Yo Jong', 'Vladimir Putin']);
  const m = x.meetings[0]!;
  assert.deepEqual(
    [m.date, m.durationMinutes, m.others.map((id) => nameOf(x, id))],
    ['2023-09-13', 240, ['Choe Son Hui']],
  );
  assert.deepEqual(quotes(x), [['Kim Yo Jong', 'Our position is clear,']]);
});

test('people: a possessive country of two words gives the country', () => {
  const x = run("South Korea's President Yoon Suk Yeol arrived in Tokyo.");
  assert.equal(x.people[0]!.country, 'KR');
  assert.deepEqual(x.people[0]!.roles, ["South Korea's President"]);
});

test('people: a title, country and role come from the title before the name', () => {
  const x = run('Indian External Affairs Minister Subrahmanyam Jaishankar met reporters.');
  assert.equal(x.people[0]!.country, 'IN');
  assert.deepEqual(x.people[0]!.roles, ['Indian External Affairs Minister']);
});

test('people: a surname alone, a given name variant and a misspelling resolve to the person named earlier', () => {
  const x = run(
    'German Foreign Minister Annalena Baerbock met US State Department spokesman Matthew Miller. Baerbock said the talks went well. Matt Miller agreed. Later Baerbok said more.',
  );
  assert.deepEqual(names(x), ['Annalena Baerbock', 'Matthew Miller']);
  const ab = x.people.find((p) => p.name === 'Annalena Baerbock')!;
  assert.ok(ab.aliases.includes('Baerbok'));
});

test('people: "the Secretary", "the top Japanese diplomat" and "the Korean side" resolve by title and country', () => {
  const x = run(
    'Japanese Foreign Minister Yoko Kamikawa hosted South Korean Foreign Minister Park Jin in Tokyo. The top Japanese diplomat stressed "future-oriented" ties. The Korean side urged Japan to address history issues.',
  );
  assert.deepEqual(quotes(x), [['Yoko Kamikawa', 'future-oriented']]);
  const st = x.statements.map((s) => [nameOf(x, s.speaker), s.position]);
  assert.ok(
    st.some(([n, p]) => n === 'Park Jin' && /address history issues/.test(p!)),
    JSON.stringify(st),
  );
});

test('people: an indefinite official stays unnamed and "the official" later does not become a named person', () => {
  const x = run(
    'French President Emmanuel Macron met Chinese Premier Li Qiang. "Progress was real," a senior Elysee official told reporters. "Nothing is settled," the official added.',
  );
  assert.deepEqual(quotes(x), [
    [null, 'Progress was real,'],
    [null, 'Nothing is settled,'],
  ]);
});

test('people: "his Chinese counterpart X" is a meeting partner, and "the Chinese foreign minister" later resolves to X', () => {
  const x = run(
    'By Jane Roe and Ethan Wang\n\nRussian Foreign Minister Sergei Lavrov held talks with his Chinese counterpart Wang Yi in Beijing on Tuesday.\n\nWang, who is also a member of the Politburo, said China supported "a real peace conference."\n\n"China and Russia will always be good neighbours," the Chinese foreign minister said.\n\n(Reporting by Jane Roe; Editing by Gerry Doyle)',
    '2024-04-09',
  );
  assert.deepEqual(names(x), ['Sergei Lavrov', 'Wang Yi']);
  assert.deepEqual(pairs(x), ['Sergei Lavrov + Wang Yi']);
  assert.deepEqual(x.meetings[0]!.date, '2024-04-09');
  assert.deepEqual(
    quotes(x).map((q) => q[0]),
    ['Wang Yi', 'Wang Yi'],
  );
});

test('people: an institution in a title gives the country', () => {
  assert.equal(run('Kremlin spokesman Dmitry Peskov said the talks were useful.').people[0]!.country, 'RU');
});

test('people: "U.S." in a title gives the country', () => {
  assert.equal(run('U.S. Treasury Secretary Janet Yellen warned Chinese firms.').people[0]!.country, 'US');
});

test('people and quotes: parentheticals between subject and verb, a place before an apposition, "of Germany"', () => {
  const x = run(
    'According to a readout released by New Delhi, Indian Prime Minister Narendra Modi "emphasized the importance of dialogue."\n\nModi later met Foreign Minister Annalena Baerbock of Germany. Baerbock, speaking alongside Modi, said India was "a key partner." She added that Berlin wanted closer ties.\n\nZelensky, in an interview with CNN, said: "We need more air defence."',
    '2023-07-03',
  );
  assert.deepEqual(names(x), ['Annalena Baerbock', 'Narendra Modi', 'Zelensky']);
  assert.equal(x.people.find((p) => p.name === 'Annalena Baerbock')!.country, 'DE');
  assert.deepEqual(
    quotes(x).map((q) => q[0]),
    ['Narendra Modi', 'Annalena Baerbock', 'Zelensky'],
  );
  assert.deepEqual(x.statements.map((s) => nameOf(x, s.speaker)).slice(1, 3), [
    'Annalena Baerbock',
    'Annalena Baerbock',
  ]);
});

// ---------------------------------------------------------------- quotes
const quoteTable: [string, [string | null, string][]][] = [
  [
    '"India will not take sides," Jaishankar told reporters in Moscow, where External Affairs Minister Subrahmanyam Jaishankar arrived.',
    [['Subrahmanyam Jaishankar', 'India will not take sides,']],
  ],
  [
    'Russian Foreign Minister Sergei Lavrov said: "The West has lost its way."',
    [['Sergei Lavrov', 'The West has lost its way.']],
  ],
  [
    '"Our partnership is strong," said Kenyan President William Ruto.',
    [['William Ruto', 'Our partnership is strong,']],
  ],
  [
    'Chinese Foreign Minister Wang Yi arrived. "Dialogue is the only way," said Mr. Wang.',
    [['Wang Yi', 'Dialogue is the only way,']],
  ],
  [
    'Turkish Foreign Minister Hakan Fidan called the plan "unacceptable" and "dangerous."',
    [
      ['Hakan Fidan', 'unacceptable'],
      ['Hakan Fidan', 'dangerous.'],
    ],
  ],
  [
    "Lavrov says Moscow is 'open' to talks, after Russian Foreign Minister Sergei Lavrov met envoys",
    [['Sergei Lavrov', 'open']],
  ],
  [
    'According to Xinhua, "the two sides reached a broad consensus."',
    [[null, 'the two sides reached a broad consensus.']],
  ],
  [
    'British Foreign Secretary David Lammy arrived. ‘The ministers’ talks were useful, and we will build on them,’ Lammy said.',
    [['David Lammy', 'The ministers’ talks were useful, and we will build on them,']],
  ],
  [
    'Turkish Foreign Minister Hakan Fidan was quoted by Anadolu as saying: "Turkey is ready to host talks."',
    [['Hakan Fidan', 'Turkey is ready to host talks.']],
  ],
  [
    "Lavrov: 'The West must listen', after Russian Foreign Minister Sergei Lavrov met envoys",
    [['Sergei Lavrov', 'The West must listen']],
  ],
  [
    'Polish Foreign Minister Radoslaw Sikorski insisted that Warsaw would "never accept" the deal, according to state media.',
    [['Radoslaw Sikorski', 'never accept']],
  ],
  [
    'Chancellor Olaf Scholz arrived. "We want calm," he said, "and we want it now."',
    [
      ['Olaf Scholz', 'We want calm,'],
      ['Olaf Scholz', 'and we want it now.'],
    ],
  ],
  [
    'Indonesian Foreign Minister Retno Marsudi spoke. ASEAN will "stay neutral" on the issue, Marsudi noted.',
    [['Retno Marsudi', 'stay neutral']],
  ],
  [
    'Brazilian President Luiz Inacio Lula da Silva urged restraint, TASS reported him as saying "peace first."',
    [['Luiz Inacio Lula da Silva', 'peace first.']],
  ],
  [
    'Egyptian Foreign Minister Sameh Shoukry held talks in Cairo, as the region is -in Shoukry\'s words- "at a breaking point."',
    [['Sameh Shoukry', 'at a breaking point.']],
  ],
];
for (const [sentence, expected] of quoteTable) {
  test(`quotes: ${sentence.slice(0, 70)}`, () => {
    assert.deepEqual(quotes(run(sentence)), expected);
  });
}

test('quotes: a quotation over paragraphs without closing marks is one quotation', () => {
  const x = run(
    'Philippine President Ferdinand Marcos Jr spoke in Manila.\n\n"We will defend every inch of our territory.\n\n"We will not be provoked.\n\n"We ask only for respect," Marcos said.',
  );
  assert.deepEqual(quotes(x), [
    [
      'Ferdinand Marcos Jr',
      'We will defend every inch of our territory. We will not be provoked. We ask only for respect,',
    ],
  ]);
});

test('quotes: a paragraph that is only a quotation continues the previous speaker', () => {
  const x = run('"The talks were useful," Australian Foreign Minister Penny Wong said.\n\n"We agreed to meet again."');
  assert.deepEqual(quotes(x), [
    ['Penny Wong', 'The talks were useful,'],
    ['Penny Wong', 'We agreed to meet again.'],
  ]);
});

test('quotes: ", adding that X stressed" keeps the spokesman as the speaker of the quoted words', () => {
  const x = run(
    'NATO Secretary General Jens Stoltenberg met Finnish President Alexander Stubb. "The meeting was warm," NATO spokeswoman Farah Dakhlallah said, adding that Stoltenberg stressed the "importance of unity."',
  );
  assert.deepEqual(
    quotes(x).map((q) => q[0]),
    ['Farah Dakhlallah', 'Farah Dakhlallah'],
  );
});

test('quotes: "the statement said" continues the speaker who issued the statement', () => {
  const x = run(
    '"Talks were frank," Vietnamese Foreign Ministry spokeswoman Pham Thu Hang said in a statement. "Both sides raised concerns," the statement said.',
  );
  assert.deepEqual(
    quotes(x).map((q) => q[0]),
    ['Pham Thu Hang', 'Pham Thu Hang'],
  );
});

// ---------------------------------------------------------------- meetings
const meetingTable: [string, string | null, string[], (string | null)[]][] = [
  [
    'Indian External Affairs Minister Subrahmanyam Jaishankar met Russian Foreign Minister Sergei Lavrov in Moscow on Tuesday.',
    '2023-06-21',
    ['Sergei Lavrov + Subrahmanyam Jaishankar'],
    ['2023-06-20'],
  ],
  [
    'Japanese Prime Minister Fumio Kishida held talks with South Korean President Yoon Suk Yeol and US President Joe Biden at Camp David.',
    '2023-08-19',
    ['Fumio Kishida + Joe Biden + Yoon Suk Yeol'],
    // no day in the report: the publication day
    ['2023-08-19'],
  ],
  [
    'Talks between German Chancellor Olaf Scholz and French President Emmanuel Macron lasted two hours.',
    null,
    ['Emmanuel Macron + Olaf Scholz'],
    [null],
  ],
  [
    'Saudi Crown Prince Mohammed bin Salman hosted Ukrainian President Volodymyr Zelensky in Jeddah last May.',
    '2023-08-10',
    ['Mohammed bin Salman + Volodymyr Zelensky'],
    ['2023-05'],
  ],
  [
    'Italian Prime Minister Giorgia Meloni (left) and British Prime Minister Rishi Sunak shake hands in Rome on April 18, 2023.',
    null,
    ['Giorgia Meloni + Rishi Sunak'],
    ['2023-04-18'],
  ],
  [
    'Turkish President Recep Tayyip Erdogan meets with Finnish President Sauli Niinisto',
    null,
    ['Recep Tayyip Erdogan + Sauli Niinisto'],
    [null],
  ],
  [
    'Chinese Foreign Minister Wang Yi told reporters after his meeting with Spanish Foreign Minister Jose Manuel Albares on Sunday that ties were good.',
    '2023-06-19',
    ['Jose Manuel Albares + Wang Yi'],
    ['2023-06-18'],
  ],
  [
    'Brazilian President Luiz Inacio Lula da Silva and Argentine President Alberto Fernandez met in Brasilia.',
    null,
    ['Alberto Fernandez + Luiz Inacio Lula da Silva'],
    [null],
  ],
  ['Indian Prime Minister Narendra Modi visited the Kremlin to talk about the Biden administration.', null, [], []],
  [
    'French President Emmanuel Macron will meet Chinese President Xi Jinping on Friday, and hopes to meet Indian Prime Minister Narendra Modi later.',
    '2023-04-03',
    [],
    [],
  ],
  ['German Chancellor Olaf Scholz did not meet Brazilian President Luiz Inacio Lula da Silva.', null, [], []],
  [
    'External Affairs Minister S Jaishankar also called on President Vladimir Putin at the Kremlin on Wednesday.',
    '2023-12-27',
    ['S Jaishankar + Vladimir Putin'],
    ['2023-12-27'],
  ],
  [
    'Prime Minister Narendra Modi and President Vladimir Putin met in Samarkand in September 2022, where Modi told Putin that "today\'s era is not of war".',
    '2023-12-27',
    ['Narendra Modi + Vladimir Putin'],
    ['2022-09'],
  ],
];
for (const [sentence, published, expected, dates] of meetingTable) {
  test(`meetings: ${sentence.slice(0, 70)}`, () => {
    const x = run(sentence, published);
    assert.deepEqual(pairs(x), expected);
    assert.deepEqual(
      x.meetings.map((m) => m.date),
      dates,
    );
  });
}

const meetingTable2: [string, string[]][] = [
  [
    'Finnish Prime Minister Aino Virtanen visited both Chancellor Lukas Brenner and President Marta Novak in May.',
    ['Aino Virtanen + Lukas Brenner', 'Aino Virtanen + Marta Novak'],
  ],
  [
    'Foreign Minister Ines Duarte arrived with Foreign Minister Pieter Claes. Foreign Minister Katrin Lind came later. Its foreign ministers, Ines Duarte, Pieter Claes and Katrin Lind, met near Lisbon in June.',
    ['Ines Duarte + Katrin Lind + Pieter Claes'],
  ],
  [
    'Foreign Minister Arjun Mehra said President Oleg Vorontsov had received him at the Kremlin.',
    ['Arjun Mehra + Oleg Vorontsov'],
  ],
  [
    'Foreign Minister Hana Sato also paid a courtesy call on President Ramon Villanueva at the palace.',
    ['Hana Sato + Ramon Villanueva'],
  ],
  [
    'Prime Minister Ravi Kumar held talks with visiting Kenyan President Grace Wanjiru on Monday.',
    ['Grace Wanjiru + Ravi Kumar'],
  ],
  ["Ambassador Tomas Ruiz and Undersecretary Elena Cruz took part in the ministers' meeting.", []],
  [
    'Strategic Affairs Minister Avi Peretz and General Intelligence chief Samir Khalil held talks for five hours.',
    ['Avi Peretz + Samir Khalil'],
  ],
  ['Finance Minister Rui Barros and Trade Minister Lia Matos, who sat in on the meeting, were named later.', []],
];
for (const [sentence, expected] of meetingTable2) {
  test(`meetings: ${sentence.slice(0, 70)} -> ${expected.join('; ') || 'none'}`, () => {
    assert.deepEqual(pairs(run(sentence, '2024-07-09')).sort(), expected);
  });
}

test('meetings: an undated meeting later in the report takes the day of the dated meeting of its people that week', () => {
  const x = run(
    'Foreign Minister Hana Sato met Foreign Secretary Luis Reyes in Manila on Monday. Later in the day, Sato paid a courtesy call on President Ramon Villanueva.',
    '2024-07-09',
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
      ['Hana Sato + Luis Reyes', '2024-07-08'],
      ['Hana Sato + Ramon Villanueva', '2024-07-08'],
    ],
  );
});

test('meetings: duration, place, delegation members who participated or accompanied', () => {
  const x = run(
    'Indian External Affairs Minister Subrahmanyam Jaishankar spoke with Chinese Foreign Minister Wang Yi for seven and a half hours at the Hyderabad House in New Delhi on Sunday. Indian officials participating in the meeting included Foreign Secretary Vinay Kwatra. Wang was accompanied by Vice Foreign Minister Sun Weidong.',
    '2023-06-19',
  );
  assert.deepEqual(pairs(x), ['Subrahmanyam Jaishankar + Wang Yi']);
  const m = x.meetings[0]!;
  assert.equal(m.date, '2023-06-18');
  assert.equal(m.place, 'Hyderabad House, New Delhi');
  assert.equal(m.durationMinutes, 450);
  assert.deepEqual(m.others.map((id) => nameOf(x, id)).sort(), ['Sun Weidong', 'Vinay Kwatra']);
});

test('meetings: dates resolve from the first full date in the text when the report has none', () => {
  const x = run(
    'Caption: Foreign ministers in Seoul on March 6, 2023.\n\nSouth Korean Foreign Minister Park Jin met Japanese Foreign Minister Yoshimasa Hayashi on Sunday. Prime Minister Fumio Kishida and President Yoon Suk Yeol met in Tokyo last November.',
  );
  assert.deepEqual(
    x.meetings.map((m) => m.date),
    ['2023-03-05', '2022-11'],
  );
});

test('meetings: without any date in the report, a weekday stays unresolved', () => {
  const x = run(
    'Indian External Affairs Minister Subrahmanyam Jaishankar met Russian Foreign Minister Sergei Lavrov on Tuesday.',
  );
  assert.deepEqual(
    x.meetings.map((m) => m.date),
    [null],
  );
});

test('meetings: "I met B," says a named speaker: the speaker met B; a meeting with an unnamed group is none', () => {
  const x = run(
    '"I met Foreign Minister Lena Dahl," Deputy Prime Minister Arjun Mehra said. He met Chinese officials in Hanoi.',
  );
  assert.deepEqual(pairs(x), ['Arjun Mehra + Lena Dahl']);
});

test('meetings: a meeting inside a quotation nobody named said is not extracted', () => {
  const x = run('"Minister Lena Dahl met Deputy Prime Minister Arjun Mehra in Hanoi," an aide said.');
  assert.deepEqual(pairs(x), []);
});

// ---------------------------------------------------------------- statements
test('statements: reported speech gives the clause as the position, with topics', () => {
  const x = run(
    'Japanese Foreign Minister Yoko Kamikawa said on Monday that Japan and South Korea must expand military communication hotlines. She urged North Korea to return to talks on denuclearization. Kamikawa also raised concerns about the South China Sea.',
    '2023-06-19',
  );
  const st = x.statements.map((s) => [nameOf(x, s.speaker), s.position, s.topics]);
  assert.deepEqual(st[0]![1], 'Japan and South Korea must expand military communication hotlines');
  assert.ok((st[0]![2] as string[]).includes('military communication'));
  assert.equal(st[1]![0], 'Yoko Kamikawa');
  assert.match(st[1]![1] as string, /^urged North Korea to return to talks/);
  assert.ok((st[1]![2] as string[]).includes('North Korea'));
  assert.match(st[2]![1] as string, /^raised concerns about the South China Sea/);
  assert.ok((st[2]![2] as string[]).includes('South China Sea'));
});

test('statements: welcoming a visitor is a meeting, not a position; "the French leader added" resolves', () => {
  const x = run(
    'French President Emmanuel Macron welcomed South African President Cyril Ramaphosa at the Elysee Palace on Friday. The French leader added that both countries wanted "a just and lasting peace".',
    '2023-06-24',
  );
  assert.deepEqual(pairs(x), ['Cyril Ramaphosa + Emmanuel Macron']);
  assert.deepEqual(
    x.statements.map((s) => [nameOf(x, s.speaker), s.position]),
    [['Emmanuel Macron', 'both countries wanted a just and lasting peace']],
  );
});

test('statements: "CLAUSE, X noted" gives a position; a short direct quotation of two sentences gives one', () => {
  const x = run(
    'Hungarian Foreign Minister Peter Szijjarto spoke. Budapest will keep buying Russian gas for now, Szijjarto noted. "We need energy for our factories. We cannot let our people freeze," he said.',
  );
  const st = x.statements.map((s) => s.position);
  assert.deepEqual(st, [
    'Budapest will keep buying Russian gas for now',
    'We need energy for our factories; We cannot let our people freeze',
  ]);
});

test('extraction: every fact carries evidence with offsets into the text', () => {
  const text =
    'Indian External Affairs Minister Subrahmanyam Jaishankar met Russian Foreign Minister Sergei Lavrov. "Ties are steady," Lavrov said.';
  const x = run(text);
  for (const f of [...x.people, ...x.quotes, ...x.meetings, ...x.statements])
    for (const e of f.evidence) {
      assert.equal(text.slice(e.start, e.end), e.sentence);
      assert.ok(e.rule && e.confidence > 0 && e.confidence <= 1);
    }
  assert.deepEqual(x.countries.map((c) => c.code).sort(), ['IN', 'RU']);
});
