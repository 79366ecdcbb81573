// Table tests of quote attribution (src/extract/quotes/rules.ts): for each row of AFTER, BEFORE and
// CUES an invented report whose last quotation that row attributes, with the speaker it finds; and a
// check that every row has a test row. All names and sentences are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attribute, type Attribution, type AttributionContext } from '../../../../src/extract/quotes/attribute.js';
import { AFTER, BEFORE, CUES } from '../../../../src/extract/quotes/rules.js';
import { analyse, nameOf } from '../../../support/extract.js';

/** Every quotation of `text` attributed in order, as the sentence walk does; with the speakers' names. */
function attributions(text: string): (Attribution & { name: string | null; text: string })[] {
  const a = analyse(text);
  const { sentences, sentenceAt, quotes } = a.doc;
  let previous: AttributionContext['previous'] = null;
  let lastSpeaker: string | null = null;
  return quotes.map((q) => {
    const found = attribute(q, {
      sentences,
      mentions: (i) => a.mentions[i] ?? [],
      sentenceAt,
      previous,
      lastSpeaker,
    });
    lastSpeaker = found.speaker ?? lastSpeaker;
    previous = {
      speaker: found.speaker,
      close: q.close,
      para: sentences[sentenceAt(Math.max(q.open, q.close - 1))]!.para,
      sentence: sentenceAt(q.open),
    };
    return { ...found, name: nameOf(a.people, found.speaker), text: q.text };
  });
}

const intro = 'Foreign Minister Ana Ruiz visited the port on Monday. ';

/** [row, report (its last quotation is the one tested), speaker, rule] */
const rows: [NonNullable<Attribution['by']>, string, string | null, string][] = [
  [
    'after.quoted-as-saying',
    `${intro}‘The port will reopen,’ the agency quoted Ruiz as saying.`,
    'Ana Ruiz',
    'quote.quoted-as-saying',
  ],
  ['after.reporting-clause', `${intro}“The port will reopen,” Ruiz said.`, 'Ana Ruiz', 'quote.said-after'],
  [
    'after.reporting-clause',
    `${intro}Talks went on. “The docks will stay shut,” Mr Olvera, the harbour master, said.`,
    'Olvera',
    'quote.said-after',
  ],
  ['after.bare-verb', `${intro}“O porto vai reabrir em maio”, explicou.`, 'Ana Ruiz', 'quote.bare-verb'],
  [
    'after.sentence-end-clause',
    `${intro}“The port will reopen” by May, the talks will resume soon, Ruiz added.`,
    'Ana Ruiz',
    'quote.said-end',
  ],
  // a pronoun of the clause goes back to the subject of the sentence before, not to a possessive beside it
  [
    'after.sentence-end-clause',
    `${intro}Ruiz told reporters that ties with the city “have never been better”. The visit would take forward the “very comprehensive” harbour plan adopted during Mayor Luis Olvera's visit, she was quoted as saying.`,
    'Ana Ruiz',
    'quote.said-end',
  ],
  ['before.in-words', `${intro}In Ruiz’s words, “the door is open.”`, 'Ana Ruiz', 'quote.in-words'],
  [
    'before.adding-that',
    `${intro}Ruiz said talks went well, adding that “the door is open.”`,
    'Ana Ruiz',
    'quote.adding-that',
  ],
  ['cue.according-to', `${intro}According to Ruiz, “the door is open.”`, 'Ana Ruiz', 'quote.according-to'],
  [
    'cue.quoted-as-saying',
    `${intro}A news agency quoted Ruiz as saying “the door is open.”`,
    'Ana Ruiz',
    'quote.quoted-as-saying',
  ],
  ['cue.put-it', `${intro}It is a port where, as Ruiz put it, “nothing moves”.`, 'Ana Ruiz', 'quote.said-before'],
  ['after.as-put-it', `${intro}Aides pressed for “calm” as Ruiz puts it.`, 'Ana Ruiz', 'quote.said-after'],
  ['cue.reporting-verb', `${intro}Ruiz said: “The door is open.”`, 'Ana Ruiz', 'quote.said-before'],
  [
    'cue.passive',
    `${intro}After fears that Ruiz would resign, the visit was described as ‘positive’.`,
    null,
    'quote.no-person',
  ],
  ['cue.passive', `${intro}The harbour plan was called “a trap” by Ruiz.`, 'Ana Ruiz', 'quote.said-before'],
  [
    'cue.possessive',
    'Unions reject Ruiz’s plan to ‘clean out’ the harbour\n\n' + intro,
    'Ana Ruiz',
    'quote.said-before',
  ],
  ['cue.possessive', `${intro}Dockers mocked Ruiz’s “sabotage” claim on Tuesday.`, 'Ana Ruiz', 'quote.said-before'],
  // the word that describes someone's remarks is the describer's: here an organization's, no person's
  [
    'cue.reporting-verb',
    `${intro}The Harbour Board of Kestovia dismissed Ruiz’s remarks as “speculative”.`,
    null,
    'quote.no-person',
  ],
  [
    'cue.reporting-verb',
    `${intro}The state television described her plan as “reckless” while the Institute of Ports rejected such claims as “absurd”.`,
    null,
    'quote.said-before.organization',
  ],
  // "of" inside a capitalised name no mention covers: a body, no person
  [
    'cue.reporting-verb',
    `${intro}Ruiz said the port is safe. The press mocked her plan while the Geneva Institute of Tides has rejected her ideas as “absurd”.`,
    null,
    'quote.no-person',
  ],
  [
    'after.next-sentence',
    `${intro}“We will reopen the docks. Trade will grow between our two cities.” Ruiz stated\n\nThe talks ended.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    'after.next-sentence',
    `${intro}“We will reopen the docks by the spring.” Ruiz told reporters on Tuesday.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    'before.reported-before',
    `${intro}Ruiz told reporters that the port would reopen in May. “There is no other way.”`,
    'Ana Ruiz',
    'quote.reported-before',
  ],
  [
    'before.reported-before',
    `${intro}Ruiz, in a post on social media, said the talks went well.\n\n“Our discussions focused on the port and on trade.”`,
    'Ana Ruiz',
    'quote.reported-before',
  ],
  ['before.continued', `${intro}“We are ready,” Ruiz said. “The door is open.”`, 'Ana Ruiz', 'quote.continued'],
  [
    'before.paragraph-chain',
    `${intro}“We are ready,” Ruiz said.\n\nLater on, Ruiz held talks with the mayor on trade.\n\n“We are working with the city on the new docks.”`,
    'Ana Ruiz',
    'quote.continued',
  ],
  [
    'before.interview-answer',
    `${intro}“We are ready,” Ruiz told me.\n\nBut is that a fair price for the town? Would the docks survive it?\n\n“They will, and the town will grow.”`,
    'Ana Ruiz',
    'quote.answer',
  ],
  [
    'before.interview-answer',
    `${intro}“We are ready,” Ruiz told me.\n\nIs the “blue corridor” a fair price for the town?\n\n“It is, and the town will grow.”`,
    'Ana Ruiz',
    'quote.answer',
  ],
  [
    'before.interview-answer',
    `${intro}“We are ready,” Ruiz told me.\n\nI asked her about the plans of the mayor for the docks.\n\n“They will not change the port.”`,
    'Ana Ruiz',
    'quote.answer',
  ],
  [
    'before.participial-opener',
    `${intro}Using the radio to “reach out” to the islands, Foreign Minister Ruiz toured the coast for an hour.`,
    'Ana Ruiz',
    'quote.subject',
  ],
  ['before.adjacent', `${intro}Ruiz “emphasized the importance of dialogue” at the port.`, 'Ana Ruiz', 'quote.subject'],
  [
    'before.subject',
    `${intro}Ruiz, at the port on Monday, had one answer for the plans: “urgent and final”.`,
    'Ana Ruiz',
    'quote.subject',
  ],
  ['before.unattributed', 'The banner at the port read “no more delays” all week.', null, 'quote.unattributed'],
  ['cue.so-called', `${intro}Dockers doubt that the so-called “harbour pact” will hold.`, null, 'quote.no-person'],
  [
    'cue.so-called',
    `${intro}Dockers mocked Ruiz’s so-called “blue corridor” on Tuesday.`,
    'Ana Ruiz',
    'quote.said-before',
  ],
];

for (const [by, text, speaker, rule] of rows) {
  test(`quote row ${by}: ${speaker ?? 'nobody'} (${rule})`, () => {
    const last = attributions(text).pop()!;
    assert.equal(last.by, by);
    assert.equal(last.name, speaker);
    assert.equal(last.rule, rule);
  });
}

test('every row of AFTER, BEFORE and CUES has a test row (BEFORE’s cues row through CUES)', () => {
  const ids = [...AFTER, ...BEFORE].map((r) => r.id).filter((id) => id !== 'before.cues');
  assert.deepEqual([...new Set(rows.map((r) => r[0]))].sort(), [...ids, ...CUES.map((r) => r.id)].sort());
});

test('an organization as the source gives no speaker; a short quotation inside reported speech is the reported person’s', () => {
  const [org] = attributions('“The port will reopen,” the Foreign Ministry said.');
  assert.equal(org!.speaker, null);
  assert.equal(org!.source, 'Foreign Ministry');
  assert.equal(org!.rule, 'quote.said-after.organization');
  const scare = attributions(`${intro}Ruiz conveyed “deep regret” over the delay, a senior official said.`).pop()!;
  assert.equal(scare.name, 'Ana Ruiz');
});

test('“she and President B agreed on …” inside what someone reports: the reporting verb names the speaker', () => {
  const last = attributions(
    'Foreign Minister Ana Ruiz met President Tavo Merrin. Ruiz recalled that she and President Merrin agreed on “a fair deal”.',
  ).pop()!;
  assert.equal(last.name, 'Ana Ruiz');
  assert.equal(last.rule, 'quote.said-before');
});

/** [what the case shows, report (its last quotation is tested), speaker, rule] */
const cases: [string, string, string | null, string][] = [
  [
    'a reporting verb after “but” shares the subject that opens the sentence, not a pair named inside it',
    `${intro}Ruiz could not say what Merrin and the mayor spoke about at the port, but told reporters both sides offered “a firm promise”.`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'a verb after “and” whose sentence opens with two people quotes a joint text',
    `${intro}Ruiz and President Tavo Merrin met at the port and concurred that “the quays must reopen”.`,
    null,
    'quote.no-person',
  ],
  [
    'a plural subject inside what a named person reports is not the last person named',
    `${intro}Ruiz held talks with President Tavo Merrin and said they both wanted “a full reopening” of the port.`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'a person named in an adjunct right before the reporting verb is not the speaker',
    `${intro}Ruiz after the meeting with President Tavo Merrin told reporters the talks were “good and businesslike”.`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'a person named inside an apposition after an opening phrase is not the speaker',
    `${intro}In her letter, Ruiz, a close ally of President Tavo Merrin, said the year “brought the two ports closer”.`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'a possessive inside the subject of the reporting verb is not the speaker',
    `${intro}In July one of Ruiz’s aides called for the two ports to be joined in a “single authority”.`,
    null,
    'quote.no-person',
  ],
  [
    'a pronoun after an unnamed subject opening the sentence is no one',
    `${intro}A judge said on Friday that he wants “to ensure the docks stay open” to all ships.`,
    null,
    'quote.no-person',
  ],
  [
    'a lower-case word after “of” inside a title before the name',
    `${intro}“The channel to the mayor was very useful” Harbour Board chief of staff Tavo Merrin told reporters.`,
    'Tavo Merrin',
    'quote.said-after',
  ],
  [
    'an unnamed subject with an ordinal before the verb: no one, not the person the quotation speaks of',
    `${intro}Mayor Tavo Merrin “stressed the value of the old docks,” the second official said.`,
    null,
    'quote.no-person',
  ],
  [
    'a possessive after a participle is the object’s: the subject of the sentence said it',
    `${intro}Ruiz thanked Mayor Tavo Merrin for his “quiet work”, saying his plan had put the port “back on its feet”.`,
    'Ana Ruiz',
    'quote.adding-that',
  ],
  [
    'a participle after a quotation’s closing mark continues the speaker of that quotation',
    `${intro}Ruiz said she told Mayor Tavo Merrin the deal was “done,” adding that she “will not wait”.`,
    'Ana Ruiz',
    'quote.adding-that',
  ],
  [
    'a participle after a dash continues the sentence’s opening subject',
    `${intro}Ruiz told Mayor Tavo Merrin that the port is open - adding that the city was willing to “share the docks”.`,
    'Ana Ruiz',
    'quote.adding-that',
  ],
  [
    'a bare description of two words before the name after the verb',
    `${intro}“The port has been brave to open,” said harbour pilot Tavo Merrin, 43.`,
    'Tavo Merrin',
    'quote.said-after',
  ],
  [
    'a document of the person after the verb: the person’s words',
    `${intro}“We take your concerns seriously,” said Ruiz’s letter, which a union leader read out.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    'a verb of denouncing reports its subject’s words',
    `${intro}Ruiz denounced the “reckless blockade” of the harbour.`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'a source noun heads the reporting verb’s subject: no one, not the person named before it',
    `${intro}Ruiz’s office stated that the talks covered “the harbour dispute and its long history”.`,
    null,
    'quote.no-person',
  ],
  [
    'a place as the subject of the reporting verb: no one, not the person named before it',
    `${intro}Ruiz was asked about the launch, which Lisbon described as a “great success”.`,
    null,
    'quote.no-person',
  ],
  [
    'a pronoun object after a verb is no speaker (only a verb right after a quotation takes one)',
    `${intro}Every docker in the old town calls her the “queen of the quays”.`,
    null,
    'quote.no-person',
  ],
  [
    'an unnamed subject after the reporting verb: no one',
    `${intro}“The port will reopen within a month,” said one diplomat.`,
    null,
    'quote.no-person',
  ],
  [
    'a pronoun whose antecedent is an unnamed subject of the sentence before: no one',
    `${intro}A harbour pilot welcomed the plan. “It comes late but it is right,” he said.`,
    null,
    'quote.no-person',
  ],
  [
    'a subject with an apposition before the reporting verb',
    `${intro}But Ruiz, until recently the ambassador to Arbania, said the idea was “really off base”.`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'VERB a/an DESCRIPTION NAME after the quotation',
    `${intro}“I am not tired, I am impatient,” declared an evidently tired Ana Ruiz.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    'the rest of a quotation split around “said COUNTRY’s TITLE, NAME”',
    `${intro}“Hard times”, said Peru’s minister, Ana Ruiz, “call for new ports.”`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'VERB COUNTRY’s TITLE, NAME after the quotation',
    `${intro}“Hard times call for new ports,” said Peru’s minister, Ana Ruiz.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    'a name that modifies a noun after a/an is no speaker',
    `${intro}“We wanted some space,” said a former Ruiz administration official.`,
    null,
    'quote.no-person',
  ],
  [
    'a fragment speaking of the subject in the third person is the source’s, not the subject’s',
    `${intro}At one point Ruiz “banged his fist on the table”, according to an aide.`,
    null,
    'quote.according-to',
  ],
  [
    'a fragment in the third person goes to the earlier reporting verb’s subject',
    `${intro}The Foreign Ministry said Ruiz had called Merrin to “express her regret at the delay”.`,
    null,
    'quote.said-before.organization',
  ],
  [
    'a reported clause sourced to a statement after it is the reported person’s',
    `${intro}Ruiz told Merrin that “the port is open to all ships,” according to a statement from the Foreign Ministry.`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'no reporting verb between the subject and a quotation: no speaker',
    `${intro}Ruiz, at the port on Monday, sacked two officials for ‘suspicious dealings’.`,
    null,
    'quote.unattributed',
  ],
  [
    'a participle after a comma continues the opening subject',
    `${intro}At one point Ruiz “banged her fist”, according to an aide, accusing Merrin of having “a bad attitude”.`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'VERB a/an DESCRIPTION NAME followed by a preposition',
    `${intro}“I am not tired, I am impatient,” declared an evidently tired Ana Ruiz in Lima this year.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    '“…,” as NAME VERB: the person named after “as”',
    `${intro}“Ports are the lungs of trade,” as Ruiz declared in a speech in May.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    '“as TITLE NAME puts it”: title words before the name',
    `${intro}Aides pressed for “calm” as Minister Ana Ruiz puts it.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    'a reporting clause as the next sentence after a quotation with words but no reporting verb before it',
    `${intro}A deal would “sink the docks and the rail link.” Ruiz wrote on Tuesday.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    'a critic’s word set before a plan of someone else’s is the critic’s, not the planner’s',
    `${intro}Unions slammed Ruiz’s “reckless” plan on Tuesday.`,
    null,
    'quote.no-person',
  ],
  [
    'a quotation standing alone before a sentence that reports something else is not that sentence’s',
    `${intro}“The docks are closed.” Ruiz said the strike would end soon, and unions agreed to talk.`,
    null,
    'quote.unattributed',
  ],
  [
    'a verb after “but” shares the subject of the reporting verb before it, not the organization in between',
    `${intro}Ruiz told the Harbour Council on Friday that “the docks are safe,” but affirmed that the strike caused “serious damage inside the docks.”`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'no paragraph chain when the paragraph between has another subject',
    `${intro}“We are ready,” Ruiz said.\n\nThe mayor held talks with unions on trade.\n\n“We are working with the city on the new docks.”`,
    null,
    'quote.unattributed',
  ],
  [
    'words in marks between a name and the noun they qualify are no words of that person’s',
    'Ruiz ‘reckless’ Harbour plan draws fire from unions\n\n' + intro,
    null,
    'quote.unattributed',
  ],
  [
    'a joint subject quotes a joint text: no one speaker',
    `${intro}Ruiz and President Tavo Merrin agreed that “the docks must stay open to all ships”.`,
    null,
    'quote.no-person',
  ],
  [
    'a joint subject before a position verb quotes a joint text',
    `${intro}Ruiz and Tavo Merrin met in Lima and concurred that ‘the strike is in the interest of neither side,’ officials noted.`,
    null,
    'quote.no-person',
  ],
  [
    'a name that modifies a noun after an article is no speaker of the verb after the noun',
    `${intro}A Ruiz administration official explained Monday that the agency “will issue new licences for the docks.”`,
    null,
    'quote.no-person',
  ],
  [
    'a verb of complaint or concession after the quotation, an apposition after the name (data/reporting-verbs.json)',
    `${intro}“There is no road left to the port,” laments Ana Ruiz, a researcher at the trade institute.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    'an apposition after the name that opens with lower-case words before its title ("international advocacy director of …")',
    `${intro}“We are amazed by this,” Ana Ruiz, international advocacy director of the Harbour Rights Federation, said.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    'an apposition after the name left open before its verb ("…,” X, the former head of the bloc said in an interview)',
    `${intro}“There is less space for small ports,” Ana Ruiz, the former secretary general of the Harbour Council said in an interview.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    'an apposition before the verb left open ("X, head of the commission told …"), or holding a name with commas ("head of the Monitoring, Verification and Inspections Commission")',
    `${intro}Ana Ruiz, head of the Monitoring, Verification and Inspections Commission told reporters the key would be “a changed attitude on the part of the port”.`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'a scare quote after "talked of" is the subject\'s word',
    `${intro}Ana Ruiz, angry at the harbour board, has talked of a “catastrophe”.`,
    'Ana Ruiz',
    'quote.said-before',
  ],
  [
    'a verb of concession after the quotation',
    `${intro}“We were too slow to act,” concedes Ruiz.`,
    'Ana Ruiz',
    'quote.said-after',
  ],
  [
    'a kinship apposition between the subject and its verb (data/grammar.json appositionOpeners)',
    `${intro}Carlos Vento, father of the detained sailor Luis Vento, told reporters he was able to ask “very hard questions” there.`,
    'Carlos Vento',
    'quote.said-before',
  ],
  [
    'a pair inside what someone reports: the reporting verb before it names the speaker, not its addressee',
    `${intro}Carlos Vento told the host Maria Lenz that both leaders gave “a firm promise” to help.`,
    'Carlos Vento',
    'quote.said-before',
  ],
  [
    'a colon introduces the quotation',
    `${intro}Ruiz concluded: “The door is open to all.”`,
    'Ana Ruiz',
    'quote.subject',
  ],
];

for (const [what, text, speaker, rule] of cases) {
  test(`quote attribution: ${what}`, () => {
    const last = attributions(text).pop()!;
    assert.equal(last.name, speaker);
    assert.equal(last.rule, rule);
  });
}

test('a named subject whose reporting verb opens the quotation said it, not the source reporting after it', () => {
  const cases: [string, string | null][] = [
    [
      `${intro}Ruiz said “the port will reopen in May once the repairs to the pier are done,” the Harbour Office said in a statement.`,
      'Ana Ruiz',
    ],
    [
      `${intro}Ruiz stressed: “The port will reopen in May once the repairs are done,” Deputy Minister Tomas Lee said.`,
      'Ana Ruiz',
    ],
    // no verb right before the mark: the clause after it
    [`${intro}Ruiz visited the pier. “The port will reopen in May,” Deputy Minister Tomas Lee said.`, 'Tomas Lee'],
    // a pronoun subject does not outweigh a named speaker after the quotation
    [
      `${intro}He said “the port will reopen in May once the repairs are done,” Deputy Minister Tomas Lee said.`,
      'Tomas Lee',
    ],
  ];
  for (const [text, speaker] of cases) assert.equal(attributions(text).pop()!.name, speaker, text);
});

test('a headline repeating a quotation the report attributes is the same speaker’s; two speakers of one wording stay apart', async () => {
  const { extract } = await import('../../../../src/extract/index.js');
  const { article } = await import('../../../support/articles.js');
  const x = extract(
    article(
      'Varnel to target “the heart of the port”\n\nMinister Ana Ruiz said on Wednesday that the navy would respond by targeting “the heart of the port”. Minister Tavo Merrin said the plan was “a fair deal”. President Dara Sok also called it “a fair deal”. A banner read “strictly closed”. Minister Lia Matos warned that “the port is strictly closed to ships”.',
      '2025-03-14',
    ),
  );
  const name = (id: string | null) => x.people.find((p) => p.id === id)?.name ?? null;
  const said = x.quotes.map((q) => [q.text, name(q.speaker), q.evidence[0]!.rule]);
  assert.deepEqual(said, [
    ['the heart of the port', 'Ana Ruiz', 'quote.repeated'],
    ['the heart of the port', 'Ana Ruiz', 'quote.said-before'],
    ['a fair deal', 'Tavo Merrin', 'quote.said-before'],
    ['a fair deal', 'Dara Sok', 'quote.said-before'],
    ['strictly closed', 'Lia Matos', 'quote.repeated'],
    ['the port is strictly closed to ships', 'Lia Matos', 'quote.said-before'],
  ]);
});

test('pages in Portuguese, Spanish and Indonesian: their past forms of "say" attribute a quotation', () => {
  const cases: [string, string][] = [
    ['O ministro Tomas Lee visitou o porto. “O porto vai reabrir em maio”, disse Lee.', 'Tomas Lee'],
    ['El ministro Tomas Lee visitó el puerto. “El puerto reabrirá en mayo”, afirmó Lee.', 'Tomas Lee'],
    ['Tomas Lee mengunjungi pelabuhan. “Pelabuhan akan dibuka kembali pada Mei,” kata Lee.', 'Tomas Lee'],
  ];
  for (const [text, speaker] of cases) assert.equal(attributions(text).pop()?.name ?? null, speaker, text);
});

test('a reporting clause as the next sentence still attributes when a new quotation follows it in that sentence', () => {
  const said = attributions(
    `${intro}A deal would “reopen the harbour to every ship by May.” Ruiz wrote on X. “Do not wait!”`,
  );
  assert.deepEqual(
    said.map((a) => [a.text, a.name]),
    [
      ['reopen the harbour to every ship by May.', 'Ana Ruiz'],
      ['Do not wait!', 'Ana Ruiz'],
    ],
  );
});
