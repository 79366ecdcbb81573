import type { Mention } from '../people/index.js';
import type { Sentence, Token } from '../text.js';
import { isNameToken } from '../people/find.js';
import { lexicon } from '../data.js';
import { isAdverb, positionVerbAt, speechVerbAt, subjectEnd } from '../verbs.js';
import type { QuoteSpan } from './find.js';

/**
 * Who said a quotation. In order: a reporting clause right after it ("…,” Lavrov said",
 * "…,” said spokesman X", "…,” CCTV reported him as saying"); a reporting clause that ends its
 * sentence (", the official added"); the subject of the last reporting verb before it ("X said
 * that “…", "X made “clear demands”", "in X's words"); a participle clause that continues the
 * speaker's words (", adding that … “…”"); the speaker of the quotation just before when the
 * quotation stands alone; the sentence's subject. An organization or medium as the source, or an
 * unnamed official, gives no speaker.
 */

export interface Attribution {
  speaker: string | null;
  source: string | null;
  rule: string;
  confidence: number;
}

export interface AttributionContext {
  sentences: Sentence[];
  mentions: (sentence: number) => Mention[];
  sentenceAt: (offset: number) => number;
  /** speaker of the quotation before this one, its close offset and paragraph */
  previous: { speaker: string | null; close: number; para: number; sentence: number } | null;
  /** speaker of the last quotation attributed from a document ("the statement said") */
  lastSpeaker: string | null;
}

const TITLEISH = (t: Token) => {
  const lex = lexicon();
  return (
    t.cap ||
    lex.titleWords.has(t.lower) ||
    lex.countryByWord.has(t.lower) ||
    t.lower === 'diplomatic' ||
    t.lower === 'the' ||
    t.lower === 'of'
  );
};

/** "according to a statement by spokesman X": the person a document is by, else the first mention */
function accordingTo(ms: Mention[], toks: Token[], k: number): Mention | undefined {
  const m = ms.find((x) => x.i >= k + 2 && x.i <= k + 8);
  if (m && (m.kind === 'document' || m.kind === 'org') && /^(?:by|from)$/.test(toks[m.j]?.lower ?? '')) {
    const by = ms.find((x) => x.i > m.j && x.i <= m.j + 7 && x.person && x.kind === 'name');
    if (by && toks.slice(m.j, by.i).every((t) => t.word)) return by;
  }
  return m;
}

/** "A and B", "A and President B": a mention joined to one before it by "and" */
function coordinated(toks: Token[], ms: Mention[], m: Mention): boolean {
  const lex = lexicon();
  let k = m.i - 1;
  while (
    k >= 0 &&
    toks[k]!.word &&
    (lex.titleWords.has(toks[k]!.lower) ||
      lex.countryByWord.has(toks[k]!.lower) ||
      (toks[k]!.cap && toks[k]!.lower !== 'and'))
  )
    k--;
  if (toks[k]?.lower === '.' && k > 0) k--;
  if (toks[k]?.lower !== 'and') return false;
  return ms.some((x) => x.j === k && x.person !== null && x.person !== m.person);
}

function fromMention(m: Mention, ctx: AttributionContext, rule: string, confidence: number): Attribution {
  if (m.kind === 'org') return { speaker: null, source: m.org ?? null, rule: `${rule}.organization`, confidence };
  if (m.kind === 'document')
    return { speaker: ctx.lastSpeaker, source: null, rule: `${rule}.document`, confidence: confidence * 0.8 };
  return { speaker: m.person, source: null, rule, confidence: m.person ? confidence : confidence * 0.5 };
}

/** A reporting clause starting at token k: "[title] MENTION [adverbs] VERB" or "VERB [title] MENTION". */
function clauseAt(
  toks: Token[],
  k: number,
  ms: Mention[],
  limit: number,
): { m: Mention; objectPronoun?: Mention } | null {
  // VERB MENTION: "said Lavrov", "said US diplomatic spokesman Farah Dakhlallah"
  const v0 = speechVerbAt(toks, k);
  if (v0) {
    for (let n = k + v0; n < Math.min(limit, k + v0 + 8); n++) {
      const m = ms.find((x) => x.i === n && !x.quoted);
      if (m) return { m };
      if (!TITLEISH(toks[n]!) && !(toks[n]!.text === '.' && toks[n - 1]?.cap)) break;
    }
    return null;
  }
  // [title words] MENTION [adverbs] VERB
  let n = k;
  let m: Mention | undefined;
  while (n < limit && n - k < 10) {
    m = ms.find((x) => x.i === n && !x.quoted);
    // "State Department spokesman Farah Dakhlallah": an organization inside a title
    if (m && m.kind === 'org' && toks[m.j] && TITLEISH(toks[m.j]!) && !speechVerbAt(toks, m.j)) {
      n = m.j;
      m = undefined;
      continue;
    }
    if (m || !(TITLEISH(toks[n]!) || (toks[n]!.text === '.' && n > k && toks[n - 1]!.cap))) break;
    n++;
  }
  if (!m) return null;
  let v = m.j;
  while (v < limit && isAdverb(toks[v])) v++;
  // "an official familiar with the talks told …": a phrase that qualifies an unnamed source
  const qual = lexicon().sourceQualifiers.find((p) => p.split(' ').every((w, n) => toks[v + n]?.lower === w));
  if (qual && m.kind === 'anonymous') {
    let e = v + qual.split(' ').length;
    while (e < Math.min(limit, v + 8) && toks[e]!.word && !speechVerbAt(toks, e)) e++;
    if (speechVerbAt(toks, e)) v = e;
  }
  // "…,” X was quoted as telling Y
  if (/^(was|is|were)$/.test(toks[v]?.lower ?? '') && /^(quoted|cited)$/.test(toks[v + 1]?.lower ?? '')) return { m };
  if (!speechVerbAt(toks, v)) return null;
  // "CCTV reported him as saying"
  const obj = ms.find((x) => x.i === v + 1 && x.kind === 'pronoun');
  if (obj && toks[v + 2]?.lower === 'as') return { m, objectPronoun: obj };
  return { m };
}

/** words of a scare quote: a term of a few words inside a sentence that reports someone's words */
const SCARE_WORDS = 6;

export function attribute(q: QuoteSpan, ctx: AttributionContext): Attribution {
  const after = attributeAfter(q, ctx);
  if (after && after.speaker !== null) return after;
  // "Cho conveyed “regret” …, a Japanese official said": a short quotation inside reported speech is the
  // words of the person the sentence reports, not of the source that reports them
  const openS = ctx.sentences[ctx.sentenceAt(q.open)]!;
  const wordsBefore = openS.tokens.filter((t) => t.end <= q.open && t.word && !t.quoted).length;
  const short = q.text.split(/\s+/).filter(Boolean).length <= SCARE_WORDS;
  if (after && !(short && wordsBefore >= 2)) return after;
  const before = attributeBefore(q, ctx);
  if (after && before.speaker === null) return after;
  return before;
}

/** Rules 1–2: a reporting clause after the quotation, or null. */
function attributeAfter(q: QuoteSpan, ctx: AttributionContext): Attribution | null {
  const closeS = ctx.sentenceAt(Math.max(q.open, q.close - 1));
  const cs = ctx.sentences[closeS]!;
  const cms = ctx.mentions(closeS);
  const ctoks = cs.tokens;

  // 1. right after the closing mark, up to the next quotation
  let k = ctoks.findIndex((t) => t.start >= q.close);
  if (k >= 0) {
    let limit = k;
    while (limit < ctoks.length && !ctoks[limit]!.quoted && !/[“"‘]/.test(ctoks[limit]!.text)) limit++;
    while (k < limit && !ctoks[k]!.word) k++;
    if (ctoks[k]?.lower === 'according' && ctoks[k + 1]?.lower === 'to') {
      const m = accordingTo(cms, ctoks, k);
      if (m) return fromMention(m, ctx, 'quote.according-to', 0.8);
    }
    const c = clauseAt(ctoks, k, cms, limit);
    if (c)
      return c.objectPronoun
        ? fromMention(c.objectPronoun, ctx, 'quote.reported-as-saying', 0.85)
        : fromMention(c.m, ctx, 'quote.said-after', 0.95);
  }

  // 2. a reporting clause that ends the sentence: ", the official added." / "…” a senior official told reporters."
  const starts: number[] = [];
  ctoks.forEach((t, n) => {
    if (t.start < q.close || t.quoted) return;
    if (t.text === ',' || (/[”"’']/.test(t.text) && n > 0 && ctoks[n - 1]!.quoted)) starts.push(n + 1);
  });
  for (const s of starts.reverse()) {
    let n = s;
    while (n < ctoks.length && !ctoks[n]!.word) n++;
    if (ctoks[n]?.lower === 'according' && ctoks[n + 1]?.lower === 'to') {
      const m = accordingTo(cms, ctoks, n);
      if (m && m.person && m.kind === 'name') return fromMention(m, ctx, 'quote.according-to', 0.8);
    }
    const c = clauseAt(ctoks, n, cms, ctoks.length);
    if (c)
      return c.objectPronoun
        ? fromMention(c.objectPronoun, ctx, 'quote.reported-as-saying', 0.8)
        : fromMention(c.m, ctx, 'quote.said-end', 0.85);
  }
  return null;
}

/** Rules 3–6: a reporting verb before the quotation, the previous speaker, the sentence's subject. */
function attributeBefore(q: QuoteSpan, ctx: AttributionContext): Attribution {
  // 3. before the opening mark, in its sentence
  const openS = ctx.sentenceAt(q.open);
  const os = ctx.sentences[openS]!;
  const oms = ctx.mentions(openS).filter((m) => !m.quoted && m.end <= q.open);
  const otoks = os.tokens;
  const before = otoks.filter((t) => t.end <= q.open && !t.quoted);
  const lastBefore = otoks.findIndex((t) => t.start >= q.open);
  const end = lastBefore < 0 ? otoks.length : lastBefore;
  // "in X's words"
  for (let n = end - 1; n >= 1; n--) {
    if (otoks[n]!.lower === 'words' && otoks[n - 1]!.poss && otoks[n - 2]?.lower === 'in') {
      const m = oms.find((x) => x.j === n);
      if (m) return fromMention(m, ctx, 'quote.in-words', 0.9);
    }
  }
  // ", adding that …": the words are still the main clause's speaker's
  for (let n = end - 1; n >= 1; n--) {
    const t = otoks[n]!;
    if (t.quoted) continue;
    if (lexicon().participleAfterComma.has(t.lower) && otoks[n - 1]?.text === ',') {
      if (ctx.previous && ctx.previous.sentence === openS)
        return { speaker: ctx.previous.speaker, source: null, rule: 'quote.adding-that', confidence: 0.85 };
      // the subject of the reporting verb the participle continues: "X said he had met Y, adding that …"
      for (let v = n - 2; v >= 1; v--) {
        if (!speechVerbAt(otoks, v) || otoks[v]!.quoted) continue;
        const e = subjectEnd(otoks, v - 1);
        const subj = oms.find((x) => x.j === e + 1 && x.person);
        if (subj) return fromMention(subj, ctx, 'quote.adding-that', 0.8);
        // "…, the ministry said, adding that …": an organization, a document or an unnamed official reports it
        const src = oms.find(
          (x) => x.j === e + 1 && (x.kind === 'org' || x.kind === 'document' || x.kind === 'anonymous'),
        );
        if (src) return fromMention(src, ctx, 'quote.adding-that', 0.8);
        if (
          otoks[e] &&
          !otoks[e]!.cap &&
          otoks[e]!.word &&
          lexicon().orgWords.has(otoks[e]!.lower) &&
          otoks[e - 1]?.lower === 'the'
        )
          return { speaker: null, source: null, rule: 'quote.adding-that.no-person', confidence: 0.6 };
        break;
      }
      const m = oms.filter((x) => x.i < n - 1 && x.kind !== 'pronoun').pop();
      if (m) return fromMention(m, ctx, 'quote.adding-that', 0.8);
    }
  }
  for (let n = end - 1; n >= 0; n--) {
    const t = otoks[n]!;
    if (t.quoted) continue;
    if (t.lower === 'according' && otoks[n + 1]?.lower === 'to') {
      const m = accordingTo(oms, otoks, n);
      if (m) return fromMention(m, ctx, 'quote.according-to', 0.8);
    }
    // "X was quoted by Anadolu as saying", "TASS quoted him as saying"
    if (t.lower === 'saying' && otoks[n - 1]?.lower === 'as') {
      for (let k = n - 2; k >= Math.max(0, n - 10); k--) {
        if (!/^(quoted|cited|reported)$/.test(otoks[k]!.lower)) continue;
        const obj = oms.find((x) => x.i === k + 1 && x.person);
        if (obj) return fromMention(obj, ctx, 'quote.quoted-as-saying', 0.85);
        const e = subjectEnd(otoks, otoks[k - 1]?.lower === 'was' || otoks[k - 1]?.lower === 'is' ? k - 2 : k - 1);
        const subj = oms.find((x) => x.j === e + 1 && x.person);
        if (subj) return fromMention(subj, ctx, 'quote.quoted-as-saying', 0.85);
        break;
      }
    }
    if (speechVerbAt(otoks, n) || positionVerbAt(otoks, n)) {
      // "urged governments to raise spending": an infinitive is not what the sentence's subject did
      if (otoks[n - 1]?.lower === 'to' && !otoks[n - 1]!.cap) continue;
      const e = subjectEnd(otoks, n - 1);
      // "X said … and had made the position “…”": the verb shares the subject of the verb before it
      if (otoks[e]?.lower === 'and' && !oms.some((x) => x.j === e + 1)) continue;
      const m = oms.filter((x) => x.j === e + 1).pop() ?? oms.filter((x) => x.j <= n).pop();
      // "X recalled that she and President Y agreed on “…”": a joint subject inside what someone reports;
      // the reporting verb before it names the speaker
      if (
        m &&
        m.j === e + 1 &&
        coordinated(otoks, oms, m) &&
        otoks.slice(0, m.i).some((t, k) => !t.quoted && (speechVerbAt(otoks, k) ?? 0) > 0)
      )
        continue;
      if (m) return fromMention(m, ctx, speechVerbAt(otoks, n) ? 'quote.said-before' : 'quote.subject', 0.85);
      if (speechVerbAt(otoks, n)) return { speaker: null, source: null, rule: 'quote.no-person', confidence: 0.5 };
    }
  }
  // 4. a quotation standing alone continues the previous speaker's words
  const prev = ctx.previous;
  if (before.filter((t) => t.word).length === 0 && prev && os.para - prev.para <= 1)
    return { speaker: prev.speaker, source: null, rule: 'quote.continued', confidence: 0.75 };
  // 5. a person right before the quotation: 'Modi "emphasized the importance of dialogue"'
  const adjacent = oms[oms.length - 1];
  const openTok = otoks.findIndex((t) => t.start === q.open);
  if (adjacent && adjacent.person && !adjacent.poss && openTok >= 0 && adjacent.j === openTok)
    return fromMention(adjacent, ctx, 'quote.subject', 0.7);
  // 6. the sentence's subject
  const subj = oms[0];
  if (subj && subj.person && subj.i <= 3 && !subj.poss) return fromMention(subj, ctx, 'quote.subject', 0.6);
  return { speaker: null, source: null, rule: 'quote.unattributed', confidence: 0.3 };
}

export { isNameToken };
