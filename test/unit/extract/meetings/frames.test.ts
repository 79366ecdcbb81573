// Table tests for meeting frames: one row per error class seen on real reports (issue 9), each an invented
// text about invented people, with the meetings expected (participants and date). The report is
// published on Friday 2025-03-14.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetingsOf, type MeetingRow } from '../../../support/meetings.js';
import { article } from '../../../support/articles.js';
import { extract } from '../../../../src/extract/index.js';
import { findTurns } from '../../../../src/input/turns.js';

type Row = [errorClass: string, text: string, expected: MeetingRow[]];

const rows: Row[] = [
  [
    'a roster after a subject that says its people met or attended: "Those meeting with the US President were: A; B, C", "Representing X was D and E", then "Also present was F"; not "Those killed were: …"',
    'Leaders gathered in Kingston on Monday for a meeting with President Ana Lopes. Those heads of state meeting with the Chilean President were: Prime Minister of Peru Ivo Kral; Prime Minister of Bolivia Rui Barros, President of Ecuador Omar Yusof. Representing Panama was Foreign Minister Dara Voss and Ambassador of Cuba, Luis Mora. Also present was Secretary-General Lia Matos. Those killed in the storm were: farmer Tomas Berg and teacher Eva Soto.',
    [{ who: 'Ana Lopes + Dara Voss + Ivo Kral + Lia Matos + Luis Mora + Omar Yusof + Rui Barros', date: '2025-03-10' }],
  ],
  [
    'the key speakers of the event named: "The key speakers of the event included A, B and C"',
    'The embassy organized a virtual event on Monday. The key speakers of the event included Senator Ana Lopes, Mr Ivo Kral, Member of Parliament, and Dr Rui Barros.',
    [{ who: 'Ana Lopes + Ivo Kral + Rui Barros', date: '2025-03-10' }],
  ],
  [
    'a list of those met closed by a group nobody named: "met A, B, and key members of the cabinet", "A, B and other officials"',
    'On Monday, Chilean Senator Ana Lopes met with President Ivo Kral, Foreign Minister Rui Barros, and key members of the cabinet. On Tuesday, Peruvian Minister Tomas Berg met President Omar Yusof, Prime Minister Dara Voss and other officials.',
    [
      { who: 'Ana Lopes + Ivo Kral', date: '2025-03-10' },
      { who: 'Ana Lopes + Rui Barros', date: '2025-03-10' },
      { who: 'Omar Yusof + Tomas Berg', date: '2025-03-11' },
      { who: 'Dara Voss + Tomas Berg', date: '2025-03-11' },
    ],
  ],
  [
    '"was given a warm welcome by B", "extended a warm welcome to B"; not "gave B a frame crafted by C", "extended gratitude to B"',
    'Chilean President Ana Lopes was given a warm welcome by Peruvian President Ivo Kral on Monday. Bolivian President Rui Barros extended a warm welcome to Ecuadorian President Omar Yusof on Monday. Premier Tomas Berg gave Chancellor Otto Brandt a painting crafted by Eva Soto. Minister Luis Mora extended gratitude to Minister Dara Voss for her messages.',
    [
      { who: 'Ana Lopes + Ivo Kral', date: '2025-03-10' },
      { who: 'Omar Yusof + Rui Barros', date: '2025-03-10' },
    ],
  ],
  [
    'a pronoun after an aside that opens after the first person is that person\'s: "A\'s letter, addressed to B, … after his meetings with C"',
    "Senator Ana Lopes's letter, addressed to Council President Ivo Kral and sent to all leaders, was written after her meetings with President Rui Barros on Monday.",
    [{ who: 'Ana Lopes + Rui Barros', date: '2025-03-10' }],
  ],
  [
    'people who spoke at a separate news conference were not at the report\'s event: "told a separate news conference"',
    'Foreign Minister Ivo Kral spoke at a news conference in Lima on Monday. Secretary of State Ana Lopes told a separate news conference in Washington that talks would continue.',
    [],
  ],
  [
    'an event inside the words reported is not where they were said: "X said that the nation deferred inviting others to the summit"',
    'The regional forum opened in Suva on Monday. Addressing the forum, Minister Ivo Kral stressed unity. Prime Minister Ana Lopes said that her nation deferred inviting others to the summit.',
    [],
  ],
  [
    '"thanked B for a warm welcome / for the hospitality"; not "thanked B for his support"',
    'President Ana Lopes thanked President Ivo Kral for a warm welcome on Monday. Minister Rui Barros thanked Chancellor Otto Brandt for his support on trade.',
    [{ who: 'Ana Lopes + Ivo Kral', date: '2025-03-10' }],
  ],
  [
    'a role at the event named: "A and B served as co-chairs"; not "served as a soldier with B"',
    'The regional forum opened in Kingston on Monday. Foreign Minister Ana Lopes and Foreign Secretary Ivo Kral, MP, Secretary of State for Foreign Affairs, served as co-chairs. Minister Rui Barros served as a soldier with Chancellor Otto Brandt in 1990.',
    [{ who: 'Ana Lopes + Ivo Kral', date: '2025-03-10' }],
  ],
  [
    'an undated meeting told with "Earlier," opening its sentence or "once again" is of the report\'s day; "had met" and "earlier this month" are not',
    'Earlier, President Ana Lopes received a courtesy call from Foreign Minister Ivo Kral. Chancellor Otto Brandt met President Rui Barros once again in Lima. Premier Tomas Berg had met King Omar Yusof. Earlier this month, Minister Eva Soto met Minister Luis Mora.',
    [
      { who: 'Ana Lopes + Ivo Kral', date: '2025-03-14' },
      { who: 'Otto Brandt + Rui Barros', date: '2025-03-14' },
      { who: 'Omar Yusof + Tomas Berg', date: null },
      { who: 'Eva Soto + Luis Mora', date: '2025-03' },
    ],
  ],
  [
    'telephone talks with a few words before "with": "held telephone talks at request with B"',
    'Foreign Minister Ivo Kral held telephone talks at request with Secretary of State Ana Lopes on Monday.',
    [{ who: 'Ana Lopes + Ivo Kral', date: '2025-03-10' }],
  ],
  [
    '"Addressing the forum, X said" puts X at the report\'s event with who chaired it',
    'The regional forum opened in Suva on Monday. Addressing the forum, Foreign Minister Ivo Kral stressed unity. Crown Prince Omar Yusof chaired the forum.',
    [{ who: 'Ivo Kral + Omar Yusof', date: '2025-03-10' }],
  ],
  [
    'a regnal name is a given name: "Sultan Omar" is not Prime Minister "Ali Omar"',
    'Prime Minister Ali Omar flew to Beijing on Monday. Sultan Omar and Queen Eva Soto were received by President Ivo Kral at a welcome ceremony on Monday.',
    [{ who: 'Eva Soto + Ivo Kral + Sultan Omar', date: '2025-03-10' }],
  ],
  [
    'a title written short at a line\'s end belongs to the name on the next line: "… and Mr." / "B, Minister of …"',
    'Senator Ana Lopes visited Lima on Monday, where she met the Governor, Ivo Kral and Mr.\nRui Barros, Minister of Transport.',
    [
      { who: 'Ana Lopes + Ivo Kral', date: '2025-03-10' },
      { who: 'Ana Lopes + Rui Barros', date: '2025-03-10' },
    ],
  ],
  [
    'any verb whose object is a person, then the medium of a call: "A congratulated B by phone", "thanked B over the phone"; not "was reached by phone"',
    "Chilean President Ana Lopes congratulated Peru's president-elect, Tomas Berg by phone on Monday. Bolivian President Rui Barros thanked Argentine President Ivo Kral over the phone on Monday. Ecuadorian Minister Eva Soto was reached by phone, her aide Luis Mora said.",
    [
      { who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' },
      { who: 'Ivo Kral + Rui Barros', date: '2025-03-10' },
    ],
  ],
  [
    'one person "also present" at the meeting told of before is a delegation member of it ("Also present was Ambassador D")',
    'Peruvian President Tomas Berg received Chilean Senator Ana Lopes at the palace on Monday.\n\nAlso present was Chilean Ambassador Rui Barros.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-10', others: ['Rui Barros'], place: null }],
  ],
  [
    'a meeting noun with a time still to come right after it: "at their annual meeting next week", "talks with B tomorrow"',
    'Chilean Senator Ana Lopes and Senator Tomas Berg will stand again at their annual meeting next week. Bolivian President Rui Barros will hold talks with Argentine President Ivo Kral tomorrow.',
    [],
  ],
  [
    'coordinated subjects each with an apposition of any words ("A, co-chief of X, and B, founding managing director of Y, met C")',
    'Ana Lopes, co-chief of the Harbour Group, and Tomas Berg, founding managing director of the port, met with Minister Ivo Kral on Monday.',
    [{ who: 'Ana Lopes + Ivo Kral + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    'a meeting not held: "failed to have any formal talks with B", "called off a bilateral meeting with B", "the forthcoming meeting with B"',
    'Chilean President Ana Lopes failed to have any formal talks with Peruvian President Tomas Berg during her term. Bolivian President Rui Barros called off a bilateral meeting with Argentine President Ivo Kral on Monday. Ecuadorian Minister Eva Soto said the forthcoming meeting with Uruguayan Minister Luis Mora would help.',
    [],
  ],
  [
    'an appeal is no call: "call on B to drop out", "their call on the army to abandon B", "calls from B for rate cuts"; a courtesy call on B to discuss trade is one',
    'Chilean Senator Ana Lopes became the first to publicly call on President Rui Barros to drop out of the race on Monday. Peruvian candidate Tomas Berg and Ecuadorian leader Eva Soto repeated their call on the armed forces to abandon President Ivo Kral. Public calls from Prime Minister Luis Mora for rate cuts have paused. Bolivian Minister Omar Yusof paid a courtesy call on Argentine Minister Lia Matos on Monday to discuss trade.',
    [{ who: 'Lia Matos + Omar Yusof', date: '2025-03-10' }],
  ],
  [
    'who attended or were present at a summit, its place between: "Leaders attending the summit in Lima included A, B and C"',
    'Leaders attending the summit in Lima on Monday included Chilean President Ana Lopes, Bolivian President Rui Barros and Argentine President Ivo Kral.',
    [{ who: 'Ana Lopes + Ivo Kral + Rui Barros', date: '2025-03-10' }],
  ],
  [
    '"Heads of state present at the forum in Quito were A and B"',
    'Heads of state present at the forum in Quito were Peruvian President Tomas Berg and Ecuadorian President Eva Soto.',
    [{ who: 'Eva Soto + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    '"A attended the summit along with B and C": they were there together',
    'Chilean President Ana Lopes attended the summit in Lima on Monday along with Bolivian President Rui Barros and Argentine President Ivo Kral.',
    [{ who: 'Ana Lopes + Ivo Kral + Rui Barros', date: '2025-03-10' }],
  ],
  [
    '"A took part in the summit alongside B": they were there together',
    'Peruvian Minister Tomas Berg took part in the summit in Quito alongside Ecuadorian Minister Eva Soto on Monday.',
    [{ who: 'Eva Soto + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    '"was seen off by B", "bade farewell to B" are meetings; "saw B as an ally" is none',
    'Peruvian President Tomas Berg was seen off at the airport by Chilean President Ana Lopes on Monday. Bolivian President Rui Barros bade farewell to Argentine President Ivo Kral on Monday. Peruvian Minister Eva Soto saw Bolivian Minister Luis Mora as an ally.',
    [
      { who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' },
      { who: 'Ivo Kral + Rui Barros', date: '2025-03-10' },
    ],
  ],
  [
    'a passive meeting verb with a place before its agent: "was welcomed at the airport by B"',
    'Peruvian Foreign Minister Tomas Berg arrived in Santiago on Monday. He was welcomed at the airport by Chilean Foreign Minister Ana Lopes. The plan was signed at the ceremony by Bolivian President Rui Barros.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    '"the visiting minister" is the report\'s guest, not the person named beside it',
    'Peruvian Foreign Minister Tomas Berg arrived in Santiago on Monday. Chilean Foreign Minister Ana Lopes received the visiting minister at the palace. Chilean Finance Minister Rui Barros spoke later. Prior to this, the visiting minister also called on Chilean Trade Minister Ivo Kral on Monday.',
    [
      { who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' },
      { who: 'Ivo Kral + Tomas Berg', date: '2025-03-10' },
    ],
  ],
  [
    '"A met the leaders of X and Y": A met the people of those countries the report names, each apart; not "the leaders of the four countries" nor "his X and Y counterparts"',
    'Chilean President Ana Lopes, Bolivian President Rui Barros and Argentine President Ivo Kral arrived in Lima on Sunday for the summit. Peruvian President Tomas Berg held bilateral meetings with the leaders of Chile and Bolivia on Monday. Peruvian envoy Eva Soto met her Chilean and Argentine counterparts. Peruvian Minister Luis Mora welcomed the leaders of the three countries.',
    [
      { who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' },
      { who: 'Rui Barros + Tomas Berg', date: '2025-03-10' },
      { who: 'Ana Lopes + Ivo Kral + Rui Barros', date: '2025-03-09' },
    ],
  ],
  [
    'three officials of three countries who signed documents together met; an adviser\'s "to the President of X" is a title',
    'Defence Minister of Chile Ana Lopes, High Commissioner of Bolivia Rui Barros, and Senior Advisor to the President of Peru Tomas Berg signed the documents in Lima on Monday.',
    [{ who: 'Ana Lopes + Rui Barros + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    'leaders of two countries who toured or inspected something together met; one leader alone did not',
    'Peruvian President Tomas Berg and Chilean President Ana Lopes toured the port of Callao on Monday. Peruvian President Tomas Berg inspected the new bridge.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    'a meeting with a name of its own ("the 18th Special Meeting") is an event; "the meeting" then refers to it',
    'Speaking at the start of the 18th Special Meeting in Lima on Monday, Peruvian Prime Minister Tomas Berg said integration was vital. The meeting is being chaired by the Prime Minister of Chile, Ana Lopes. Bolivian Prime Minister Rui Barros told the meeting that trade mattered.',
    [{ who: 'Ana Lopes + Rui Barros + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    '"A joined with B and C to present a united front": they appeared together',
    'Peruvian President Tomas Berg joined with Chilean President Ana Lopes and Bolivian President Rui Barros on Monday to present a united front.',
    [{ who: 'Ana Lopes + Rui Barros + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    'a regnal number in the first subject\'s name: "King A II and B held talks with C"',
    "Andea's King Tomas II and Chilean President Ana Lopes held talks with Bolivian President Rui Barros in Lima on Monday.",
    [{ who: 'Ana Lopes + Rui Barros + Tomas II', date: '2025-03-10' }],
  ],
  [
    '"granted an audience to B"',
    'Peruvian President Tomas Berg granted an audience to the visiting Chilean Vice President Ana Lopes on Monday.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    '"A was joined by B and C at the summit": one meeting of the three',
    'Peruvian President Tomas Berg was joined by Chilean President Ana Lopes and Bolivian President Rui Barros at the trilateral summit on Monday.',
    [{ who: 'Ana Lopes + Rui Barros + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    'a meeting noun with no one before it: the report\'s actor met its parties, one by one after "meetings"',
    'Peruvian Foreign Minister Tomas Berg visited Chile on Monday.\n\nOn the margins of the forum, meetings were also held with Chilean Foreign Minister Ana Lopes and Bolivian President Rui Barros.\n\nAt the meeting with Argentine Minister Ivo Kral, the sides discussed trade.',
    [
      { who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' },
      { who: 'Rui Barros + Tomas Berg', date: '2025-03-10' },
      { who: 'Ivo Kral + Tomas Berg', date: '2025-03-10' },
    ],
  ],
  [
    'no actor for a meeting noun whose subject the sentence leaves unnamed ("the discussion I had with B") or a noun phrase',
    'Peruvian Foreign Minister Tomas Berg visited Chile on Monday.\n\nThe discussion I had with Chilean Foreign Minister Ana Lopes was useful, a reporter said.\n\nSeveral families were represented in discussions with Bolivian President Rui Barros.',
    [],
  ],
  [
    '"the meeting of A with B": the owner after "of", the other party after "with"',
    'At the meeting of Mr. Berg with Chilean Foreign Minister Ana Lopes, the sides discussed trade. Peruvian Foreign Minister Tomas Berg arrived on Monday.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    '"engaged with" a person is a meeting verb',
    'Peruvian Foreign Minister Tomas Berg also engaged with opposition leader Ana Lopes of the Andean Party in Lima on Monday.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    '"A and B described their talks with C": each of them met C',
    'Foreign Minister Tomas Berg and Trade Minister Rui Barros described their talks with Chilean President Ana Lopes as candid.',
    [
      { who: 'Ana Lopes + Tomas Berg', date: '2025-03-14' },
      { who: 'Ana Lopes + Rui Barros', date: '2025-03-14' },
    ],
  ],
  [
    '"B during the meeting presented …": people of different countries named with "the meeting" met; two of one country present at it did not',
    'Peruvian President Tomas Berg held a meeting with a delegation from Chile on Monday. Berg said that former Chilean President Ana Lopes during the meeting presented a message of goodwill.\n\nPeruvian Trade Minister Rui Barros and Peruvian Finance Minister Ivo Kral were also present in the meeting.',
    // the day of a meeting with an unnamed delegation is not carried to the people named in it later
    [{ who: 'Ana Lopes + Tomas Berg', date: null }],
  ],
  [
    '"Also present at the virtual meeting was B" after a summit with a long name was named: B took part in it',
    'Peruvian President Tomas Berg was speaking at the Special Andean Plus Three (APT) Summit on Monday. Also present at the virtual meeting was Chilean President Ana Lopes. The summit was chaired by Bolivian President Rui Barros.',
    [{ who: 'Ana Lopes + Rui Barros + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    '"was seated next to" a counterpart during a summit: they sat together',
    'Prime Minister Tomas Berg was seated next to his Chilean counterpart Ana Lopes during the summit on Monday.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    'a fronted setting whose other party has an apposition: "In a meeting with B, CEO of X, A discussed …"',
    'In a meeting with Ana Lopes, chief executive of Andes Mining, Prime Minister Tomas Berg discussed investment in railways.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    '"met with both B, as well as C": the list goes on after "as well as"',
    'Foreign Minister Tomas Berg met with both Chilean Foreign Minister Ana Lopes, as well as President Rui Barros.',
    [
      { who: 'Ana Lopes + Tomas Berg', date: '2025-03-14' },
      { who: 'Rui Barros + Tomas Berg', date: '2025-03-14' },
    ],
  ],
  [
    'an organisation before the title of the second subject: "A and X Y Coalition leader B met with C"',
    'President Tomas Berg and Andes Unity Coalition leader Ana Lopes met with President Rui Barros on Monday in his country home.',
    [{ who: 'Ana Lopes + Rui Barros + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    'a delegation led by A met representatives led by B: the two leaders met',
    'A delegation led by Professor Tomas Berg met with university representatives led by Professor Ana Lopes in Lima this morning.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    'a group before the person in the list: "talks with Andean officials and B"',
    'Envoy Ana Lopes arrived on Monday. Minister Tomas Berg, who took part in earlier talks with Andean officials and Lopes, said more sanctions would depend on them.',
    [{ who: 'Ana Lopes + Tomas Berg', date: null }],
  ],
  [
    '", and met with C" after an adjunct that names B: the clause subject met C, B did not',
    'Foreign Minister Tomas Berg was in Lima a week before President Rui Barros, and met with Chilean Foreign Minister Ana Lopes.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    'a person who dropped in on talks between B and C took part; talks one will join are still to come',
    'President Rui Barros dropped in on a meeting between Minister Tomas Berg and his Chilean counterpart Ana Lopes on Monday. Premier Ivo Kral will join talks between Minister Otto Brandt and Minister Karl Weiss.',
    [{ who: 'Ana Lopes + Rui Barros + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    '"The meeting was attended by …" paragraphs after two leaders met: their delegations, present but no principals',
    'Peruvian President Tomas Berg met and held talks with President Ana Lopes of Chile in Lima on Monday.\n\nThe two leaders discussed trade.\n\nThey also discussed security.\n\nThe 40-minute closed-door meeting was also attended by Foreign Minister Rui Barros, Trade Minister Lia Matos and Chilean Foreign Minister Ivo Kral.',
    [
      {
        who: 'Ana Lopes + Tomas Berg',
        date: '2025-03-10',
        others: ['Ivo Kral', 'Lia Matos', 'Rui Barros'],
        place: 'Lima',
      },
    ],
  ],
  [
    '"The summit was attended by …": at a summit the people it names took part',
    'The Andean summit opened in Lima on Monday. The summit was attended by President Tomas Berg, President Ana Lopes and Premier Rui Barros.',
    [{ who: 'Ana Lopes + Rui Barros + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    'a headline infinitive carries over a comma: "A to visit X, meet B this week" is still to come',
    'Tomas Berg to visit Chile, meet Ana Lopes this week\n\nPrime Minister Tomas Berg will leave for Santiago on Sunday.',
    [],
  ],
  [
    'a caption\'s "shakes hand with" (singular) is a handshake',
    'Peruvian President Tomas Berg shakes hand with Chilean President Ana Lopes in Lima.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    'a Spanish, Portuguese or French meeting noun with its preposition: "en una reunión con B"',
    'Luego, Tomas Berg acordó en una reunión con Ana Lopes que el tratado se firmará antes de fin de año.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    'a guest who received a ceremonial welcome was at it with those who attended it',
    'Earlier today, Peruvian President Tomas Berg received a ceremonial welcome and a guard of honour at the palace. This ceremonial welcome was also attended by Chilean President Ana Lopes and Prime Minister Rui Barros.',
    [{ who: 'Ana Lopes + Rui Barros + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    'an envoy\'s "TITLE to PLACE, B" after "and": both envoys are subjects',
    'The Ambassador of Chile to Peru, Ana Lopes and the Bolivian Ambassador to Peru, Rui Barros also presented their letters of credence to President Tomas Berg.',
    [{ who: 'Ana Lopes + Rui Barros + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    'a family name with a lower-case Arabic article ("al-Hakim") names the person named in full before',
    'Syrian President Omar al-Hakim arrived in Lima on Monday. Peruvian President Tomas Berg met al-Hakim on Tuesday.',
    [{ who: 'Omar al-Hakim + Tomas Berg', date: '2025-03-11' }],
  ],
  // ------------------------------------------------------------ the fallback: a meeting verb no row reads
  [
    'a meeting verb no row reads (a page in Portuguese): the people named before and after it met',
    'Em seguida, Tomas Berg se reuniu com o presidente do Peru, Ana Lopes, e destacou a retomada do diálogo.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    'the fallback reads no participle and no person far after the verb or past a clause word: "received reports from four countries that B …"',
    'Chilean Minister Ana Lopes said she received intelligent reports from four countries that President Rui Barros holds assets abroad. A spokesman, Tomas Berg, speaking from Lima, would not say how Eva Soto was detained.',
    [],
  ],
  [
    'the fallback needs someone named on each side of the verb: people named only before it did not meet',
    'President Ana Lopes and Minister Tomas Berg were praised by the senators, who met in Lima on Monday.',
    [],
  ],
  [
    'the fallback does not read across a contrast: people named after "while" took no part',
    'Minister Rui Barros joined in with a joke when he spoke to the new president in 2017, while his son mocked Ana Lopes and Tomas Berg.',
    [],
  ],
  // ------------------------------------------------------------ a meeting verb with a list after it
  [
    'list after "met": officials of one host met one by one; "delegation-level talks with" a list is one meeting',
    'Foreign Minister Tomas Berg arrived in Nairobi on Monday. The minister met President Ana Lopes, Prime Minister Rui Barros and Foreign Minister Lia Matos, before delegation-level talks with Trade Minister Ivo Kral, Finance Minister Otto Brandt and Interior Minister Karl Weiss.',
    [
      { who: 'Ana Lopes + Tomas Berg', date: '2025-03-10' },
      { who: 'Rui Barros + Tomas Berg', date: '2025-03-10' },
      { who: 'Lia Matos + Tomas Berg', date: '2025-03-10' },
      { who: 'Ivo Kral + Karl Weiss + Otto Brandt + Tomas Berg', date: '2025-03-10' },
    ],
  ],
  [
    'list after "met DATE with": peers with their countries in apposition met together',
    'President Dara Sok met March 12 with President Kofi Mensah of Ghana, President Omar Yusof of Chad, and President Luis Vera of Peru to discuss elections.',
    [{ who: 'Dara Sok + Kofi Mensah + Luis Vera + Omar Yusof', date: '2025-03-12' }],
  ],
  [
    'list after a group noun: "conversations with presidents of X A, of Y B and of Z C" (calls: one by one)',
    'Kassym Berik had telephone conversations with presidents of the Republic of Chile Ivo Kral, the Republic of Ghana Omar Yusof and the Republic of Peru Luis Vera.',
    [
      { who: 'Ivo Kral + Kassym Berik', date: null },
      { who: 'Kassym Berik + Omar Yusof', date: null },
      { who: 'Kassym Berik + Luis Vera', date: null },
    ],
  ],
  [
    'a communiqué roster: items set off by semicolons, a clause after the subject, and the roster going on in the next sentences',
    'The Ninth Meeting of the Conference of Heads of Government was held in Lima on 12 March. Members of the Conference in attendance were: Honourable Tomas Berg, Prime Minister of Peru; Dr Ana Lopes, President of Chile; and His Excellency Rui Barros, Prime Minister of Ghana. Associate Members in attendance were Honourable Lia Matos, Premier of Aruba; Dr Ivo Kral, Premier of Bonaire. Otto Brandt, Minister of Foreign Affairs, represented Chad; Karl Weiss, Minister of Trade, represented Niger.',
    [
      {
        who: 'Ana Lopes + Ivo Kral + Karl Weiss + Lia Matos + Otto Brandt + Rui Barros + Tomas Berg',
        date: '2025-03-12',
      },
    ],
  ],
  [
    'a list set off by semicolons without a roster clause is no meeting',
    'Tomas Berg, Prime Minister of Peru, spoke on Monday; Ana Lopes, President of Chile, left for Quito; and Rui Barros stayed home.',
    [],
  ],
  // ------------------------------------------------------------ people named before: headline, previous sentence
  [
    'headline "A-B talks", then "the two leaders met face to face"',
    'Lopes-Brandt talks: leaders seek trade deal\nPresident Ana Lopes received a letter from Chancellor Otto Brandt on Monday. The two leaders met face to face for the first time on Tuesday.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-11' }],
  ],
  [
    '"the pair shook hands"; "since they last met in 2022" is a meeting of its own, in 2022',
    'Chancellor Otto Brandt flew to Lisbon on Tuesday to see President Ana Lopes. The pair shook hands outside the palace. Since they last met in 2022, trade has doubled.',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-11' },
      { who: 'Ana Lopes + Otto Brandt', date: '2022' },
    ],
  ],
  [
    '"they" of a plural noun is no reference to the people named before',
    'President Ana Lopes thanked Chancellor Otto Brandt. Officials from both countries said they met on Monday.',
    [],
  ],
  // ------------------------------------------------------------ the meeting as the setting of another verb
  [
    '"A told B during a bilateral meeting in CITY"',
    'Chancellor Otto Brandt told President Ana Lopes during a bilateral meeting in Vienna on Monday that the border would stay open.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"A and B said in a joint statement after those talks"',
    'President Ana Lopes and Chancellor Otto Brandt said in a joint statement after those talks on Wednesday that trade would grow.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-12' }],
  ],
  // ------------------------------------------------------------ calls
  [
    '"During a telephone call, A also invited B to …"',
    'During a telephone call on Monday, Chancellor Otto Brandt also invited President Ana Lopes to visit Vienna.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"A spoke to B and C in separate calls"',
    'President Ana Lopes spoke to Chancellor Otto Brandt and Prime Minister Rui Barros in separate calls on Monday.',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' },
      { who: 'Ana Lopes + Rui Barros', date: '2025-03-10' },
    ],
  ],
  [
    'congratulatory calls one after another: "has spoken to B, spoken to C and also spoken to D"',
    'Prime Minister Ana Lopes has spoken to Commissioner Otto Brandt, spoken to Prime Minister Rui Barros and also spoken to President Ivo Kral.',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-14' },
      { who: 'Ana Lopes + Rui Barros', date: '2025-03-14' },
      { who: 'Ana Lopes + Ivo Kral', date: '2025-03-14' },
    ],
  ],
  [
    '"A called B to express regret" is a call; "A called B a liar" and "A called on B to resign" are not',
    'King Omar Yusof called President Ana Lopes on Monday to express his regret. Senator Rui Barros called Chancellor Otto Brandt a liar. Minister Lia Matos called on President Ivo Kral to resign.',
    [{ who: 'Ana Lopes + Omar Yusof', date: '2025-03-10' }],
  ],
  // ------------------------------------------------------------ a group subject
  [
    '"EU leaders met A and B", the leaders named in the sentence before',
    'European Council President Marta Novak and Commission President Karl Weiss flew to Tokyo. EU leaders met Prime Minister Kenji Sato and Foreign Minister Yuki Tanaka on Monday.',
    [{ who: 'Karl Weiss + Kenji Sato + Marta Novak + Yuki Tanaka', date: '2025-03-10' }],
  ],
  // ------------------------------------------------------------ past meetings
  [
    '"the progress made by A and B at the X Summit last November"',
    'Trade has grown since the progress made by President Ana Lopes and Chancellor Otto Brandt at the Lisbon Summit last November.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2024-11' }],
  ],
  [
    'a summit still to come is no meeting: "welcomed the summit to be held in March"',
    'President Ana Lopes and Chancellor Otto Brandt welcomed the second Summit for Growth to be held in March 2026.',
    [],
  ],
  // ------------------------------------------------------------ forums, panels, events
  [
    '"A, B and C spoke on a panel"',
    'Minister Ana Lopes, Minister Otto Brandt and Minister Kenji Sato spoke on a panel on water security on Monday.',
    [{ who: 'Ana Lopes + Kenji Sato + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"The event was attended by A, B, and C"',
    'The launch event in Accra on Wednesday was attended by Minister Ana Lopes, Governor Otto Brandt, and Ambassador Kenji Sato.',
    [{ who: 'Ana Lopes + Kenji Sato + Otto Brandt', date: '2025-03-12' }],
  ],
  [
    '"A, B and C will also attend the summit, which is …": to come',
    'Minister Ana Lopes, Minister Otto Brandt and Minister Kenji Sato will also attend the summit, which is the first since 2019.',
    [],
  ],
  // ------------------------------------------------------------ a shared occasion
  [
    '"said at a joint news conference with B"',
    'Chancellor Otto Brandt said at a joint news conference with President Ana Lopes on Monday that talks went well.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"ahead of the meeting with B"',
    'Chancellor Otto Brandt spoke to reporters ahead of the meeting with President Ana Lopes on Monday.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"B sat between A and A\'s wife for a dinner": the spouse is no principal',
    'President Ana Lopes sat between Chancellor Otto Brandt and his wife Greta Brandt for a dinner on Monday.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10', others: ['Greta Brandt'], place: null }],
  ],
  [
    '"A told visiting B": the visitor was met',
    'Earlier this week, Minister Lia Matos told visiting Foreign Minister Ivo Kral that the border would reopen.',
    [{ who: 'Ivo Kral + Lia Matos', date: '2025-03' }],
  ],
  [
    '"A and B joined the talks": they took part in the meeting told of before',
    'Minister Lia Matos and Foreign Minister Ivo Kral held talks in Geneva on Saturday. Minister Otto Brandt and Minister Ana Lopes joined the talks on Sunday.',
    [{ who: 'Ana Lopes + Ivo Kral + Lia Matos + Otto Brandt', date: '2025-03-08' }],
  ],
  [
    "the report's event: who arrived for it, attended it and told it something took part together",
    'President Ruben Salgado arrived in Geneva on Monday for the climate summit. Prime Minister Halim Osei also attended the summit, and Chancellor Greta Lindqvist told the summit that emissions must fall.',
    [{ who: 'Greta Lindqvist + Halim Osei + Ruben Salgado', date: '2025-03-10' }],
  ],
  [
    '"on the sidelines of the forum, A met B": A and B were at the forum with those who spoke at it',
    'On the sidelines of the energy forum on Tuesday, President Ruben Salgado met Prime Minister Halim Osei. Chancellor Greta Lindqvist told the forum that ports matter.',
    [
      { who: 'Halim Osei + Ruben Salgado', date: '2025-03-11' },
      { who: 'Greta Lindqvist + Halim Osei + Ruben Salgado', date: '2025-03-11' },
    ],
  ],
  [
    "an event still to come, or of another year, puts nobody at the report's event",
    'Prime Minister Halim Osei will attend the summit next week. President Ruben Salgado, who attended the 2019 summit, said the agenda was long.',
    [],
  ],
  [
    'audiences one by one on the sidelines are no meeting of all at the event',
    'On the sidelines of the summit, President Ruben Salgado received Prime Minister Halim Osei of Ghana, President Luis Vera of Peru and King Omar Yusof of Chad.',
    [
      { who: 'Halim Osei + Ruben Salgado', date: '2025-03-14' },
      { who: 'Luis Vera + Ruben Salgado', date: '2025-03-14' },
      { who: 'Omar Yusof + Ruben Salgado', date: '2025-03-14' },
    ],
  ],
  // ------------------------------------------------------------ the year of a past meeting
  [
    '"In 2019, A visited X and held talks with B"; "A recalled his 2018 meeting with C": the year dates each',
    'In 2019, President Ruben Salgado visited Accra and held talks with Prime Minister Halim Osei. Chancellor Greta Lindqvist recalled her 2018 meeting with Minister Pavel Novak in Quito.',
    [
      { who: 'Halim Osei + Ruben Salgado', date: '2019' },
      { who: 'Greta Lindqvist + Pavel Novak', date: '2018' },
    ],
  ],
  // ------------------------------------------------------------ a topic between the trigger and "with"
  [
    '"discussed trade and investment with B", "held talks on climate finance with C"',
    'President Ruben Salgado discussed trade and investment with Prime Minister Halim Osei on Monday. Chancellor Greta Lindqvist held talks on climate finance with Minister Pavel Novak in Paris on Tuesday.',
    [
      { who: 'Halim Osei + Ruben Salgado', date: '2025-03-10' },
      { who: 'Greta Lindqvist + Pavel Novak', date: '2025-03-11' },
    ],
  ],
  [
    '"led a delegation to CITY to discuss pressing issues with B": the purpose of a journey made',
    "Norway's envoy Greta Lindqvist led a delegation to Lima to discuss pressing issues with Pedro Alvarado, a senior adviser to the foreign minister, on Tuesday.",
    [{ who: 'Greta Lindqvist + Pedro Alvarado', date: '2025-03-11' }],
  ],
  [
    'a topic with nobody, with a possessor, to come, or with another clause between is no meeting',
    "President Ruben Salgado discussed the trade dispute with reporters on Monday. He discussed relations with Chancellor Greta Lindqvist's government. Minister Halim Osei will discuss trade with Minister Pavel Novak next week. Minister Pavel Novak discussed the matter and agreed with Chancellor Greta Lindqvist that more was needed.",
    [],
  ],
  [
    '"in a meeting with the president of the X Organization (XO), B": an acronym in brackets inside a long title',
    'Ambassador Greta Lindqvist, in a meeting with the president of the Lima Disaster Management Organization (LDMO), Pedro Alvarado, voiced readiness to help on Monday.',
    [{ who: 'Greta Lindqvist + Pedro Alvarado', date: '2025-03-10' }],
  ],
  [
    '"the ceremony was held in the presence of A, and Executive Director of the X Centre, Dr. B": both at the event',
    'The opening ceremony was held in the presence of Foreign Minister Pedro Alvarado, and Executive Director of the Debate Centre, Dr. Greta Lindqvist, who delivered the opening address.',
    [{ who: 'Greta Lindqvist + Pedro Alvarado', date: '2025-03-14' }],
  ],
  [
    '"B and C were also present at the ceremony": with A, who told the ceremony something',
    'President Ruben Salgado told the ceremony in Lima on Monday that the bridge would open soon. Minister Pavel Novak and Ambassador Greta Lindqvist were also present at the ceremony.',
    [
      { who: 'Greta Lindqvist + Pavel Novak', date: '2025-03-10' },
      { who: 'Greta Lindqvist + Pavel Novak + Ruben Salgado', date: '2025-03-10' },
    ],
  ],
  [
    '"signed in the presence of A and B" with no event named is no meeting',
    'The accord was signed in the presence of President Ruben Salgado and Prime Minister Halim Osei.',
    [],
  ],
  // ------------------------------------------------------------ a meeting told in a named speaker's quotation
  [
    '"“I had a meeting with B in 2021,” A told reporters on Monday": "I" is the speaker, dated inside the marks',
    '“I had a long meeting with President Ruben Salgado in Quito in 2021,” Prime Minister Halim Osei told reporters on Monday.',
    [{ who: 'Halim Osei + Ruben Salgado', date: '2021' }],
  ],
  [
    '"A said: “We will meet B, and I hope to see C”": meetings to come in a quotation are none',
    'Prime Minister Halim Osei said: “We will meet President Ruben Salgado next month, and I hope to see Chancellor Greta Lindqvist too.”',
    [],
  ],
  [
    'a quotation nobody named said tells of no meeting',
    '“President Ruben Salgado met Chancellor Greta Lindqvist on Sunday,” a spokesman said.',
    [],
  ],
  [
    'a transcript: two speakers of different countries gave remarks together',
    'Remarks by President Lopes and Chancellor Brandt\nPRESIDENT LOPES: Welcome, Chancellor Otto Brandt of Freedonia.\nCHANCELLOR BRANDT: Thank you, President Ana Lopes of Ruritania.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-14' }],
  ],
  [
    'credentials: "the new envoys who presented their credentials are: – A, … – B, …"',
    'President Ana Lopes on Thursday received the letters of credence from two new envoys. The new envoys who presented their credentials are:\n– Ambassador Ivo Kral of Ostland. – Ambassador Omar Yusof of Freedonia.',
    [{ who: 'Ana Lopes + Ivo Kral + Omar Yusof', date: '2025-03-13' }],
  ],
  // ------------------------------------------------------------ more shapes of real reports
  [
    'a host and the guest "in honour of" whom a meal was given; "the lunch was attended by" joins it',
    'President Ana Lopes hosted a state lunch in honour of visiting President Ivo Kral at the palace on Monday. The lunch was attended by Prime Minister Rui Barros and Foreign Minister Lia Matos.',
    [{ who: 'Ana Lopes + Ivo Kral + Lia Matos + Rui Barros', date: '2025-03-10' }],
  ],
  [
    '"The dinner was attended by B, C and D" after a summit told of before: the dinner is an occasion of its own',
    'President Ana Lopes met Chancellor Otto Brandt at the regional summit on Monday. The dinner was attended by Prime Minister Rui Barros, Foreign Minister Lia Matos and Ambassador Kenji Sato.',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' },
      { who: 'Kenji Sato + Lia Matos + Rui Barros', date: '2025-03-10' },
    ],
  ],
  [
    '"Speaking to reporters after talks with B, A said": a participle opens the setting, the subject follows it',
    'Speaking to reporters after talks with President Ivo Kral on Monday, Chancellor Otto Brandt said trade would grow.',
    [{ who: 'Ivo Kral + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"A day earlier, after a call with B, A said": a short time phrase before the setting',
    'A day earlier, after a call with President Ivo Kral, Chancellor Otto Brandt said the talks would go on.',
    [{ who: 'Ivo Kral + Otto Brandt', date: null }],
  ],
  [
    '"A and B held a joint news conference": "joint" makes the parties one',
    'Chilean President Ana Lopes and Peruvian President Ivo Kral held a joint news conference on Monday.',
    [{ who: 'Ana Lopes + Ivo Kral', date: '2025-03-10' }],
  ],
  [
    '"A and B on Monday agreed …": a day between the subjects and a joint verb',
    'Peruvian Prime Minister Ivo Kral and Chilean President Ana Lopes on Monday agreed to open a border post.',
    [{ who: 'Ana Lopes + Ivo Kral', date: '2025-03-10' }],
  ],
  [
    '"Speaking ahead of his meeting with B, A said": "his" is the subject after the fronted clause',
    'Minister Lia Matos arrived on Sunday. Speaking ahead of his meeting with President Ivo Kral on Monday, Chancellor Otto Brandt said trade would grow.',
    [{ who: 'Ivo Kral + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"A, along with B and C, held a meeting with D": B and C went with A',
    'Prime Minister Ana Lopes, along with Foreign Minister Rui Barros, also held a bilateral meeting with President Ivo Kral on Monday.',
    [{ who: 'Ana Lopes + Ivo Kral + Rui Barros', date: '2025-03-10' }],
  ],
  [
    'a headline joining two names by a comma: "A, B hold video talks"',
    'Lopes, Brandt hold video talks\nPresident Ana Lopes of Chile and Chancellor Otto Brandt of Austria spoke on Monday.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"A called up B to congratulate him"; "C joined virtually" joins the meeting before',
    'President Ana Lopes on Monday called up Prime Minister Ivo Kral to congratulate him. Chancellor Otto Brandt joined virtually.',
    [{ who: 'Ana Lopes + Ivo Kral + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    'the possessor of a meeting noun is its subject: "A\'s meeting with B"',
    'Officials said President Ana Lopes’s meeting with Chancellor Otto Brandt came after months of contacts.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-14' }],
  ],
  [
    'a place and a day between the noun and "with": "held a landmark meeting in Istanbul on Saturday with C"',
    'President Ana Lopes and Foreign Minister Rui Barros held a landmark meeting in Istanbul on Saturday with Ambassador Ivo Kral.',
    [{ who: 'Ana Lopes + Ivo Kral + Rui Barros', date: '2025-03-08' }],
  ],
  [
    'a meeting under a condition is none: "no progress until he met B"',
    'President Ana Lopes said there would be no progress until he met Chancellor Otto Brandt.',
    [],
  ],
  [
    'people who spoke at the event the report is about met there',
    'The conference on water opened in Doha on Monday. In the opening ceremony, Minister Ana Lopes said water was scarce. Minister Rui Barros welcomed all participants to the forum.',
    [{ who: 'Ana Lopes + Rui Barros', date: '2025-03-10' }],
  ],
  [
    'a setting that opens the sentence: "In a phone call with B on Monday, A said …"',
    'In a phone call with Chancellor Otto Brandt on Monday, President Ana Lopes said the border would reopen.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    'a caption: "A, left, B, and C pose for a photo together"',
    "India's Foreign Minister Ravi Rao, left, Chile's Foreign Minister Ana Lopes, and Peru's Foreign Minister Luis Vera, pose for a photo together on Thursday.",
    [{ who: 'Ana Lopes + Luis Vera + Ravi Rao', date: '2025-03-13' }],
  ],
  [
    'a title and the name it introduces are one party: "meets with Qatar\'s Deputy Prime Minister and Foreign Minister Sheikh B"',
    "Minister Ravi Rao (left) meets with Qatar's Deputy Prime Minister and Foreign Minister Sheikh Omar Yusof on Saturday.",
    [{ who: 'Omar Yusof + Ravi Rao', date: '2025-03-08' }],
  ],
  [
    'a gerund that opens the sentence: "After meeting B on Monday, A flew home"',
    'After meeting Chancellor Otto Brandt on Monday, President Ana Lopes flew home.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    'a summit named first, then "Leaders attending the summit included A, B and C"',
    'The summit in Accra opened on Monday. Leaders attending the summit included President Ana Lopes, President Ivo Kral and President Luis Vera.',
    [{ who: 'Ana Lopes + Ivo Kral + Luis Vera', date: '2025-03-10' }],
  ],
  [
    'a long title before the name: "meets with the Chairman of X\'s High Council for National Reconciliation, B"',
    "Minister Ravi Rao meets with the Chairman of Chile's High Council for National Reconciliation, Omar Yusof (center), on Saturday.",
    [{ who: 'Omar Yusof + Ravi Rao', date: '2025-03-08' }],
  ],
  [
    'a group noun with each member in brackets: "meetings with foreign ministers of X [A] and Y [B]" (one by one)',
    'Minister Ravi Rao held bilateral meetings on Monday with foreign ministers of the Kyrgyz Republic [Ivo Kral] and Tajikistan [Omar Yusof].',
    [
      { who: 'Ivo Kral + Ravi Rao', date: '2025-03-10' },
      { who: 'Omar Yusof + Ravi Rao', date: '2025-03-10' },
    ],
  ],
  [
    'calls: a gerund after the subject\'s verb, "after speaking with B and C" (one by one), dated by the sentence naming A with a day',
    'President Ana Lopes made her announcement on Tuesday. Lopes said she lifted the sanctions after speaking with Chancellor Otto Brandt and Prime Minister Rui Barros.',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-11' },
      { who: 'Ana Lopes + Rui Barros', date: '2025-03-11' },
    ],
  ],
  [
    'past meetings: "visited COUNTRY in 1961 to meet with B" tells of a meeting made; "will travel … to meet" does not',
    'Former President Ana Lopes visited Ruritania in 1961 to meet with President Otto Brandt. Minister Rui Barros will travel to Lima to meet President Ivo Kral.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '1961' }],
  ],
  [
    'a group told of with a meeting word, its members named in the next sentences ("They include …", "The rest are …")',
    'President Ana Lopes on Thursday received the letters of credence of new envoys from five countries. They include the Ambassador Extraordinary and Plenipotentiary of Chile, Ivo Kral, and the High Commissioner of Ghana, Omar Yusof. The rest are Ambassador Luis Vera of Peru and Ambassador Dara Sok of Chad. Lopes welcomed all of them.',
    [{ who: 'Ana Lopes + Dara Sok + Ivo Kral + Luis Vera + Omar Yusof', date: '2025-03-13' }],
  ],
  [
    'members named after a group that met nobody named are no meeting; a list of members far after the group is none',
    'President Rui Barros will host leaders of the region next year. They include President Ana Lopes and President Ivo Kral.\n\nDelegates from five countries held talks with Minister Omar Yusof on Monday. The port reopened. Trade rose. Officials said so. They include Luis Vera and Dara Sok.',
    [],
  ],
  [
    'credentials: the roster of envoys comes a paragraph after the ceremony',
    'President Ana Lopes on Thursday received the letters of credence from two new envoys.\n\nSpeaking after the ceremony, President Lopes praised the ties with both countries.\n\nThe new envoys who presented their credentials are:\n– Ambassador Ivo Kral of Chile.\n– Ambassador Omar Yusof of Chad.',
    [{ who: 'Ana Lopes + Ivo Kral + Omar Yusof', date: '2025-03-13' }],
  ],
  [
    'forums and panels: a caption "A speaks as B, envoy for X, and C are seen during talks" — all shown took part',
    'Minister Ravi Rao speaks as Ivo Kral, envoy for peace in the region, and Minister Omar Yusof are seen during talks between the government and the rebels on Saturday.',
    [{ who: 'Ivo Kral + Omar Yusof + Ravi Rao', date: '2025-03-08' }],
  ],
  [
    'a caption of people "seen" at no meeting is none; a title after the names is not one of them',
    'Minister Ravi Rao and Ambassador Ivo Kral are seen at the airport on Saturday. Minister Omar Yusof speaks as Ambassador Ivo Kral, Special Envoy of the Foreign Minister, is seen during talks on Sunday.',
    [{ who: 'Ivo Kral + Omar Yusof', date: '2025-03-09' }],
  ],
  [
    'an undated meeting takes the day that sentence gives nearest its meeting word: "arrived on Friday, ahead of the talks on Saturday"',
    'Minister Ravi Rao arrived late on Thursday in Doha, ahead of an opening ceremony on Saturday for the peace talks. Ravi Rao meets with Ambassador Omar Yusof on the sidelines of the summit.',
    [{ who: 'Omar Yusof + Ravi Rao', date: '2025-03-08' }],
  ],
  // ------------------------------------------------------------ groups named by their countries, guests, sidelines
  [
    'a group named by its countries: "the presidents of A, B and C convened", its members named anywhere; guests join it',
    'The presidents of Chile, Peru and Bolivia convened in Lima on Monday to hold the fifth summit of the region. President Ana Lopes of Chile greeted her counterparts. Presidents Ivo Kral of Peru and Omar Yusof of Bolivia arrived in Lima on Sunday. Prime Minister Rui Barros of Ecuador and Lia Matos, head of the regional office, attended the summit as guests.',
    [{ who: 'Ana Lopes + Ivo Kral + Lia Matos + Omar Yusof + Rui Barros', date: '2025-03-10' }],
  ],
  [
    'a group of a number of states: "the heads of the three X states went … to hold a closed meeting", named before',
    'President Ana Lopes arrived in Lima on Sunday. Prime Minister Ivo Kral and President Omar Yusof also arrived in Lima to take part in the meeting. After the photo session, the heads of the three Andean states went to the palace to hold a closed meeting.',
    [{ who: 'Ana Lopes + Ivo Kral + Omar Yusof', date: '2025-03-09' }],
  ],
  [
    'a group meeting still to come is none: "the presidents of A and B will convene"',
    'The presidents of Chile and Peru will convene in Lima next week. President Ana Lopes of Chile and President Ivo Kral of Peru are expected.',
    [],
  ],
  [
    '"A and B convened in CITY"',
    'President Ana Lopes and Chancellor Otto Brandt convened in Vienna on Monday.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    'sidelines and bilaterals: "on the sidelines of the summit, A met B, C and D" are meetings one each, even of peers',
    'On the sidelines of the summit, President Ana Lopes met President Ivo Kral of Peru, President Omar Yusof of Chad and President Luis Vera of Chile.',
    [
      { who: 'Ana Lopes + Ivo Kral', date: '2025-03-14' },
      { who: 'Ana Lopes + Omar Yusof', date: '2025-03-14' },
      { who: 'Ana Lopes + Luis Vera', date: '2025-03-14' },
    ],
  ],
  [
    'lists with comma-set titles: "met – all alone – the President of the friendly Republic of X, B, the President of …, C"',
    'On the sidelines of the summit, Sheikh Tavo Merrin met – all alone – the President of the friendly Republic of Chile, Dara Voss, the President of the friendly Republic of Peru, Ivo Kral, and the President of the friendly Republic of Chad, Omar Yusof.',
    [
      { who: 'Dara Voss + Tavo Merrin', date: '2025-03-14' },
      { who: 'Ivo Kral + Tavo Merrin', date: '2025-03-14' },
      { who: 'Omar Yusof + Tavo Merrin', date: '2025-03-14' },
    ],
  ],
  [
    'a title set off by commas with a form of address: "called on the Prime Minister, the Hon B, and held talks with the Minister for …, the Hon C"',
    'Foreign Minister Tavo Merrin visited Karvel on 12 December 2001. Mr Merrin called on the Prime Minister, the Hon Dara Voss, and held substantive talks with the Minister for Foreign Affairs and External Trade, the Hon Ivo Kral.',
    [
      { who: 'Dara Voss + Tavo Merrin', date: '2025-03-14' },
      { who: 'Ivo Kral + Tavo Merrin', date: '2025-03-14' },
    ],
  ],
  [
    'an undated meeting at the event the report is about takes the first day the report gives',
    'The Forum on Dialogue kicked off on Monday in Doha. In the opening ceremony, Minister Ravi Rao said that dialogue matters. Director Ana Lopes welcomed all participants to the forum.',
    [{ who: 'Ana Lopes + Ravi Rao', date: '2025-03-10' }],
  ],
  [
    'a reciprocal object: "A and B greeted each other"; "the moment between A and B …, showing the politicians greeting each other"',
    'President Ana Lopes and Chancellor Otto Brandt greeted each other in Vienna on Monday. The awkward moment between President Ivo Kral and Omar Yusof was caught on camera, showing the politicians greeting one another with a handshake.',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' },
      { who: 'Ivo Kral + Omar Yusof', date: '2025-03-10' },
    ],
  ],
  [
    'a title with a describing word and a demonym set off by commas: "her call with the new Chilean ambassador, B"',
    'Lopes praised her recent call with the new Chilean ambassador, Ivo Kral. Chancellor Otto Brandt met the former Danish envoy, Omar Yusof.',
    [
      { who: 'Ivo Kral + Lopes', date: '2025-03-14' },
      { who: 'Omar Yusof + Otto Brandt', date: null },
    ],
  ],
  [
    'a noun after ", and VERB" takes the subject of the first clause, not the object before the comma',
    'Chancellor Otto Brandt noted his conversation with Minister Ivo Kral, and welcomed the dialogue with President Ana Lopes.',
    [
      { who: 'Ivo Kral + Otto Brandt', date: '2025-03-14' },
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-14' },
    ],
  ],
  [
    'no subject for a noun after ", and VERB" when a verb comes before the first person',
    'Speaking on Monday, officials welcomed a report by Minister Ivo Kral, and praised the talks with President Ana Lopes.',
    [],
  ],
  [
    '"this year" of another event in the clause gives way to the day the report gives',
    'President Ana Lopes arrived in Vienna on Monday. Lopes paid a courtesy call on Chancellor Otto Brandt and hoped to see him at the forum this year.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    'a report that gives no day: its meetings take the publication day, in the lede or later; a past one ("had met") none',
    'President Ana Lopes received Chancellor Otto Brandt at the palace, the presidency said.\n\nThe two leaders discussed trade.\n\nOfficials said the ties were strong.\n\nExports grew last year.\n\nLopes had met Prime Minister Ivo Kral in Rome, aides recalled.\n\nLopes also welcomed Minister Omar Yusof to the capital.',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-14' },
      { who: 'Ana Lopes + Ivo Kral', date: null },
      { who: 'Ana Lopes + Omar Yusof', date: '2025-03-14' },
    ],
  ],
  [
    'videoconferences are calls: "held a videoconference with B"; "three video conferences between B and C"',
    'Chancellor Otto Brandt held a videoconference with President Ana Lopes on Monday. A trade plan was unveiled. It was thrashed out in three video conferences between Prime Minister Ivo Kral and Minister Omar Yusof.',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' },
      { who: 'Ivo Kral + Omar Yusof', date: '2025-03-10' },
    ],
  ],
  // ------------------------------------------------------------ round 2: real-report classes (extra part)
  [
    'a meeting to come: "is scheduled to have a luncheon meeting with B … and meet with C" (a noun before "meeting")',
    'On Tuesday, President Dara Sok is scheduled to have a luncheon meeting with Premier Ivo Kral, who runs the economy, and meet with Luis Vera, the speaker of parliament.',
    [],
  ],
  [
    'a meeting hedged: "are likely to figure in A\'s discussions with B"',
    "Trade is one of the issues that are likely to figure in President Dara Sok's discussions with Defence Minister Ivo Kral.",
    [],
  ],
  [
    "a possessor before a month: \"during A's November summit with B\" is A's, not the speaker's",
    "Omar Yusof said the issue was raised during President Dara Sok's November summit with President Ivo Kral.",
    [{ who: 'Dara Sok + Ivo Kral', date: '2024-11' }],
  ],
  [
    '"discussed with B" and "A and B exchanged views": meetings; "exchanged letters" is none',
    'President Dara Sok discussed with President Ivo Kral the border. President Omar Yusof and President Luis Vera exchanged views on trade. President Kofi Mensah and President Rui Barros exchanged letters.',
    [
      { who: 'Dara Sok + Ivo Kral', date: '2025-03-14' },
      { who: 'Luis Vera + Omar Yusof', date: '2025-03-14' },
    ],
  ],
  [
    'a comma between a title and the second subject: "A and Ruritanian President, B have exchanged views"; a trip that starts: "A departs for X for talks with C"',
    'Premier Dara Sok and Ruritanian President, Ivo Kral have exchanged views on the border. President Omar Yusof departs for Lima for summit talks with President Luis Vera.',
    [{ who: 'Dara Sok + Ivo Kral', date: '2025-03-14' }],
  ],
  [
    'a meeting noun "discussion": "had a discussion with B"',
    'President Dara Sok had a discussion with President Ivo Kral in Lima.',
    [{ who: 'Dara Sok + Ivo Kral', date: null }],
  ],
  // ------------------------------------------------------------ session 4: more meeting words of readouts and wire copy
  [
    '"interacted with B", "consulted with B", "huddled with B": meetings',
    'Prime Minister Dara Sok interacted with President Ivo Kral on Tuesday. Minister Omar Yusof consulted with Minister Luis Vera. Chancellor Kofi Mensah huddled with Premier Rui Barros.',
    [
      { who: 'Dara Sok + Ivo Kral', date: '2025-03-11' },
      { who: 'Luis Vera + Omar Yusof', date: '2025-03-11' },
      { who: 'Kofi Mensah + Rui Barros', date: '2025-03-11' },
    ],
  ],
  [
    '"paid a courtesy call on B" is a visit in person, with its place; "a tête-à-tête with B"',
    'Ambassador Lia Matos paid a courtesy call on President Ana Lopes in Lusaka on Monday. Later, Lopes had a tête-à-tête with Chancellor Otto Brandt.',
    [
      { who: 'Ana Lopes + Lia Matos', date: '2025-03-10', others: [], place: 'Lusaka' },
      { who: 'Ana Lopes + Otto Brandt', date: null, others: [], place: null },
    ],
  ],
  [
    '"A interacted with students" names no second person: no meeting',
    'Prime Minister Dara Sok interacted with students on Tuesday and consulted with party leaders.',
    [],
  ],
  // ------------------------------------------------------------ issue 9x: plain sentences of wire copy (extra2 part)
  [
    'a present-tense plural "A and B speak after …" in a headline is a meeting; "will speak" is still to come',
    'President Ana Lopes and Chancellor Otto Brandt speak after a tense week\nPresident Ana Lopes and Premier Rui Barros will speak on Friday.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-14' }],
  ],
  [
    'a title reference as subject; "his Peruvian opposite number B" names the other party',
    'Foreign Secretary Tomas Berg flew to Vienna on Monday. The foreign secretary has again spoken to his Peruvian opposite number Ivo Kral.',
    [{ who: 'Ivo Kral + Tomas Berg', date: '2025-03-10' }],
  ],
  [
    'a time phrase between the meeting noun and "between"; of "on Tuesday, March 5" the date written out counts',
    'President Otto Brandt spoke on Friday. The meeting on Tuesday, March 5, between Mr. Brandt and his Peruvian counterpart, President Ivo Kral, shows a thaw.',
    [{ who: 'Ivo Kral + Otto Brandt', date: '2025-03-05' }],
  ],
  [
    '"A and visiting B held official talks": a guest\'s title after "and visiting"',
    'Chilean President Ana Lopes and visiting Peruvian Premier Ivo Kral held official talks in Lisbon on Tuesday.',
    [{ who: 'Ana Lopes + Ivo Kral', date: '2025-03-11' }],
  ],
  [
    'a long party title and a second lower-case title before the object; two people sharing given and family name stay two',
    'Prime Minister Jan Piotr Novak met Ruritania Green League-N President and former prime minister Jan Adam Novak at Lisbon on Sunday.',
    [{ who: 'Jan Adam Novak + Jan Piotr Novak', date: '2025-03-09' }],
  ],
  [
    'a host "meeting" four dignitaries of as many countries and ranks: courtesy calls, one by one (the guests did not meet each other)',
    'President Ana Lopes spoke on Monday. Lopes said it was a pleasure meeting Chinese Vice President Wu Lan, Thai Deputy Prime Minister Somchai Rakdee, Japanese Foreign Minister Kenji Morita and Australian Governor-General Tom Reed on Monday.',
    [
      { who: 'Ana Lopes + Wu Lan', date: '2025-03-10' },
      { who: 'Ana Lopes + Somchai Rakdee', date: '2025-03-10' },
      { who: 'Ana Lopes + Kenji Morita', date: '2025-03-10' },
      { who: 'Ana Lopes + Tom Reed', date: '2025-03-10' },
    ],
  ],
  [
    'a list goes on past an item naming nobody, and past "Chile\'s Trade Envoy B" (a country\'s possessive before a title)',
    'President Ana Lopes spoke on Monday. On Friday, Lopes also received Peruvian Vice President Ivo Kral, the Secretary of the Council of the Elders of the Free Ports Union, Chile’s Trade Envoy Rui Barros, and Indian Minister of State Omar Yusof at the palace.',
    [{ who: 'Ana Lopes + Ivo Kral + Omar Yusof + Rui Barros', date: '2025-03-14' }],
  ],
  [
    '"A on Wednesday received businessmen to follow up on deals reached last November": the day before the verb dates it; "the meeting was also attended by B and C" joins them',
    'Peruvian President Ana Lopes on Wednesday received Chilean businessmen to follow up on agreements reached in Lima last November. The meeting was also attended by Deputy Prime Minister Ivo Kral, and the Foreign Trade Minister Rui Barros.',
    [{ who: 'Ana Lopes + Ivo Kral + Rui Barros', date: '2025-03-12' }],
  ],
  [
    '"A welcomed President B al-C\'s commitment": the possessor of a common noun, even when only the given name resolved, is no party',
    "President Ana Lopes welcomed Peruvian President Ivo al-Kral's commitment to peace.",
    [],
  ],
  [
    '"talks with B, the Prime Minister and Foreign Minister of X": a title after the name describes B, not a prime minister named elsewhere',
    'Prime Minister Otto Brandt spoke on Monday. In a meeting held in Lima on Wednesday, Peruvian President Ana Lopes engaged in discussions with Ivo Kral, the Prime Minister and Foreign Minister of Chile.',
    [{ who: 'Ana Lopes + Ivo Kral', date: '2025-03-12' }],
  ],
  // ------------------------------------------------------------ session 6: argument shapes of real reports
  [
    'a time and a place after "at" between the verb and its object: "met on Thursday at X Palace Minister B"',
    'President Ana Lopes met on Thursday at Riverside Palace Chilean Foreign Minister Tomas Berg, who handed her a letter.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-13' }],
  ],
  [
    'a long title, a comma and a form of address without its last period: "the President of X, H.E B"',
    'President Ana Lopes has today met and held discussions with the President of the Republic of Chile, H.E Tomas Berg at State House.',
    [{ who: 'Ana Lopes + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    '"then in a meeting in the presence of C and D": C and D join the meeting the sentence told of',
    "Lopes also met with Chile's president Berg separately and then in a four-way meeting in the presence of EU president Otto Brandt and French president Ivo Kral.",
    [{ who: 'Berg + Ivo Kral + Lopes + Otto Brandt', date: '2025-03-14' }],
  ],
  [
    '"A said, while flanked by B and C": a subject flanked by people at an appearance met them',
    'Prime Minister Ana Lopes said, while flanked by Prime Minister Tomas Berg of Chile, and Secretary General Ivo Kral, that the bloc would act.',
    [{ who: 'Ana Lopes + Ivo Kral + Tomas Berg', date: null }],
  ],
  [
    '"a meeting that included A, B, C and D" is one meeting; "a delegation which included A and B" is none',
    'A separate five-hour meeting held in Lima was a four-way meeting that included Ana Lopes, Tomas Berg, Otto Brandt, and Ivo Kral. The delegation, which included Rui Barros and Lia Matos, flew home.',
    [{ who: 'Ana Lopes + Ivo Kral + Otto Brandt + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    '"the meeting with B and C joined virtually": a name before a finite verb opens a clause, and C joins the meeting',
    'Crown Prince Rui Barros was there for the meeting with President Omar Hakim and President Ivo Kral joined virtually.',
    [{ who: 'Ivo Kral + Omar Hakim + Rui Barros', date: '2025-03-14' }],
  ],
  [
    'a roster item that names two people, the second after a comma and a form of address',
    'Associate Members in attendance were Honourable Lia Matos, Premier of Aruba; Dr the Honourable Ivo Kral, Premier of Bonaire, His Excellency Rui Barros, Prime Minister of Curacao; and Hon Otto Brandt, Premier of Saba.',
    [{ who: 'Ivo Kral + Lia Matos + Otto Brandt + Rui Barros', date: '2025-03-14' }],
  ],
  [
    '"A expressed gratitude to B … during a Nov. 2 meeting": the person a verb of address speaks to, an abbreviated month',
    'Chilean President Tomas Berg expressed gratitude to Prime Minister Ivo Kral for his contribution to ties between the two nations during a Nov. 2 meeting.',
    [{ who: 'Ivo Kral + Tomas Berg', date: '2024-11-02' }],
  ],
  [
    '"a joint press conference was held with A, B, C and D": a joint event without a subject is a meeting of those named',
    "At the end of the day a joint press conference was held with Prime Minister Ana Lopes, Chilean President Tomas Berg, Peru's Prime Minister Ivo Kral and Otto Brandt.",
    [{ who: 'Ana Lopes + Ivo Kral + Otto Brandt + Tomas Berg', date: '2025-03-14' }],
  ],
  [
    'Spanish, Portuguese and French meeting verbs: "se reunió con", "se reuniu com", "s\'est entretenu avec"',
    "Ana Lopes se reunió con Tomas Berg en Lima. Rui Barros se reuniu também com Lia Matos. Omar Hakim s'est entretenu avec Ivo Kral à Paris.",
    [
      { who: 'Ana Lopes + Tomas Berg', date: '2025-03-14' },
      { who: 'Lia Matos + Rui Barros', date: '2025-03-14' },
      { who: 'Ivo Kral + Omar Hakim', date: '2025-03-14' },
    ],
  ],
  [
    '"met her X counterpart, B, …": "her" before a noun phrase is a possessive, not the subject met again',
    'President Ana Lopes said the summit allowed her to meet friends such as her Chilean counterpart, Tomas Berg, Vice President Ivo Kral, and Peruvian President Otto Brandt.',
    [{ who: 'Ana Lopes + Ivo Kral + Otto Brandt + Tomas Berg', date: null }],
  ],
  // ------------------------------------------------------------ general recall: a trigger's clause, references with objects
  [
    'meeting.clause: a setting before the other party ("received at the palace on Monday afternoon B and C")',
    'President Ana Lopes received at the palace on Monday afternoon Chancellor Otto Brandt and Foreign Minister Ivo Kral of Ruritania.',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' },
      { who: 'Ana Lopes + Ivo Kral', date: '2025-03-10' },
    ],
  ],
  [
    'meeting.clause: a title phrase with a place before the name, and a purpose after it that names someone else',
    'President Ana Lopes met in the capital on Monday the envoy of Ruritania, Otto Brandt, to discuss the case of Ivo Kral.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"received a letter from B" is no meeting',
    'President Ana Lopes received a letter from Chancellor Otto Brandt on Monday.',
    [],
  ],
  [
    '"met, on Tuesday, with B": a day set off by commas between the verb and "with"',
    'Chancellor Otto Brandt met, on Tuesday, with President Ana Lopes.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-11' }],
  ],
  [
    '"hosted a reception for B"',
    'Chancellor Otto Brandt hosted a reception for Ambassador Ana Lopes on Monday.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"The two ministers met with C": the people referred to and the object met',
    'Trade Minister Lia Matos and Deputy Minister Karl Weiss arrived in Lima on Monday. The two ministers met with Prime Minister Halim Osei.',
    [{ who: 'Halim Osei + Karl Weiss + Lia Matos', date: '2025-03-10' }],
  ],
  [
    '"The delegation met for ninety minutes with C": a duration before "with"; the delegation\'s leaders named before',
    'On Monday, a Ruritanian delegation – led by Trade Minister Lia Matos, Deputy Minister Karl Weiss and General Rui Barros – visited Lima. The delegation met for ninety minutes with Prime Minister Halim Osei.',
    [{ who: 'Halim Osei + Karl Weiss + Lia Matos + Rui Barros', date: '2025-03-10' }],
  ],
  [
    '"both A and his counterpart, President B, held bilateral discussions": a title phrase set off by a comma',
    'In Lusaka, both President Ana Lopes and her Chilean counterpart, President Otto Brandt, held bilateral discussions on Monday.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"B attended the celebration in 2022" joins no meeting of 2019; "attended the meeting on Monday" joins Monday\'s',
    'President Ana Lopes visited Chile in 2019 and met with President Otto Brandt. Minister Ivo Kral visited Lima to attend the independence celebration in 2022. President Lia Matos met King Omar Yusof in Lima on Monday. Minister Karl Weiss attended the meeting on Monday.',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2019' },
      { who: 'Karl Weiss + Lia Matos + Omar Yusof', date: '2025-03-10' },
    ],
  ],
  // ------------------------------------------------------------ a gathering told across sentences
  [
    'cue.audience, cue.speech: once the event is named, "told the delegates" and "delivered the keynote address" put people at it',
    'The ocean forum opened in Lisbon on Monday. Chancellor Greta Lindqvist told the delegates that fishing must be curbed. President Ruben Salgado delivered the keynote address.',
    [{ who: 'Greta Lindqvist + Ruben Salgado', date: '2025-03-10' }],
  ],
  [
    'cue.speech, cue.attended: "In her opening remarks, B said"; "C chaired the session"',
    'The ocean forum opened in Lisbon on Monday. In her opening remarks, Chancellor Greta Lindqvist said fishing must be curbed. Prime Minister Halim Osei chaired the session on ports.',
    [{ who: 'Greta Lindqvist + Halim Osei', date: '2025-03-10' }],
  ],
  [
    'the people a sentence naming the event gathers join those the cues put at it',
    'The ocean forum opened in Lisbon on Monday, bringing together President Ruben Salgado, Prime Minister Halim Osei and King Omar Yusof. Chancellor Greta Lindqvist told the participants that ports matter.',
    [{ who: 'Greta Lindqvist + Halim Osei + Omar Yusof + Ruben Salgado', date: '2025-03-10' }],
  ],
  [
    'cue.attended: "A, B and C were among the leaders who attended the summit" puts the whole subject at it',
    'President Ana Lopes, Prime Minister Otto Brandt and King Omar Yusof were among the leaders who attended the summit on Monday.',
    [{ who: 'Ana Lopes + Omar Yusof + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"Leaders attended the forum. Among them were A, B and C": the members named after a sentence naming the event',
    'Leaders from 20 countries attended the island forum in Suva on Monday. Among them were President Ana Lopes, Prime Minister Otto Brandt and King Omar Yusof.',
    [{ who: 'Ana Lopes + Omar Yusof + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    'cue.by: "It was attended by A, B and C" after the event is named',
    'The summit was held in Lima on Monday. It was attended by President Ana Lopes, Prime Minister Otto Brandt and King Omar Yusof.',
    [{ who: 'Ana Lopes + Omar Yusof + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    'cue.by, cue.audience: "was chaired by A"; "B told fellow leaders"',
    'The two-day summit, the first since 2019, was chaired by President Ana Lopes on Monday. Prime Minister Otto Brandt told fellow leaders that trade must grow.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    'cue.signed: "The declaration was signed by the presidents of X (A), Y (B) and Z (C)" after the event is named',
    'The regional summit opened in Lima on Monday. The declaration was signed by the presidents of Chile (Ana Lopes), Peru (Ivo Kral) and Bolivia (Omar Yusof).',
    [{ who: 'Ana Lopes + Ivo Kral + Omar Yusof', date: '2025-03-10' }],
  ],
  [
    'no cue.signed for a text of another year or a text still to be signed',
    'The regional summit opened in Lima on Monday. It recalled the declaration signed by President Ana Lopes and President Ivo Kral in 2001. President Omar Yusof and Chancellor Otto Brandt will sign the communiqué.',
    [],
  ],
  [
    'cue.among: "Among the leaders at the summit were A, B and C"',
    'The regional summit opened in Lima on Monday. Among the leaders at the summit were President Ana Lopes, Prime Minister Otto Brandt and King Omar Yusof.',
    [{ who: 'Ana Lopes + Omar Yusof + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    'cue.including: "drew heads of state from twelve countries, including X\'s A and Y\'s B"',
    "The summit, hosted by President Ana Lopes on Monday, drew heads of state from twelve countries, including Peru's Ivo Kral and Chile's Omar Yusof.",
    [{ who: 'Ana Lopes + Ivo Kral + Omar Yusof', date: '2025-03-10' }],
  ],
  [
    'cue.among, cue.featured: "Other speakers included A, B and C"; "A panel discussion moderated by D featured E and F"',
    'The water conference opened in Lima on Monday. Other speakers included President Ana Lopes, Prime Minister Otto Brandt and King Omar Yusof. A panel discussion moderated by Ms Lia Matos featured Mr Rui Barros and Dr Kenji Sato.',
    [{ who: 'Ana Lopes + Kenji Sato + Lia Matos + Omar Yusof + Otto Brandt + Rui Barros', date: '2025-03-10' }],
  ],
  [
    'an event still to come is hosted by nobody yet: "The next edition will be hosted by C"',
    'President Ana Lopes met Chancellor Otto Brandt at the water conference on Monday. The next edition of the conference will be hosted by King Omar Yusof.',
    [{ who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    "\"to meet B and C, alongside European leaders, including D and E\": the group's members join the sentence's meeting, not the report's event",
    'The peace conference opened in Paris on Sunday. On Monday, President Ana Lopes travelled to Berlin to meet envoys Ivo Kral and Rui Barros, alongside European leaders, including Chancellor Otto Brandt and Prime Minister Lia Matos.',
    [{ who: 'Ana Lopes + Ivo Kral + Lia Matos + Otto Brandt + Rui Barros', date: '2025-03-10' }],
  ],
  [
    'no cue.among without a group after it: "Among the Syrians, the plan was greeted with wariness"',
    'The peace conference opened in Paris on Monday. Among the Syrians, the plan was greeted with wariness by President Omar Yusof and Chancellor Otto Brandt.',
    [],
  ],
  [
    'cue.signed, cue.by: "The MOU was signed by A and B. It was witnessed by C, …; D, …; and E, …" at a conference',
    'The legal conference was held in Beijing on Monday. The MOU was signed by Mr Ivo Kral, Chairman of the centre, and Ms Lia Matos, Vice Chairman of the council. It was witnessed by Mr Otto Brandt, Minister of State for Law; Ms Ana Lopes, Chairperson of the council; and Prof Omar Yusof, President of the law society.',
    [{ who: 'Ana Lopes + Ivo Kral + Lia Matos + Omar Yusof + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    'cue.speech-by and a speech\'s greetings: "Speech by Minister A at the Conference", "Mr B, Chairman of X", "Ladies and Gentlemen"',
    'Speech by Minister for Law Mr Ivo Kral at the 4th Water Conference\n\nMr Otto Brandt, Chairman of the Water Council\n\nJustice Lia Matos, Judge of the Supreme Court\n\nLadies and Gentlemen\n\n1. A very good afternoon to all of you on this Monday.',
    [{ who: 'Ivo Kral + Lia Matos + Otto Brandt', date: '2025-03-14' }],
  ],
  [
    'a speech page: "Your Excellency, / Minister of X, / Ms B" greets B; "I met with your minister C in 2019" is the speaker\'s meeting; "Then Minister D delivered the opening address" of a 2019 conference is no part of this event',
    'Speech by Mr Ivo Kral at the Signing Ceremony in Varnel\n\nYour Excellency,\n\nMinister of Justice of Ostland,\n\nMs Lia Matos\n\n1. This is something I raised when I met with your State Minister Mr Otto Brandt in March 2019.\n\n2. Our lawyers met at a legal conference in Varnel in March 2019. Then Vice Minister Rui Barros delivered the opening address.',
    [
      { who: 'Ivo Kral + Otto Brandt', date: '2019-03' },
      { who: 'Ivo Kral + Lia Matos', date: '2025-03-14' },
    ],
  ],
  [
    'no greeting without a salutation after it: a list of names and roles is no audience',
    'Speech by Minister for Law Mr Ivo Kral at the 4th Water Conference\n\nMr Otto Brandt, Chairman of the Water Council\n\nThe council was founded in 1990.',
    [],
  ],
  [
    '"talks with B for 30 minutes and C for 35 minutes": a time adjunct does not end the list, and each is a meeting of its own',
    'Chancellor Otto Brandt held talks with President Ana Lopes for 30 minutes and King Omar Yusof for 35 minutes on Monday.',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-10' },
      { who: 'Omar Yusof + Otto Brandt', date: '2025-03-10' },
    ],
  ],
  [
    '"A met industry leaders. Also attending the meeting were B, C and D": the leaders A met, named after',
    'On Monday, President Ana Lopes met water industry leaders from home and abroad. Also attending the meeting were Chairman Ivo Kral, Chief Operating Officer Lia Matos and Director Rui Barros.',
    [{ who: 'Ana Lopes + Ivo Kral + Lia Matos + Rui Barros', date: '2025-03-10' }],
  ],
  [
    'a speech or an audience with no event named puts nobody at one',
    'President Ruben Salgado gave a speech on Monday about ports. Chancellor Greta Lindqvist told delegates of her party that she would run. In his remarks, Salgado said the port would open.',
    [],
  ],
  // ------------------------------------------------------------ simple sentences of the meeting battery (issue 9m8)
  [
    'a subject coordinated with a role of no capitalised title: "President A and opposition leader B met with C"',
    'President Dara Sok and opposition leader Ivo Kral met with Ghanaian President Kofi Mensah on Monday.',
    [{ who: 'Dara Sok + Ivo Kral + Kofi Mensah', date: '2025-03-10' }],
  ],
  [
    'subjects set off by appositions: "A, the X of Y, and B, the Z of W, held talks with C"',
    'Ana Lopes, the president of Chile, and Otto Brandt, the chancellor of Austria, held talks with Kofi Mensah on Monday.',
    [{ who: 'Ana Lopes + Kofi Mensah + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"A thanked B during their meeting": the subject and the person addressed',
    'Peruvian President Luis Vera thanked Prime Minister of Chile Ana Lopes during their meeting on Thursday.',
    [{ who: 'Ana Lopes + Luis Vera', date: '2025-03-13' }],
  ],
  [
    '"A expressed gratitude to B and C for … during a Nov. 2 meeting": everyone addressed',
    'Peruvian President Luis Vera expressed gratitude to Chancellor Otto Brandt and President Ana Lopes for their contribution to the partnership during a Nov. 2 meeting, the press service reported.',
    [{ who: 'Ana Lopes + Luis Vera + Otto Brandt', date: '2024-11-02' }],
  ],
  [
    '"During the visit, A and B discussed trade": people named together who talked met',
    'Prime Minister Otto Brandt arrived in Lima on Sunday to see President Luis Vera. During the visit, Brandt and Vera discussed trade and security.',
    [{ who: 'Luis Vera + Otto Brandt', date: '2025-03-09' }],
  ],
  [
    '"A and B received a delegation led by C and D": every subject met every head',
    'President Dara Sok and Vice President Ivo Kral received a delegation led by Chancellor Otto Brandt on Monday.',
    [{ who: 'Dara Sok + Ivo Kral + Otto Brandt', date: '2025-03-10' }],
  ],
  [
    '"called for talks with B", "did not hold talks with B", "sought a meeting with B": no meeting',
    'President Dara Sok called for talks with President Kofi Mensah. Chancellor Otto Brandt did not hold talks with President Ana Lopes. Premier Ivo Kral sought a meeting with President Luis Vera.',
    [],
  ],
];

for (const [errorClass, text, expected] of rows) {
  test(`meeting frames: ${errorClass}`, () => {
    const detail = expected.some((e) => e.others !== undefined);
    assert.deepEqual(meetingsOf(text, { detail }), expected);
  });
}

// A transcript's turns (src/input/turns.ts): "I" and "we" in a named speaker's turn are that speaker.
const transcriptRows: Row[] = [
  [
    '"I met with B", "we held talks with C" in a named speaker\'s turn; "I hope to meet D" and a quoted "I met E" are not',
    'Remarks by Prime Minister Ana Lopes and Chancellor Otto Brandt\n\nPRIME MINISTER LOPES: Thank you all for coming. I met with President Ivo Kral in Lima in 2019.\n\nCHANCELLOR BRANDT: Thank you. We held talks with Minister Omar Yusof in 2021. I hope to meet Minister Dara Voss soon. My aide told me: "I met Minister Rui Barros."',
    [
      { who: 'Ana Lopes + Otto Brandt', date: '2025-03-14' },
      { who: 'Ana Lopes + Ivo Kral', date: '2019' },
      { who: 'Omar Yusof + Otto Brandt', date: '2021' },
    ],
  ],
  [
    'a hyphenated surname in the label ("PRESIDENT EL-VOSS:") names the speaker of "I had the opportunity of meeting B"',
    'Remarks by President Ana Lopes and President Dara El-Voss\n\nPRESIDENT EL-VOSS: Thank you very much.\n\nYesterday I had a great opportunity of meeting Speaker Ivo Kral and several members of the Congress.\n\nPRESIDENT LOPES: Thank you.',
    [
      { who: 'Ana Lopes + Dara El-Voss', date: '2025-03-14' },
      { who: 'Dara El-Voss + Ivo Kral', date: '2025-03-13' },
    ],
  ],
  [
    'no turns, no speaker: "I met with B" in a report names nobody who met',
    'Chancellor Otto Brandt spoke in Vienna on Monday. I met with President Ivo Kral in Lima in 2019, the columnist wrote.',
    [],
  ],
];

for (const [errorClass, text, expected] of transcriptRows) {
  test(`meeting frames in a transcript: ${errorClass}`, () => {
    const x = extract({ ...article(text, '2025-03-14'), turns: findTurns(text) });
    const name = (id: string) => x.people.find((p) => p.id === id)?.name ?? id;
    const rows = x.meetings.map((m) => ({ who: m.participants.map(name).sort().join(' + '), date: m.date }));
    assert.deepEqual(rows, expected);
  });
}
