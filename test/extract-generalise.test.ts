// Table tests for extraction on patterns seen in reports from other outlets and regions: spouses,
// "was joined by", captions of three leaders, "the two leaders met", year-only dates, more
// reported-speech verbs. All sentences and people are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../src/extract/index.js';
import type { Article, Extraction } from '../src/model.js';

function article(text: string, published: string | null = null): Article {
  return { id: 't', source: 't.txt', title: null, outlet: null, published, url: null, dateline: null, text, contentHash: '' };
}
const run = (text: string, published: string | null = '2023-06-22') => extract(article(text, published));
const nameOf = (x: Extraction, id: string | null) => (id === null ? null : (x.people.find((p) => p.id === id)?.name ?? id));
const meetings = (x: Extraction) =>
  x.meetings.map((m) => ({
    pair: m.participants.map((id) => nameOf(x, id)).sort().join(' + '),
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
  ['Prime Minister Rishi Mehra and his wife, Anita Mehra, greeted Emperor Hiro at the palace.', [{ pair: 'Hiro + Rishi Mehra', others: ['Anita Mehra'], date: null }]],
  // "was joined by" a leader of another country is a meeting; one of the same country is a delegation member
  ['Finnish President Sauli Niemi was joined by Swedish Prime Minister Ulf Berg for talks in Helsinki on Monday.', [{ pair: 'Sauli Niemi + Ulf Berg', others: [], date: '2023-06-19' }]],
  [
    'Finnish President Sauli Niemi met Swedish Prime Minister Ulf Berg in Helsinki on Monday. Niemi was joined by Finnish Foreign Minister Elina Koski.',
    [{ pair: 'Sauli Niemi + Ulf Berg', others: ['Elina Koski'], date: '2023-06-19' }],
  ],
  // a caption of three leaders with their titles
  [
    'German Chancellor Hans Vogel, French President Marc Dubois and Italian Prime Minister Luca Rossi pose for a photo in Rome.',
    [{ pair: 'Hans Vogel + Luca Rossi + Marc Dubois', others: [], date: null }],
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
  ['President Ana Lopes and Chancellor Otto Brandt last met in Lisbon in January.', [{ pair: 'Ana Lopes + Otto Brandt', others: [], date: '2023-01' }]],
  ['President Ana Lopes first met Chancellor Otto Brandt in 2019.', [{ pair: 'Ana Lopes + Otto Brandt', others: [], date: '2019' }]],
  // a year after "since" starts something else
  ['President Ana Lopes met Chancellor Otto Brandt, the first visit since ties were restored in 1979.', [{ pair: 'Ana Lopes + Otto Brandt', others: [], date: null }]],
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
  ['Chancellor Hans Vogel called for an immediate ceasefire in the region.', 'Hans Vogel', /^called for an immediate ceasefire/],
  ['Prime Minister Luca Rossi warned that the sanctions would hurt European farmers more than anyone.', 'Luca Rossi', /^the sanctions would hurt European farmers/],
  ['French President Marc Dubois pledged to send more aid to the displaced families.', 'Marc Dubois', /^pledged to send more aid/],
  ['President Marc Dubois voiced support for the new trade corridor across the Gulf.', 'Marc Dubois', /^voiced support for the new trade corridor/],
  ['Prime Minister Ravi Kumar rejected claims that India had bought discounted oil.', 'Ravi Kumar', /^rejected claims that India had bought/],
  ['Prime Minister Ravi Kumar hailed the agreement as a milestone for regional stability.', 'Ravi Kumar', /^hailed the agreement as a milestone/],
  ['President Marc Dubois vowed to keep supporting the reconstruction "for as long as it takes".', 'Marc Dubois', /^vowed to keep supporting the reconstruction/],
  ['President Amina Diallo thanked Dubois for his support on the climate fund.', 'Amina Diallo', /^thanked Dubois for his support on the climate fund/],
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
