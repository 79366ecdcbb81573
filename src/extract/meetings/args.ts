import { lexicon } from '../../knowledge/index.js';
import type { Mention } from '../people/index.js';
import { isHonorific, isTitleWord, titleish as titleWordOrCap } from '../grammar.js';
import { isNameToken } from '../people/find.js';
import type { Token } from '../text.js';
import { meetingWords } from './words.js';

/**
 * The argument readers of meeting frames: the person a phrase names once its titles are skipped
 * ("his Turkish counterpart Hakan Fidan"), lists ("B, C and D"), names in apposition after a group
 * noun ("his colleagues (A and B)"), and the subjects coordinated before a trigger ("A, B and C met").
 */

/** Words a reader skips on its way from a trigger to the other party ("met in person with", "a phone call from"). */
const GLUE = new Set(
  (
    'visiting then both courtesy on with hands down the a an for talks meeting working to in person by phone ' +
    'virtually separately briefly also from call calls video link separate honour honor your our my'
  ).split(' '),
);
/** function words, which never describe an office ("resistance from Chancellor X" is no title phrase) */
const FUNCTION_WORD =
  /^(?:and|or|but|from|of|with|without|by|to|in|at|on|for|against|about|after|before|over|under|than|as|who|which|that|said|says|told|is|was|were|are|has|had|have)$/;
/** prepositions of a place or occasion phrase, and the auxiliaries of a passive verb */
const PLACE_PREP = /^(?:at|in|on|upon|during)$/;
const PASSIVE_AUX = /^(?:was|were|is|are|been|being)$/;
const TITLE_GLUE = new Set(['of', 'the', 'diplomatic', 'and', '(', ')', 'left', 'right', 'l', 'r']);

/**
 * A word of a title phrase before a person (grammar.ts `titleish`), narrowed and widened for a meeting's
 * arguments: a capitalised word that can be a name is none ("met B"), while "of", "and", "(left)" and a title
 * held at the time ("ex-Premier", "acting-Chancellor") are.
 */
export function titleish(t: Token): boolean {
  const lex = lexicon();
  const hy = /^(?:then|ex|former|acting|interim)-(.+)$/.exec(t.lower);
  if (hy && lex.titleWords.has(hy[1]!)) return true;
  if (TITLE_GLUE.has(t.lower) || TITLE_GLUE.has(t.text)) return true;
  const nameLike = t.cap && isNameToken(t) && !lex.titleWords.has(t.lower) && !lex.countryByWord.has(t.lower);
  return titleWordOrCap(t) && !nameLike;
}

/** tags of words that never describe a person: "and then", "met also", "thanked" */
const NOT_ROLE_TAG =
  /^(?:Adverb|Preposition|Determiner|Pronoun|Conjunction|Copula|Modal|PastTense|Value|Date|Auxiliary)$/;

/**
 * A lower-case word of a role that has no title word ("business magnate", "former rebel commander", "party veteran",
 * "human rights campaigner"): a noun or an adjective (compromise tags "party" and "ruling" as verbs too), no finite verb,
 * function word, or word a reader passes over on its way to a person ("talks", "meeting").
 */
function roleWord(t: Token): boolean {
  if (!t.word || t.cap || t.quoted || t.poss || t.lower.length < 3 || GLUE.has(t.lower) || FUNCTION_WORD.test(t.lower))
    return false;
  if (t.tags.some((g) => NOT_ROLE_TAG.test(g))) return false;
  // "party veteran": compromise takes "party" for an imperative; "says", "meets" are finite verbs
  return !t.tags.includes('PresentTense') || t.tags.includes('Gerund') || t.tags.includes('Noun');
}

/**
 * Where a role phrase of up to three words that ends at token k starts ("former wrestler", "Nobel laureate": a
 * capitalised word that is no name counts), when an "and", a comma or the sentence's start stands before it; else
 * k + 1. "A and business magnate B met": B's role, so that B is coordinated with A.
 */
export function roleStart(toks: Token[], ms: Mention[], k: number): number {
  let q = k;
  // "Nobel laureate": a capitalised word of no mention before a role word
  const capRole = (t: Token) =>
    t.cap && t.word && !ms.some((m) => m.i <= q && m.j > q) && !!toks[q + 1] && roleWord(toks[q + 1]!);
  while (q >= 0 && k - q < 3 && (roleWord(toks[q]!) || capRole(toks[q]!))) q--;
  if (q === k || !toks.slice(q + 1, k + 1).some(roleWord)) return k + 1;
  const before = toks[q];
  return !before || before.lower === 'and' || before.text === ',' ? q + 1 : k + 1;
}

const mentionAt = (ms: Mention[], k: number) => ms.find((x) => x.i === k);
const personAt = (ms: Mention[], from: number, to: number) =>
  ms.find((x) => x.i > from && x.i <= to && x.kind === 'name' && x.person);

/** A form of address, its abbreviation's last period left out too: "H.E. B", "H.E B" */
const addressWord = (t: Token) =>
  isHonorific(t) || (t.lower.includes('.') && isHonorific({ ...t, lower: `${t.lower}.` }));

/** The comma after a title's "of …" / "for …" phrase from token j (or right at j) that a person's name follows, or -1. */
function longTitleEnd(toks: Token[], ms: Mention[], j: number): number {
  // "the Prime Minister, the Hon B": the title ends at the comma
  if (!/^(?:of|for|,)$/.test(toks[j]?.lower ?? '')) return -1;
  let q = j;
  // "the President of the friendly Republic of Zambia, B": a lower-case word that describes is part of it too
  let plain = 0;
  // "the president of the Lima Disaster Management Organization (LDMO), B": an acronym in brackets too
  const inTitle = (t: Token) =>
    (t.cap && t.word) ||
    t.text === '(' ||
    t.text === ')' ||
    /^(?:of|for|the|and)$/.test(t.lower) ||
    (t.word && !t.cap && !FUNCTION_WORD.test(t.lower) && ++plain <= 1);
  while (toks[j]!.text !== ',' && q < toks.length && q - j < 12 && inTitle(toks[q]!) && !ms.some((x) => x.i === q)) q++;
  // "…, the Hon B", "…, H.E. B": forms of address between the comma and the name
  let r = q + 1;
  while (r < toks.length && r - q <= 3 && (toks[r]!.lower === 'the' || addressWord(toks[r]!) || toks[r]!.text === '.'))
    r++;
  return toks[q]?.text === ',' && ms.some((x) => x.i === r && x.kind === 'name' && x.person) ? q : -1;
}

/** What one step of `mentionFrom` decides at token k: go on at `skip`, stop with `found`, or no opinion (null). */
type Step = { skip: number } | { found: Mention | null } | null;
type StepRule = (toks: Token[], ms: Mention[], n: number, k: number) => Step;

/**
 * The steps of `mentionFrom`, tried in order at each token: each names the phrase it passes over. A row
 * returns `{ skip }` to go on after a token, `{ found }` to stop; the first row with an opinion wins.
 */
const MENTION_STEPS: readonly StepRule[] = [
  // "his Turkish counterpart Hakan Fidan": a possessive pronoun is not the other party; "met Chancellor X's
  // special envoy Y", "X's long-time adviser Y": nor is a possessor before a title or a common noun and a name
  (toks, ms, _n, k) => {
    const m = mentionAt(ms, k);
    if (!m) return null;
    if (m.kind === 'pronoun' && m.poss) return { skip: k };
    // "met her Chilean counterpart, B": "her" before a noun phrase and a name is a possessive too
    const nx = toks[m.j];
    const named = personAt(ms, m.j, m.j + 5);
    if (m.kind === 'pronoun' && toks[m.i]!.lower === 'her' && nx && nx.word && !FUNCTION_WORD.test(nx.lower) && named)
      if (!GLUE.has(nx.lower) && toks.slice(m.j, named.i).every((x) => titleish(x) || x.text === ',' || x.word))
        return { skip: k };
    // "Qatar's Deputy Prime Minister and Foreign Minister Sheikh X": a title used as a name, then the name
    if (m.kind === 'title') {
      let q = m.j;
      while (q < toks.length && q - m.j < 8 && titleish(toks[q]!) && !ms.some((x) => x.i === q)) q++;
      if (ms.some((x) => x.i === q && x.kind === 'name' && x.person)) return { skip: q - 1 };
    }
    // "the Chairman of Ruritania's High Council for National Reconciliation, X": a long title, then the name
    if (m.kind === 'title' || m.kind === 'anonymous') {
      const comma = longTitleEnd(toks, ms, m.j);
      if (comma > 0) return { skip: comma };
    }
    const after = toks[m.j];
    // "welcomed President Ahmed al-Hakim's commitment": the end of the name, possessive, before a common noun
    const tail = toks[m.j + 1];
    if (!m.poss && after && after.poss && after.start <= toks[m.j - 1]!.end + 1 && tail && tail.word && !tail.cap)
      return { found: null };
    if (m.poss && after) {
      const named = after.word && !after.cap ? personAt(ms, m.j, m.j + 3) : undefined;
      if (titleish(after) || after.cap || named) return { skip: (named && !titleish(after) ? named.i : m.j) - 1 };
      // "met B's delegation", "called the president's meeting …": the possessor is not the other party
      if (after.word) return { found: null };
    }
    return { found: m.person ? m : null };
  },
  // "Executive Director of the Debate Centre, Dr. X": a title word's "of …" phrase up to the comma before the name
  (toks, ms, n, k) => {
    if (k <= n || !isTitleWord(toks[k - 1]!)) return null;
    const comma = longTitleEnd(toks, ms, k);
    return comma > 0 ? { skip: comma } : null;
  },
  // "Mr. Prabowo": the period of an abbreviated title
  (toks, _ms, n, k) => {
    const t = toks[k]!;
    const p = toks[k - 1];
    return t.text === '.' && k > n && p && p.cap && p.end === t.start && p.text.length <= 3 ? { skip: k } : null;
  },
  // a long title: "the Minister of Foreign Affairs of the Kingdom of Thailand, H.E. X", "Commissioner for
  // Political Affairs, Peace and Security X", "Deputy Prime Minister and Minister of Foreign Affairs X"
  (toks, ms, n, k) => {
    const t = toks[k]!;
    const p = toks[k - 1];
    if (k <= n || !p || (t.text !== ',' && t.lower !== 'and') || !titleish(p) || !p.word || p.lower === 'the')
      return null;
    const nx = toks[k + 1];
    const nm = mentionAt(ms, k + 1);
    if (t.text === ',' && nm && nm.person && nm.kind === 'name') return { skip: k };
    if (nx && nx.cap && !nm && (!isNameToken(nx) || toks.slice(n, k).some((x) => isTitleWord(x)))) return { skip: k };
    // "Party President and former prime minister X": a second title of the same person, in lower case
    if (t.lower === 'and' && isTitleWord(p)) {
      let q = k + 1;
      while (q < toks.length && q - k <= 5 && !toks[q]!.cap && lexicon().titleWords.has(toks[q]!.lower)) q++;
      const at = mentionAt(ms, q);
      if (q > k + 1 && at && at.kind === 'name' && at.person) return { skip: q - 1 };
    }
    return null;
  },
  // "met with NZVCC representatives led by Professor B", "received a delegation headed by B": the group's leader
  (toks, ms, _n, k) => {
    const heads = meetingWords().groupHeads;
    for (let e = k; e < toks.length && e - k < 5; e++) {
      const t = toks[e]!;
      if (!t.word || t.quoted || t.lower === 'and' || ms.some((m) => m.i <= e && m.j > e)) return null;
      if (heads.has(t.lower) && /^(?:led|headed)$/.test(toks[e + 1]?.lower ?? '') && toks[e + 2]?.lower === 'by')
        return { skip: e + 2 };
    }
    return null;
  },
  // "talks with Russian officials and B": a group named before the person leads the list; the person is the party
  (toks, ms, n, k) => {
    if (k !== n) return null;
    const heads = meetingWords().groupHeads;
    for (let e = k; e < toks.length && e - k < 3; e++) {
      const t = toks[e]!;
      if (!t.word || t.quoted || ms.some((m) => m.i <= e && m.j > e)) return null;
      if (heads.has(t.lower) && /^(?:and|,)$/.test(toks[e + 1]?.text ?? '') && mentionFrom(toks, ms, e + 2, 8))
        return { skip: e + 1 };
    }
    return null;
  },
  // "Tan Sri X": a form of address of two words
  (toks, _ms, _n, k) =>
    toks[k]!.cap && toks[k + 1] && lexicon().titleByPhrase.get(`${toks[k]!.lower} ${toks[k + 1]!.lower}`)?.honorific
      ? { skip: k }
      : null,
  // "with Bloggs's aide X": a possessor nobody resolved, before a common noun and a name; "South Ruritania's
  // Trade Envoy X": before a capitalised title
  (toks, ms, _n, k) => {
    const t = toks[k]!;
    const title = toks[k + 1];
    if (t.poss && t.cap && title && title.cap && titleish(title) && !mentionAt(ms, k + 1) && !mentionAt(ms, k))
      return { skip: k };
    if (!(t.poss && t.cap && k + 1 < toks.length && !toks[k + 1]!.cap)) return null;
    const nx = personAt(ms, k + 1, k + 3);
    return nx && toks.slice(k + 1, nx.i).every((x) => x.word && !x.cap) ? { skip: nx.i - 1 } : null;
  },
  // "opposition negotiator X", "rebel military chief X": lower-case words right before a title word belong to it;
  // so does one before a capitalised word and a title word ("the new Chilean ambassador, X")
  (toks, ms, _n, k) => {
    const plain = (x: Token | undefined) =>
      !!x && x.word && !x.cap && !GLUE.has(x.lower) && !FUNCTION_WORD.test(x.lower);
    const a = toks[k + 1];
    const b = toks[k + 2];
    const capBefore = !!a && a.cap && a.word && !ms.some((x) => x.i === k + 1) && !!b && isTitleWord(b) && !b.cap;
    return plain(toks[k]) && a && (isTitleWord(a) || (plain(a) && b && isTitleWord(b)) || capBefore)
      ? { skip: k }
      : null;
  },
  // "met business magnate X", "with former wrestler X": a role of lower-case words right before a name
  // ("Nobel laureate X": a capitalised word that is no name before a role word)
  (toks, ms, _n, k) => {
    let e = k;
    const capRole = (q: number) =>
      toks[q]!.cap && toks[q]!.word && !ms.some((x) => x.i <= q && x.j > q) && !!toks[q + 1] && roleWord(toks[q + 1]!);
    while (e < toks.length && e - k < 3 && (roleWord(toks[e]!) || capRole(e))) e++;
    const at = mentionAt(ms, e);
    const role = toks.slice(k, e).some(roleWord);
    return role && at && at.kind === 'name' && at.person ? { skip: e - 1 } : null;
  },
  // "his Ruritanian opposite number X", "her Freedonian host X": after a possessive pronoun and a country, up to
  // two plain words before a name describe that person
  (toks, ms, n, k) => {
    const plain = (x: Token | undefined) =>
      !!x && x.word && !x.cap && !FUNCTION_WORD.test(x.lower) && !GLUE.has(x.lower);
    const lex = lexicon();
    if (!plain(toks[k]) || !lex.countryByWord.has(toks[k - 1]?.lower ?? '')) return null;
    if (k - 2 < n || !/^(?:his|her|their)$/.test(toks[k - 2]!.lower)) return null;
    let e = k;
    while (e < toks.length && e - k < 2 && plain(toks[e])) e++;
    const at = mentionAt(ms, e);
    return at && at.kind === 'name' && at.person ? { skip: e - 1 } : null;
  },
  // "Freedonian President X", "Ruritania Green Party-N President X": capitalised words right before a title word
  // belong to the title
  (toks, ms, _n, k) => {
    const words = lexicon().titleWords;
    const free = (q: number) =>
      toks[q]!.cap && toks[q]!.word && !words.has(toks[q]!.lower) && !ms.some((m) => m.i <= q && m.j > q);
    let e = k;
    while (e < toks.length && e - k < 5 && free(e)) e++;
    const nx = toks[e];
    return e > k && nx && words.has(nx.lower) ? { skip: k } : null;
  },
  // "met in Istanbul on Saturday with B", "in New Delhi": the capitalised words of a place after "in" / "at"
  (toks, ms, _n, k) => {
    let q = k;
    while (q > 0 && toks[q]!.cap && toks[q]!.word && !ms.some((x) => x.i <= q && x.j > q)) q--;
    return q < k && /^(?:in|at)$/.test(toks[q]!.lower) && toks[k]!.cap ? { skip: k } : null;
  },
  // "was welcomed at the airport by B", "was received in the Kremlin by B": a passive's place before its agent
  (toks, ms, n, k) => {
    if (k !== n || !PLACE_PREP.test(toks[k]!.lower)) return null;
    const aux = toks.slice(Math.max(0, n - 4), n - 1).some((t) => PASSIVE_AUX.test(t.lower));
    if (!aux) return null;
    for (let q = k + 1; q < toks.length && q <= k + 7; q++) {
      if (toks[q]!.lower === 'by') return q > k + 1 ? { skip: q } : null;
      if (!toks[q]!.word || toks[q]!.quoted || ms.some((x) => x.i <= q && x.j > q && x.person)) return null;
    }
    return null;
  },
  // "Jan Maria Novak" where only "Novak" was resolved: the given names before a name belong to it
  (toks, ms, _n, k) => {
    const bare = (x: Token | undefined) => !!x && x.cap && x.word && !x.poss && isNameToken(x) && !isTitleWord(x);
    if (!bare(toks[k])) return null;
    let e = k;
    while (e < toks.length && e - k < 3 && bare(toks[e]) && !ms.some((x) => x.i === e)) e++;
    const at = ms.find((x) => x.i === e && x.kind === 'name' && x.person && !x.poss);
    return at && e > k && toks[e - 1]!.end + 1 >= toks[e]!.start ? { found: at } : null;
  },
];

/** The person mention at token n, skipping title words and glue ("met with Foreign Minister B"), or null. */
export function mentionFrom(toks: Token[], ms: Mention[], n: number, max: number): Mention | null {
  for (let k = n; k < Math.min(toks.length, n + max); k++) {
    let step: Step = null;
    for (const rule of MENTION_STEPS) if ((step = rule(toks, ms, n, k))) break;
    if (step && 'found' in step) return step.found;
    if (step) {
      k = step.skip;
      continue;
    }
    const t = toks[k]!;
    if (!(titleish(t) || GLUE.has(t.lower)) || t.lower === 'and') return null;
  }
  return null;
}

/** "his wife Grace", "first lady Jane Doe", "her husband, John Roe": a spouse who came along. */
export function isSpouse(toks: Token[], m: Mention): boolean {
  let k = m.i - 1;
  if (toks[k]?.text === ',') k--;
  return k >= 0 && lexicon().meeting.spouse.has(toks[k]!.lower) && !toks[k]!.cap;
}

/** Token index where the title phrase before token k+1 starts: "French President" in "French President Marc Dubois". */
export function titleStart(toks: Token[], k: number): number {
  const lex = lexicon();
  const spouse = lex.meeting.spouse;
  const nameAt = k + 1;
  const inTitle = (k: number) => {
    const t = toks[k]!;
    const nx = toks[k + 1];
    return (
      titleish(t) ||
      // "A and the Bangladeshi Ambassador to Ghana, B": an envoy's "to" and the place after it
      (t.lower === 'to' && !!toks[k - 1] && lex.titleWords.has(toks[k - 1]!.lower) && !!nx?.cap) ||
      // "Senior Advisor to the President of X, B": an adviser's "to the" before the title served
      (t.lower === 'to' && !!toks[k - 1] && lex.titleWords.has(toks[k - 1]!.lower) && nx?.lower === 'the') ||
      (t.lower === 'the' && toks[k - 1]?.lower === 'to' && !!nx && lex.titleWords.has(nx.lower)) ||
      (t.text === ',' && k === nameAt - 1 && envoyTo(toks, k)) ||
      // "A and South Sudanese President, B": a comma between a title word and the name
      (t.text === ',' && k === nameAt - 1 && !!toks[k - 1] && lex.titleWords.has(toks[k - 1]!.lower)) ||
      // "General Intelligence chief": a capitalised word before a title word belongs to the title
      (t.cap && nx !== undefined && lex.titleWords.has(nx.lower)) ||
      // "his wife, Anita Doe": a spouse word, its possessive and the comma after it
      (t.text === ',' && spouse.has(toks[k - 1]?.lower ?? '')) ||
      ((t.lower === 'his' || t.lower === 'her') && nx !== undefined && (spouse.has(nx.lower) || titleish(nx))) ||
      // "A and visiting Premier B held talks": a guest's title
      (t.lower === 'visiting' && nx !== undefined && titleish(nx))
    );
  };
  while (k >= 0 && toks[k]!.lower !== 'and' && inTitle(k)) k--;
  // "A and Azimio La Umoja Coalition leader B": an organisation's name of up to five capitalised words before the
  // title word, right after "and" (the name's own words are never the title's: the loop above stops at them)
  if (k >= 0 && toks[k]!.cap && toks.slice(k + 1, nameAt).some((x) => lex.titleWords.has(x.lower))) {
    let q = k;
    while (q >= 0 && k - q < 5 && toks[q]!.cap && toks[q]!.word && !toks[q]!.poss) q--;
    if (q >= 0 && q < k && toks[q]!.lower === 'and') return q + 1;
  }
  // "A and former rebel commander B", "A and business magnate B": a role of lower-case words
  return k >= 0 && toks[k]!.lower !== 'and' ? roleStart(toks, [], k) : k + 1;
}

/** whether the words before the comma at k are "TITLE to PLACE" ("Ambassador to Ghana,", "envoy to the UN,") */
function envoyTo(toks: Token[], k: number): boolean {
  const words = lexicon().titleWords;
  for (let q = k - 1; q > 0 && k - q <= 4; q--) {
    const t = toks[q]!;
    if (t.lower === 'to') return words.has(toks[q - 1]?.lower ?? '');
    if (!(t.cap || t.lower === 'the')) return false;
  }
  return false;
}

const CAPTION_MARK = new Set(['(', ')', 'left', 'right', 'l', 'r', 'center', 'centre']);
const SUFFIX = /^(?:jr|sr)\.?$/;

/**
 * The token where a name's apposition ends before token k: "of the United States", "(DRC)", "Jr." after a name,
 * as in "President A of Freedonia and President B". Returns k when there is none.
 */
function appositionStart(toks: Token[], ms: Mention[], k: number): number {
  let q = k;
  while (q >= 0 && k - q < 12 && !ms.some((x) => x.j === q + 1)) {
    const t = toks[q]!;
    if (!(titleish(t) || SUFFIX.test(t.lower) || t.text === '.' || t.text === ',')) return looseApposition(toks, ms, k);
    q--;
  }
  const first = toks[q + 1];
  return first && (first.lower === 'of' || first.text === '(' || SUFFIX.test(first.lower) || first.text === ',')
    ? q
    : k;
}

/**
 * Mentions coordinated with m before it: "Lavrov (left) and Turkish Foreign Minister Hakan Fidan", "A and his
 * counterpart, President B".
 */
export function coordinatedBefore(toks: Token[], ms: Mention[], m: Mention): Mention | null {
  let k = titleStart(toks, m.i - 1) - 1;
  // "A and his Chilean counterpart, President B": a title phrase set off by a comma before B's own title
  if (toks[k]?.text === ',') {
    const t = titleStart(toks, k - 1) - 1;
    if (t < k - 1 && toks[t]?.lower === 'and') k = t;
  }
  for (let guard = 0; guard < 3; guard++) {
    if (toks[k]?.lower !== 'and') return null;
    k--;
    while (k >= 0 && CAPTION_MARK.has(toks[k]!.lower)) k--;
    k = appositionStart(toks, ms, k);
    const prev = ms.find((x) => x.j === k + 1 && x.person);
    // "A and Ruritania's deputy prime minister and chief negotiator B": the title before B is B's own
    if (prev && prev.person === m.person && prev.kind === 'title') {
      k = titleStart(toks, prev.i - 1) - 1;
      continue;
    }
    return prev ?? null;
  }
  return null;
}

export interface List {
  items: Mention[];
  /** a word between two items says they were met one by one ("B and later C") */
  separate: boolean;
}

/** The next item after a comma in a list, or the token to go on from: "B, C and D", "A, Jan Novak, B and C", "B, director of …, and C". */
function afterComma(toks: Token[], ms: Mention[], items: Mention[], e: number): Mention | number {
  const fresh = (x: Mention | null) => x && x.kind !== 'pronoun' && !items.some((y) => y.person === x.person);
  const nx = toks[e + 1]?.lower === 'and' ? null : mentionFrom(toks, ms, e + 1, 20);
  // "B, the Prime Minister and Foreign Minister of X,": a title right after a name describes that name
  const apposition = nx && nx.kind === 'title' && toks[e + 1]?.lower === 'the' && items.some((y) => y.j === e);
  if (nx && fresh(nx) && !apposition) return nx;
  // "A, Jan Novak, B and C": a name nobody resolved, in the middle of a list
  let g = e + 1;
  while (g < toks.length && g - e <= 4 && toks[g]!.cap && toks[g]!.word && !ms.some((x) => x.i === g)) g++;
  if (g > e + 1 && toks[g]?.text === ',') {
    const nx2 = mentionFrom(toks, ms, g + 1, 20);
    if (nx2 && fresh(nx2)) return nx2;
  }
  // skip an apposition: ", director of the Office …,"
  let f = e + 1;
  while (f < toks.length && toks[f]!.text !== ',' && toks[f]!.lower !== 'and' && f - e < 25) f++;
  if (toks[f]?.text === ',') return f + 1;
  // "H.E. A, and the Deputy Prime Minister …, H.E. B"
  return toks[e + 1]?.lower === 'and' ? e + 1 : e;
}

/**
 * The token after a time adjunct of a list item: "B for 30 minutes and C for 35 minutes", "B on Monday and C on
 * Tuesday"; else e
 */
function afterAdjunct(toks: Token[], e: number): number {
  const t = toks[e];
  if (t?.lower === 'on' && lexicon().weekdays.has(toks[e + 1]?.lower ?? '')) return e + 2;
  if (t?.lower !== 'for') return e;
  for (let q = e + 1; q < toks.length && q <= e + 4; q++) {
    if (/^(?:minutes?|hours?)$/.test(toks[q]!.lower)) return q + 1;
    if (!/^(?:about|nearly|almost|over|more|than|some|an?|half|one|two|three|\d+(?:\.\d+)?)$/.test(toks[q]!.lower))
      return e;
  }
  return e;
}

const AS_WELL_AS = (toks: Token[], e: number) =>
  toks[e]?.lower === 'as' && toks[e + 1]?.lower === 'well' && toks[e + 2]?.lower === 'as';

/**
 * The token after a list item's apposition: "(left)", "(centre)" in a caption, "of Gabon", "of the Democratic
 * Republic of the Congo (DRC)" after a name — a title phrase up to the comma or "and" that goes on with the list.
 */
function afterApposition(toks: Token[], e: number): number {
  if (toks[e]?.text === '(' && toks[e + 2]?.text === ')') return e + 3;
  if (toks[e]?.lower !== 'of') return e;
  let f = e;
  while (f < toks.length && f - e < 14 && (titleish(toks[f]!) || toks[f]!.text === '(' || toks[f]!.text === ')')) {
    if (toks[f]!.lower === 'and' && f > e) break;
    f++;
  }
  return toks[f]?.text === ',' || toks[f]?.lower === 'and' || f >= toks.length ? f : e;
}

/** Whether the words between two items of a list say they were met one by one ("and later", "and then"). */
function oneByOne(toks: Token[], from: number, at: number): boolean {
  const sep = lexicon().meeting.separate;
  // "and then Ruritanian premier X": "then" before a title is the title of that time, not a later meeting
  return toks
    .slice(from, at)
    .some((x, q) => sep.has(x.lower) && !(x.lower === 'then' && from + 1 + q < at && titleish(toks[from + 1 + q]!)));
}

/** Whether a finite verb at token v (not "accompanied by") makes the name before it a subject: "and C joined virtually" */
function opensClause(toks: Token[], v: number): boolean {
  const t = toks[v];
  if (!t || !t.word || t.cap || toks[v + 1]?.lower === 'by' || t.tags.includes('Copula')) return false;
  return t.tags.includes('Verb') && (t.tags.includes('PastTense') || t.tags.includes('PresentTense'));
}

/**
 * A list of people from token n: "B", "B and C", "B, C and D", "B (left), C and D". Items after a comma
 * count only when an "and" closes the list ("met B, C said" is no list). With `clauses` (the objects of a trigger
 * whose subject stands before it), a name after "and" before a finite verb is no item: "A was at the meeting with B
 * and C joined virtually".
 */
export function readList(toks: Token[], ms: Mention[], n: number, max = 30, clauses = false): List {
  const items: Mention[] = [];
  let pending = -1;
  let separate = false;
  let o = mentionFrom(toks, ms, n, max);
  while (o) {
    items.push(o);
    const app = afterApposition(toks, o.j);
    let e = afterAdjunct(toks, app);
    // "talks with B for 30 minutes and C for 35 minutes": one meeting each
    if (e > app && toks[app]!.lower === 'for') separate = true;
    // "B, as well as C": a list goes on, with C
    const also = toks[e]?.text === ',' && AS_WELL_AS(toks, e + 1) ? e + 4 : AS_WELL_AS(toks, e) ? e + 3 : -1;
    const then = also > 0 ? mentionFrom(toks, ms, also, 20) : null;
    if (then && then.kind !== 'pronoun' && !items.some((y) => y.person === then.person)) {
      o = then;
      continue;
    }
    if (toks[e]?.text === ',') {
      const next = afterComma(toks, ms, items, e);
      if (typeof next !== 'number') {
        if (pending < 0) pending = items.length;
        o = next;
        continue;
      }
      e = next;
      // "B, Freedonia's envoy Dato Seri X Y, C and D": an item nobody could read between commas; the list goes on
      const after = toks[e]?.lower === 'and' ? null : mentionFrom(toks, ms, e, 20);
      if (after && after.kind !== 'pronoun' && !items.some((y) => y.person === after.person)) {
        if (pending < 0) pending = items.length;
        o = after;
        continue;
      }
    }
    if (toks[e]?.lower !== 'and') break;
    o = mentionFrom(toks, ms, e + 1, 20);
    // "the meeting with B and C joined virtually": a name before a finite verb opens a clause of its own
    if (o && clauses && opensClause(toks, o.j)) break;
    const nx = toks[e + 1];
    // "…, C and Jan Novak": a name nobody resolved still closes the list
    if (!o && nx?.cap && nx.word && !isTitleWord(nx) && !lexicon().countryByWord.has(nx.lower)) pending = -1;
    // "B, C, and key members of the cabinet", "B, C and other officials": a group of people nobody named closes it
    const groups = lexicon().meeting.groupNouns;
    if (!o && nx?.word && !nx.cap && toks.slice(e + 1, e + 5).some((x) => !x.cap && groups.has(x.lower))) pending = -1;
    if (o) {
      pending = -1;
      if (oneByOne(toks, e + 1, o.i)) separate = true;
    }
  }
  if (pending > 0) items.length = pending;
  return { items, separate };
}

/**
 * "A, Prime Minister of X; B, President of Y; and C, Premier of Z": a roster of a communiqué, its items set off by
 * semicolons, each a name with its title after a comma. The first person of each item, when two items or more
 * hold one; else null.
 */
export function rosterList(toks: Token[], ms: Mention[], n: number): Mention[] | null {
  const items: Mention[] = [];
  let from = n;
  for (let q = n; q <= toks.length; q++) {
    if (q < toks.length && toks[q]!.text !== ';') continue;
    const skip = toks[from]?.lower === 'and' ? 1 : 0;
    const m = mentionFrom(toks, ms, from + skip, 8);
    if (m && m.j <= q && m.kind !== 'pronoun' && !items.some((x) => x.person === m.person)) items.push(m);
    // "B, Premier of X, His Excellency C, Prime Minister of Y;": a second name of the item after a comma
    for (const o of ms)
      if (m && o.i > m.j && o.j <= q && o.kind === 'name' && o.person && !items.some((x) => x.person === o.person))
        if (toks[titleStart(toks, o.i - 1) - 1]?.text === ',') items.push(o);
    from = q + 1;
  }
  return items.length >= 2 && toks.slice(n).some((t) => t.text === ';') ? items : null;
}

/** words that may stand between a group noun's start and the noun: "his two Gulf counterparts" */
const GROUP_LEAD =
  /^(?:his|her|their|its|the|of|from|and|in|across|other|fellow|two|three|four|five|six|seven|eight|nine|ten|foreign|defence|defense|finance|regional|neighbouring|neighboring)$/;

/** words after a group noun that open the list of its members: "including", "among them", "such as", "as well as" */
function membersFrom(toks: Token[], k: number): number {
  const t = toks[k]!.lower;
  if (t === 'including' || t === 'among') return k + (toks[k + 1]?.lower === 'them' ? 2 : 1);
  if (t === 'such' && toks[k + 1]?.lower === 'as') return k + 2;
  return AS_WELL_AS(toks, k) ? k + 3 : -1;
}

/** "[A] and Freedonia [B]": the people named in brackets from token k on, up to the clause's end */
function bracketed(toks: Token[], ms: Mention[], k: number): Mention[] {
  const out: Mention[] = [];
  for (let q = k; q < toks.length && q - k <= 24; q++) {
    const t = toks[q]!;
    if (t.text === ';' || t.text === '.' || (t.word && !t.cap && !/^(?:and|of|the)$/.test(t.lower))) break;
    if (t.text !== '[') continue;
    const m = mentionFrom(toks, ms, q + 1, 6);
    if (m && !out.some((x) => x.person === m.person)) out.push(m);
  }
  return out;
}

/**
 * "his colleagues of X, Y and Z – A, B and C –", "the leaders (A and B)", "dear friends such as A and B",
 * "presidents of Ruritania A and Freedonia B": the list after a group noun.
 */
export function groupList(toks: Token[], ms: Mention[], n: number): Mention[] {
  const groups = lexicon().meeting.groupNouns;
  let group = -1;
  let loose = 0;
  for (let k = n; k < toks.length && k - n <= 20; k++) {
    const t = toks[k]!;
    // "presidents of the Russian Federation A, …": names after the group's own title words
    if (ms.some((x) => x.i === k && x.kind !== 'pronoun')) {
      if (group >= 0 && toks[group + 1]?.lower === 'of') return readList(toks, ms, group + 1, 12).items;
      // "foreign ministers from Southeast Asia and Japan, as well as B": the places of the group are no members
      if (group >= 0 && toks[group + 1]?.lower === 'from') continue;
      return [];
    }
    if (groups.has(t.lower)) group = k;
    // "foreign ministers of Ruritania [A] and Freedonia [B]": a name in brackets after each country
    if (t.text === '[' && group >= 0) return bracketed(toks, ms, k);
    if (/^(?:–|—|-|--|\(|:)$/.test(t.text)) return group >= 0 ? readList(toks, ms, k + 1, 8).items : [];
    // "his two guests, A and B,": the names right after the group noun's comma
    if (group >= 0 && t.text === ',' && groups.has(toks[k - 1]?.lower ?? '')) return readList(toks, ms, k + 1, 8).items;
    // "envoys of the bloc, including A, B and C"
    const from = group >= 0 ? membersFrom(toks, k) : -1;
    if (from >= 0) return readList(toks, ms, from, 8).items;
    // "dear old friends": up to two words that describe the group
    if (t.word && !t.cap && group < 0 && !groups.has(t.lower) && !GROUP_LEAD.test(t.lower) && ++loose > 2) return [];
  }
  return [];
}

/**
 * "Joe Roe, co-chief of X Group, and B met C", "A, founding managing director of Y, and B": an apposition of any
 * words but verbs between commas right after a name, ending at the comma k; where the name ends (as
 * `appositionStart` gives it), else k
 */
function looseApposition(toks: Token[], ms: Mention[], k: number): number {
  if (toks[k]?.text !== ',') return k;
  for (let c = k - 2; c >= 1 && k - c <= 10; c--) {
    const t = toks[c]!;
    if (t.text === ',') return ms.some((x) => x.j === c && x.person && x.kind === 'name' && !x.poss) ? c - 1 : k;
    if (!t.word || t.quoted || t.lower === 'and' || t.tags.includes('Verb') || ms.some((x) => x.i <= c && x.j > c))
      return k;
  }
  return k;
}

/** "A, along with B and C, met D": the people after "along with" go with the subject before it */
const ALONG = /^(?:along|together|accompanied|joined)$/;

/**
 * The subject before an "along with" parenthesis that holds `subj`: "A, along with B and C, held talks" for C
 * gives A, or null.
 */
function alongWith(toks: Token[], ms: Mention[], subj: Mention): Mention | null {
  for (let q = subj.i - 1; q >= 1 && subj.i - q <= 14; q--) {
    if (!ALONG.test(toks[q]!.lower) || !/^(?:with|by)$/.test(toks[q + 1]?.lower ?? '')) continue;
    if (toks[q - 1]!.text !== ',') return null;
    const head = ms.find((x) => x.j === q - 1 && x.person && !x.poss);
    return head ?? null;
  }
  return null;
}

/** "Xi, Putin hold video talks": two names joined by a comma in a headline */
function headlinePair(toks: Token[], ms: Mention[], subj: Mention): Mention | null {
  if (toks[subj.i - 1]?.text !== ',' || /[.!?]["”’]?$/.test(toks[toks.length - 1]?.text ?? '')) return null;
  const prev = ms.find((x) => x.j === subj.i - 1 && x.person && x.kind === 'name' && !x.poss);
  return prev && !ms.some((x) => x.j <= prev.i - 1) ? prev : null;
}

/**
 * "B, the foreign minister of X, met": the name a title set off by commas stands beside (a title that opens with
 * "the" is B's own, whoever the people stage took it for), else the mention itself
 */
export function appositionHead(toks: Token[], ms: Mention[], m: Mention): Mention {
  if (m.kind !== 'title' || toks[m.i - 1]?.text !== ',') return m;
  const own = (x: Mention) => x.person === m.person || /^(?:the|a|an)$/.test(toks[m.i]?.lower ?? '');
  const head = ms.find((x) => x.j === m.i - 1 && x.person && x.kind === 'name' && !x.poss && own(x));
  return head ?? m;
}

/**
 * The item of a list that ends at the comma at token `comma`: a name ("A, B and C"), a name and its apposition
 * ("A, the prime minister of X, B and C": the title phrase back to the comma after A), or a name and its country
 * ("President A of X, Premier B of Y and C").
 */
function itemBefore(toks: Token[], ms: Mention[], comma: number): Mention | undefined {
  const prev = ms.find((x) => x.j === comma && x.person && (x.kind === 'name' || x.kind === 'title'));
  if (prev) return appositionHead(toks, ms, prev);
  const nameEnding = (e: number) => ms.find((x) => x.j === e && x.person && x.kind === 'name' && !x.poss);
  for (let q = comma - 1; q > 0 && comma - q < 10; q--) {
    const named = nameEnding(q + 1);
    if (named) return /^(?:of|\()$/.test(toks[q + 1]!.lower) ? named : undefined;
    if (toks[q]!.text === ',') return /^(?:the|a|an)$/.test(toks[q + 1]?.lower ?? '') ? nameEnding(q) : undefined;
    if (!titleish(toks[q]!)) return undefined;
  }
  return undefined;
}

/** `subj` and the people coordinated before it, in text order: "A, B and C met" for C gives A, B, C. */
export function withCoordinated(toks: Token[], ms: Mention[], mention: Mention): Mention[] {
  const subj = appositionHead(toks, ms, mention);
  const subjects = [subj];
  const pair = headlinePair(toks, ms, subj);
  if (pair) return [pair, subj];
  const co = coordinatedBefore(toks, ms, subj);
  const head = alongWith(toks, ms, co ?? subj);
  if (head) {
    const members = co ? withCoordinated(toks, ms, subj) : subjects;
    return [head, ...members.filter((m) => m.person !== head.person)];
  }
  if (!co) return subjects;
  subjects.unshift(appositionHead(toks, ms, co));
  // the rest of a list before "and" ("A, left, B and C" in a caption; "A, the X of Y, B and C")
  for (let c = subjects[0]!; ;) {
    let comma = titleStart(toks, c.i - 1) - 1;
    while (toks[comma]?.text === ',' && CAPTION_MARK.has(toks[comma - 1]?.lower ?? '') && toks[comma - 2]?.text === ',')
      comma -= 2;
    if (toks[comma]?.text !== ',') comma = -1;
    const prev = comma > 0 ? itemBefore(toks, ms, comma) : undefined;
    if (!prev || subjects.some((x) => x.person === prev.person)) break;
    subjects.unshift(prev);
    c = prev;
  }
  return subjects;
}

/** The nearest person mention ending at or before token k that can be a subject (no possessive name), or null. */
export function nearestBefore(ms: Mention[], k: number): Mention | null {
  let subj: Mention | null = null;
  // "the Ukrainian side" stands for a person only right before the verb ("the Chinese side met B")
  for (const m of ms)
    if (m.j <= k && m.person && !(m.poss && m.kind === 'name') && (m.kind !== 'side' || k - m.j <= 4)) subj = m;
  return subj;
}

/** The subject of a trigger at k: the nearest person before it and the people coordinated with it ("A, B and C met"). */
export function subjectsBefore(toks: Token[], ms: Mention[], k: number): Mention[] {
  const subj = nearestBefore(ms, k);
  return subj ? withCoordinated(toks, ms, subj) : [];
}
