import { lexicon } from '../../knowledge/index.js';
import { isKnownSurname } from './well-known.js';
import { countryPhraseAt, countryPhraseEndingAt, isTitleWord, pluralTitle } from '../grammar.js';
import type { PersonRule } from '../rules.js';
import type { Token } from '../text.js';
import { commonWord } from '../nlp.js';
import { opensParenthetical } from '../verbs.js';
import { ABSTRACT, appositiveTitle, isNameToken, roleBefore, wordBeforeName, type Run } from './find.js';

/**
 * Why a name run is a person: one table of rows, read in order by `personEvidence`. A row either
 * vetoes the run (`emits: null`: the words around it say it is a thing, a title's qualifier, a
 * headline) or gives the rule that makes it a person. A new pattern is a row here and a row in
 * test/unit/extract/people/rules.test.ts.
 */

/** What a row sees: the run, its sentence's tokens and the tokens around it. */
export interface RunContext {
  toks: Token[];
  r: Run;
  /** the token before the run */
  prev: Token | undefined;
  /** the token after the run, unless the run ends in a possessive */
  next: Token | undefined;
  /** words in the run */
  len: number;
}

export type PersonRowId =
  | PersonRule
  | 'not.title-qualifier'
  | 'not.thing-name'
  | 'not.so-called'
  | 'not.abstract-noun'
  | 'not.plural-title-headline'
  | 'not.institution'
  | 'not.named-thing'
  | 'not.place-of'
  | 'not.headline-verb'
  | 'not.place-or-body'
  | 'not.title-of'
  | 'not.reporting-outlet'
  | 'not.inside-proper-phrase'
  | 'not.quoted-phrase'
  | 'person.title.abbreviated'
  | 'person.speaker.after-verb'
  | 'person.apposition.after-title'
  | 'person.meeting.object'
  | 'person.surname.attributive'
  | 'person.known-surname'
  | 'person.vocative'
  | 'person.known-as'
  | 'not.dateline-place'
  | 'not.common-word'
  | 'not.after-article'
  | 'not.article-led'
  | 'not.noun-modifier'
  | 'not.org-name';

export interface PersonRow {
  id: PersonRowId;
  /** the rule the run is a person by, or null: the row says it is none */
  emits: PersonRule | null;
  /** an invented sentence the row is for */
  example: string;
  when: (c: RunContext) => boolean;
}

const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific'];
/** compromise's tags of words that are no part of a name */
const NOT_PROPER = new Set(['Adjective', 'Verb', 'Plural', 'Place', 'Organization', 'Demonym', 'Value', 'Date']);
/** compromise's tags of a word that names a place (not Organization: "the Merrin administration" is one) */
const PLACE_OR_BODY = new Set(['Place', 'Country', 'City', 'Region']);

function hasPersonTag(tokens: Token[], r: Run): boolean {
  for (let k = r.i; k < r.j; k++) if (tokens[k]!.tags.some((g) => PERSON_TAGS.includes(g))) return true;
  return false;
}

/**
 * "Officials said", "Russians said": a plural or a demonym alone is not one person; nor a letter alone ("E
 * complementou:", "Y agregó:": a conjunction of another language opening the sentence)
 */
const pluralRun = (c: RunContext) =>
  c.len === 1 &&
  (c.toks[c.r.i]!.tags.some((g) => g === 'Plural' || g === 'Demonym') || c.toks[c.r.i]!.text.length === 1);

/** The token after the run and what stands between a subject and its verb: "Zelensky, in an interview with CNN, also said". */
function verbAfter(c: RunContext): number {
  const { toks, r } = c;
  let n = r.j;
  if (!r.poss && toks[n]?.text === ',' && toks[n + 1] && opensParenthetical(toks[n + 1]!.lower)) {
    for (let k = n + 2; k < Math.min(toks.length, n + 14); k++)
      if (toks[k]!.text === ',') {
        n = k + 1;
        break;
      }
  }
  const common = lexicon().grammar.commonAdverbs;
  while (toks[n] && common.has(toks[n]!.lower)) n++;
  return n;
}

/**
 * "the Gulf states", "the five Northern and Coastal states that share …": a present-tense verb form that is
 * also a plural noun, after one capitalised word inside a noun phrase opened by an article or a number.
 */
function nounPhrase(tokens: Token[], r: Run, n: number): boolean {
  if (r.j - r.i !== 1 || n !== r.j || !/s$/.test(tokens[n]!.lower)) return false;
  for (let m = r.i - 1; m >= 0 && m >= r.i - 5; m--) {
    const u = tokens[m]!;
    if (
      !u.cap &&
      (/^(?:the|these|those|other|several|many|all|both)$/.test(u.lower) ||
        lexicon().numbers.has(u.lower) ||
        /^\d+$/.test(u.lower))
    )
      return true;
    if (u.cap || u.lower === 'and' || u.text === ',') continue;
    break;
  }
  return false;
}

/**
 * "in Northport and Villa Serena": the second of two places; "a Treaty on Lasting Friendship": the name of a
 * thing or an institution continued after "on", "of", "for".
 */
function thingOrPlaceBefore(tokens: Token[], r: Run): boolean {
  const lex = lexicon();
  const prev = tokens[r.i - 1];
  const before = tokens[r.i - 2];
  if (!prev || !before || !before.cap) return false;
  if (
    (prev.lower === 'and' || prev.lower === 'or') &&
    !before.poss &&
    (before.tags.includes('Place') || lex.capitals.has(before.lower) || lex.countryByWord.has(before.lower)) &&
    lex.grammar.placePrepositions.has(tokens[r.i - 3]?.lower ?? '')
  )
    return true;
  return (
    /^(?:on|of|for)$/.test(prev.lower) &&
    (lex.thingNouns.has(before.lower) || lex.notName.has(before.lower)) &&
    !isTitleWord(before)
  );
}

/** A headline in title case ("Lavrov’s Quest for a Lasting Truce"): most words capitalised. */
function titleCase(toks: Token[]): boolean {
  const words = toks.filter((t) => t.word && t.lower.length > 3);
  // a sentence with a list of names has a high share of capitals too, but also lower-case content words
  // ("X hosted his counterparts – A B, C D and E F – for a meeting"); a headline has at most one
  // a headline has no closing period: "My name is A B from the Coastline National Broadcasting Corporation." is a sentence
  return (
    toks[toks.length - 1]?.text !== '.' &&
    words.length >= 3 &&
    words.filter((t) => t.cap).length / words.length > 0.7 &&
    words.filter((t) => !t.cap).length <= 2
  );
}

function titleWithin(tokens: Token[], from: number, n: number): boolean {
  for (let m = from; m >= 0 && m > from - n; m--) {
    const t = tokens[m]!;
    if (!t.word && t.text !== '’' && t.text !== "'") return false;
    if (isTitleWord(t) || t.lower === 'diplomacy') return true;
  }
  return false;
}

/**
 * "Fatih Sultan Mehmet University", "Andrews Air Force Base", "the Global Methane Pledge": the run, or the
 * capitalised words that are no name after it, end in a word that ends an institution's, a place's or an
 * event's name.
 */
function institutionAfter(toks: Token[], r: Run): boolean {
  const lex = lexicon();
  if (lex.institutionNouns.has(toks[r.j - 1]!.lower)) return true;
  if (r.poss) return false;
  for (let k = r.j; k < Math.min(toks.length, r.j + 4); k++) {
    const t = toks[k]!;
    if (!t.word || !t.cap || t.poss) return false;
    if (lex.institutionNouns.has(t.lower)) return true;
    if (isNameToken(t)) return false;
  }
  return false;
}

/** "the journal X", "giant pandas X and Y": the lower-case noun before the list the run stands in names a thing. */
function namedThing(toks: Token[], r: Run): boolean {
  // "Operation Silent Harbor": a capitalised naming noun right before the run is the first word of the thing's name
  const first = toks[r.i - 1];
  if (first && first.cap && first.word && !first.poss && lexicon().namingNouns.has(first.lower)) return true;
  // "Operation Tavo": the naming noun opens the run itself (not a given name compromise knows: "Bear X")
  const own = toks[r.i]!;
  if (
    r.j - r.i >= 2 &&
    lexicon().namingNouns.has(own.lower) &&
    !own.tags.some((g) => g === 'FirstName' || g === 'MaleName' || g === 'FemaleName')
  )
    return true;
  let k = r.i;
  while (k > 0 && (toks[k - 1]!.cap || toks[k - 1]!.text === ',' || toks[k - 1]!.lower === 'and')) k--;
  const before = toks[k - 1];
  return !!before && !before.cap && lexicon().namingNouns.has(before.lower);
}

/**
 * "the Joint Action Plan", "the Framework Convention on …", "the Climate Change Working Group": a capitalised
 * word that is no name, no title, no country and no weekday or month stands right before or after the run, inside
 * the sentence: the run is part of a longer proper name of a thing.
 */
function insideProperPhrase(toks: Token[], r: Run): boolean {
  const lex = lexicon();
  const thingWord = (k: number) => {
    const t = toks[k];
    return (
      !!t &&
      k > 0 &&
      t.word &&
      t.cap &&
      !t.poss &&
      !isNameToken(t) &&
      !isTitleWord(t) &&
      !lex.titleWords.has(t.lower) &&
      !lex.countryByWord.has(t.lower) &&
      !lex.months.has(t.lower) &&
      !lex.weekdays.has(t.lower) &&
      !/^\p{Lu}+$/u.test(t.text)
    );
  };
  // "her South African Tavo Merrin": the last word of a country phrase ("African") is no word of a thing's name
  return (
    (thingWord(r.i - 1) && countryPhraseEndingAt(toks, r.i - 1) === 0) ||
    (!r.poss && thingWord(r.j) && countryPhraseAt(toks, r.j) === 0)
  );
}

/** "Presidents A of Ruritania, B of Freedonia and C": "of" and a country, then the list goes on */
function countryThenList(toks: Token[], k: number): boolean {
  const lex = lexicon();
  if (toks[k]?.lower !== 'of') return false;
  const two = lex.countryByWord.has(`${toks[k + 1]?.lower ?? ''} ${toks[k + 2]?.lower ?? ''}`);
  if (!two && !lex.countryByWord.has(toks[k + 1]?.lower ?? '')) return false;
  const after = toks[k + (two ? 3 : 2)];
  return !!after && (after.text === ',' || after.lower === 'and');
}

/** A given name compromise knows, alone, that names no place, country, month or title ("Tavo", not "Jordan", "June") */
function givenNameAlone(t: Token): boolean {
  const lex = lexicon();
  return (
    t.word &&
    t.cap &&
    !t.poss &&
    t.tags.some((g) => g === 'FirstName' || g === 'MaleName' || g === 'FemaleName') &&
    !t.tags.some((g) => g === 'Place' || g === 'Country' || g === 'City' || g === 'Organization') &&
    !lex.countryByWord.has(t.lower) &&
    !lex.capitals.has(t.lower) &&
    !lex.months.has(t.lower) &&
    !lex.weekdays.has(t.lower) &&
    !isTitleWord(t) &&
    !lex.titleWords.has(t.lower)
  );
}

/**
 * A given name alone set off as the one spoken to, in a reply: "Tavo, because …", "Well generally Tavo, we …", "I
 * have not seen that Tavo.", "In what context Tavo?" — first in its sentence (after a few lower-case words) before a
 * comma, or last before the closing mark after a word that is no preposition.
 */
function addressed(c: RunContext): boolean {
  const { toks, r, prev, next } = c;
  if (c.len !== 1 || !givenNameAlone(toks[r.i]!) || !next) return false;
  const from = labelEnd(toks);
  if (next.text === ',')
    return (
      r.i >= from &&
      r.i <= from + 3 &&
      toks.slice(from + 1, r.i).every((t) => t.word && !t.cap) &&
      !ADDRESS_BLOCKERS.has(prev?.lower ?? '')
    );
  const last = toks.slice(r.j + 1).every((t) => !t.word);
  return (
    /^[.?!]$/.test(next.text) &&
    last &&
    !!prev &&
    (prev.text === ',' ||
      (prev.text === ':' && r.i === from) ||
      (prev.word && !prev.cap && !ADDRESS_BLOCKERS.has(prev.lower)))
  );
}

/** where a speaker's turn starts after its label in capitals ("MODERATOR: Name?"), else 0 */
function labelEnd(toks: Token[]): number {
  const colon = toks.findIndex((t, k) => k < 6 && t.text === ':');
  return colon > 0 && toks.slice(0, colon).every((t) => t.word && /^\p{Lu}[\p{Lu}.'’-]*$/u.test(t.text))
    ? colon + 1
    : 0;
}

/** words after which a given name is an object or a place, not the one addressed ("to Tavo.", "with Tavo.", "and Tavo.") */
const ADDRESS_BLOCKERS = new Set([
  'to',
  'with',
  'by',
  'for',
  'from',
  'of',
  'and',
  'or',
  'in',
  'at',
  'on',
  'about',
  'the',
  'a',
]);

/** the words from k are a country's name and nothing more: "…, Peru", "…, South Sudan." */
function countryEnds(toks: Token[], k: number): boolean {
  const lex = lexicon();
  const rest = toks.slice(k).filter((t) => t.word);
  const name = rest.map((t) => t.lower).join(' ');
  return rest.length >= 1 && rest.length <= 3 && lex.countryByWord.has(name);
}

/**
 * the last word of a thing's name ("Discrimination", "Settlement", "Prosperity", "Multilateralism", "Missions"),
 * never of a person's ("Clement")
 */
const ABSTRACT_END = /(?:tions?|sions|ity|ities|ism|isms|ness|\p{L}{4,}ments?)$/u;
/** an adverb of manner inside a capitalised run ("for Mutually Accelerated Growth"): a motto's or a title's, no name */
const MANNER_ADVERB = /\p{L}{3,}(?:ually|ively|ously)$/u;

/**
 * "the Varnel Tor refugee camp", "Koh Tavel sovereignty": capitalised words before a lower-case singular noun modify
 * it — a place's or a thing's name, in an English sentence; not a meeting noun, a leader noun or a noun of a person
 * ("Tavo Merrin visit to Karvel": words.json personNouns).
 */
function nounModifier(toks: Token[], r: Run, next: Token | undefined): boolean {
  const lex = lexicon();
  return (
    !!next &&
    next.word &&
    !next.cap &&
    r.j - r.i >= 2 &&
    next.tags.includes('Noun') &&
    next.tags.includes('Singular') &&
    !next.tags.some((g) => g === 'Verb' || g === 'Pronoun' || g === 'Determiner' || g === 'Possessive') &&
    !lex.meeting.nouns.has(next.lower) &&
    !lex.leaderNouns.has(next.lower) &&
    !lex.personNouns.has(next.lower) &&
    !lex.grammar.pronouns.has(next.lower) &&
    // compromise calls any unknown lower-case word a noun: trust it in an English sentence only ("Tavo Merrin hadir")
    toks.some((t) => !t.cap && lex.grammar.englishMarkers.has(t.lower))
  );
}

/** the sentence ends in a closing mark: it is no headline or label */
const closedSentence = (toks: Token[]) => /^[.!?"”’')\]]$/.test(toks[toks.length - 1]?.text ?? '');

/** the run's words in lower case, one space apart */
const runWords = (toks: Token[], r: Run) =>
  toks
    .slice(r.i, r.j)
    .filter((t) => t.word)
    .map((t) => t.base.toLowerCase())
    .join(' ');

/**
 * "RIA Novosti reported": one or two words before the run (an agency's acronym) and the run are the name of a body
 * or an outlet data/organizations.json or data/outlets.json knows, not a person
 */
function orgNameEndingAt(toks: Token[], r: Run): boolean {
  const run = runWords(toks, r);
  for (let k = r.i - 1; k >= Math.max(0, r.i - 2); k--) {
    if (!toks[k]!.word || !/^\p{Lu}/u.test(toks[k]!.text)) return false;
    const before = toks
      .slice(k, r.i)
      .map((t) => t.lower)
      .join(' ');
    if (lexicon().orgByAlias.has(`${before} ${run}`)) return true;
  }
  return false;
}

const speechVerb = (w: string) => lexicon().speechVerb.has(w);
const meetingVerb = (t: Token | undefined) => t !== undefined && lexicon().meeting.verbs.has(t.lower);

export const PERSON_EVIDENCE: readonly PersonRow[] = [
  {
    id: 'not.title-qualifier',
    emits: null,
    example: 'Chief Cabinet Secretary, the Mideast envoy, Intelligence chief',
    when: ({ next }) => !!next && next.word && isTitleWord(next) && !next.poss,
  },
  {
    id: 'not.thing-name',
    emits: null,
    example: 'the Security Assistance program, the so-called Triangle format',
    when: ({ next }) => !!next && next.word && !next.cap && lexicon().thingNouns.has(next.lower.replace(/['’]s$/, '')),
  },
  {
    id: 'not.so-called',
    emits: null,
    example: 'the so-called Northern Shield',
    when: ({ prev }) => !!prev && /^so-called$/i.test(prev.text),
  },
  {
    id: 'not.abstract-noun',
    emits: null,
    example:
      '… and International Cooperation of …; a Plan to End Ethnic Discrimination; for Mutually Accelerated Growth',
    when: ({ toks, r, len, next }) =>
      (len === 1 &&
        ABSTRACT.test(toks[r.i]!.lower) &&
        // "Replenishment Summit": a capitalised word that is no name after it, even where compromise saw a surname
        (!hasPersonTag(toks, r) || (!!next && next.cap && next.word && !isNameToken(next)))) ||
      // "Ethnic Discrimination", "Regional Settlement": a run ending in a noun of an idea names a thing
      (len >= 2 && ABSTRACT_END.test(toks[r.j - 1]!.lower) && !hasPersonTag(toks, r)) ||
      (len >= 2 && toks.slice(r.i, r.j).some((t) => MANNER_ADVERB.test(t.lower))),
  },
  {
    id: 'not.plural-title-headline',
    emits: null,
    example: 'Northern and Southern Negotiators Meet in Geneva (no list after the plural title)',
    when: ({ toks, r, prev, next }) =>
      !!prev &&
      pluralTitle(prev) &&
      !(next && (next.lower === 'and' || next.text === ',')) &&
      !countryThenList(toks, r.j),
  },
  {
    id: 'not.institution',
    emits: null,
    example: 'at Varnel Air Force Base, the Halvor Summit, the Global Tamsin Pledge',
    when: ({ toks, r }) => institutionAfter(toks, r),
  },
  {
    id: 'not.named-thing',
    emits: null,
    example: 'the journal Quiet Harbor; giant pandas Lin Bao and Mei Tao',
    when: ({ toks, r }) => namedThing(toks, r),
  },
  {
    id: 'not.place-of',
    emits: null,
    example: 'in the coastal city of Varnel',
    when: ({ toks, r, prev }) => prev?.lower === 'of' && lexicon().placeNouns.has(toks[r.i - 2]?.lower ?? ''),
  },
  {
    id: 'not.headline-verb',
    emits: null,
    example: 'Karvian Foreign Minister Holds Talks On Trade (a capitalised verb of a title-case headline)',
    when: ({ toks, r, len }) =>
      len === 1 && toks[r.i]!.tags.includes('Verb') && !hasPersonTag(toks, r) && titleCase(toks),
  },
  {
    id: 'not.place-or-body',
    emits: null,
    example:
      'Varnel said …; the Bank of Karvia announced; Healey told MPs (one word that is a place or a body, a plural acronym)',
    when: ({ toks, r, len }) =>
      len === 1 &&
      !hasPersonTag(toks, r) &&
      (toks[r.i]!.tags.some((g) => PLACE_OR_BODY.has(g)) || /^\p{Lu}{2,}s$/u.test(toks[r.i]!.text)),
  },
  {
    id: 'not.title-of',
    emits: null,
    example: 'The Governor of Varnel has said (the place or office a title is of)',
    when: ({ toks, r, len, prev }) =>
      len === 1 && prev?.lower === 'of' && !!toks[r.i - 2] && isTitleWord(toks[r.i - 2]!) && !hasPersonTag(toks, r),
  },
  {
    id: 'not.reporting-outlet',
    emits: null,
    example: 'Ties are strong, Varnel Eye reported. (a source that "reported": an outlet, not a person)',
    when: (c) => {
      const t = c.toks[verbAfter(c)];
      return (
        !!t && /^report(?:ed|s)$/.test(t.lower) && (!hasPersonTag(c.toks, c.r) || (c.len === 1 && c.prev?.text === ','))
      );
    },
  },
  {
    id: 'not.org-name',
    emits: null,
    example: "Karvel state news agency KNA Tavoli reported (the words before the run complete a known body's name)",
    when: ({ toks, r }) => orgNameEndingAt(toks, r),
  },
  {
    id: 'not.common-word',
    emits: null,
    example:
      'AU Chief Calls for Unity; the Defence Ministers Plus (one word compromise knows as a verb form or a function word)',
    when: ({ toks, r, len }) => len === 1 && !hasPersonTag(toks, r) && commonWord(toks[r.i]!.lower),
  },
  {
    id: 'person.title',
    emits: 'person.title',
    example: "Foreign Minister Ana Ruiz arrived; the Minister of Lima, Dato' Ana Ruiz, arrived.",
    when: ({ toks, r }) =>
      !!toks[wordBeforeName(toks, r.i)]?.word && roleBefore(toks, wordBeforeName(toks, r.i)) !== null,
  },
  {
    id: 'person.title.abbreviated',
    emits: 'person.title',
    example: 'Amb. Ruiz arrived.',
    when: ({ toks, r, prev }) => !!prev && prev.text === '.' && !!toks[r.i - 2] && isTitleWord(toks[r.i - 2]!),
  },
  {
    id: 'not.after-article',
    emits: null,
    example: 'The Observatory said …; the Ritz Harbor hotel; la Isla Conejo (not the Merrin administration)',
    when: ({ toks, r, prev, next, len }) =>
      !!prev &&
      lexicon().grammar.articles.has(prev.lower) &&
      !(next && !next.cap && lexicon().leaderNouns.has(next.lower)) &&
      !lexicon().styledNames.has(runWords(toks, r)) &&
      (len >= 2 || !hasPersonTag(toks, r)),
  },
  {
    id: 'person.speaker',
    emits: 'person.speaker',
    example: 'Ruiz, in an interview with a broadcaster, also said …',
    when: (c) => {
      const n = verbAfter(c);
      const t = c.toks[n];
      return (
        !pluralRun(c) &&
        !c.r.poss &&
        !!t &&
        (speechVerb(t.lower) || speechVerb(`${t.lower} ${c.toks[n + 1]?.lower}`)) &&
        !nounPhrase(c.toks, c.r, n)
      );
    },
  },
  {
    id: 'person.speaker.after-verb',
    emits: 'person.speaker',
    example: '“We are ready,” said Ruiz.',
    when: (c) => !pluralRun(c) && !!c.prev && speechVerb(c.prev.lower) && !c.prev.cap,
  },
  {
    id: 'person.apposition',
    emits: 'person.apposition',
    example: 'Ana Ruiz, the director of the trade office, …',
    when: ({ toks, r, next }) => next?.text === ',' && appositiveTitle(toks, r.j + 1) !== null,
  },
  {
    id: 'person.apposition.after-title',
    emits: 'person.apposition',
    example: 'The country’s top diplomat, Ana Ruiz, …',
    when: ({ toks, r, prev, next, len }) =>
      len >= 2 &&
      prev?.text === ',' &&
      (next?.text === ',' || !next || (next.text === '.' && !toks[r.j + 1])) &&
      titleWithin(toks, r.i - 2, 6),
  },
  {
    id: 'not.dateline-place',
    emits: null,
    example: 'Sol Varnel, Peru (a line of a place and its country alone: weaker evidence only)',
    when: ({ toks, r, next }) => r.i === 0 && next?.text === ',' && countryEnds(toks, r.j + 1),
  },
  {
    id: 'not.inside-proper-phrase',
    emits: null,
    example: 'the Karvel Joint Harbor Plan (weaker evidence than a title, a verb or an apposition only)',
    when: ({ toks, r }) => insideProperPhrase(toks, r),
  },
  {
    id: 'not.quoted-phrase',
    emits: null,
    example: 'we say “Karu Velan”, respect the sea (a quotation of capitalised words alone)',
    when: ({ toks, r, prev, next }) =>
      toks.slice(r.i, r.j).every((t) => t.quoted) && /^[“"‘'*_«]$/.test(prev?.text ?? '') && (!next || !next.word),
  },
  {
    id: 'not.article-led',
    emits: null,
    example: 'El Mercosur también rechazó …; en La Haya (a Romance article opening a name of two words)',
    when: ({ toks, r, len }) =>
      len === 2 && toks[r.i]!.cap && lexicon().grammar.nameArticles.has(toks[r.i]!.lower) && !hasPersonTag(toks, r),
  },
  {
    id: 'person.name',
    emits: 'person.name',
    example: 'John Smith (names compromise knows)',
    when: ({ toks, r, len }) => len >= 2 && hasPersonTag(toks, r) && !thingOrPlaceBefore(toks, r),
  },
  {
    id: 'not.noun-modifier',
    emits: null,
    example:
      'fled the Varnel Tor refugee camp; Koh Tavel sovereignty clear-cut (a noun after the run: it names a place or a thing)',
    when: ({ toks, r, next }) => nounModifier(toks, r, next),
  },
  {
    id: 'person.proper-run',
    emits: 'person.proper-run',
    example:
      'in a call with Tavo Merrin, Mohd. Tavo Merrin (not after a preposition of place, not in a headline: no closing mark)',
    // words, not tokens: the period of "Mohd." is none
    when: ({ toks, r, prev, len }) =>
      len >= 2 &&
      toks.slice(r.i, r.j).filter((t) => t.word).length <= 3 &&
      !lexicon().grammar.placePrepositions.has(prev?.lower ?? '') &&
      !titleCase(toks) &&
      // a headline (no closing mark) names places and things as often as people: "Tchogha Zanbil upgrades protection";
      // not a speaker's label ("Tavo Merrin: ‘The port will reopen’")
      (closedSentence(toks) || toks[r.j]?.text === ':') &&
      !thingOrPlaceBefore(toks, r) &&
      toks.slice(r.i, r.j).every((t) => !t.tags.some((g) => NOT_PROPER.has(g))),
  },
  {
    id: 'person.surname',
    emits: 'person.surname',
    example: 'Putin (a surname compromise knows, not a given name alone)',
    when: ({ toks, r, len }) =>
      len === 1 && toks[r.i]!.tags.includes('LastName') && !toks[r.i]!.tags.includes('FirstName'),
  },
  {
    id: 'person.surname.attributive',
    emits: 'person.surname',
    example: 'under the Merrin administration, the Varel regime (not the Merrin-Varel administration: a pair)',
    when: ({ toks, r, prev, next, len }) =>
      len === 1 &&
      prev?.text === 'the' &&
      !!next &&
      !next.cap &&
      lexicon().leaderNouns.has(next.lower) &&
      !/\p{L}-\p{Lu}/u.test(toks[r.i]!.text),
  },
  {
    id: 'person.known-surname',
    emits: 'person.surname',
    example: "Netanyahu's trip (the surname of a public figure data/gazetteer.json lists)",
    when: ({ toks, r, len, prev }) =>
      len === 1 &&
      toks[r.i]!.cap &&
      !lexicon().lineageParticles.has(prev?.lower ?? '') &&
      !toks[r.i]!.tags.some((g) => PLACE_OR_BODY.has(g)) &&
      isKnownSurname(toks[r.i]!.base),
  },
  {
    id: 'person.known-as',
    emits: 'person.name',
    example: 'Jokowi said … (a short name data/nicknames.json knownAs gives a public figure)',
    when: ({ toks, r, len }) => len === 1 && lexicon().knownAs.has(toks[r.i]!.lower),
  },
  {
    id: 'person.vocative',
    emits: 'person.name',
    example: 'Tavo, because the talks … / I have not seen that, Tavo. (a given name alone, spoken to)',
    when: (c) => addressed(c),
  },
  {
    id: 'person.meeting',
    emits: 'person.meeting',
    example: 'Tavo Merrin met the delegation.',
    when: ({ len, next }) => len >= 2 && meetingVerb(next) && !next!.cap,
  },
  {
    id: 'person.meeting.object',
    emits: 'person.meeting',
    example: 'The minister met with Tavo Merrin.',
    when: ({ toks, r, prev, len }) =>
      len >= 2 &&
      !!prev &&
      (prev.lower === 'with' || meetingVerb(prev)) &&
      (prev.lower !== 'with' || meetingVerb(toks[r.i - 2])),
  },
];

/**
 * "A B, C D and E F met …": a name of two or three words in a list ("," / "and") next to a name that is a
 * person by its own evidence is one too, unless something says it is a thing or a place; "Presidents A, B
 * and C": one word each, in a list that a plural title opens.
 */
export function listed(toks: Token[], runs: readonly Run[], whys: (PersonRule | null)[], n: number): PersonRule | null {
  const r = runs[n]!;
  const len = r.j - r.i;
  if (len > 3 || r.poss) return null;
  const joined = (a: Run, b: Run) => {
    const between = toks
      .slice(a.j, b.i)
      .map((t) => t.lower)
      .join(' ');
    // "A of Ruritania, B of Freedonia and C": a country after each name
    const of = /^of ([^,]+?) (,|and|, and)$/.exec(between);
    const sep = of && lexicon().countryByWord.has(of[1]!) ? of[2]! : between;
    return !a.poss && (sep === ',' || sep === 'and' || sep === ', and');
  };
  if (len === 1) {
    let k = n;
    while (k > 0 && joined(runs[k - 1]!, runs[k]!)) k--;
    const t = toks[runs[k]!.i - 1];
    return k < n && t !== undefined && pluralTitle(t) ? 'person.list' : null;
  }
  const next = toks[r.j];
  if (next && next.word && (isTitleWord(next) || lexicon().thingNouns.has(next.lower))) return null;
  if (toks.slice(r.i, r.j).some((t) => t.tags.includes('Place') || t.tags.includes('Organization'))) return null;
  const person = (k: number) => whys[k] !== null && whys[k] !== undefined && runs[k]!.j - runs[k]!.i >= 2;
  return (n > 0 && person(n - 1) && joined(runs[n - 1]!, r)) ||
    (n + 1 < runs.length && person(n + 1) && joined(r, runs[n + 1]!))
    ? 'person.list'
    : null;
}

/** The first row of PERSON_EVIDENCE that speaks of a run, or undefined. */
export function personEvidenceRow(toks: Token[], r: Run): PersonRow | undefined {
  const c: RunContext = { toks, r, prev: toks[r.i - 1], next: r.poss ? undefined : toks[r.j], len: r.j - r.i };
  return PERSON_EVIDENCE.find((row) => row.when(c));
}

/** Why a run is a person, or null. */
export const personEvidence = (toks: Token[], r: Run): PersonRule | null => personEvidenceRow(toks, r)?.emits ?? null;
