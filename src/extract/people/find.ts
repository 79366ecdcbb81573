import { lexicon } from '../../knowledge/index.js';
import { countryPhraseAt, countryPhraseEndingAt, isHonorific, isTitleWord, pluralTitle } from '../grammar.js';
import type { Token } from '../text.js';

export { isTitleWord, pluralTitle };

/** whether the name at token i follows a monarch's or a royal's style: "Sultan Ibrahim", "Crown Prince Hussein" */
export function regnalAt(toks: Token[], i: number): boolean {
  const regnal = lexicon().regnalTitles;
  const one = toks[i - 1]?.lower ?? '';
  return regnal.has(one) || regnal.has(`${toks[i - 2]?.lower ?? ''} ${one}`);
}

/**
 * Finds name runs: sequences of capitalised tokens that are not titles, places, months or other
 * words that never name a person ("Hakan Fidan", "Subrahmanyam Jaishankar", "Yoon Suk Yeol"), with
 * name particles inside ("Mohammed bin Salman"). Whether a run is a person is decided by the
 * evidence around it (people/rules.ts), not by a list of names.
 */
export interface Run {
  /** token range [i, j) in the sentence */
  i: number;
  j: number;
  /** the name as written, possessive removed */
  name: string;
  poss: boolean;
}

/** "el-Sissi", "al-Thani", "bin-Salman": a name particle joined to a capitalised name by a hyphen. */
const hyphenParticle = (t: Token) => {
  const m = /^(\p{Ll}+)-\p{Lu}\p{L}+$/u.exec(t.base);
  return m !== null && lexicon().hyphenParticles.has(m[1]!);
};

/** a noun of an abstract idea ("Cooperation", "Security"), which ends an institution's name, not a name */
export const ABSTRACT = /(?:tion|ment|ity|ism|ness|ship|ics)$/;
/** a monarch's or a pope's number ("Abdullah II", "Mohammed VI"; one letter alone, "V", "X", stays an initial) */
const REGNAL = /^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;
const SUFFIX = /^(?:Jr|Sr|Jnr|Snr)\.?$|^(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)$/;
/** "Jnr", "Snr": a generational suffix as the name prints it ("Jr", "Sr"; a period written after it stays) */
const suffixForm = (t: Token) => t.text.replace(/^([JS])nr/, '$1r');

const ALL_CAPS = /^[\p{Lu}\p{N}.-]{2,}$/u;
const CONTRACTION = /['’](?:d|ve|ll|m|re)$/i;
/**
 * A letter of another script than Latin ("Василь", "Сергій", "Արաբական", a Latin "C" or "A" typed into a Cyrillic
 * word). Names are read in Latin script: other scripts inflect a name by its case ("Президента Петра Порошенка") or
 * capitalise by other rules, and a page that repeats its report in another script names the same people twice.
 */
// (a letter of no one script stays: the Tongan glottal stop 'ʻ' of "Tupoutoʻa")
const OTHER_SCRIPT = /[^\P{L}\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

export function isNameToken(t: Token): boolean {
  if (!t.word || !t.cap) return false;
  const lex = lexicon();
  // "Presidents", "Ambassador-designate"
  if (pluralTitle(t) || (t.lower.includes('-') && isTitleWord(t))) return false;
  if (lex.notName.has(t.lower) || lex.notName.has(t.lower.replace(/\.$/, ''))) return false;
  if (ALL_CAPS.test(t.base)) return false;
  if (/\d/.test(t.text)) return false;
  if (OTHER_SCRIPT.test(t.text)) return false;
  // "He’d", "I’ve": a pronoun with a contraction; "Commission.Kyiv": two words run together over a period
  if (CONTRACTION.test(t.text) || /\p{Ll}\.\p{Lu}/u.test(t.text)) return false;
  // compounds of country words ("US-China", "Sino-US") are not names
  if (t.lower.includes('-') && t.lower.split('-').some((p) => lex.countryByWord.has(p))) return false;
  return true;
}

/** At most four name words, particles aside ("Luiz Inacio Lula da Silva"); six in a name of lineage ("A bin B bin C Al D"). */
function lengthOk(tokens: Token[], i: number, j: number): boolean {
  const lineageWords = lexicon().lineageParticles;
  let n = 0;
  let lineage = false;
  for (let k = i; k < j; k++) {
    // "Sabah Al Ahmad Al Sabah": a capitalised particle is no name word
    if (tokens[k]!.cap && !lexicon().particles.has(tokens[k]!.lower)) n++;
    else if (lineageWords.has(tokens[k]!.lower)) lineage = true;
  }
  return n <= (lineage ? 6 : 4);
}

/** A capitalised word of a place name of several words ("Costa" of "Costa Rica") that is not followed or preceded by the rest of it. */
function placeWordAlone(tokens: Token[], k: number): boolean {
  const lex = lexicon();
  const t = tokens[k]!;
  if (!t.cap || !t.word || !lex.placeWords.has(t.lower)) return false;
  const two = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined &&
    b !== undefined &&
    (lex.countryByWord.has(`${a.lower} ${b.lower}`) || lex.capitals.has(`${a.lower} ${b.lower}`));
  return !two(t, tokens[k + 1]) && !two(tokens[k - 1], t);
}

/** "Foreign Minister January Makamba": a month word after a title and before a name is a given name */
function monthAsName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    lexicon().months.has(t.lower) &&
    t.cap &&
    i > 0 &&
    isTitleWord(tokens[i - 1]!) &&
    tokens[i + 1] !== undefined &&
    isNameToken(tokens[i + 1]!)
  );
}

/** "Justice He Xiaorong": a family name that is also an English word ("He"), after a title and before a name, opens it */
const familyNameAsWord = (tokens: Token[], i: number) =>
  i > 0 &&
  tokens[i]!.cap &&
  isTitleWord(tokens[i - 1]!) &&
  lexicon().familyFirst.has(tokens[i]!.lower) &&
  tokens[i + 1] !== undefined &&
  isNameToken(tokens[i + 1]!);

/** "Editor Lucia Newman": a word of a place name of several words, alone after a title and before a name, is a given name */
const placeWordAsName = (tokens: Token[], i: number) =>
  i > 0 &&
  isTitleWord(tokens[i - 1]!) &&
  placeWordAlone(tokens, i) &&
  tokens[i + 1] !== undefined &&
  isNameToken(tokens[i + 1]!);

/**
 * A capitalised word after a name particle: a name unless it is a title, a place, a calendar word or an
 * institution's word; after "bin" / "ibn" a title is a father's name too ("Bandar bin Sultan").
 */
function nameAfterParticle(t: Token, particle: Token): boolean {
  const lex = lexicon();
  return (
    t.word &&
    t.cap &&
    !ALL_CAPS.test(t.base) &&
    (lex.lineageParticles.has(particle.lower) || (!isTitleWord(t) && !lex.titleWords.has(t.lower))) &&
    !lex.countryByWord.has(t.lower) &&
    !lex.capitals.has(t.lower) &&
    !lex.months.has(t.lower) &&
    !lex.weekdays.has(t.lower) &&
    !lex.orgWords.has(t.lower) &&
    !lex.placeWords.has(t.lower)
  );
}

const QUOTE_MARK = /^["“”‘’']$/;

/**
 * "Ferdinand “Bongbong” Marcos", "Joseph "Erap" Estrada": a nickname of one or two capitalised words in quotation
 * marks between names. It continues the run (the tokens through the closing mark) but is no part of the name.
 */
function nickname(tokens: Token[], j: number): number {
  if (!QUOTE_MARK.test(tokens[j]!.text)) return 0;
  let e = j + 1;
  while (e < tokens.length && e - j <= 2 && tokens[e]!.word && tokens[e]!.cap && !tokens[e]!.poss) e++;
  const close = tokens[e];
  const after = tokens[e + 1];
  if (e === j + 1 || !close || !QUOTE_MARK.test(close.text) || !after || !isNameToken(after)) return 0;
  // the marks hug the nickname: ‘“Bongbong” Marcos’, not a quotation that happens to start with a name
  return tokens[j + 1]!.start === tokens[j]!.end && close.start === tokens[e - 1]!.end ? e + 1 - j : 0;
}

/** How many tokens from j continue the name run that started at i (0 when none does). */
function continuation(tokens: Token[], i: number, j: number): number {
  const lex = lexicon();
  const t = tokens[j]!;
  // "… Tavo Merrin South African …": a country's name or demonym of several words is no part of a name
  if (countryPhraseAt(tokens, j) > 0) return 0;
  if (isNameToken(t) || hyphenParticle(t)) return 1;
  const nick = nickname(tokens, j);
  if (nick > 0) return nick;
  // "Qaboos bin Said", "Fahd bin Mahmoud Al Said": after a particle, a capitalised word that is no title, place
  // or calendar word is a name even where it is otherwise a common word
  if (lex.particles.has(tokens[j - 1]!.lower) && j - 1 > i && nameAfterParticle(t, tokens[j - 1]!)) return 1;
  // "Hun Sen said": a title's abbreviation without its period ("Sen." for senator) that ends the name
  if (
    t.cap &&
    lex.titleByPhrase.has(`${t.lower}.`) &&
    !lex.titleByPhrase.has(t.lower) &&
    !lex.heads.has(t.lower) &&
    !(tokens[j + 1] && (tokens[j + 1]!.text === '.' || isNameToken(tokens[j + 1]!)))
  )
    return 1;
  // "Antonio Costa": a word of a place name of several words, inside a name and without the rest of the place
  if (placeWordAlone(tokens, j)) return 1;
  // "Omar Sheikh Abdi": a word of address between a given name and the rest of the name is part of the name
  if (
    t.cap &&
    j === i + 1 &&
    lex.titlesInNames.has(t.lower) &&
    tokens[i]!.tags.includes('FirstName') &&
    tokens[j + 1] &&
    isNameToken(tokens[j + 1]!) &&
    !t.poss
  )
    return 1;
  // "Joseph R. Biden": a middle initial with its period, even a letter that alone is no name ("L", "R" of captions)
  if (
    /^\p{Lu}$/u.test(t.text) &&
    tokens[j + 1]?.text === '.' &&
    tokens[j + 1]!.start === t.end &&
    tokens[j + 2] &&
    isNameToken(tokens[j + 2]!)
  )
    return 1;
  // "Ma. Lourdes", "Mohd. Azman", "J. Smith": an abbreviated given name with its period
  if (
    t.text === '.' &&
    t.start === tokens[j - 1]!.end &&
    (/^\p{Lu}\p{Ll}?$/u.test(tokens[j - 1]!.text) || lex.abbreviations.nameAbbreviations.has(tokens[j - 1]!.lower)) &&
    tokens[j + 1] &&
    isNameToken(tokens[j + 1]!)
  )
    return 1;
  if (!lex.particles.has(t.lower) || t.cap) return 0;
  // "Ursula von der Leyen", "Mohammed bin Salman"
  let e = j;
  while (e < tokens.length && lex.particles.has(tokens[e]!.lower) && !tokens[e]!.cap) e++;
  if (
    e < tokens.length &&
    e - j <= 2 &&
    (isNameToken(tokens[e]!) || placeWordAlone(tokens, e) || nameAfterParticle(tokens[e]!, tokens[e - 1]!))
  )
    return e + 1 - j;
  // "Mohamad bin Haji Hasan": a form of address after "bin"
  if (e < tokens.length - 1 && e - j <= 2 && tokens[e]!.cap && isHonorific(tokens[e]!) && isNameToken(tokens[e + 1]!))
    return e + 2 - j;
  return 0;
}

/** The end (exclusive) of the name run that starts at i. */
function runEnd(tokens: Token[], i: number): number {
  let j = i + 1;
  for (let n: number; j < tokens.length && !tokens[j - 1]!.poss && (n = continuation(tokens, i, j)) > 0;) j += n;
  // "Ferdinand Marcos Jr.": a generational suffix ends the name; "King Abdullah II": a monarch's number ends a given
  // name alone after a title
  const alone = j === i + 1 && !!tokens[i - 1] && isTitleWord(tokens[i - 1]!) && REGNAL.test(tokens[j]?.text ?? '');
  if ((j > i + 1 || alone) && !tokens[j - 1]!.poss && tokens[j] && tokens[j]!.cap && SUFFIX.test(tokens[j]!.text)) {
    j++;
    if (tokens[j]?.text === '.' && tokens[j]!.start === tokens[j - 1]!.end && /^[JS]n?r$/.test(tokens[j - 1]!.text))
      j++;
  }
  return j;
}

/** the runs of each sentence's tokens: both passes over people read them */
const runsOf = new WeakMap<Token[], readonly Run[]>();

/** The name runs of a sentence's tokens (the same array for the same tokens: do not change it). */
export function findRuns(tokens: Token[]): readonly Run[] {
  let runs = runsOf.get(tokens);
  if (!runs) runsOf.set(tokens, (runs = nameRuns(tokens)));
  return runs;
}

/**
 * A capital letter with a diacritic alone, without a period after it ("Ï" before a headline): a stray or garbled
 * character, never an initial (an initial is a letter of A–Z: "S Jaishankar", "Joseph R. Biden").
 */
const loneLetter = (tokens: Token[], i: number) =>
  /^\p{Lu}$/u.test(tokens[i]!.text) &&
  !/^[A-Z]$/.test(tokens[i]!.text) &&
  !(tokens[i + 1]?.text === '.' && tokens[i + 1]!.start === tokens[i]!.end);

/** "Can Mandela's negotiator charm the president?", "Big news: Will …?": an auxiliary opening a question is no given name */
const AUXILIARY = /^(?:do|does|did|has|have|had|is|was|were|will|would|can|could|should|shall|might|must)$/;
const questionAuxiliary = (tokens: Token[], i: number, j: number) =>
  (i === 0 || tokens[i - 1]!.text === ':') &&
  j - i >= 2 &&
  AUXILIARY.test(tokens[i]!.lower) &&
  tokens[tokens.length - 1]!.text === '?';

/** the tokens of [from, j) without a nickname in quotation marks (see `nickname`) */
function withoutNicknames(tokens: Token[], from: number, j: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < j; k++) {
    const n = k > from ? nickname(tokens, k) : 0;
    if (n > 0) k += n - 1;
    else out.push(tokens[k]!);
  }
  return out;
}

/**
 * "C.K. Wang", "M.K. Stalin": a person's initials written as one token open a name when a name follows; without
 * periods ("AK Abdul Momen", "KP Sharma Oli") when a given name and a surname follow. An acronym of a country or a
 * body ("U.S.", "EU", "U.N."), a title's ("PM", "FM") or a form of address ("H.E.") is none.
 */
function initialsOfName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const name = (k: number) => {
    const u = tokens[k];
    return u !== undefined && isNameToken(u) && !tokens[k - 1]?.poss;
  };
  const dotted = /^(?:\p{Lu}\.){2,3}$/u.test(t.text);
  if (!(dotted ? name(i + 1) : /^\p{Lu}{2,3}$/u.test(t.text) && name(i + 1) && name(i + 2))) return false;
  const lex = lexicon();
  if (!dotted && (lex.notName.has(t.lower) || lex.titleByPhrase.has(t.lower) || isTitleWord(t))) return false;
  // "H.E. Ana Ruiz": a form of address written as initials is a title
  if (lex.titleByPhrase.has(t.lower) || lex.titleWords.has(t.lower.replace(/\.$/, ''))) return false;
  return ![t.lower, t.lower.replace(/\./g, '')].some((w) => lex.countryByWord.has(w) || lex.orgByAlias.has(w));
}

/**
 * "His Highness the Amir Sheikh X", "the Amir said", "Deputy Amir X", "Qatari Amir X": a title that is also a given
 * name ("Amir X" alone), after "the", a form of address, a title's modifier or a country word, is the title.
 */
function titleAsGivenName(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const lex = lexicon();
  return (
    !!prev &&
    (prev.lower === 'the' || isHonorific(prev) || lex.modifiers.has(prev.lower) || lex.countryByWord.has(prev.lower)) &&
    lexicon().titleByPhrase.get(tokens[i]!.lower)?.givenName === true
  );
}

function nameRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    // "Sri Lankan Prime Minister X", "her Sierra Leonean counterpart": the words of a country phrase open no name
    const place = countryPhraseAt(tokens, i);
    if (place > 0) {
      i += place;
      continue;
    }
    // "Ï Consultative meeting …": a lone accented letter opens no name (a stray or garbled character)
    if (
      (!isNameToken(tokens[i]!) &&
        !monthAsName(tokens, i) &&
        !placeWordAsName(tokens, i) &&
        !familyNameAsWord(tokens, i) &&
        !initialsOfName(tokens, i)) ||
      loneLetter(tokens, i) ||
      titleAsGivenName(tokens, i)
    ) {
      i++;
      continue;
    }
    const j = runEnd(tokens, i);
    // "… European Union and Cooperation Jose Manuel Albares": an abstract noun ending a ministry's name is not a given name
    // "Head of the Republic of Tatarstan Tavo Merrin": the place a title is of, then the name
    const from =
      (j - i >= 3 &&
        ABSTRACT.test(tokens[i]!.lower) &&
        !tokens[i]!.tags.some((g) => g === 'FirstName' || g === 'MaleName' || g === 'FemaleName')) ||
      questionAuxiliary(tokens, i, j) ||
      (j - i >= 3 && titledPlaceOf(tokens, i)) ||
      // "Mayor of Shenzhen Wang Lixin", "Governor of Bali Wayan Koster": after "TITLE of", three words are a place and a name
      (j - i === 3 && tokens[i - 1]?.lower === 'of' && !!tokens[i - 2] && isTitleWord(tokens[i - 2]!))
        ? i + 1
        : i;
    if (j - i <= 8 && lengthOk(tokens, i, j)) {
      const toks = withoutNicknames(tokens, from, j);
      const name = toks
        .map((t) => (SUFFIX.test(t.text) ? suffixForm(t) : t.base))
        .join(' ')
        .replace(/ \./g, '.');
      runs.push({ i: from, j, name, poss: toks[toks.length - 1]!.poss });
    }
    i = j;
  }
  return runs;
}

/** "African Union (AU) Commission Chairperson", "Commissioner for Trade, Industry and Mining": what a title may hold */
function insideTitle(tokens: Token[], m: number, k: number): number {
  const u = tokens[m]!;
  // an acronym in parentheses inside the title
  if (u.text === ')' && m >= 3 && m < k && tokens[m - 2]!.text === '(' && ALL_CAPS.test(tokens[m - 1]!.text)) return 3;
  // a comma inside a list of an office's words ("Trade, Industry and Mining"; not "Accra, President", "Gabon, President")
  const officeWord = (t: Token | undefined) => !!t && t.cap && lexicon().orgWords.has(t.lower);
  if (u.text === ',' && m > 0 && m < k && officeWord(tokens[m - 1]) && officeWord(tokens[m + 1])) return 1;
  return 0;
}

/** "the Republic of Tatarstan", "the city of Varnel": the capitalised word at i names the place a place noun before "of" is */
const placeOf = (tokens: Token[], i: number) =>
  tokens[i - 1]?.lower === 'of' && lexicon().placeNouns.has(tokens[i - 2]?.lower ?? '');

/**
 * "Head of the Republic of Tatarstan Tavo Merrin": the place of a title phrase ends at its first word, and a name
 * follows (not "in the city of San Pedro Sula": no title, the place's name goes on).
 */
function titledPlaceOf(tokens: Token[], i: number): boolean {
  if (!placeOf(tokens, i)) return false;
  for (let m = i - 3; m >= 0 && m >= i - 9; m--) {
    if (!tokens[m]!.word) return false;
    if (isTitleWord(tokens[m]!)) return true;
  }
  return false;
}

/** "Earlier, Russian Deputy Foreign Minister X": a capitalised adverb opening the sentence is no part of the title */
function startsSentence(tokens: Token[], m: number, isCountry: boolean): boolean {
  const lex = lexicon();
  const u = tokens[m]!;
  return (
    u.cap &&
    !isCountry &&
    !isTitleWord(u) &&
    !lex.titleWords.has(u.lower) &&
    !lex.orgWords.has(u.lower) &&
    (m === 0 || !tokens[m - 1]!.word) &&
    lex.grammar.sentenceStarters.has(u.lower)
  );
}

/**
 * Words that end a title phrase before them: a weekday or a month ("Wednesday Israeli Prime Minister X"), a
 * capital that names no country or a dateline in capitals ("HAVANA U.S. President X"), words run together over a
 * period ("One.Ukrainian President"), and an "and" after a place or before another country's title ("the United
 * States and President X", "the Saudi crown prince and Turkish President X").
 */
function notOfTitle(tokens: Token[], m: number): boolean {
  const lex = lexicon();
  const u = tokens[m]!;
  if (u.lower === 'and' || u.text === '&') {
    const before = tokens[m - 1];
    const after = tokens[m + 1];
    return (
      !before ||
      !(isTitleWord(before) || lex.titleWords.has(before.lower) || lex.orgWords.has(before.lower)) ||
      (!!after && lex.countryByWord.has(after.lower))
    );
  }
  if (!u.cap || u.poss) return false;
  return (
    lex.weekdays.has(u.lower) ||
    lex.months.has(u.lower) ||
    lex.capitalOnly.has(u.lower) ||
    /\p{Ll}\.\p{Lu}/u.test(u.text) ||
    (/^\p{Lu}{4,}$/u.test(u.text) && !lex.countryByWord.has(u.lower) && !lex.orgByAlias.has(u.lower) && !isTitleWord(u))
  );
}

/** "Dato' Ana Ruiz": the token before a name, past an apostrophe that ends a form of address written before it */
export function wordBeforeName(tokens: Token[], i: number): number {
  const t = tokens[i - 1];
  const glued = t !== undefined && /^['’]$/.test(t.text) && t.start === tokens[i - 2]?.end;
  return glued && isHonorific(tokens[i - 2]!) ? i - 2 : i - 1;
}

/** The title phrase that ends at token k ("US Secretary of State", "Chinese Foreign Ministry spokeswoman"), or null. */
export function roleBefore(tokens: Token[], k: number): { first: number; last: number } | null {
  const lex = lexicon();
  const connect = lex.grammar.titleConnectors;
  const t = tokens[k];
  if (!t || !t.word || connect.has(t.lower)) return null;
  let first = -1;
  let titled = false;
  for (let m = k; m >= 0; m--) {
    const skip = insideTitle(tokens, m, k);
    if (skip) {
      m -= skip - 1;
      continue;
    }
    const u = tokens[m]!;
    if (!u.word) break;
    // "Sri Lankan Prime Minister", "Papua New Guinea's President": a country phrase of several words
    const place = countryPhraseEndingAt(tokens, m);
    if (place > 0) {
      first = m - place + 1;
      if (u.poss) break;
      m = first;
      continue;
    }
    const isCountry = lex.countryByWord.has(u.lower);
    if (u.poss && !isCountry) break;
    // "Did President-elect Merrin …?": an auxiliary opening a question is no word of a title
    if (startsSentence(tokens, m, isCountry) || notOfTitle(tokens, m) || AUXILIARY.test(u.lower)) break;
    if (u.cap && (!isNameToken(u) || titleAsGivenName(tokens, m) || titledPlaceOf(tokens, m))) first = m;
    else if (isCountry) first = m;
    else if (
      !u.cap &&
      (lex.titleWords.has(u.lower) || lex.rankWords.has(u.lower) || u.lower === 'diplomatic' || u.lower === 'state-run')
    )
      first = m;
    else if (connect.has(u.lower) && m < k) continue;
    else break;
    if (isTitleWord(u)) titled = true;
    if (u.poss) break;
  }
  if (first < 0 || !titled) return null;
  return { first, last: k };
}

/** End (exclusive) of a title phrase starting at k after an apposition comma ("director of the Office of …"), or null. */
export function appositiveTitle(tokens: Token[], k: number): number | null {
  const lex = lexicon();
  let m = k;
  if (tokens[m] && ['the', 'a', 'an'].includes(tokens[m]!.lower)) m++;
  for (let steps = 0; m < tokens.length && steps < 6; m++, steps++) {
    const t = tokens[m]!;
    if (!t.word) return null;
    if (isTitleWord(t)) return titleEnd(tokens, m + 1);
    if (!(lex.titleWords.has(t.lower) || lex.countryByWord.has(t.lower) || lex.rankWords.has(t.lower) || t.cap))
      return null;
  }
  return null;
}

/** Where the rest of a title after its head word ends: at a comma, a period, a verb; null when a name follows it. */
function titleEnd(tokens: Token[], end: number): number | null {
  const lex = lexicon();
  while (end < tokens.length && tokens[end]!.text !== ',' && tokens[end]!.text !== '.' && tokens[end]!.word) {
    // "New Delhi, Indian Prime Minister Narendra Modi": a title before a name is that name's
    // "the leader of the Tondar group": a name after "of" or "of the" names the body the title is of
    const of = tokens[end - 1]!.lower === 'of' || (tokens[end - 1]!.lower === 'the' && tokens[end - 2]?.lower === 'of');
    if (isNameToken(tokens[end]!) && !tokens[end - 1]!.poss && !of) return null;
    // "Lavrov, Venezuelan counterpart discuss energy": a verb ends the title
    const u = tokens[end]!;
    if (
      !u.cap &&
      !/^(?:of|the|and|for|on|to|in|at|a|an)$/.test(u.lower) &&
      !lex.titleWords.has(u.lower) &&
      !lex.countryByWord.has(u.lower) &&
      !lex.orgWords.has(u.lower)
    )
      break;
    end++;
  }
  return end;
}
