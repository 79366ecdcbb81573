import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError, readRecords, readReportFile, readReportHtml, readReportText } from '../../../src/input/index.js';
import { parseDateline } from '../../../src/input/dateline.js';

// Invented reports in the layouts of outlets worldwide. None of their text comes from the seeds.
const lines = (...l: string[]) => l.join('\n');

describe('datelines give the place and the originating agency, and leave the sentence', () => {
  const table: [string, string | null, string[], string][] = [
    [
      'NEW DELHI, March 3 (Xinhua) -- Indian Prime Minister held talks',
      'New Delhi',
      ['Xinhua'],
      'Indian Prime Minister held talks',
    ],
    ['MOSCOW (Reuters) - Russian Foreign Minister said', 'Moscow', ['Reuters'], 'Russian Foreign Minister said'],
    ['(AFP) - The minister said on Monday', null, ['AFP'], 'The minister said on Monday'],
    ['(CNN) — The summit opened', null, ['CNN'], 'The summit opened'],
    ['Accra, Jun. 19, (dpa/GNA) – Ministers met', 'Accra', ['dpa', 'GNA'], 'Ministers met'],
    ['SEOUL, June 5 (Yonhap) -- South Korea and Japan agreed', 'Seoul', ['Yonhap'], 'South Korea and Japan agreed'],
    ['TOKYO (Kyodo) -- Japan protested', 'Tokyo', ['Kyodo'], 'Japan protested'],
    [
      'New Delhi, Jun 3 (PTI) External Affairs Minister held talks',
      'New Delhi',
      ['PTI'],
      'External Affairs Minister held talks',
    ],
    ['MOSCOW, June 5. /TASS/. Russia and Iran signed', 'Moscow', ['TASS'], 'Russia and Iran signed'],
    ['UNITED NATIONS (AP) — The council voted', 'United Nations', ['AP'], 'The council voted'],
    ['ANKARA (AA) - Turkish and Greek ministers met', 'Ankara', ['AA'], 'Turkish and Greek ministers met'],
    ['BRUSSELS — European ministers agreed', 'Brussels', [], 'European ministers agreed'],
    ['ASTANA. KAZINFORM - The president held talks', 'Astana', ['KAZINFORM'], 'The president held talks'],
    [
      'ABU DHABI, (UrduPoint / Gulf Wire / WAM - 12th Oct, 2020) During a phone call',
      'Abu Dhabi',
      ['UrduPoint', 'Gulf Wire', 'WAM'],
      'During a phone call',
    ],
  ];
  for (const [line, place, agencies, rest] of table) {
    test(`${line.slice(0, 30)}… → ${place ?? 'no place'}, ${agencies.join('/') || 'no agency'}`, () => {
      const d = parseDateline(line);
      assert.ok(d, 'a dateline is found');
      assert.equal(d.place, place);
      assert.deepEqual(d.agencies, agencies);
      assert.equal(line.slice(d.length), rest);
    });
  }
  test('an unlisted acronym after a place and a day is the agency, without a dash; without the day it needs one', () => {
    const a = parseDateline('Lima, Dec 20 (LNA) Peruvian President Ana Vel received the minister');
    assert.deepEqual([a?.place, a?.agencies], ['Lima', ['LNA']]);
    assert.equal(a?.date?.day, 20);
    assert.equal(parseDateline('Lima (LNA) Peruvian President Ana Vel received the minister'), null);
    assert.equal(parseDateline('Lima, Dec 20 (Ana Vel) received the minister'), null);
  });

  test('a place may name its country: "New Delhi [India], June 19 (ANI):", "Baku, Azerbaijan, June 19 (Trend) -"', () => {
    const a = parseDateline('New Delhi [India], June 19 (ANI): External Affairs Minister met');
    assert.deepEqual([a?.place, a?.agencies], ['New Delhi', ['ANI']]);
    assert.equal(
      'New Delhi [India], June 19 (ANI): External Affairs Minister met'.slice(a!.length),
      'External Affairs Minister met',
    );
    const b = parseDateline('Baku, Azerbaijan, June 19 (Trend) - Azerbaijani and Armenian ministers met');
    assert.deepEqual([b?.place, b?.agencies], ['Baku', ['Trend']]);
  });

  test('a dateline day may follow a dash and a weekday, or be written DD.MM.YYYY', () => {
    const a = parseDateline('ALGIERS – Thursday, 25 August 2022 (APS) – The president held talks');
    assert.deepEqual(
      [a?.place, a?.agencies, a?.date?.year, a?.date?.month, a?.date?.day],
      ['Algiers', ['APS'], 2022, 8, 25],
    );
    const b = parseDateline('DUSHANBE, 14.09.2023 (Khovar) – On September 14, the president met');
    assert.deepEqual([b?.place, b?.date?.year, b?.date?.month, b?.date?.day], ['Dushanbe', 2023, 9, 14]);
    assert.equal(
      'DUSHANBE, 14.09.2023 (Khovar) – On September 14, the president met'.slice(b!.length),
      'On September 14, the president met',
    );
  });

  test('a sentence that starts with a name and a parenthesis is not a dateline', () => {
    assert.equal(parseDateline('President Ruto (left) greets the visiting minister'), null);
    assert.equal(parseDateline('The minister (pictured) said'), null);
    assert.equal(parseDateline('WATCH: The ministers arrive in Delhi'), null);
    assert.equal(parseDateline('BREAKING — Talks collapse'), null);
  });
});

describe('plain reports as scraped', () => {
  test('a Reuters story: outlet and dateline from the tag, byline and trailer dropped, no year means no date', () => {
    const a = readReportText(
      lines(
        'Lavrov, Jaishankar discuss oil payments in New Delhi',
        'By Jane Doe',
        '3 min read',
        '',
        'NEW DELHI, March 3 (Reuters) - Russian Foreign Minister Sergei Lavrov met Indian External Affairs Minister Subrahmanyam Jaishankar on Friday.',
        '',
        '"We discussed energy," Lavrov said.',
        '',
        'Reporting by Jane Doe; Editing by John Roe',
      ),
    );
    assert.equal(a.outlet, 'Reuters');
    assert.equal(a.dateline, 'New Delhi');
    assert.equal(a.title, 'Lavrov, Jaishankar discuss oil payments in New Delhi');
    assert.equal(a.published, null);
    assert.equal(
      a.text,
      'Lavrov, Jaishankar discuss oil payments in New Delhi\n\nRussian Foreign Minister Sergei Lavrov met Indian External Affairs Minister Subrahmanyam Jaishankar on Friday.\n\n"We discussed energy," Lavrov said.',
    );
  });

  test('a Xinhua story: the dateline day takes its year from a full date of the same day in the text', () => {
    const a = readReportText(
      lines(
        'Chinese, Brazilian FMs hold talks',
        'BEIJING, April 12 (Xinhua) -- Chinese Foreign Minister met his Brazilian counterpart here on Wednesday.',
        'The two ministers signed a memorandum on April 12, 2023, officials said.',
        'Editor: Huaxia',
      ),
    );
    assert.equal(a.outlet, 'Xinhua');
    assert.equal(a.published, '2023-04-12');
    assert.ok(!a.text.includes('Huaxia'));
  });

  test('a dateline day is left undated when the text has dates of different years', () => {
    const a = readReportText(
      lines(
        'Ministers review ties',
        'SEOUL, May 2 (Yonhap) -- The ministers recalled the accord of March 1, 2019 and the summit of June 30, 2021.',
        '(END)',
      ),
    );
    assert.equal(a.outlet, 'Yonhap');
    assert.equal(a.published, null);
    assert.ok(!a.text.includes('(END)'));
  });

  test("a past event's date in another month does not give a dateline its year", () => {
    const a = readReportText(
      lines(
        'Leaders meet again',
        'TOKYO, June 19 (Kyodo) -- The leaders met again after their summit of November 15, 2022.',
      ),
    );
    assert.equal(a.published, null);
    const b = readReportText(
      lines(
        'Leaders meet again',
        'TOKYO, June 19 (Kyodo) -- The leaders, who talked by phone on June 2, 2023, met again.',
      ),
    );
    assert.equal(b.published, '2023-06-19');
  });

  test('a TASS story: outlet from /TASS/, place from the dateline', () => {
    const a = readReportText(
      'Lavrov, Araghchi sign accord\n\nMOSCOW, June 5. /TASS/. Russian Foreign Minister Sergey Lavrov and his Iranian counterpart signed an accord.',
    );
    assert.equal(a.outlet, 'TASS');
    assert.equal(a.dateline, 'Moscow');
    assert.match(a.text, /\n\nRussian Foreign Minister Sergey Lavrov/);
  });

  test('an AP story: outlet from the dateline, copyright and contributor lines dropped', () => {
    const a = readReportText(
      lines(
        'Blinken meets Saudi crown prince in Jeddah',
        'WASHINGTON (AP) — Secretary of State met Saudi Crown Prince Mohammed bin Salman on Tuesday, the State Department said.',
        '___',
        'Copyright 2024 The Associated Press. All rights reserved.',
      ),
    );
    assert.equal(a.outlet, 'Associated Press');
    assert.equal(a.dateline, 'Washington');
    assert.ok(!/Copyright|___/.test(a.text));
  });

  test('an Al Jazeera page: "Published On" date line and a "Source:" line naming the outlet among others', () => {
    const a = readReportText(
      lines(
        'Al Jazeera',
        '',
        'Egypt and Turkey pledge to boost ties as Sisi visits Ankara',
        'Published On 4 Sep 2024',
        'Share',
        'Save',
        'Egyptian President Abdel Fattah el-Sisi met Turkish President Recep Tayyip Erdogan in Ankara.',
        'Advertisement',
        '“We will raise trade to $15bn,” Erdogan told reporters.',
        'Source: Al Jazeera and news agencies',
      ),
    );
    assert.equal(a.outlet, 'Al Jazeera');
    assert.equal(a.published, '2024-09-04');
    assert.equal(a.title, 'Egypt and Turkey pledge to boost ties as Sisi visits Ankara');
    assert.ok(!/Advertisement|Share|Save|Source:/.test(a.text));
  });

  test("a header date above the headline is the page's today, not the report's day", () => {
    const a = readReportText(
      lines(
        'Buenos Aires Times',
        'Buenos Aires, March 12th 2026 - 09:10 UTC',
        '',
        'Argentine and Chilean foreign ministers meet in Santiago',
        'Thursday, August 3rd 2023 - 08:45 UTC',
        'Full article',
        'The ministers met on Wednesday.',
      ),
    );
    assert.equal(a.published, '2023-08-03');
    assert.equal(a.outlet, 'Buenos Aires Times');
    assert.equal(a.text, 'Argentine and Chilean foreign ministers meet in Santiago\nThe ministers met on Wednesday.');
  });

  test("a date line the page opens with is the report's date; one below the site's name and no other is not", () => {
    assert.equal(
      readReportText(lines('June 2, 2024', 'Ministers meet in Oslo', 'The ministers met.')).published,
      '2024-06-02',
    );
    assert.equal(
      readReportText(
        lines(
          'Buenos Aires Times',
          'Buenos Aires, March 12th 2026 - 09:10 UTC',
          '',
          'Ministers meet',
          'The ministers met.',
        ),
      ).published,
      null,
    );
  });

  test('a pipe-separated byline line gives the agency and the date, and the caption glued to it stays', () => {
    const a = readReportText(
      lines(
        'Ruto, Ramaphosa sign trade pact',
        'World |Author: Reuters | March 5, 2024, Tuesday @ 11:02| 812 viewsKenyan President William Ruto (R) greets South African President Cyril Ramaphosa in Nairobi. (Photo by Simon Maina / AFP)',
        'Kenya and South Africa signed a trade pact on Tuesday.',
      ),
    );
    assert.equal(a.outlet, 'Reuters');
    assert.equal(a.published, '2024-03-05');
    assert.equal(
      a.text,
      'Ruto, Ramaphosa sign trade pact\nKenyan President William Ruto (R) greets South African President Cyril Ramaphosa in Nairobi.\nKenya and South Africa signed a trade pact on Tuesday.',
    );
  });

  test('photo credits are cut from captions and the captions kept', () => {
    const a = readReportText(
      lines(
        'Modi and Kishida hold summit',
        'Indian Prime Minister Narendra Modi meets Japanese Prime Minister Fumio Kishida in Tokyo on May 20. (Credit: Reuters)',
        'Kishida shakes hands with Modi in Tokyo. Credit: KAZUHIRO NOGI/ POOL/AFP via Getty Images',
        'The leaders walk to the hall. Jim Bourg/Reuters',
        'The two leaders at the hall (AP Photo/Eugene Hoshiko)',
        'Photo: Kyodo',
        'The bigger picture: both want stability',
        'The summit lasted two hours.',
      ),
    );
    assert.equal(
      a.text,
      lines(
        'Modi and Kishida hold summit',
        'Indian Prime Minister Narendra Modi meets Japanese Prime Minister Fumio Kishida in Tokyo on May 20.',
        'Kishida shakes hands with Modi in Tokyo.',
        'The leaders walk to the hall.',
        'The two leaders at the hall',
        'The bigger picture: both want stability',
        'The summit lasted two hours.',
      ),
    );
  });

  test('comment sections, teasers and the site name after them are cut off', () => {
    const a = readReportText(
      lines(
        'Baerbock visits Kyiv',
        'by newsdesk',
        '0 comment',
        'German Foreign Minister Annalena Baerbock met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv.',
        'Share on Facebook | Twitter | WhatsApp',
        'Kuleba thanked Germany.',
        '',
        'You may also like',
        'Another story about Olaf Scholz',
        'Leave a Comment',
        'Some News Site',
      ),
    );
    assert.equal(
      a.text,
      'Baerbock visits Kyiv\nGerman Foreign Minister Annalena Baerbock met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv.\nKuleba thanked Germany.',
    );
  });

  test("a section's other stories under the report ('Next In Nation') are cut off", () => {
    const a = readReportText(
      lines(
        'Baerbock visits Kyiv',
        'German Foreign Minister Annalena Baerbock met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv.',
        'Kuleba thanked Germany.',
        '',
        'Next In Nation',
        '',
        'Ports must stay open to ensure regional stability, says Tavo Merrin',
        'Dara Voss: Lawyers must uphold ethics',
      ),
    );
    assert.equal(
      a.text,
      'Baerbock visits Kyiv\nGerman Foreign Minister Annalena Baerbock met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv.\nKuleba thanked Germany.',
    );
  });

  test('a comment section with rules and a closed notice is cut off', () => {
    const a = readReportText(
      lines(
        'Ministers meet',
        'The ministers met.',
        'Top Comments',
        'Disclaimer & comment rules',
        'Commenting for this story is now closed.',
        'If you have a Facebook account, become a fan!',
      ),
    );
    assert.equal(a.text, 'Ministers meet\nThe ministers met.');
  });

  test('a feed item\'s HTML is reduced to its text and its "The post … appeared first on …" footer dropped', () => {
    const a = readReportText(
      lines(
        'Ministers meet',
        '<p>Foreign Minister Ana Ruiz met her Karvian counterpart Tavo Merrin in Varnel on Monday.</p>',
        '<p>The post <a href="https://example.org/x">Ruiz meets Merrin</a> appeared first on <a href="https://example.org">Example News</a>.</p>',
      ),
    );
    assert.equal(
      a.text,
      'Ministers meet\n\nForeign Minister Ana Ruiz met her Karvian counterpart Tavo Merrin in Varnel on Monday.',
    );
  });

  test('a last line naming an agency is its signature: the outlet, not text', () => {
    const a = readReportText(
      lines('Ministers meet in Dhaka', '', 'The foreign ministers of India and Bangladesh met on Monday.', '', 'ANI'),
    );
    assert.equal(a.outlet, 'Asian News International');
    assert.equal(a.text, 'Ministers meet in Dhaka\n\nThe foreign ministers of India and Bangladesh met on Monday.');
  });

  test('"© Agence France-Presse" names the outlet; a "Back" link is dropped', () => {
    const a = readReportText(
      lines('Macron hosts Lula', 'Macron hosted Lula at the Elysee.', '© Agence France-Presse', 'Back'),
    );
    assert.equal(a.outlet, 'Agence France-Presse');
    assert.equal(a.text, 'Macron hosts Lula\nMacron hosted Lula at the Elysee.');
  });

  test('a wire story carried by another agency is credited to the originating one', () => {
    const a = readReportText(
      lines(
        'Scholz meets Tinubu',
        'Abuja, Oct. 30, (dpa/NAN) – German Chancellor Olaf Scholz met President Bola Tinubu.',
        'NAN',
      ),
    );
    assert.equal(a.outlet, 'dpa');
    assert.equal(a.dateline, 'Abuja');
  });

  test("an image's alt text and caption scraped twice in one line are read once", () => {
    const a = readReportText(
      lines(
        'Talks end',
        'The ministers leave the hall on Monday. The ministers leave the hall on Monday.',
        'Talks ended.',
      ),
    );
    assert.equal(a.text, 'Talks end\nThe ministers leave the hall on Monday.\nTalks ended.');
  });

  test('a Kyodo metadata line "KYODO NEWS - Jun 19, 2023 - 21:46 | World" gives outlet and date and is not text', () => {
    const a = readReportText(
      lines(
        'Japan, China foreign ministers hold talks',
        'KYODO NEWS - Jun 19, 2023 - 21:46 | World, All',
        '',
        'Japanese Foreign Minister met his Chinese counterpart.',
      ),
    );
    assert.equal(a.outlet, 'Kyodo');
    assert.equal(a.published, '2023-06-19');
    assert.equal(
      a.text,
      'Japan, China foreign ministers hold talks\n\nJapanese Foreign Minister met his Chinese counterpart.',
    );
  });

  test('an Indian paper: "Last Updated : Jun 19 2023 | 10:33 PM IST", a "NEW DELHI:" dateline, a "| The Hindu" title suffix', () => {
    const a = readReportText(
      lines(
        'Jaishankar, Wong discuss Indo-Pacific | The Hindu',
        'Last Updated : Jun 19 2023 | 10:33 PM IST',
        'NEW DELHI: External Affairs Minister S. Jaishankar held talks with Australian Foreign Minister Penny Wong on Monday.',
      ),
    );
    assert.equal(a.title, 'Jaishankar, Wong discuss Indo-Pacific');
    assert.equal(a.outlet, 'The Hindu');
    assert.equal(a.published, '2023-06-19');
    assert.equal(a.dateline, 'New Delhi');
    assert.equal(
      a.text,
      'Jaishankar, Wong discuss Indo-Pacific\nExternal Affairs Minister S. Jaishankar held talks with Australian Foreign Minister Penny Wong on Monday.',
    );
  });

  test('a short sentence with a date is text, not a date line; a numeric date line is a date', () => {
    const a = readReportText(
      lines('Summit held', '19.06.2023', 'Leaders met on June 18, 2023.', 'Ministers met on Monday - officials said.'),
    );
    assert.equal(a.published, '2023-06-19');
    assert.equal(a.text, 'Summit held\nLeaders met on June 18, 2023.\nMinisters met on Monday - officials said.');
  });

  test('"Updated 2 hours ago" and a relative time do not stop a date line from being one', () => {
    const a = readReportText(lines('Summit held', 'June 20, 2024 / 10:33 AM / Updated 2 hours ago', 'Leaders met.'));
    assert.equal(a.published, '2024-06-20');
    assert.equal(a.text, 'Summit held\nLeaders met.');
  });

  test('a Reuters page: byline, a year glued to the time, "Updated a year ago"', () => {
    const a = readReportText(
      lines(
        'Wang, Sullivan hold talks in Vienna',
        'By Simon Lewis and Michael Martina',
        'May 11, 20237:40 AM UTCUpdated a year ago',
        'VIENNA, May 11 (Reuters) - The two officials met.',
      ),
    );
    assert.equal(a.outlet, 'Reuters');
    assert.equal(a.published, '2023-05-11');
    assert.equal(a.text, 'Wang, Sullivan hold talks in Vienna\nThe two officials met.');
  });

  test('a tagline above a menu is chrome, a name alone under the headline is a byline, staff and editor credits are dropped', () => {
    const a = readReportText(
      lines(
        'News and analysis for busy people',
        'World',
        'Business',
        'Markets',
        '',
        'Ministers meet in Oslo',
        '',
        'Jana Holm-Berg',
        'June 2, 2024',
        '',
        'OSLO, June 2 (Reuters) - The ministers met.',
        '',
        'Roe reported from Oslo. Associated Press writer Jan Doe contributed from Bergen.',
        '[Editor: Li Wen]',
        'Our Standards: The Thomson Reuters Trust Principles.',
      ),
    );
    assert.equal(a.title, 'Ministers meet in Oslo');
    assert.equal(a.outlet, 'Reuters');
    assert.equal(a.text, 'Ministers meet in Oslo\n\nThe ministers met.');
  });

  test('a blog\'s "Posted on DATE by NAME | 3 Comments" gives the date, "Foto:" is a credit', () => {
    const a = readReportText(
      lines(
        'Some Policy Blog',
        '',
        'Leaders meet',
        '',
        'Posted on January 24, 2023 by Ana R. | 3 Comments',
        '',
        'Foto: Jo Lima/PR',
        'The leaders met.',
      ),
    );
    assert.equal(a.published, '2023-01-24');
    assert.ok(!/Posted|Jo Lima|Ana R/.test(a.text), a.text);
  });

  test('an AP page: capital "BY" byline, "Updated 6:17 AM GMT+8, June 19, 2023", share bar with "Copy Link copied"', () => {
    const a = readReportText(
      lines(
        'Austin meets Dong in Singapore',
        'BY LOLITA C. BALDOR',
        'Updated 6:17 AM GMT+8, June 3, 2024',
        'Share',
        'Copy Link copied',
        'Email',
        'Facebook',
        'X',
        'Reddit',
        'SINGAPORE (AP) — The defense chiefs met.',
      ),
    );
    assert.equal(a.outlet, 'Associated Press');
    assert.equal(a.published, '2024-06-03');
    assert.equal(a.dateline, 'Singapore');
    assert.equal(a.text, 'Austin meets Dong in Singapore\nThe defense chiefs met.');
  });

  test('an Al Jazeera date scraped twice and glued ("19 Jun 202319 Jun 2023") is one date', () => {
    const a = readReportText(lines('Sisi meets Erdogan', 'Published On 4 Sep 20244 Sep 2024', 'The leaders met.'));
    assert.equal(a.published, '2024-09-04');
    assert.equal(a.text, 'Sisi meets Erdogan\nThe leaders met.');
  });

  test('a Xinhua meta line "Source: Xinhua| 2023-06-19 10:33:45|Editor: huaxia" gives outlet and date', () => {
    const a = readReportText(
      lines(
        'Chinese, Vietnamese leaders meet',
        'Source: Xinhua| 2023-06-26 10:33:45|Editor: huaxia',
        'The leaders met in Beijing.',
      ),
    );
    assert.equal(a.outlet, 'Xinhua');
    assert.equal(a.published, '2023-06-26');
    assert.equal(a.text, 'Chinese, Vietnamese leaders meet\nThe leaders met in Beijing.');
  });

  test('an agency named with a date line ("Press Trust of India New Delhi Last Updated at ...") is the outlet', () => {
    const a = readReportText(
      lines(
        'Jaishankar meets Wong',
        'Press Trust of India New Delhi Last Updated at June 19, 2023 10:33 IST',
        'The ministers met.',
      ),
    );
    assert.equal(a.outlet, 'Press Trust of India');
    assert.equal(a.published, '2023-06-19');
    assert.equal(a.text, 'Jaishankar meets Wong\nThe ministers met.');
  });

  test('"By Euronews with AFP": the agency of a joint byline is the outlet', () => {
    const a = readReportText(lines('Borrell meets Lavrov', 'By Euronews with AFP', 'The two met in Jakarta.'));
    assert.equal(a.outlet, 'Agence France-Presse');
  });

  test('a Guardian byline "Helen Davidson in Taipei" under the headline is dropped; the Guardian date line read', () => {
    const a = readReportText(
      lines(
        'Taiwan hosts US delegation',
        'Jane Doe and John Roe in Taipei',
        'Mon 19 Jun 2023 10.33 BST',
        'The delegation met President Tsai Ing-wen.',
      ),
    );
    assert.equal(a.published, '2023-06-19');
    assert.equal(a.text, 'Taiwan hosts US delegation\nThe delegation met President Tsai Ing-wen.');
  });

  test('a menu and a breadcrumb above the headline are navigation; the site name among them is the outlet', () => {
    const a = readReportText(
      lines(
        'Korea Herald',
        'Home',
        'National',
        'Politics',
        'Diplomacy',
        'Home › National › Diplomacy',
        'Yoon, Kishida agree to resume shuttle diplomacy',
        'The leaders met in Seoul.',
      ),
    );
    assert.equal(a.title, 'Yoon, Kishida agree to resume shuttle diplomacy');
    assert.equal(a.outlet, 'The Korea Herald');
    assert.equal(a.text, 'Yoon, Kishida agree to resume shuttle diplomacy\nThe leaders met in Seoul.');
  });

  test('a menu line naming the site gives the outlet; a title with a short name and an outlet suffix stays the title', () => {
    const a = readReportText(
      lines('Home | News | The Korea Times', 'Yoon meets Kishida in Hiroshima', 'The leaders met.'),
    );
    assert.equal(a.outlet, 'The Korea Times');
    assert.equal(a.title, 'Yoon meets Kishida in Hiroshima');
    const b = readReportText(lines('Xi meets Blinken | Reuters', 'The leaders met.'));
    assert.equal(b.title, 'Xi meets Blinken');
    assert.equal(b.outlet, 'Reuters');
  });

  test('a Yonhap "(LEAD)" mark is not part of the headline', () => {
    const a = readReportText(lines('(LEAD) Yoon, Kishida hold summit', 'SEOUL, May 7 (Yonhap) -- The leaders met.'));
    assert.equal(a.title, 'Yoon, Kishida hold summit');
    assert.equal(a.outlet, 'Yonhap');
  });

  test('"MOSCOW, June 19 - RIA Novosti." names the agency after the dash', () => {
    const a = readReportText(
      lines('Lavrov meets Wang', 'MOSCOW, June 19 - RIA Novosti. Russian Foreign Minister Sergey Lavrov met Wang Yi.'),
    );
    assert.equal(a.outlet, 'RIA Novosti');
    assert.equal(a.dateline, 'Moscow');
    assert.equal(a.text, 'Lavrov meets Wang\nRussian Foreign Minister Sergey Lavrov met Wang Yi.');
  });

  test('a text that opens with its dateline (a record whose title is a field) still gives the agency', () => {
    const [a] = readRecords(
      JSON.stringify([
        {
          title: 'Modi meets Albanese',
          text: 'NEW DELHI, March 10 (PTI) Prime Minister Narendra Modi held talks with Anthony Albanese.',
        },
      ]),
      { source: 'r.json' },
    );
    assert.equal(a!.outlet, 'Press Trust of India');
    assert.equal(a!.title, 'Modi meets Albanese');
    assert.equal(a!.text, 'Prime Minister Narendra Modi held talks with Anthony Albanese.');
  });

  test('BBC "Image source" lines are credits and "Image caption," labels are cut from the caption', () => {
    const a = readReportText(
      lines(
        'Cleverly visits Beijing',
        'Image source, Getty Images',
        'Image caption, James Cleverly met Han Zheng in Beijing',
        'The visit was the first in five years.',
      ),
    );
    assert.equal(
      a.text,
      'Cleverly visits Beijing\nJames Cleverly met Han Zheng in Beijing\nThe visit was the first in five years.',
    );
  });

  test('syndication notes ("With inputs from PTI", "This story has not been edited by ... staff") are dropped', () => {
    const a = readReportText(
      lines(
        'Jaishankar meets Blinken',
        'The ministers met in Washington.',
        '(With inputs from PTI)',
        '(This story has not been edited by NDTV staff and is auto-generated from a syndicated feed.)',
      ),
    );
    assert.equal(a.text, 'Jaishankar meets Blinken\nThe ministers met in Washington.');
  });

  test('a signature glued to the last sentence ("… on Monday.- Bernama") names the outlet; the sentence stays', () => {
    const a = readReportText(lines('Ministers meet', 'The ministers met on Monday.- Bernama'));
    assert.equal(a.outlet, 'Bernama');
    assert.equal(a.text, 'Ministers meet\nThe ministers met on Monday.');
  });

  test('signature lines: "(Kyodo)", "— Reuters", "PTI KR RT" name the outlet and are not text', () => {
    for (const [sig, outlet] of [
      ['(Kyodo)', 'Kyodo'],
      ['— Reuters', 'Reuters'],
      ['PTI KR RT', 'Press Trust of India'],
    ] as const) {
      const a = readReportText(lines('Ministers meet', 'The ministers met on Monday.', sig));
      assert.equal(a.outlet, outlet, sig);
      assert.equal(a.text, 'Ministers meet\nThe ministers met on Monday.', sig);
    }
  });

  test('"Source: Kuwait News Agency (KUNA)" and "Source: Xinhua - Editor: Li" name the agency', () => {
    assert.equal(
      readReportText(lines('Talks', 'They met.', 'Source: Kuwait News Agency (KUNA)')).outlet,
      'Kuwait News Agency',
    );
    assert.equal(readReportText(lines('Talks', 'They met.', 'Source: Xinhua - Editor: Li')).outlet, 'Xinhua');
    // a feed digest's header: "Source:NAME, URL:…", no space after the colon
    assert.equal(
      readReportText(
        lines('Source:Coastline Daily, URL:https://coastline.example/rss, language:en-US', 'Talks', 'They met.'),
      ).outlet,
      'Coastline Daily',
    );
  });

  test('a byline with an e-mail in brackets is still a byline', () => {
    const a = readReportText(
      lines('Seoul, Tokyo hold talks', 'BY SARAH KIM [kim.sarah@joongang.co.kr]', 'The ministers met.'),
    );
    assert.equal(a.text, 'Seoul, Tokyo hold talks\nThe ministers met.');
  });

  test('metadata the user gives wins over what the text says', () => {
    const a = readReportText('Talks end\n\n(AFP) - The talks ended on June 1, 2024.', {
      outlet: 'BBC News',
      published: '2024-06-02T08:00:00Z',
      title: 'Given title',
      url: 'https://example.org/a',
    });
    assert.equal(a.outlet, 'BBC');
    assert.equal(a.published, '2024-06-02');
    assert.equal(a.title, 'Given title');
    assert.equal(a.id, 'https://example.org/a');
  });

  test('a bad user date is an InputError naming it', () => {
    assert.throws(
      () => readReportText('Talks\nThey met.', { published: 'someday', source: 'x.txt' }),
      (e: unknown) => e instanceof InputError && /x\.txt: published "someday"/.test(e.message),
    );
  });

  test('without url or file name the id is the sha256 of the text; contentHash is always that hash', () => {
    const a = readReportText('Talks end\nThe ministers met.');
    const h = createHash('sha256').update(a.text).digest('hex');
    assert.equal(a.id, h);
    assert.equal(a.contentHash, h);
  });

  test('a report of only boilerplate is an InputError, not an empty article', () => {
    assert.throws(
      () => readReportText('Share\nAdvertisement\n', { source: 'b.txt' }),
      (e: unknown) => e instanceof InputError && e.problem === 'empty',
    );
  });
});

describe('HTML pages', () => {
  const page = `<!doctype html><html><head>
    <title>Lavrov in Pretoria | The Daily Example</title>
    <meta property="og:title" content="Lavrov meets Pandor in Pretoria">
    <meta property="og:site_name" content="The Daily Example">
    <link rel="canonical" href="https://example.org/world/lavrov-pandor">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Lavrov meets Pandor in Pretoria","datePublished":"2023-01-23T10:00:00+02:00","publisher":{"@type":"Organization","name":"Daily Example"}}]}</script>
    <style>p{color:red}</style><script>var tracking = "Sergey Shoigu";</script>
  </head><body>
    <header><nav><a href="/">Home</a> <a href="/world">World</a></nav><div>Today: March 1, 2026</div></header>
    <article>
      <h1>Lavrov meets Pandor in Pretoria</h1>
      <div class="share-bar">Share on Facebook</div>
      <time datetime="2023-01-23">January 23, 2023</time>
      <figure><img src="a.jpg"><figcaption>Russian Foreign Minister Sergey Lavrov meets Naledi Pandor in Pretoria. (Photo by Phill Magakoe / AFP)</figcaption></figure>
      <p>Russian Foreign Minister Sergey Lavrov met South African Foreign Minister Naledi Pandor on Monday.</p>
      <p>"Our relations are strong," Pandor said.</p>
      <aside>Related: Vladimir Putin to visit</aside>
    </article>
    <section class="comments"><p>Great article by Jacob Zuma fan</p></section>
    <footer>© The Daily Example</footer>
  </body></html>`;

  test('markup, scripts, navigation, share bars, asides and comments are stripped; captions stay without credits', () => {
    const a = readReportHtml(page, { source: 'lavrov.html' }, 'lavrov.html');
    assert.equal(
      a.text,
      'Lavrov meets Pandor in Pretoria\n\nJanuary 23, 2023\n\nRussian Foreign Minister Sergey Lavrov meets Naledi Pandor in Pretoria.\n\nRussian Foreign Minister Sergey Lavrov met South African Foreign Minister Naledi Pandor on Monday.\n\n"Our relations are strong," Pandor said.'.replace(
        'January 23, 2023\n\n',
        '',
      ),
    );
    assert.ok(!/Shoigu|Zuma|Putin|Home|color/.test(a.text));
  });

  test('title, date, outlet and url come from JSON-LD and the canonical link', () => {
    const a = readReportHtml(page, { source: 'lavrov.html' }, 'lavrov.html');
    assert.equal(a.title, 'Lavrov meets Pandor in Pretoria');
    assert.equal(a.published, '2023-01-23');
    assert.equal(a.outlet, 'Daily Example');
    assert.equal(a.url, 'https://example.org/world/lavrov-pandor');
    assert.equal(a.id, 'https://example.org/world/lavrov-pandor');
  });

  test('a page without JSON-LD uses og:site_name, article:published_time and the <title>', () => {
    const a = readReportText(
      `<html><head><title>Kishida visits Seoul</title><meta property="og:site_name" content="NHK WORLD"><meta property="article:published_time" content="2023-05-07T09:00:00+09:00"></head><body><main><p>Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul.</p></main></body></html>`,
    );
    assert.equal(a.title, 'Kishida visits Seoul');
    assert.equal(a.outlet, 'NHK');
    assert.equal(a.published, '2023-05-07');
    assert.equal(
      a.text,
      'Kishida visits Seoul\n\nJapanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in Seoul.',
    );
  });

  test('the longest <article> is the report (teasers are articles too); a sidebar class on <body> does not empty the page', () => {
    const a = readReportText(
      `<html><body class="single sidebar"><article><h2>Teaser about Viktor Orban</h2></article><article><h1>Sanchez meets Lula</h1><p>Spanish Prime Minister Pedro Sanchez met Brazilian President Luiz Inacio Lula da Silva in Madrid on Wednesday, officials said.</p></article></body></html>`,
    );
    assert.equal(
      a.text,
      'Sanchez meets Lula\n\nSpanish Prime Minister Pedro Sanchez met Brazilian President Luiz Inacio Lula da Silva in Madrid on Wednesday, officials said.',
    );
  });

  test('a report kept in a hidden "Read more" dialog is read; a hidden menu beside a report is dropped', () => {
    const report =
      'Prime Minister Ana Ruiz met President Tavo Merrin in Varnel on Tuesday, reports Reuters.The two leaders agreed to work together on climate change and on the port at Lisk.';
    const dialog = readReportText(
      `<div class="modal fade" aria-hidden="true"><h5>Varnel and Lisk to work together</h5><button>&times;</button><p>${report}</p></div>`,
    );
    assert.match(dialog.text, /Tavo Merrin in Varnel on Tuesday, reports Reuters\. The two leaders/);
    assert.equal(dialog.outlet, 'Reuters');
    const page = readReportText(
      `<html><body><div aria-hidden="true">Menu: Home World Sport Weather Markets Opinion Video Podcasts Newsletters Games</div><article><p>${report}</p></article></body></html>`,
    );
    assert.doesNotMatch(page.text, /Menu/);
  });

  test("a page rendered by scripts is read from JSON-LD's articleBody", () => {
    const a = readReportText(
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ramaphosa visits Kyiv","articleBody":"South African President Cyril Ramaphosa met Ukrainian President Volodymyr Zelensky in Kyiv on Friday.\\n\\nThe leaders discussed a peace plan."}</script></head><body><div id="app">Loading</div></body></html>`,
    );
    assert.equal(a.title, 'Ramaphosa visits Kyiv');
    assert.match(a.text, /^Ramaphosa visits Kyiv\n\nSouth African President Cyril Ramaphosa met/);
  });

  test('an HTML fragment is read as HTML; a plain report that starts with "<" is not', () => {
    assert.equal(
      readReportText('<p>Ministers meet</p><p>The ministers met.</p>').text,
      'Ministers meet\n\nThe ministers met.',
    );
    assert.equal(readReportText('<Exclusive> Ministers meet\nThe ministers met.').title, '<Exclusive> Ministers meet');
  });

  test('a wire dateline in the page text wins over the site that carried it', () => {
    const a = readReportText(
      `<html><head><meta property="og:site_name" content="Devdiscourse"></head><body><article><h1>Wang meets Blinken</h1><p>MUNICH (Reuters) - The ministers met on Friday.</p></article></body></html>`,
    );
    assert.equal(a.outlet, 'Reuters');
  });
});

describe('JSON and JSON Lines records', () => {
  test('each record is an article; record fields win; ids are url, id, or file#index', () => {
    const arts = readRecords(
      JSON.stringify([
        {
          text: 'Talks held\n(AFP) - Ministers met.',
          outlet: 'Kyodo News',
          published: '2024-02-01',
          url: 'https://example.org/1',
        },
        { text: 'Talks held again\nMinisters met again.', id: 'r-2', title: 'Second' },
        { text: 'Third talks\nThey met.' },
      ]),
      { source: 'dump.json', outlet: 'BBC' },
    );
    assert.equal(arts.length, 3);
    assert.deepEqual(
      arts.map((a) => [a.id, a.outlet, a.published, a.title]),
      [
        ['https://example.org/1', 'Kyodo', '2024-02-01', 'Talks held'],
        ['r-2', 'BBC', null, 'Second'],
        ['dump.json#2', 'BBC', null, 'Third talks'],
      ],
    );
    assert.equal(arts[0]!.source, 'dump.json');
  });

  test("a record's URL names the outlet when the text does not; a dateline still wins over it", () => {
    const [a, b] = readRecords(
      JSON.stringify([
        { text: 'Talks\nThe ministers met.', url: 'https://en.yna.co.kr/view/AEN2023' },
        { text: 'Talks\nTOKYO (Kyodo) -- The ministers met.', url: 'https://www.reuters.com/world/x' },
      ]),
      { source: 'r.json' },
    );
    assert.equal(a!.outlet, 'Yonhap');
    assert.equal(b!.outlet, 'Kyodo');
  });

  test('JSON Lines: one record a line; a record without text is an error naming the line', () => {
    const ok = readRecords('{"text":"A\\nB met C."}\n\n{"text":"D\\nE met F."}\n', { source: 'x.jsonl' }, true);
    assert.deepEqual(
      ok.map((a) => a.id),
      ['x.jsonl#0', 'x.jsonl#1'],
    );
    assert.throws(
      () => readRecords('{"text":"A\\nB."}\n{"title":"no text"}\n', { source: 'x.jsonl' }, true),
      (e: unknown) => e instanceof InputError && e.problem === 'format' && /x\.jsonl: line 2: text/.test(e.message),
    );
    assert.throws(
      () => readRecords('{"text": oops}\n', { source: 'y.jsonl' }, true),
      (e: unknown) => e instanceof InputError && /y\.jsonl: line 1 is not JSON/.test(e.message),
    );
  });
});

describe('files and bad input', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-input-'));
  const write = (name: string, data: string | Uint8Array) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, data);
    return p;
  };
  const fails = async (file: string, problem: string) => {
    await assert.rejects(readReportFile(file), (e: unknown) => {
      assert.ok(e instanceof InputError, 'an InputError');
      assert.equal(e.problem, problem);
      assert.ok(e.message.startsWith(file + ': '), `the message names the file: ${e.message}`);
      return true;
    });
  };

  test('a text file is one article whose id is the base name; HTML and JSONL files are read by extension', async () => {
    const [a] = await readReportFile(write('r1.txt', 'Talks\n\n(Kyodo) -- Ministers met.'));
    assert.equal(a!.id, 'r1.txt');
    assert.equal(a!.outlet, 'Kyodo');
    assert.equal(a!.source, path.join(dir, 'r1.txt'));
    const [h] = await readReportFile(write('p.html', '<html><body><p>Heads met</p><p>They met.</p></body></html>'));
    assert.equal(h!.text, 'Heads met\n\nThey met.');
    const recs = await readReportFile(write('d.jsonl', '{"text":"A\\nB met C."}\n{"text":"D\\nE met F."}'));
    assert.equal(recs.length, 2);
  });

  test('a .txt report that starts with a bracket is text; JSON on stdin or without extension is sniffed', async () => {
    const [a] = await readReportFile(write('bracket.txt', '[UPDATED] Ministers meet\nThe ministers met.'));
    assert.equal(a!.title, '[UPDATED] Ministers meet');
    assert.equal(
      (await readReportFile(write('records', '{"text":"A\\nB met C."}\n{"text":"D\\nE met F."}\n'))).length,
      2,
    );
    assert.equal((await readReportFile(write('one', '[{"text":"A\\nB met C."}]'))).length, 1);
    const [c] = await readReportFile(write('noext', '[UPDATED] Talks\nThey met.'));
    assert.equal(c!.title, '[UPDATED] Talks');
  });

  test('an RSS or Atom feed is one report per item, with its title, date, link and fullest text; an empty item is left out', async () => {
    const rss = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>World</title>',
      '<item><title>Lopes meets Kral</title><description>Short.</description>',
      '<content:encoded><![CDATA[<p>Chilean President Ana Lopes met Peruvian President Ivo Kral in Lima on Monday.</p>]]></content:encoded>',
      '<pubDate>Tue, 13 May 2025 10:00:00 GMT</pubDate><link>https://example.com/a</link></item>',
      '<item><title></title><link>https://example.com/empty</link></item>',
      '<item><title>Berg in Quito</title><description>Minister Tomas Berg held talks in Quito.</description>',
      '<pubDate>Wed, 14 May 2025 09:00:00 GMT</pubDate><guid>b-1</guid></item>',
      '</channel></rss>',
    ].join('\n');
    const items = await readReportFile(write('world.rss', rss));
    assert.deepEqual(
      items.map((a) => [a.id, a.title, a.published]),
      [
        ['https://example.com/a', 'Lopes meets Kral', '2025-05-13'],
        ['b-1', 'Berg in Quito', '2025-05-14'],
      ],
    );
    assert.match(items[0]!.text, /Ana Lopes met Peruvian President Ivo Kral/);
    const atom =
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry</title><entry><title>Talks</title>' +
      '<link href="https://example.org/t"/><published>2025-05-12T08:00:00Z</published><summary>The ministers met.</summary></entry></feed>';
    const [e] = await readReportFile(write('ministry.xml', atom));
    assert.deepEqual([e!.id, e!.title, e!.published], ['https://example.org/t', 'Talks', '2025-05-12']);
    await fails(
      write('none.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'),
      'empty',
    );
  });

  test('a UTF-8 byte-order mark is not part of the text', async () => {
    const [a] = await readReportFile(write('bom.txt', '\uFEFFTalks\nThey met.'));
    assert.equal(a!.title, 'Talks');
  });

  test('empty, whitespace-only, binary, Latin-1, UTF-16, over 5 MB, missing and directory inputs fail naming the file', async () => {
    await fails(write('empty.txt', ''), 'empty');
    await fails(write('blank.txt', ' \n\n\t\n'), 'empty');
    await fails(
      write('img.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
      'binary',
    );
    await fails(write('latin1.txt', Buffer.from('Caf\xe9 talks\nThe minist\xe8re met.', 'latin1')), 'encoding');
    await fails(write('utf16.txt', Buffer.from('\uFEFFTalks', 'utf16le')), 'encoding');
    await fails(write('big.txt', 'x'.repeat(5 * 1024 * 1024 + 1)), 'too-large');
    await fails(path.join(dir, 'nope.txt'), 'missing');
    await fails(dir, 'unreadable');
  });

  test(
    'an unreadable file fails naming the file',
    { skip: process.getuid?.() === 0 ? 'root reads every file' : false },
    async () => {
      const p = write('locked.txt', 'Talks\nThey met.');
      fs.chmodSync(p, 0o000);
      await fails(p, 'unreadable');
    },
  );

  test('the Latin-1 error says where the bad byte is', async () => {
    await assert.rejects(
      readReportFile(write('l2.txt', Buffer.from('Talks\nCaf\xe9', 'latin1'))),
      /invalid byte at offset 9/,
    );
  });
});
