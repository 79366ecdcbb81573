import { knowledge } from './load.js';
import { meetingWords } from './meeting-words.js';
import type { Knowledge } from './schema.js';

/**
 * The lookup tables extraction runs on, built once from the data files (see data/README.md).
 * Nothing here names a person: names are found by rules.
 */

type TitleEntry = Knowledge['titles']['titles'][number];
type OrgEntry = Knowledge['organizations']['organizations'][number];

/** title phrase (lower case, abbreviations included) -> entry, and the single words of titles */
function titleTables(titles: Knowledge['titles']) {
  const titleByPhrase = new Map<string, TitleEntry>();
  /** "premier" -> ["prime minister"]: the titles an abbreviation or short form stands for */
  const titlesOfAbbr = new Map<string, string[]>();
  for (const t of titles.titles) {
    titleByPhrase.set(t.title, t);
    for (const a of t.abbr ?? []) {
      if (!titleByPhrase.has(a)) titleByPhrase.set(a, t);
      titlesOfAbbr.set(a, [...(titlesOfAbbr.get(a) ?? []), t.title]);
    }
  }
  const titleWords = new Set<string>();
  // the words of a form of address of two words ("Tan Sri") stay names on their own ("Tan" is a surname)
  for (const [k, t] of titleByPhrase)
    if (!(t.honorific && k.includes(' '))) for (const w of k.split(' ')) titleWords.add(w.replace(/\.$/, ''));
  for (const w of titles.modifiers) titleWords.add(w);
  for (const w of titles.heads) titleWords.add(w);
  /** "sultan", "crown prince": styles before a given or regnal name (titles.json `regnal`) */
  const regnalTitles = new Set(titles.titles.filter((t) => t.regnal).map((t) => t.title));
  return { titleByPhrase, titleWords, titlesOfAbbr, regnalTitles };
}

/** names in lower case, each also without its diacritics as English copy writes them ("Chișinău", "chisinau") */
const spellings = (names: string[]) =>
  names.flatMap((n) => {
    const lower = n.toLowerCase();
    const plain = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return plain === lower ? [lower] : [lower, plain];
  });

/** lower-case country word (name, alias, demonym, capital) -> ISO code */
function countryTables(countries: Knowledge['countries']['countries']) {
  const countryByWord = new Map<string, string>();
  const countryName = new Map<string, string>();
  const capitals = new Set<string>();
  for (const c of countries) {
    countryName.set(c.code, c.name);
    for (const n of spellings([c.name, ...c.aliases])) countryByWord.set(n, c.code);
    for (const d of spellings(c.demonyms)) {
      countryByWord.set(d, c.code);
      if (/[a-z]$/.test(d)) countryByWord.set(`${d}s`, c.code);
    }
    for (const cap of spellings(c.capitals)) {
      capitals.add(cap);
      if (!countryByWord.has(cap)) countryByWord.set(cap, c.code);
    }
  }
  /** capitals that are no country's name or demonym ("Havana", "Accra"; not "Singapore"): a place, never a title's country */
  const capitalOnly = new Set<string>();
  for (const c of countries)
    for (const w of spellings(c.capitals)) {
      if (!countries.some((o) => spellings([o.name, ...o.aliases, ...o.demonyms]).includes(w))) capitalOnly.add(w);
    }
  return { countryByWord, countryName, capitals, capitalOnly };
}

/** organizations and outlets by lower-case name or alias: outlets are sources too ("Kyodo reported") */
function orgTable(k: Knowledge) {
  const orgByAlias = new Map<string, OrgEntry>();
  for (const o of k.organizations.organizations)
    for (const a of [o.name, ...o.aliases]) orgByAlias.set(a.toLowerCase(), o);
  for (const o of k.outlets.outlets)
    for (const a of [o.name, ...o.aliases])
      if (!orgByAlias.has(a.toLowerCase()))
        orgByAlias.set(a.toLowerCase(), { name: o.name, aliases: o.aliases, country: o.country, kind: 'medium' });
  return orgByAlias;
}

const byForm = (lemmas: Record<string, string[]>) => {
  const out = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(lemmas)) for (const f of forms) out.set(f, lemma);
  return out;
};

/** capitalised words that are never part of a person's name, and the words of place names of several words */
function nameStops(
  k: Knowledge,
  t: ReturnType<typeof titleTables>,
  c: ReturnType<typeof countryTables>,
  orgByAlias: Map<string, OrgEntry>,
  months: Map<string, number>,
  weekdays: Map<string, number>,
) {
  const notName = new Set<string>([
    ...[...t.titleWords].filter((w) => !t.titleByPhrase.get(w)?.givenName),
    ...k.titles.orgWords,
    ...k.words.stopNames,
    ...months.keys(),
    ...weekdays.keys(),
    ...c.countryByWord.keys(),
    ...c.capitals,
  ]);
  // acronyms ("UN") only block tokens in capitals, which are never names anyway: "Kim Jong Un"
  for (const [key, o] of orgByAlias)
    if (!key.includes(' ') && [o.name, ...o.aliases].some((a) => a.toLowerCase() === key && a !== a.toUpperCase()))
      notName.add(key);
  // words of place names of several words: "New Delhi", "Kuala Lumpur", "Saudi Arabia" (placeWords: those
  // that are no other kind of non-name, which may still end a person's name: "Antonio Costa"); a hyphenated
  // name is also written with a space ("Timor Leste", "Guinea Bissau")
  const placeWords = new Set<string>();
  for (const country of k.countries.countries)
    for (const n of [country.name, ...country.capitals].map((x) => x.replace(/-/g, ' ')))
      if (n.includes(' '))
        for (const w of n.toLowerCase().split(/\s+/)) {
          const word = w.replace(/\.$/, '');
          if (w.length <= 2 || k.words.particles.includes(w)) continue;
          if (!notName.has(word)) placeWords.add(word);
          notName.add(word);
        }
  return { notName, placeWords };
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The "notPositions" lists of data/reporting-verbs.json, and the meeting-plan pattern built from them once. */
function notPositionTables(np: Knowledge['reportingVerbs']['notPositions']) {
  const meetingPlans = np.meetingPlans.map((w) => w.toLowerCase());
  const plans = meetingPlans.map(esc).join('|');
  // "agreed to meet again …", "agreed that a working group would convene …"
  const meetingPlan = plans
    ? new RegExp(
        `^(?:agreed\\s+)?(?:to\\s+(?:(?:also|again|soon)\\s+)?(?:${plans})\\b(?!\\s+(?:the\\s+|their\\s+|its\\s+)?(?:needs|obligations|targets|demands|commitments|goals|expectations|requirements|challenges))|that\\s+(?:[\\w'-]+\\s+){1,8}?(?:would|will|should)\\s+(?:${plans})\\b)`,
      )
    : null;
  return {
    occasionObjects: new Set(np.occasionObjects.map((w) => w.toLowerCase())),
    courtesyObjects: np.courtesyObjects.map((w) => w.toLowerCase()),
    meetingPlans,
    meetingPlan,
  };
}

/**
 * Where a period does not end a sentence: after an abbreviation, a month's short form ("Jan."), an initial
 * or initials ("U.S."); inside a quotation, after a title's abbreviation ("Mr.").
 */
function abbreviationTables(w: Knowledge['words']) {
  const { titles, more, names } = w.abbreviations;
  const months = w.months
    .flat()
    .filter((m) => m.endsWith('.'))
    .map((m) => m[0]!.toUpperCase() + m.slice(1, -1));
  return {
    beforePeriod: new RegExp(
      `(?:\\b(?:${[...titles, ...more, ...names, ...months].map(esc).join('|')})|\\b[A-Z]|\\b(?:[A-Z]\\.){1,3}[A-Z])$`,
    ),
    /** a line that ends with a title written short ("… and Mr."): its name is on the next line */
    titleLineEnd: new RegExp(`(?:^|\\s)(?:${titles.map(esc).join('|')})\\.$`),
    /** "Mohd", "Ma": given names written short, before their period (lower case) */
    nameAbbreviations: new Set(names.map((n) => n.toLowerCase())),
    quoteSplit: new RegExp(`(?<!\\b(?:${titles.map(esc).join('|')})\\.)(?<=[.!?])\\s+(?=[A-Z“"])`),
  };
}

/** data/grammar.json as sets */
function grammarTables(g: Knowledge['grammar']) {
  return {
    pair: g.pair,
    /** every adverb between a subject and its verb, and the common ones alone */
    adverbs: new Set([...g.adverbsBeforeVerb.common, ...g.adverbsBeforeVerb.more]),
    commonAdverbs: new Set(g.adverbsBeforeVerb.common),
    parentheticalOpeners: new Set(g.parentheticalOpeners.words),
    appositionOpeners: new Set(g.appositionOpeners.words),
    /** "the visiting minister": a title's guest modifiers */
    guestModifiers: new Set(g.guestModifiers.words),
    placePrepositions: new Set(g.placePrepositions.words),
    /** "the Ritz Harbor", "la Isla Conejo": articles before or opening a thing's name */
    articles: new Set(g.articles.words),
    /** "El Mercosur", "O Prosul": capitalised articles that open a body's name */
    nameArticles: new Set(g.nameArticles.words),
    /** English function words: a sentence with one is English */
    englishMarkers: new Set(g.englishMarkers.words),
    sentenceStarters: new Set(g.sentenceStarters.words),
    titleConnectors: new Set(g.titleConnectors.words),
    pronouns: new Set(g.pronouns.words),
    objectPronouns: new Set(g.objectPronouns.words),
    clauseSubjects: new Set(g.clauseSubjects.words),
    /** "said in a speech", "told reporters": what follows a reporting verb when it is not the position */
    notClause: new RegExp(`^(?:${g.notClauseOpeners.words.map(esc).join('|')})\\b`, 'i'),
    beforeThat: new Set(g.beforeThat.words),
    /** "In a video on CCTV, X said": a clause opening with a preposition is scene-setting */
    leadingPreposition: new RegExp(`^\\s*(?:${g.leadingPrepositions.words.map(esc).join('|')})\\b`, 'i'),
    functionWords: new Set(g.functionWords.words),
    quoteFiller: new Set(g.quoteFiller.words),
  };
}

/** The tables of reporting verbs and of the words around them (data/reporting-verbs.json). */
function verbTables(verbs: Knowledge['reportingVerbs']) {
  return {
    speechVerb: byForm(verbs.speech),
    positionVerb: byForm(verbs.position),
    participleAfterComma: new Set(verbs.participleAfterComma),
    documents: new Set(verbs.documents),
    notPositions: notPositionTables(verbs.notPositions),
    keepVerb: new Set(verbs.keepVerb.lemmas),
    /** lemma -> the words one of which must follow the verb for it to state a position (none: it never does) */
    complements: new Map(
      Object.entries(verbs.complements.lemmas).map(([l, ws]) => [l, ws.map((w) => w.toLowerCase())]),
    ),
    joint: {
      lemmas: new Set(verbs.joint.lemmas),
      forms: new Set(verbs.joint.forms),
      participles: new Map(Object.entries(verbs.joint.participles)),
    },
    /** "we must act", "I believe": words by which a sentence of a speech puts a position forward */
    stanceWords: new Set(verbs.stanceWords.words),
    /** "X's “clean out” plan", "X's claim of “…”": nouns that name what a person said */
    speechNouns: new Set(verbs.speechNouns.words),
    /** "X's plan to “clean out” the port": nouns that name words after them */
    planNouns: new Set(verbs.speechNouns.plans),
    /** "was described as": forms of "be" that make a reporting verb passive */
    passiveAux: new Set(verbs.passiveAuxiliaries.words),
    /** "the government said", "the draft says": nouns that head a subject which is no one person */
    sourceHeads: new Set(verbs.sourceHeads.words),
    /** "such claims as “…”", "his remarks": words after which a reporting verb's form is a noun */
    nounDeterminers: new Set(verbs.nounDeterminers.words),
    /** "the so-called “…”": words that mark a quotation as a term in use */
    termCues: new Set(verbs.termCues.words),
    /** "“…”, explicou.": what may follow a reporting verb that has no subject of its own */
    bareClause: new Set(verbs.bareClause.words),
    /** "O presidente lembrou": nouns of office that stand alone for a person named earlier */
    roleNouns: new Set(verbs.roleNouns.words),
    /** "CLAUSE, Lavrov noted.": a short reporting clause closing the sentence */
    clauseEnd: new RegExp(
      `^(.{20,}?),\\s*(?!which|who|that|as|when|while)([^,]{2,60}?)\\s+(${verbs.clauseEndVerbs.words.map(esc).join('|')})\\b[^,“"]*\\.?$`,
      'u',
    ),
  };
}

function build(k: Knowledge) {
  const titles = titleTables(k.titles);
  const countries = countryTables(k.countries.countries);
  const orgByAlias = orgTable(k);
  const months = new Map<string, number>();
  k.words.months.forEach((forms, i) => forms.forEach((f) => months.set(f, i + 1)));
  const weekdays = new Map<string, number>();
  k.words.weekdays.forEach((d, i) => weekdays.set(d, i));
  const nickname = new Map<string, number>();
  k.nicknames.groups.forEach((g, i) => g.forEach((n) => (nickname.has(n) ? undefined : nickname.set(n, i))));
  // a public figure's short name (lower case, no diacritics) -> the full name as written
  const knownAs = new Map<string, string>();
  const fold = (x: string) =>
    x
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  for (const e of k.nicknames.knownAs ?? []) for (const sh of e.short) knownAs.set(fold(sh), e.name);
  return {
    ...titles,
    heads: new Set(k.titles.heads),
    modifiers: new Set(k.titles.modifiers),
    rankWords: new Map(Object.entries(k.titles.rankWords)),
    orgWords: new Set(k.titles.orgWords),
    genericHeads: new Set(k.titles.genericHeads),
    /** "deputy foreign minister": words that make a title a deputy's (its rank is its own entry's) */
    deputyBefore: new RegExp(`\\b(?:${k.titles.deputyModifiers.map(esc).join('|')})\\s*$`),
    deputyStart: new RegExp(`^(?:${k.titles.deputyModifiers.map(esc).join('|')})\\b`),
    /** "the minister" is not the deputy minister when a minister is at hand */
    juniorRole: new RegExp(`\\b(?:${k.titles.juniorRoles.map(esc).join('|')})\\b`, 'i'),
    ...countries,
    orgByAlias,
    topics: k.topics.topics,
    ...verbTables(k.reportingVerbs),
    nickname,
    knownAs,
    meeting: meetingWords(k.meetingWords),
    months,
    weekdays,
    particles: new Set(k.words.particles),
    thingNouns: new Set(k.words.thingNouns),
    titlesInNames: new Set(k.words.titlesInNames),
    namingNouns: new Set(k.words.namingNouns),
    leaderNouns: new Set(k.words.leaderNouns),
    /** "the Dalai Lama": people known by a style that takes an article */
    styledNames: new Set(k.words.styledNames),
    /** East Asian family names (names.json): "Justice He Xiaorong": "He" after a title opens a name */
    familyFirst: new Set(k.names.familyNameFirst),
    /** "Tavo Merrin visit": nouns a person's name stands before */
    personNouns: new Set(k.words.personNouns),
    institutionNouns: new Set(k.words.institutionNouns),
    placeNouns: new Set(k.words.placeNouns),
    storyFields: new Set(k.words.storyFields),
    sourceQualifiers: k.words.sourceQualifiers,
    numbers: new Map(Object.entries(k.words.numbers)),
    abbreviations: abbreviationTables(k.words),
    grammar: grammarTables(k.grammar),
    relativeDays: new Set(k.words.relativeDays),
    lineageParticles: new Set(k.words.lineageParticles),
    hyphenParticles: new Set(k.words.hyphenParticles),
    ...nameStops(k, titles, countries, orgByAlias, months, weekdays),
  };
}

export type Lexicon = ReturnType<typeof build>;
let cached: Lexicon | null = null;
/** The lexicon of the project's data files, built on first use. */
export function lexicon(): Lexicon {
  return (cached ??= build(knowledge()));
}
