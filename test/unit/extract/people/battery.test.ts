// A combinatorial battery of the commonest shapes in which reports name people: sentence templates (subject,
// object, speaker, apposition, possessive, after "her"/"his", sentence start, after a dateline) × what stands
// before a name (demonyms and countries of one to three words from data/countries.json, titles from
// data/titles.json and titles of several words, forms of address) × invented names (Arabic, Malay, Chinese,
// Korean, Vietnamese, African, Latin American, European; particles, hyphens, diacritics). Each case asserts the
// exact people a report of that one sentence has, by the names printed: the name without titles or forms of
// address, except a word of address the project keeps on purpose — inside a name ("Omar Sheikh Abdi",
// data/words.json titlesInNames) and before a name of one word ("Sheikh Talib": a person the report names only
// with a title is printed as the report writes them). No demonym, country, title or form of address may become a
// person. All names are invented (none of seeds/ or test/fixtures/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../../src/extract/index.js';
import { readReportText } from '../../../../src/input/index.js';
import { knowledge } from '../../../../src/knowledge/index.js';

interface Case {
  family: string;
  sentence: string;
  people: string[];
}

/** [the name as written, the name printed] */
const NAMES: [string, string][] = [
  ['Yazid Al-Murrani', 'Yazid Al-Murrani'],
  ['Faris bin Khalfan Al Suwaidat', 'Faris bin Khalfan Al Suwaidat'],
  ['Nurhayati Kamaruddin', 'Nurhayati Kamaruddin'],
  ['Azman bin Zulkefli', 'Azman bin Zulkefli'],
  ['Zhou Lanxin', 'Zhou Lanxin'],
  ['Bae Sung-min', 'Bae Sung-min'],
  ['Chidiebere Okonkwo-Eze', 'Chidiebere Okonkwo-Eze'],
  ['Tendai Murewa', 'Tendai Murewa'],
  ['Aminata Kouyaté', 'Aminata Kouyaté'],
  ['Ramón Echeverría Quiñónez', 'Ramón Echeverría Quiñónez'],
  ['Lucía de la Vega', 'Lucía de la Vega'],
  ['Ingrid van Houten', 'Ingrid van Houten'],
  ['Dieter von Ellerbach', 'Dieter von Ellerbach'],
  ['Abu Samad Rahmatullah', 'Abu Samad Rahmatullah'],
  ['Nguyễn Thị Lan Hương', 'Nguyễn Thị Lan Hương'],
  ['Şükrü Karaağaç', 'Şükrü Karaağaç'],
  ['Kwabena Asante-Boateng', 'Kwabena Asante-Boateng'],
  ['Ólafur Hrafnsson', 'Ólafur Hrafnsson'],
  ['Mahlet Gebreyesus', 'Mahlet Gebreyesus'],
  ['Rodrigo Ituarte', 'Rodrigo Ituarte'],
  ['Khurshida Begum Talukdar', 'Khurshida Begum Talukdar'],
  ['AK Monirul Haque Sarkar', 'AK Monirul Haque Sarkar'],
  ['C.K. Weng Lisong', 'C.K. Weng Lisong'],
  ['Mohd. Hafizul Rahmanov', 'Mohd. Hafizul Rahmanov'],
];

/** forms of address before a name, dropped from the name printed */
const ADDRESS = [
  'Sheikh',
  'Sayyid',
  'Datuk Seri',
  'Tan Sri',
  "Dato'",
  'Pehin',
  'Hon.',
  'H.E.',
  'Alhaji',
  'Dr',
  'Dr.',
  'Haji',
  'His Excellency',
  'H.E. Dr.',
  'Hon. Dr',
  "Tan Sri Dato'",
  "Dato' Sri",
  'Alhaji Dr.',
  'Seyyed',
  'Prof.',
  'Mr',
  'Ms.',
  'Monsieur',
  'Madame',
];

/** words that open a sentence before a name and are no part of it */
const OPENERS = ['Like', 'Unlike', 'Including', 'Alongside', 'Besides', 'Despite', 'Following', 'Under', 'Meanwhile,'];

/** titles of several words, as reports print them before a name */
const LONG_TITLES = [
  'Deputy Prime Minister and Foreign Minister',
  'Minister of Foreign Affairs and International Cooperation',
  'Cabinet Secretary for Foreign Affairs',
  'Minister of Foreign Affairs',
  'Deputy Minister of Trade and Industry',
  'Vice President and Minister of Defence',
  'Ambassador-designate',
  'Governor-elect',
];

const capitalise = (s: string) =>
  s
    .split(' ')
    .map((w) => (/^(?:of|for|and|the)$/.test(w) ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');

/** titles of data/titles.json that stand before a leader's or a minister's name */
function titles(): string[] {
  const out = knowledge()
    .titles.titles.filter(
      (t) =>
        !t.honorific &&
        t.rank >= 50 &&
        !t.givenName &&
        !/[’']|\bof the\b|commission|leader|dictator|^head$|^chief$|pope|emperor|empress/.test(t.title),
    )
    .map((t) => capitalise(t.title));
  return [...out, ...LONG_TITLES];
}

interface Country {
  /** "Sri Lanka" */
  name: string;
  /** "Sri Lankan" */
  demonym: string;
}

/**
 * Every country whose name or demonym has two or three words, three times (with other titles and names), and one
 * in five of the others once.
 */
function countries(): Country[] {
  const out: Country[] = [];
  knowledge().countries.countries.forEach((c, n) => {
    const demonyms = c.demonyms.filter((d) => !/[,]| or /.test(d) && !/^\p{Lu}+$|\./u.test(d));
    const names = [c.name].filter((x) => x.split(' ').length <= 3 && !/ and /.test(x));
    if (!demonyms.length || !names.length) return;
    const several = [...demonyms, ...names].some((x) => x.includes(' '));
    if (several || n % 5 === 0)
      demonyms.forEach((d, k) => {
        if (k === 0 || d.includes(' '))
          for (let times = several ? 3 : 1; times > 0; times--) out.push({ name: names[0]!, demonym: d });
      });
  });
  return out;
}

const at = <T>(xs: readonly T[], n: number): T => xs[n % xs.length]!;

/** One case per country and family, the title, form of address and name turning round the lists. */
function cases(): Case[] {
  const out: Case[] = [];
  const ts = titles();
  countries().forEach(({ name: country, demonym }, n) => {
    const [name, printed] = at(NAMES, n);
    const [other, otherPrinted] = at(NAMES, n + 7);
    const title = at(ts, n);
    const title2 = at(ts, n * 3 + 1);
    const address = at(ADDRESS, n);
    const add = (family: string, sentence: string, people: string[]) => out.push({ family, sentence, people });
    add('subject', `${demonym} ${title} ${name} held talks with the visiting delegation on Saturday.`, [printed]);
    add('object', `The minister held talks with ${demonym} ${title} ${name} on Saturday.`, [printed]);
    add('speaker', `${title} ${name} of ${country} said the talks had been useful.`, [printed]);
    add('two people', `${title} ${address} ${name} held talks with ${demonym} ${title2} ${other} on Saturday.`, [
      printed,
      otherPrinted,
    ]);
    add('address', `${address} ${name} arrived in ${country} on Monday for a three-day visit.`, [printed]);
    add('her demonym', `The minister has sat down with her ${demonym} ${name} to discuss trade.`, [printed]);
    add('his counterpart', `The minister met his ${demonym} counterpart ${name} in the capital.`, [printed]);
    add('apposition', `The ${title} of ${country}, ${name}, arrived in the capital on Monday.`, [printed]);
    add('apposition after', `${name}, the ${title} of ${country}, arrived in the capital on Monday.`, [printed]);
    const apostrophe = at(["'", '’', '`'], n);
    add('country possessive', `${country}${apostrophe}s ${title} ${name} arrived in the capital on Monday.`, [printed]);
    add('name possessive', `${demonym} ${title} ${name}'s visit to the port was postponed.`, [printed]);
    add('dateline', `DHAKA, April 24 (Agency) – ${demonym} ${title} ${name} said the talks had been useful.`, [
      printed,
    ]);
    const lower = title.toLowerCase();
    add('lower-case title', `The ${demonym} ${lower} ${name} met the minister on Monday.`, [printed]);
    add('country as modifier', `${country} ${title} ${name} held talks with the visiting delegation.`, [printed]);
    add('name, possessive title', `${name}, ${country}'s ${title}, said the talks had been useful.`, [printed]);
    add('apposition with address', `The ${title} of ${country}, ${address} ${name}, called on the minister.`, [
      printed,
    ]);
    add('posted to', `${title} of ${country} to Bangladesh ${name} called on the minister on Sunday.`, [printed]);
    add('said after', `“The talks were useful,” said ${demonym} ${title} ${name}.`, [printed]);
    add('coordinated', `${demonym} ${title} ${name} and ${title2} ${other} signed the accord.`, [
      printed,
      otherPrinted,
    ]);
    add('former', `Former ${demonym} ${title} ${address} ${name} was also present.`, [printed]);
    add('opening word', `${at(OPENERS, n)} ${name}, the ${demonym} envoy, the delegation backed the plan.`, [printed]);
  });
  return out;
}

/** shapes that are no template over the lists: a role without a title word, a handle, a name of one word */
const SINGLES: Case[] = [
  { family: 'role', sentence: 'Opposition leader Tendai Murewa said the vote was unfair.', people: ['Tendai Murewa'] },
  {
    family: 'role',
    sentence: 'The opposition leader Mahlet Gebreyesus said the vote was unfair.',
    people: ['Mahlet Gebreyesus'],
  },
  {
    family: 'role',
    sentence: 'Velasa coalition leader Rodrigo Ituarte said the vote was unfair.',
    people: ['Rodrigo Ituarte'],
  },
  {
    family: 'handle',
    sentence: 'Prime Minister Zhou Lanxin (@zhoulanxin) said on Twitter that the talks went well.',
    people: ['Zhou Lanxin'],
  },
  {
    family: 'handle',
    sentence: 'The talks went well, @tendaimurewa wrote on Twitter on Sunday.',
    people: [],
  },
  {
    family: 'handle',
    sentence: 'PM @zhoulanxin held talks with the visiting delegation.',
    people: [],
  },
  {
    family: 'one word',
    sentence: 'Prime Minister Sheikh Rukhsana held talks with Sri Lankan Prime Minister Bae Sung-min on Saturday.',
    people: ['Sheikh Rukhsana', 'Bae Sung-min'],
  },
  {
    family: 'one word',
    sentence: 'Sheikh Rukhsana held talks with the visiting delegation on Saturday.',
    people: ['Sheikh Rukhsana'],
  },
  {
    family: 'of a republic of a federation',
    sentence: 'President of the Russian Federation`s Republic of Tatarstan Tendai Murewa visited the port.',
    people: ['Tendai Murewa'],
  },
  {
    family: 'of a republic of a federation',
    sentence: 'Head of the Republic of Dagestan Şükrü Karaağaç visited the port.',
    people: ['Şükrü Karaağaç'],
  },
  {
    family: 'inside a name',
    sentence: 'Somali President Omar Sheikh Ruqiyo said the talks went well.',
    people: ['Omar Sheikh Ruqiyo'],
  },
  {
    family: 'sentence start',
    sentence:
      'Papua New Guinean Prime Minister Kwabena Asante-Boateng and South African President Lucía de la Vega met.',
    people: ['Kwabena Asante-Boateng', 'Lucía de la Vega'],
  },
];

/** [sentence, name, role]: a country of several words stays in the role it opens, whatever its first word is */
const ROLES: [string, string, string][] = [
  ['Sri Lankan Prime Minister Zhou Lanxin met the minister.', 'Zhou Lanxin', 'Sri Lankan Prime Minister'],
  ['Sri Lanka PM Zhou Lanxin met the minister.', 'Zhou Lanxin', 'Sri Lanka PM'],
  [
    "Papua New Guinea's Foreign Minister Tendai Murewa met the minister.",
    'Tendai Murewa',
    "Papua New Guinea's Foreign Minister",
  ],
  ['The minister met Sierra Leonean Ambassador Bae Sung-min.', 'Bae Sung-min', 'Sierra Leonean Ambassador'],
  ['H.E. Dr. Tendai Murewa met the minister.', 'Tendai Murewa', ''],
];

for (const [sentence, name, role] of ROLES)
  test(`battery: "${sentence}" gives ${name} the role "${role}"`, () => {
    const p = extract(readReportText(`Dhaka, 24 April 2023\n\n${sentence}\n`)).people.find((q) => q.name === name);
    assert.deepEqual(p?.roles, role ? [role] : []);
  });

/** The names of the people extracted from a report of one sentence under a dateline. */
function peopleOf(sentence: string): string[] {
  const a = readReportText(`Dhaka, 24 April 2023\n\n${sentence}\n`);
  return extract(a)
    .people.map((p) => p.name)
    .sort();
}

const all = [...cases(), ...SINGLES];
const results = all.map((c) => ({ c, got: peopleOf(c.sentence), want: [...c.people].sort() }));
const failed = results.filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.want));

test(`battery: ${all.length - failed.length} of ${all.length} cases pass`, () => {
  // the pass rate, with the first failures of each family, when run alone: `node dist/test/run.js battery`
  const byFamily = new Map<string, string[]>();
  for (const r of failed) {
    const list = byFamily.get(r.c.family) ?? [];
    list.push(`  ${r.c.sentence}\n    got ${JSON.stringify(r.got)}, want ${JSON.stringify(r.want)}`);
    byFamily.set(r.c.family, list);
  }
  const rate = ((all.length - failed.length) / all.length).toFixed(3);
  console.log(`battery pass rate ${rate} (${all.length - failed.length}/${all.length})`);
  for (const [family, lines] of byFamily)
    console.log(`${family}: ${lines.length} failing\n${lines.slice(0, 4).join('\n')}`);
  assert.ok(all.length >= 300, 'the battery is broad');
});

for (const family of new Set(all.map((c) => c.family)))
  test(`battery: every "${family}" case finds exactly its people`, () => {
    const bad = failed.filter((r) => r.c.family === family);
    assert.deepEqual(
      bad.map((r) => `${r.c.sentence} → ${JSON.stringify(r.got)}`),
      [],
    );
  });
