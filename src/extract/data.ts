import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../paths.js';

/**
 * The general-knowledge word lists extraction runs on, read once from data/ (see data/README.md)
 * and turned into lookup tables. Nothing here names a person: names are found by rules.
 */

interface TitleEntry {
  title: string;
  rank: number;
  diplomat?: boolean;
  honorific?: boolean;
  abbr?: string[];
}
interface CountryEntry {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}
interface OrgEntry {
  name: string;
  aliases: string[];
  country: string | null;
  kind: string;
}
interface TopicEntry {
  name: string;
  cameo?: string;
  keywords: string[];
}

const read = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) as T;

function load() {
  const titles = read<{
    titles: TitleEntry[];
    heads: string[];
    modifiers: string[];
    rankWords: Record<string, string>;
    orgWords: string[];
  }>('titles.json');
  const verbs = read<{
    speech: Record<string, string[]>;
    position: Record<string, string[]>;
    source: string[];
    participleAfterComma: string[];
    documents: string[];
  }>('reporting-verbs.json');
  const countries = read<{ countries: CountryEntry[] }>('countries.json').countries;
  const orgs = read<{ organizations: OrgEntry[] }>('organizations.json').organizations;
  const topics = read<{ topics: TopicEntry[] }>('topics.json').topics;
  const nick = read<{ groups: string[][] }>('nicknames.json').groups;
  const meeting = read<{
    verbs: string[];
    nouns: string[];
    subjectPlural: string[];
    delegation: string[];
    spouse?: string[];
    joint?: string[];
    hostVerbs?: string[];
    byVerbs?: string[];
    gather?: string[];
    groupNouns?: string[];
    listOpeners?: string[];
    separate?: string[];
  }>('meeting-words.json');
  const calendar = read<{
    months: string[][];
    weekdays: string[];
    stopNames: string[];
    particles: string[];
    numbers: Record<string, number>;
    thingNouns: string[];
    titlesInNames?: string[];
    sourceQualifiers?: string[];
  }>('words.json');

  /** title phrase (lower case, abbreviations included) -> entry */
  const titleByPhrase = new Map<string, TitleEntry>();
  for (const t of titles.titles) {
    titleByPhrase.set(t.title, t);
    for (const a of t.abbr ?? []) if (!titleByPhrase.has(a)) titleByPhrase.set(a, t);
  }
  const titleWords = new Set<string>();
  // the words of a form of address of two words ("Tan Sri") stay names on their own ("Tan" is a surname)
  for (const [k, t] of titleByPhrase)
    if (!(t.honorific && k.includes(' '))) for (const w of k.split(' ')) titleWords.add(w.replace(/\.$/, ''));
  for (const w of titles.modifiers) titleWords.add(w);
  for (const w of titles.heads) titleWords.add(w);

  /** lower-case country word (name, alias, demonym, capital) -> ISO code */
  const countryByWord = new Map<string, string>();
  const countryName = new Map<string, string>();
  const capitals = new Set<string>();
  for (const c of countries) {
    countryName.set(c.code, c.name);
    for (const n of [c.name, ...c.aliases]) countryByWord.set(n.toLowerCase(), c.code);
    for (const d of c.demonyms) {
      countryByWord.set(d.toLowerCase(), c.code);
      if (/[a-z]$/.test(d)) countryByWord.set(`${d.toLowerCase()}s`, c.code);
    }
    for (const cap of c.capitals) {
      capitals.add(cap.toLowerCase());
      if (!countryByWord.has(cap.toLowerCase())) countryByWord.set(cap.toLowerCase(), c.code);
    }
  }
  // forms that also are country words in compounds: "Sino-US", "US-China"
  const orgByAlias = new Map<string, OrgEntry>();
  for (const o of orgs) for (const a of [o.name, ...o.aliases]) orgByAlias.set(a.toLowerCase(), o);
  // outlets (data/outlets.json, kept by the input stage) are sources too: "Kyodo reported"
  try {
    const outlets = read<{ outlets: { name: string; aliases: string[]; country: string | null }[] }>(
      'outlets.json',
    ).outlets;
    for (const o of outlets)
      for (const a of [o.name, ...o.aliases])
        if (!orgByAlias.has(a.toLowerCase()))
          orgByAlias.set(a.toLowerCase(), { name: o.name, aliases: o.aliases, country: o.country, kind: 'medium' });
  } catch {
    /* no outlets file: organizations.json alone */
  }

  const speechVerb = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(verbs.speech)) for (const f of forms) speechVerb.set(f, lemma);
  const positionVerb = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(verbs.position)) for (const f of forms) positionVerb.set(f, lemma);

  const nickname = new Map<string, number>();
  nick.forEach((g, i) => g.forEach((n) => (nickname.has(n) ? undefined : nickname.set(n, i))));

  const months = new Map<string, number>();
  calendar.months.forEach((forms, i) => forms.forEach((f) => months.set(f, i + 1)));
  const weekdays = new Map<string, number>();
  calendar.weekdays.forEach((d, i) => weekdays.set(d, i));

  /** capitalised words that are never part of a person's name */
  const notName = new Set<string>([
    ...titleWords,
    ...titles.orgWords,
    ...calendar.stopNames,
    ...months.keys(),
    ...weekdays.keys(),
    ...countryByWord.keys(),
    ...capitals,
  ]);
  // acronyms ("UN") only block tokens in capitals, which are never names anyway: "Kim Jong Un"
  for (const [k, o] of orgByAlias)
    if (!k.includes(' ') && [o.name, ...o.aliases].some((a) => a.toLowerCase() === k && a !== a.toUpperCase()))
      notName.add(k);
  // words of place names of several words: "New Delhi", "Kuala Lumpur", "Saudi Arabia" (placeWords: those
  // that are no other kind of non-name, which may still end a person's name: "Antonio Costa")
  const placeWords = new Set<string>();
  for (const c of countries)
    for (const n of [c.name, ...c.capitals])
      if (n.includes(' '))
        for (const w of n.toLowerCase().split(/\s+/)) {
          const word = w.replace(/\.$/, '');
          if (w.length <= 2 || calendar.particles.includes(w)) continue;
          if (!notName.has(word)) placeWords.add(word);
          notName.add(word);
        }

  return {
    titleByPhrase,
    titleWords,
    heads: new Set(titles.heads),
    rankWords: new Map(Object.entries(titles.rankWords)),
    orgWords: new Set(titles.orgWords),
    countryByWord,
    countryName,
    capitals,
    orgs,
    orgByAlias,
    topics,
    speechVerb,
    positionVerb,
    sourcePhrases: verbs.source,
    participleAfterComma: new Set(verbs.participleAfterComma),
    documents: new Set(verbs.documents),
    nickname,
    meeting: {
      verbs: new Set(meeting.verbs),
      nouns: new Set(meeting.nouns),
      subjectPlural: new Set(meeting.subjectPlural),
      delegation: meeting.delegation,
      spouse: new Set(meeting.spouse ?? []),
      joint: new Set(meeting.joint ?? []),
      hostVerbs: new Set(meeting.hostVerbs ?? []),
      byVerbs: new Set(meeting.byVerbs ?? []),
      gather: meeting.gather ?? [],
      groupNouns: new Set(meeting.groupNouns ?? []),
      listOpeners: meeting.listOpeners ?? [],
      separate: new Set(meeting.separate ?? []),
    },
    months,
    weekdays,
    particles: new Set(calendar.particles),
    thingNouns: new Set(calendar.thingNouns ?? []),
    titlesInNames: new Set(calendar.titlesInNames ?? []),
    sourceQualifiers: calendar.sourceQualifiers ?? [],
    numbers: new Map(Object.entries(calendar.numbers)),
    notName,
    placeWords,
  };
}

export type Lexicon = ReturnType<typeof load>;
let cached: Lexicon | null = null;
/** The lexicon, read from data/ on first use. */
export function lexicon(): Lexicon {
  return (cached ??= load());
}
