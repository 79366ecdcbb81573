import { lexicon } from '../../knowledge/index.js';
import { coordinatedBefore, pairPhraseEndsAt, titleish } from '../grammar.js';
import type { Mention } from '../people/index.js';
import type { Sentence, Token } from '../text.js';
import type { QuoteSpan } from './find.js';
import {
  appositionBefore,
  isAdverb,
  opensApposition,
  outsideAdjunct,
  positionVerbAt,
  speechVerbAt,
  subjectEnd,
} from '../verbs.js';
import type { Attribution, QuoteScene } from './attribute.js';

/** the word before a verb that makes it a relative clause's or an auxiliary's, not the apposition's subject's */
const RELATIVE_OR_AUX = /^(?:who|which|that|has|have|had|was|were|is|are|once|also|never|not)$/;

/**
 * The rules that attribute a quotation, as tables read in order by `attribute` (attribute.ts):
 * AFTER (a reporting clause after the closing mark), then BEFORE (a reporting verb before the
 * opening mark, the previous speaker, the sentence's subject); in BEFORE, CUES are tried at each
 * token from the opening mark back. A new pattern is a row here and a row in
 * test/unit/extract/quotes/rules.test.ts.
 */

export interface AttributionRow {
  id:
    | 'after.quoted-as-saying'
    | 'after.reporting-clause'
    | 'after.sentence-end-clause'
    | 'after.as-put-it'
    | 'after.next-sentence'
    | 'after.bare-verb'
    | 'before.in-words'
    | 'before.adding-that'
    | 'before.cues'
    | 'before.reported-before'
    | 'before.continued'
    | 'before.paragraph-chain'
    | 'before.interview-answer'
    | 'before.adjacent'
    | 'before.subject'
    | 'before.participial-opener'
    | 'before.unattributed';
  example: string;
  find: (scene: QuoteScene) => Attribution | null;
}

export interface CueRow {
  id:
    | 'cue.according-to'
    | 'cue.quoted-as-saying'
    | 'cue.put-it'
    | 'cue.passive'
    | 'cue.possessive'
    | 'cue.so-called'
    | 'cue.reporting-verb';
  example: string;
  /** the attribution a cue at token n (before the quotation, in its sentence) gives, or null */
  at: (scene: QuoteScene, n: number) => Attribution | null;
}

const isAccordingTo = (toks: Token[], k: number) => toks[k]?.lower === 'according' && toks[k + 1]?.lower === 'to';

/** "according to a statement by spokesman X": the person a document is by, else the first mention */
function accordingTo(ms: Mention[], toks: Token[], k: number): Mention | undefined {
  const m = ms.find((x) => x.i >= k + 2 && x.i <= k + 8);
  if (m && (m.kind === 'document' || m.kind === 'org') && /^(?:by|from)$/.test(toks[m.j]?.lower ?? '')) {
    const by = ms.find((x) => x.i > m.j && x.i <= m.j + 7 && x.person && x.kind === 'name');
    if (by && toks.slice(m.j, by.i).every((t) => t.word)) return by;
  }
  return m;
}

/** "a former Ruiz administration official": a lower-case word after a name that is no preposition makes it a modifier */
const modifies = (toks: Token[], j: number) => {
  const t = toks[j];
  return !!t && t.word && !t.cap && !lexicon().grammar.notClause.test(t.lower);
};

/**
 * VERB [title] MENTION: "said Lavrov", "said US diplomatic spokesman Farah Dakhlallah", "said Germany’s chancellor,
 * Ana Ruiz", "declared an evidently tired Ana Ruiz" (up to three words after "a"/"an").
 */
function verbFirst(toks: Token[], k: number, v: number, ms: Mention[], limit: number): Mention | null {
  let described = -1;
  for (let n = k + v; n < Math.min(limit, k + v + 8); n++) {
    const m = ms.find((x) => x.i === n && !x.quoted);
    // "said CNN Political Analyst X": an organization inside a title
    if (m && m.kind === 'org' && toks[m.j] && titleish(toks[m.j]!) && !speechVerbAt(toks, m.j)) {
      n = m.j - 1;
      continue;
    }
    // "said a former Ruiz administration official": a name that modifies the noun after it is no speaker
    if (m && !(m.poss && titleish(toks[m.j] ?? toks[n]!))) {
      // "…, saying her decision had …": a possessive before a noun is the object's, no speaker ("said Ruiz's letter":
      // her document's words are hers)
      if (m.poss) return lexicon().documents.has(toks[m.j]?.lower ?? '') ? m : null;
      return described >= 0 && modifies(toks, m.j) ? null : m;
    }
    if (m) n = m.j - 1;
    const t = toks[n]!;
    if (/^(?:a|an)$/.test(t.lower) && n === k + v) described = n;
    const ok =
      titleish(t) ||
      // "said Political and Foreign Policy Analyst X": a small word between capitalised words of a title
      (lexicon().grammar.titleConnectors.has(t.lower) && toks[n - 1]?.cap && toks[n + 1]?.cap) ||
      (t.text === '.' && toks[n - 1]?.cap) ||
      (t.cap && t.poss) ||
      (t.text === ',' && n > k + v && titleish(toks[n - 1]!)) ||
      (described >= 0 && n - described <= 3 && t.word && !t.cap) ||
      // "said school teacher Ana Ruiz": a bare description of up to two words before the name
      (described < 0 && n - k - v < 2 && t.word && !t.cap && !t.poss && !lexicon().grammar.functionWords.has(t.lower));
    if (!ok) break;
  }
  return null;
}

/** [title words] MENTION: the mention a reporting clause opens with ("State Department spokesman Farah Dakhlallah") */
function subjectFirst(toks: Token[], k: number, ms: Mention[], limit: number): Mention | undefined {
  let n = k;
  let m: Mention | undefined;
  // "White House chief of staff Ana Ruiz told …": a lower-case word inside a title that opens with a capital
  let bare = 0;
  while (n < limit && n - k < 10) {
    m = ms.find((x) => x.i === n && !x.quoted);
    // an organization inside a title
    if (m && m.kind === 'org' && toks[m.j] && titleish(toks[m.j]!) && !speechVerbAt(toks, m.j)) {
      n = m.j;
      m = undefined;
      continue;
    }
    const t = toks[n]!;
    const inTitle = n > k && toks[k]!.cap && toks[n - 1]!.lower === 'of' && t.word && !t.cap && bare++ < 1;
    if (m || !(titleish(t) || inTitle || (t.text === '.' && n > k && toks[n - 1]!.cap))) break;
    n++;
  }
  return m;
}

/**
 * "…,” Mr X, the researcher, said": when an apposition (a comma and a word of data/grammar.json `appositionOpeners`
 * or a title word) follows the subject ending before token j, the token after the comma that closes it when a
 * reporting verb comes there; else j.
 */
function appositionAfter(toks: Token[], j: number, limit: number): number {
  if (toks[j]?.text !== ',') return j;
  for (let c = j + 2; c < Math.min(limit, j + 25); c++) {
    // "…,” X, the former head of the bloc said in an interview": an apposition left open before its verb
    if (
      c > j + 2 &&
      toks[c]!.word &&
      !toks[c]!.quoted &&
      speechVerbAt(toks, c) &&
      /ed$|^(?:said|told|wrote)$/.test(toks[c]!.lower)
    ) {
      const rel = toks[c - 1]!;
      return opensApposition(toks, j + 1) && !RELATIVE_OR_AUX.test(rel.lower) ? c : j;
    }
    if (toks[c]!.quoted || !toks[c]!.word) {
      if (toks[c]!.text !== ',') return j;
      let v = c + 1;
      while (v < limit && isAdverb(toks[v])) v++;
      return appositionBefore(toks, c) === j && speechVerbAt(toks, v) ? v : j;
    }
  }
  return j;
}

/** A reporting clause starting at token k: "[title] MENTION [adverbs] VERB" or "VERB [title] MENTION". */
function clauseAt(
  toks: Token[],
  k: number,
  ms: Mention[],
  limit: number,
): { m: Mention; objectPronoun?: Mention } | null {
  const v0 = speechVerbAt(toks, k);
  // "…,” saying her decision …": a participle continues the sentence's subject; the name after it is no speaker
  if (v0 && /ing$/.test(toks[k]!.lower)) return null;
  if (v0) {
    const m = verbFirst(toks, k, v0, ms, limit);
    return m ? { m } : null;
  }
  const m = subjectFirst(toks, k, ms, limit);
  if (!m) return null;
  let v = appositionAfter(toks, m.j, limit);
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

/**
 * A form of a reporting verb used as a noun that names no speaker of the quotation: after a determiner ("such claims
 * as “…”"), or after a possessive when the quotation describes the words ("dismissed Ruiz's remarks as “…”"; but
 * "his claims that farmers were “…”" are his).
 */
function nounUse(toks: Token[], n: number, end: number): boolean {
  const t = toks[n - 1];
  if (!t) return false;
  if (lexicon().nounDeterminers.has(t.lower)) return true;
  return (t.poss || POSSESSIVE.test(t.lower)) && toks[end - 1]?.lower === 'as';
}

const POSSESSIVE = /^(?:his|her|its|their|our|my|your|whose)$/;

/** Whether a reporting verb stands before token `b` in the sentence, outside quotation marks. */
const reportedEarlier = (toks: Token[], b: number) =>
  toks.slice(0, b).some((t, k) => !t.quoted && speechVerbAt(toks, k) > 0);

/** A comma, a dash or a closing quotation mark (“…,” adding) right before token n */
const afterComma = (toks: Token[], n: number) => /^(?:,|-|–|—|”|"|’)$/.test(toks[n - 1]?.text ?? '');

const NO_PERSON: Attribution = { speaker: null, source: null, rule: 'quote.no-person', confidence: 0.5 };

/** "…,” said one diplomat", "…,” scoffs a sceptical farmer": a reporting verb whose subject after it is unnamed */
function unnamedAfterVerb(toks: Token[], k: number): boolean {
  const v = speechVerbAt(toks, k);
  const det = toks[k + v];
  const next = toks[k + v + 1];
  return v > 0 && !!det && /^(?:a|an|one|another)$/.test(det.lower) && !!next && next.word && !next.cap;
}

/**
 * "…,” one of the officials said", "…,” the second official said": an indefinite determiner (or "the" with an
 * ordinal: "the academic said" goes back to someone named), words that name no one, and a reporting verb
 */
function unnamedClause(toks: Token[], k: number, ms: Mention[]): boolean {
  const det = toks[k]?.lower ?? '';
  const ordinal = det === 'the' && /^(?:first|second|third|other)$/.test(toks[k + 1]?.lower ?? '');
  if (!/^(?:a|an|one|another)$/.test(det) && !ordinal) return false;
  for (let n = k + 1; n < Math.min(toks.length, k + 6); n++) {
    if (ms.some((m) => m.i <= n && n < m.j) || !toks[n]!.word) return false;
    if (n > k + 1 && speechVerbAt(toks, n)) return true;
  }
  return false;
}

const PREPOSITION = /^(?:with|to|from|of|by|for|about|against|after|before|between|among|toward|towards|at|on|in)$/;

/**
 * "After talks with B, A pushed back on … ¶ “…,” he said": a pronoun that goes back to a person the sentence before
 * names only inside a prepositional phrase is that sentence's subject, a person named outside one. "In her speech,
 * premier A conveyed a message … ¶ “…,” she said": a pronoun of a quotation whose sentence names no one, that goes
 * back to a person the sentence before (with no quotation of its own) does not name, is that sentence's subject.
 */
function pronounSubject(scene: QuoteScene, m: Mention): Mention {
  if (m.kind !== 'pronoun') return m;
  const { ctx, openAt } = scene;
  // the sentence before the quotation's, in its paragraph or the one before
  const at = openAt - 1;
  if (at < 0 || ctx.sentences[at]!.para < ctx.sentences[openAt]!.para - 1) return m;
  const toks = ctx.sentences[at]!.tokens;
  const people = ctx
    .mentions(at)
    .filter((x) => x.person && !x.quoted && !x.poss && (x.kind === 'name' || x.kind === 'title'));
  const inPhrase = (x: Mention) => PREPOSITION.test(toks[x.i - 1]?.lower ?? '');
  const same = people.filter((x) => x.person === m.person);
  const subject = people.find((x) => !inPhrase(x));
  if (!subject) return m;
  if (m.person && same.length) return same.every(inPhrase) ? subject : m;
  // (a possessive names no antecedent of a subject pronoun: "X's visit would …, he was quoted as saying")
  const named = (ms: Mention[]) =>
    ms.some((x) => x.person && !x.quoted && !x.poss && x.kind !== 'pronoun' && x.i < m.i);
  // a sentence before with a quotation of its own: only when that quotation is its subject's
  const quoted = toks.some((t) => t.quoted) && ctx.previous?.speaker !== subject.person;
  return quoted || named(scene.oms) || named(scene.cms) || !m.person ? m : subject;
}

/** A sentence that opens with an unnamed subject ("One senior commander, speaking anonymously, says …"). */
function opensUnnamed(toks: Token[], ms: Mention[]): boolean {
  const k = /^(?:but|and|yet|so)$/.test(toks[0]?.lower ?? '') ? 1 : 0;
  const det = toks[k];
  const next = toks[k + 1];
  if (!det || !/^(?:a|an|one|another)$/.test(det.lower) || !next || !next.word || next.cap) return false;
  return !ms.some((m) => m.kind === 'name' && m.person && m.i <= 8);
}

/**
 * "A diplomat welcomed the prospect. “…,” he said": the pronoun of a reporting clause goes back to an unnamed
 * subject — of the quotation's own sentence, else of the sentences before it in its paragraph, over sentences
 * that open with "he" or "she" — and names no one.
 */
function unnamedAntecedent(scene: QuoteScene): boolean {
  const { ctx, openAt, otoks, oms, q } = scene;
  const pronoun = (toks: Token[]) => /^(?:he|she)$/.test(toks[0]?.lower ?? '');
  if (otoks.some((t) => t.end <= q.open && t.word)) {
    if (opensUnnamed(otoks, oms)) return true;
    if (!pronoun(otoks)) return false;
  }
  const para = ctx.sentences[openAt]!.para;
  for (let s = openAt - 1; s >= 0 && s >= openAt - 3 && ctx.sentences[s]!.para === para; s--) {
    const toks = ctx.sentences[s]!.tokens;
    if (opensUnnamed(toks, ctx.mentions(s))) return true;
    if (!pronoun(toks)) return false;
  }
  return false;
}

/**
 * A subject before a reporting verb that names no one person: a source noun heads it ("the government said",
 * "Ruiz’s office stated", "the draft says", data/reporting-verbs.json `sourceHeads`), or a capitalised word that no
 * mention covers ("Kestovia described the test as …": a place or a body).
 */
function sourceSubject(toks: Token[], ms: Mention[], e: number, verb: number): boolean {
  const t = toks[e];
  if (!t || !t.word || t.quoted || ms.some((m) => m.i <= e && e < m.j)) return false;
  // "the Wuhan Institute of Virology has rejected …": "of" inside a capitalised name before a finite verb (not
  // "addressed the University of Havana saying …", where the participle's subject is the sentence's)
  const finite = !/ing$/.test(toks[verb]?.lower ?? '');
  const h = finite && t.cap && toks[e - 1]?.lower === 'of' && toks[e - 2]?.cap && toks[e - 2]!.word ? e - 2 : e;
  // "The minister in his remarks to Congress criticized …": a noun inside a phrase is not the subject's head
  if (/^(?:in|at|from|to|of|for|with|on|by|near|into|during|before|after)$/.test(toks[h - 1]?.lower ?? ''))
    return false;
  if (lexicon().sourceHeads.has(t.lower)) return true;
  return t.cap && !lexicon().titleWords.has(t.lower) && !/^(?:i|we|you)$/.test(t.lower);
}

/**
 * The speaker a reporting clause with no subject of its own goes back to ("“…”, explicou.", "E complementou: “…”"):
 * the last quotation's speaker within two paragraphs, else the first person named (no possessive) in the quotation's
 * sentence before its opening mark, then in the sentences before it in its paragraph and the one before.
 */
function speakerBefore(scene: QuoteScene): Attribution | null {
  const { ctx, open, openAt, oms } = scene;
  const prev = ctx.previous;
  if (prev?.speaker && open.para - prev.para <= 2)
    return { speaker: prev.speaker, source: null, rule: 'quote.bare-verb', confidence: 0.6 };
  // (a conjunction before a verb, "E complementou", may have been taken for a name)
  const named = (ms: Mention[], toks: Token[]) =>
    ms.find(
      (x) =>
        x.person &&
        !x.quoted &&
        !x.poss &&
        x.kind !== 'org' &&
        !(x.j === x.i + 1 && CONJUNCTION.test(toks[x.i]!.lower)),
    );
  const here = named(oms, scene.otoks);
  if (here) return scene.from(here, 'quote.bare-verb', 0.6);
  for (let s = openAt - 1; s >= 0 && ctx.sentences[s]!.para >= open.para - 1; s--) {
    const m = named(ctx.mentions(s), ctx.sentences[s]!.tokens);
    if (m) return scene.from(m, 'quote.bare-verb', 0.6);
  }
  return null;
}

/** a conjunction that may open a clause whose subject is left out ("E complementou:", "Y agregó:") */
const CONJUNCTION = /^(?:and|but|e|y|mas|pero)$/;
const ARTICLE = /^(?:o|a|os|as|el|la|los|las|the)$/;
/** words of a title's stem: "venezolano" and "Venezuela" share "venez" */
const stem = (w: string) => w.toLowerCase().slice(0, 5);

/**
 * "O presidente lembrou", "disse o governante brasileiro": the person an article and a noun of office
 * (data/reporting-verbs.json `roleNouns`) starting at token r stand for — the person named last with a noun of
 * office right before the name, in the 30 sentences up to the quotation; one with the same noun, or with a word
 * of the adjective's stem near the name ("el mandatario venezolano" → "el presidente de Venezuela, Nicolás Maduro"),
 * first. Null when r holds no such phrase or no one was so named.
 */
function roleHolder(scene: QuoteScene, toks: Token[], r: number): Attribution | null {
  const { roleNouns } = lexicon();
  const noun = toks[r];
  if (!noun || !roleNouns.has(noun.lower) || !ARTICLE.test(toks[r - 1]?.lower ?? '')) return null;
  const adj = toks[r + 1] && toks[r + 1]!.word && !toks[r + 1]!.cap ? stem(toks[r + 1]!.text) : null;
  const { ctx, openAt, q } = scene;
  let best: { m: Mention; score: number } | null = null;
  for (let s = openAt; s >= 0 && s > openAt - 30; s--) {
    const st = ctx.sentences[s]!.tokens;
    const ms = ctx.mentions(s).filter((m) => m.kind === 'name' && m.person && !m.quoted && m.end <= q.open);
    for (const m of ms.reverse()) {
      const before = st.slice(Math.max(0, m.i - 4), m.i);
      const nouns = before.filter((t) => roleNouns.has(t.lower));
      if (!nouns.length) continue;
      const near = st.slice(Math.max(0, m.i - 5), m.j + 3);
      const score =
        (nouns.some((t) => t.lower === noun.lower) ? 1 : 0) + (adj && near.some((t) => stem(t.text) === adj) ? 2 : 0);
      if (!best || score > best.score) best = { m, score };
    }
  }
  return best ? scene.from(best.m, 'quote.role-holder', 0.7) : null;
}

/**
 * A reporting verb right after the closing mark whose subject is left out or comes late, as pages in Portuguese and
 * Spanish write them: "“…”, explicou." (the speaker before it); "“…”, disse o governante brasileiro." (the holder of
 * the office); "“…”, dijo en un discurso el presidente venezolano, Nicolás Maduro." (the one person named at the
 * end of the clause, after a phrase of place or occasion).
 */
function bareVerbAfter(scene: QuoteScene): Attribution | null {
  const { q, ctoks, cms } = scene;
  let k = ctoks.findIndex((t) => t.start >= q.close);
  if (k < 0) return null;
  while (k < ctoks.length && !ctoks[k]!.word && !ctoks[k]!.quoted && !/[“"‘]/.test(ctoks[k]!.text)) k++;
  const v = speechVerbAt(ctoks, k);
  if (!v || /ing$/.test(ctoks[k]!.lower)) return null;
  // a comma closes the quotation's clause ("“…”, explicou", "“…,” explicou"): else a noun ("Ruiz’s “sabotage” claim")
  const comma = /[,!?]$/.test(q.text) || ctoks.slice(0, k).some((t) => t.start >= q.close - 1 && t.text === ',');
  if (!comma) return null;
  let end = k + v;
  while (end < ctoks.length && !ctoks[end]!.quoted && !/[“"‘]/.test(ctoks[end]!.text)) end++;
  const ms = cms.filter((m) => m.i >= k + v && m.i < end);
  const next = ctoks[k + v];
  const { bareClause, sourceHeads } = lexicon();
  if (!ms.length) {
    if (!next || !next.word || bareClause.has(next.lower)) return speakerBefore(scene);
    for (let r = k + v + 1; r < Math.min(end, k + v + 8); r++) {
      const held = roleHolder(scene, ctoks, r);
      if (held) return held;
    }
    return null;
  }
  // one person at the end of the clause, after an adjunct that opens with a preposition
  const m = ms[0]!;
  const last = ctoks.slice(m.j, end).every((t) => !t.word);
  const between = ctoks.slice(k + v, m.i);
  if (ms.length > 1 || !last || m.kind !== 'name' || !m.person || m.poss || !next || !bareClause.has(next.lower))
    return null;
  // the name stands after a comma or an office ("…, Nicolás Maduro", "el canciller Héctor Timerman"), not in a phrase
  const lead = ctoks[m.i - 1];
  if (
    between.some((t) => sourceHeads.has(t.lower)) ||
    !lead ||
    !(lead.text === ',' || titleish(lead) || lexicon().roleNouns.has(lead.lower))
  )
    return null;
  return scene.from(m, 'quote.bare-verb', 0.75);
}

/** "…,” Lavrov said", "…,” said spokesman X", "…,” CCTV reported him as saying": right after the closing mark */
function reportingClauseAfter(scene: QuoteScene): Attribution | null {
  const { q, ctoks, cms } = scene;
  let k = ctoks.findIndex((t) => t.start >= q.close);
  if (k < 0) return null;
  let limit = k;
  while (limit < ctoks.length && !ctoks[limit]!.quoted && !/[“"‘]/.test(ctoks[limit]!.text)) limit++;
  while (k < limit && !ctoks[k]!.word) k++;
  if (isAccordingTo(ctoks, k)) {
    const m = accordingTo(cms, ctoks, k);
    if (m) return scene.from(m, 'quote.according-to', 0.8);
  }
  const c = clauseAt(ctoks, k, cms, limit);
  if (!c) return unnamedAfterVerb(ctoks, k) || unnamedClause(ctoks, k, cms) ? NO_PERSON : null;
  if (c.m.kind === 'pronoun' && !c.objectPronoun && unnamedAntecedent(scene)) return NO_PERSON;
  return c.objectPronoun
    ? scene.from(c.objectPronoun, 'quote.reported-as-saying', 0.85)
    : scene.from(pronounSubject(scene, c.m), 'quote.said-after', 0.95);
}

/**
 * "pressed for “de-escalation” as Ruiz puts it", "“…,” as Ruiz declared in a speech": the person whose words they are,
 * right after the closing mark
 */
function asPutItAfter(scene: QuoteScene): Attribution | null {
  const { q, ctoks, cms } = scene;
  const k = ctoks.findIndex((t) => t.start >= q.close && t.word);
  if (k < 0 || ctoks[k]!.lower !== 'as') return null;
  // "as Sir Keir Starmer puts it": title words may stand before the name
  const m = cms.find(
    (x) =>
      x.i > k && x.i <= k + 3 && x.person && !x.quoted && x.kind !== 'org' && ctoks.slice(k + 1, x.i).every(titleish),
  );
  if (!m) return null;
  let v = m.j;
  while (isAdverb(ctoks[v])) v++;
  const putIt = /^(?:put|puts|called|calls)$/.test(ctoks[v]?.lower ?? '') && ctoks[v + 1]?.lower === 'it';
  return putIt || speechVerbAt(ctoks, v) ? scene.from(m, 'quote.said-after', 0.85) : null;
}

/**
 * The sentence after a quotation that closes its sentence with no reporting verb before it, when that sentence is a short reporting
 * clause of its paragraph with no quotation ("“… our two nations.” Ruiz stated"), else null.
 */
export function clauseSentenceAfter(sentences: Sentence[], q: QuoteSpan, sentenceAt: (o: number) => number) {
  const openAt = sentenceAt(q.open);
  const closeAt = sentenceAt(Math.max(q.open, q.close - 1));
  const [open, close, next] = [sentences[openAt]!, sentences[closeAt]!, sentences[closeAt + 1]];
  if (!next || next.para !== close.para) return null;
  // nothing after it in its sentence, and no reporting verb before it ("A deal would “…” ¶ X wrote on X.")
  const before = open.tokens.filter((t) => t.end <= q.open);
  if (before.some((_, n) => speechVerbAt(before, n)) || close.tokens.some((t) => t.start >= q.close && t.word))
    return null;
  // the clause may close with a full stop before a new quotation the splitter left in its sentence ("X wrote on X. “…”")
  let stop = next.tokens.findIndex((t) => t.quoted || /[“"‘”]/.test(t.text));
  if (stop >= 0 && next.tokens[stop - 1]?.text !== '.') return null;
  if (stop < 0) stop = next.tokens.length;
  const toks = next.tokens.slice(0, stop);
  if (toks.filter((t) => t.word).length > 12) return null;
  // the clause reports nothing of its own: after its verb, only a name, a time, a place or an audience
  const n = toks.findIndex((_, k) => k < 8 && speechVerbAt(toks, k) > 0);
  if (n < 0) return null;
  const after = toks[n + speechVerbAt(toks, n)];
  return !after || !after.word || after.cap || lexicon().grammar.notClause.test(after.lower) ? next : null;
}

/** "“… our two nations.” Ruiz stated": a reporting clause that is the next sentence of the paragraph */
function nextSentenceClause(scene: QuoteScene): Attribution | null {
  const { q, ctx, closeAt } = scene;
  const next = clauseSentenceAfter(ctx.sentences, q, ctx.sentenceAt);
  if (!next) return null;
  const c = clauseAt(next.tokens, 0, ctx.mentions(closeAt + 1), next.tokens.length);
  return c && !c.objectPronoun ? scene.from(c.m, 'quote.said-after', 0.8) : null;
}

/** "…,’ it quoted Wang as saying.", "…,” the agency cited Ruiz as saying": the person quoted, right after the closing mark */
function quotedAsSayingAfter(scene: QuoteScene): Attribution | null {
  const { q, ctoks, cms } = scene;
  const k = ctoks.findIndex((t) => t.start >= q.close);
  if (k < 0) return null;
  for (let n = k; n < Math.min(ctoks.length, k + 6); n++) {
    if (ctoks[n]!.quoted || /[“"‘]/.test(ctoks[n]!.text)) return null;
    if (!/^(?:quoted|cited)$/.test(ctoks[n]!.lower)) continue;
    const m = cms.find((x) => x.i === n + 1 && !x.quoted && x.kind !== 'org');
    return m && ctoks[m.j]?.lower === 'as' ? scene.from(m, 'quote.quoted-as-saying', 0.85) : null;
  }
  return null;
}

/** "…, the official added." / "…” a senior official told reporters.": a reporting clause that ends the sentence */
function clauseEndingSentence(scene: QuoteScene): Attribution | null {
  const { q, ctoks, cms } = scene;
  const starts: number[] = [];
  ctoks.forEach((t, n) => {
    if (t.start < q.close || t.quoted) return;
    if (t.text === ',' || (/[”"’']/.test(t.text) && n > 0 && ctoks[n - 1]!.quoted)) starts.push(n + 1);
  });
  for (const s of starts.reverse()) {
    let n = s;
    while (n < ctoks.length && !ctoks[n]!.word) n++;
    if (isAccordingTo(ctoks, n)) {
      const m = accordingTo(cms, ctoks, n);
      if (m && m.person && m.kind === 'name') return scene.from(m, 'quote.according-to', 0.8);
    }
    const c = clauseAt(ctoks, n, cms, ctoks.length);
    if (c)
      return c.objectPronoun
        ? scene.from(c.objectPronoun, 'quote.reported-as-saying', 0.8)
        : scene.from(pronounSubject(scene, c.m), 'quote.said-end', 0.85);
  }
  return null;
}

/** "in X's words" */
function inWords(scene: QuoteScene): Attribution | null {
  const { otoks, oms, end } = scene;
  for (let n = end - 1; n >= 1; n--) {
    if (otoks[n]!.lower === 'words' && otoks[n - 1]!.poss && otoks[n - 2]?.lower === 'in') {
      const m = oms.find((x) => x.j === n);
      if (m) return scene.from(m, 'quote.in-words', 0.9);
    }
  }
  return null;
}

/** the subject of the reporting verb a participle continues: "X said he had met Y, adding that …" */
function participleSubject(scene: QuoteScene, n: number): Attribution | null | undefined {
  const { otoks, oms } = scene;
  for (let v = n - 2; v >= 1; v--) {
    if (!speechVerbAt(otoks, v) || otoks[v]!.quoted) continue;
    const e = subjectEnd(otoks, v - 1);
    const subj = oms.find((x) => x.j === e + 1 && x.person);
    if (subj) return scene.from(subj, 'quote.adding-that', 0.8);
    // "…, the ministry said, adding that …": an organization, a document or an unnamed official reports it
    const src = oms.find((x) => x.j === e + 1 && (x.kind === 'org' || x.kind === 'document' || x.kind === 'anonymous'));
    if (src) return scene.from(src, 'quote.adding-that', 0.8);
    const t = otoks[e];
    if (t && !t.cap && t.word && lexicon().orgWords.has(t.lower) && otoks[e - 1]?.lower === 'the')
      return { speaker: null, source: null, rule: 'quote.adding-that.no-person', confidence: 0.6 };
    return undefined;
  }
  return undefined;
}

/** ", adding that …": the words are still the main clause's speaker's */
function addingThat(scene: QuoteScene): Attribution | null {
  const { otoks, oms, end, ctx } = scene;
  for (let n = end - 1; n >= 1; n--) {
    const t = otoks[n]!;
    if (t.quoted || !lexicon().participleAfterComma.has(t.lower) || !afterComma(otoks, n)) continue;
    if (ctx.previous && ctx.previous.sentence === scene.openAt)
      return { speaker: ctx.previous.speaker, source: null, rule: 'quote.adding-that', confidence: 0.85 };
    const subj = participleSubject(scene, n);
    if (subj) return subj;
    const m = oms.filter((x) => x.i < n - 1 && x.kind !== 'pronoun').pop();
    if (m) return scene.from(m, 'quote.adding-that', 0.8);
  }
  return null;
}

/**
 * A quotation standing alone as a sentence, after a sentence (of its paragraph) that reports a named person's words
 * ("X told reporters that …") and holds no quotation: that person's.
 */
function reportedBefore(scene: QuoteScene): Attribution | null {
  const { otoks, q, open, openAt, ctx } = scene;
  if (otoks.some((t) => t.end <= q.open && !t.quoted && t.word) || openAt === 0) return null;
  if (ctx.previous && ctx.previous.sentence >= openAt - 1) return null;
  const prev = ctx.sentences[openAt - 1]!;
  // a paragraph that is a quotation goes on from the paragraph right before it ("X said …" ¶ "“…”")
  const opensParagraph = openAt === 0 || ctx.sentences[openAt - 1]!.para !== open.para;
  if (prev.para !== open.para && !(opensParagraph && prev.para === open.para - 1)) return null;
  const toks = prev.tokens;
  const ms = ctx.mentions(openAt - 1);
  for (let v = 1; v < toks.length; v++) {
    if (!speechVerbAt(toks, v)) continue;
    const e0 = subjectEnd(toks, v - 1);
    const ap = appositionBefore(toks, e0);
    const m = ms.find((x) => x.person && !x.quoted && !x.poss && x.kind !== 'org' && x.j === (ap >= 0 ? ap : e0 + 1));
    if (m) return scene.from(m, 'quote.reported-before', 0.7);
    // "O presidente disse ainda que … . “…”": a noun of office for the person named with it
    if (ap < 0 && !ms.some((x) => x.j === e0 + 1)) {
      const held = roleHolder(scene, toks, ARTICLE.test(toks[e0 - 1]?.lower ?? '') ? e0 : e0 - 1);
      if (held) return held;
    }
  }
  return null;
}

/**
 * A quotation that opens its paragraph with no words before it, after a paragraph whose first sentence's subject is
 * the last quotation's speaker (within three paragraphs): that speaker goes on ("“…,” Ruiz said. ¶ Ruiz later held
 * talks with the mayor. ¶ “…”").
 */
function paragraphChain(scene: QuoteScene): Attribution | null {
  const { otoks, q, open, openAt, ctx } = scene;
  const prev = ctx.previous;
  if (!prev?.speaker || open.para - prev.para > 3 || openAt === 0) return null;
  if (otoks.some((t) => t.end <= q.open && t.word) || ctx.sentences[openAt - 1]!.para === open.para) return null;
  // "“…,” said one official": a clause after it that no row could read is still someone else's
  if (scene.ctoks.some((t, n) => t.start >= q.close && speechVerbAt(scene.ctoks, n))) return null;
  let first = openAt - 1;
  while (first > 0 && ctx.sentences[first - 1]!.para === ctx.sentences[openAt - 1]!.para) first--;
  if (first <= prev.sentence) return null;
  const subj = ctx.mentions(first).find((m) => !m.quoted && (m.person || m.kind === 'org'));
  return subj && subj.i <= 4 && !subj.poss && subj.person === prev.speaker
    ? { speaker: prev.speaker, source: null, rule: 'quote.continued', confidence: 0.6 }
    : null;
}

/** paragraphs back within which an interview's last speaker still answers */
const ANSWER_SPAN = 10;

/**
 * Whether paragraph `para` is an interviewer's turn: a question of its own ("Isn't that, I asked, a fair
 * price?" — a question mark outside quotation marks) or the writer asking in the first person ("I asked
 * him whether …", "I suggested that …").
 */
function asksQuestion(sentences: Sentence[], para: number): boolean {
  const ss = sentences.filter((s) => s.para === para);
  return ss.some((s) =>
    s.tokens.some(
      (t, n) =>
        !t.quoted &&
        (t.text === '?' || t.text.endsWith('?') || (/^(?:i|we)$/.test(t.lower) && speechVerbAt(s.tokens, n + 1) > 0)),
    ),
  );
}

/**
 * A quotation that opens its paragraph with no words before it, right after a paragraph that asks a question (an
 * interview: "Can you trust him? I asked. ¶ “It is not only about one man …”"): the answer of the one last quoted.
 */
function interviewAnswer(scene: QuoteScene): Attribution | null {
  const { otoks, q, open, openAt, ctx } = scene;
  const prev = ctx.previous;
  if (!ctx.lastSpeaker || !prev || open.para - prev.para > ANSWER_SPAN || openAt === 0) return null;
  if (otoks.some((t) => t.end <= q.open && t.word) || ctx.sentences[openAt - 1]!.para !== open.para - 1) return null;
  // "“…,” said one official": a clause after it names its own speaker
  if (scene.ctoks.some((t, n) => t.start >= q.close && speechVerbAt(scene.ctoks, n))) return null;
  return asksQuestion(ctx.sentences, open.para - 1)
    ? { speaker: ctx.lastSpeaker, source: null, rule: 'quote.answer', confidence: 0.6 }
    : null;
}

/**
 * "Using the radio to “reach out” to the islands, Ruiz spoke …", "Urging a deal on what had been “achieved” -- Ruiz
 * called for …": a short quotation inside a participial phrase that opens the sentence is the words of the
 * sentence's subject, a person named (title words before the name allowed) right after the phrase closes.
 */
function participialOpener(scene: QuoteScene): Attribution | null {
  const { otoks, q, ctoks, closeAt, openAt, ctx } = scene;
  const first = otoks[0];
  if (!scene.short || closeAt !== openAt || !first || !first.cap || !/ing$/.test(first.lower)) return null;
  const stop = ctoks.findIndex((t) => t.start >= q.close && !t.quoted && /^(?:,|--|–|—)$/.test(t.text));
  if (stop < 0 || otoks.slice(0, scene.end).some((t) => !t.quoted && /^(?:,|--|–|—)$/.test(t.text))) return null;
  const m = ctx.mentions(openAt).find((x) => x.i > stop && !x.quoted);
  if (!m || m.kind !== 'name' || !m.person || m.poss || m.i > stop + 8) return null;
  return ctoks.slice(stop + 1, m.i).every((t) => titleish(t)) ? scene.from(m, 'quote.subject', 0.6) : null;
}

/** Reporting cues before the quotation, tried at each token from the opening mark back. */
export const CUES: readonly CueRow[] = [
  {
    id: 'cue.according-to',
    example: 'According to Ruiz, “the door is open.”',
    at: (scene, n) => {
      if (!isAccordingTo(scene.otoks, n)) return null;
      const m = accordingTo(scene.oms, scene.otoks, n);
      return m ? scene.from(m, 'quote.according-to', 0.8) : null;
    },
  },
  {
    id: 'cue.quoted-as-saying',
    example: 'Ruiz was quoted by a news agency as saying “…”; the agency quoted him as saying “…”',
    at: (scene, n) => {
      const { otoks, oms } = scene;
      if (otoks[n]!.lower !== 'saying' || otoks[n - 1]?.lower !== 'as') return null;
      for (let k = n - 2; k >= Math.max(0, n - 10); k--) {
        if (!/^(quoted|cited|reported)$/.test(otoks[k]!.lower)) continue;
        const passive = otoks[k - 1]?.lower === 'was' || otoks[k - 1]?.lower === 'is';
        const e = subjectEnd(otoks, passive ? k - 2 : k - 1);
        const m = oms.find((x) => x.i === k + 1 && x.person) ?? oms.find((x) => x.j === e + 1 && x.person);
        return m ? scene.from(m, 'quote.quoted-as-saying', 0.85) : null;
      }
      return null;
    },
  },
  {
    id: 'cue.put-it',
    example: 'As Ruiz put it, “the door is open”; a port where, as Ruiz put it, “nothing moves”',
    at: (scene, n) => {
      const { otoks, oms } = scene;
      if (otoks[n]!.lower !== 'put' || otoks[n + 1]?.lower !== 'it') return null;
      const m = oms.find((x) => x.j === n && x.person);
      return m && otoks[m.i - 1]?.lower === 'as' ? scene.from(m, 'quote.said-before', 0.85) : null;
    },
  },
  {
    id: 'cue.passive',
    example: 'The visit was described as “positive” (no one); the plan was called “a trap” by Ruiz',
    at: (scene, n) => {
      const { otoks, oms, end } = scene;
      // a passive of speech ("was described as"), not a state ("was committed to building a “…” relationship")
      if (!speechVerbAt(otoks, n)) return null;
      let b = n - 1;
      while (isAdverb(otoks[b]) && !/^ha[sd]$|^have$/.test(otoks[b]!.lower)) b--;
      if (!lexicon().passiveAux.has(otoks[b]?.lower ?? '')) return null;
      // the agent: "by X" between the verb and the quotation, else right after it
      const by = (toks: Token[], ms: Mention[], from: number, to: number) =>
        ms.find((m) => m.i > from && m.i < to && toks[m.i - 1]?.lower === 'by' && m.person && m.kind !== 'org');
      const agent =
        by(otoks, oms, n, end) ??
        (scene.closeAt === scene.openAt
          ? by(scene.ctoks, scene.cms, scene.ctoks.findIndex((t) => t.start >= scene.q.close) - 1, scene.ctoks.length)
          : undefined);
      if (agent) return scene.from(agent, 'quote.said-before', 0.8);
      // "X told the BBC it was hoped the trip would “…”": a passive inside what an earlier reporting verb reports
      return reportedEarlier(otoks, b)
        ? null
        : { speaker: null, source: null, rule: 'quote.no-person', confidence: 0.5 };
    },
  },
  {
    id: 'cue.possessive',
    example: 'Ruiz’s plan to “clean out” the port; Ruiz’s “sabotage” claim; Ruiz’s claim of “sabotage”',
    at: (scene, n) => {
      const { otoks, oms, end, q, ctoks } = scene;
      const m = oms.find((x) => x.j === n + 1 && x.poss && x.person && x.kind !== 'org');
      if (!m || end - m.j > 3) return null;
      const { speechNouns, planNouns } = lexicon();
      const between = otoks.slice(m.j, end);
      // "dismissed Ruiz's remarks as “speculative”": the word that describes them is the describer's
      if (between.some((t) => !t.word || t.cap) || between[between.length - 1]?.lower === 'as') return null;
      const after = ctoks.find((t) => t.start >= q.close && t.word);
      const named =
        between.some((t) => speechNouns.has(t.lower) || planNouns.has(t.lower)) ||
        (!between.length && speechNouns.has(after?.lower ?? ''));
      return named ? scene.from(m, 'quote.said-before', 0.75) : null;
    },
  },
  {
    id: 'cue.so-called',
    example: 'Talks on the so-called “harbour plan” (no one); Ruiz’s so-called “corridor”',
    at: (scene, n) => {
      const { otoks, oms, end } = scene;
      if (n !== end - 1 || !lexicon().termCues.has(otoks[n]!.lower)) return null;
      const m = oms.find((x) => x.j === n && x.poss && x.person && x.kind !== 'org');
      return m ? scene.from(m, 'quote.said-before', 0.75) : NO_PERSON;
    },
  },
  {
    id: 'cue.reporting-verb',
    example: 'Ruiz said “the door is open”; Ruiz made “clear demands”',
    at: (scene, n) => {
      const { otoks, oms } = scene;
      const said = speechVerbAt(otoks, n);
      if (!said && !positionVerbAt(otoks, n)) return null;
      // "dismissed Ruiz's remarks as “…”", "rejected such claims as “…”": the form is a noun, the verb comes before it
      if (nounUse(otoks, n, scene.end)) return null;
      // "urged governments to raise spending": an infinitive is not what the sentence's subject did
      if (otoks[n - 1]?.lower === 'to' && !otoks[n - 1]!.cap) return null;
      // ", accusing Y of …": a participle after a comma continues the sentence's opening subject
      if (said && afterComma(otoks, n) && /ing$/.test(otoks[n]!.lower)) {
        const opener = oms.find((x) => x.person && !x.poss && x.kind !== 'pronoun');
        if (opener && opener.i <= 8 && !otoks.slice(0, opener.i).some((t) => t.text === ','))
          return scene.from(opener, 'quote.said-before', 0.75);
      }
      // "E complementou: “…”": a verb whose subject the language leaves out goes on from the speaker before it (the
      // conjunction is no subject, though the people found may take "E" before a verb for a name)
      if (
        said &&
        n > 0 &&
        otoks.slice(0, n).every((t) => !t.word || CONJUNCTION.test(t.lower)) &&
        !/ing$/.test(otoks[n]!.lower)
      ) {
        const held = speakerBefore(scene);
        if (held) return held;
      }
      const e0 = subjectEnd(otoks, n - 1);
      // "X, until recently the ambassador, said …": the subject ends before the apposition
      // "X, head of the commission told …": an apposition left open before the verb, when X is a person
      const ap = appositionBefore(otoks, e0, !oms.some((x) => x.j === e0 + 1));
      const e = ap >= 0 && oms.some((x) => x.j === ap && x.person) ? ap - 1 : e0;
      // "X said … and had made the position “…”", "X told … that “…,” but affirmed that “…”": the verb shares the
      // subject of the verb before it — the person who opens the sentence ("X could not say what A and B discussed,
      // but told reporters that …"), else the one an earlier cue names
      if (/^(?:and|but)$/.test(otoks[e]?.lower ?? '') && !oms.some((x) => x.j === e + 1)) {
        const opener = oms.find((x) => x.person && !x.poss && x.kind !== 'org' && x.kind !== 'document');
        const opens = opener && opener.i <= 8 && !otoks.slice(0, opener.i).some((t) => t.text === ',');
        if (!opens || opener.kind === 'pronoun') return null;
        // "A and B met … and concurred that “…”": a joint text, which no one person said
        const joint = oms.some(
          (x) => x.person && x.person !== opener.person && coordinatedBefore(otoks, oms, x.i) === opener,
        );
        return joint ? NO_PERSON : scene.from(opener, said ? 'quote.said-before' : 'quote.subject', 0.8);
      }
      // "X told Y that both leaders offered “…”": the pair inside what X reports is no one person; an earlier cue names the speaker
      if (pairPhraseEndsAt(otoks, e) && !oms.some((x) => x.j === e + 1)) return null;
      // "the government said …", "Ruiz’s office stated that …": a subject that is no person reports the words, not
      // the person named before it
      // ("X said Australians wanted “…”": an earlier reporting verb names the speaker)
      // "O presidente lembrou que “…”", "el mandatario venezolano dijo:": a noun of office for the person named with it
      if (!oms.some((x) => x.j === e + 1)) {
        const held = roleHolder(scene, otoks, ARTICLE.test(otoks[e - 1]?.lower ?? '') ? e : e - 1);
        if (held) return held;
      }
      // "X said they both wanted “…”": a plural subject's position inside what X reports; the earlier cue names X
      const plural = otoks.slice(Math.max(0, e - 1), e + 1).some((t) => /^(?:they|we)$/.test(t.lower));
      if (!said && plural && !oms.some((x) => x.j === e + 1) && reportedEarlier(otoks, e)) return null;
      if (!oms.some((x) => x.j === e + 1) && sourceSubject(otoks, oms, e, n))
        return reportedEarlier(otoks, e) ? null : NO_PERSON;
      // else the last mention before the verb, unless it modifies a noun after an article ("a Ruiz administration
      // official explained")
      const modifier = (x: Mention) =>
        !x.poss && /^(?:a|an|the)$/.test(otoks[x.i - 1]?.lower ?? '') && modifies(otoks, x.j);
      // ("one of Ruiz’s aides called for …": a possessive inside the subject is not the one who speaks)
      const adjacent = oms.filter((x) => x.j === e + 1).pop();
      const m =
        (adjacent && outsideAdjunct(otoks, oms, adjacent)) ??
        oms.filter((x) => x.j <= n && !modifier(x) && !(x.poss && x.j <= e && x.kind !== 'pronoun')).pop();
      // "A judge said that he wants “…”": a pronoun after an unnamed subject that opens the sentence is no one
      if (m && m.kind === 'pronoun' && m.i > 1 && opensUnnamed(otoks, oms)) return NO_PERSON;
      // "X recalled that she and President Y agreed on “…”": a joint subject inside what someone reports;
      // the reporting verb before it names the speaker; a joint subject of its own ("A and B agreed that “…”")
      // quotes a joint text, which no one person said
      const co = m && m.j === e + 1 ? coordinatedBefore(otoks, oms, m.i) : undefined;
      if (co && co.person !== m!.person)
        return otoks.slice(0, m!.i).some((t, k) => !t.quoted && speechVerbAt(otoks, k) > 0)
          ? null
          : { speaker: null, source: null, rule: 'quote.no-person', confidence: 0.5 };
      // "Mr X said that if Hamas rejects the deal, “…”": an organization's position inside what a person reports
      if (m && m.kind === 'org' && !said && reportedEarlier(otoks, m.i)) return null;
      if (m) return scene.from(pronounSubject(scene, m), said ? 'quote.said-before' : 'quote.subject', 0.85);
      // "“A”, said Ruiz, “B”": the speaker after a verb that follows a quotation ("calls him the “…”" names no speaker)
      const inverted = n === 0 || otoks[n - 1]!.quoted || /^[,:;”"’]$/.test(otoks[n - 1]!.text);
      const after = said && inverted ? verbFirst(otoks, n, said, oms, scene.end) : null;
      if (after) return scene.from(after, 'quote.said-before', 0.85);
      return said ? { speaker: null, source: null, rule: 'quote.no-person', confidence: 0.5 } : null;
    },
  },
];

/**
 * The first cue before the quotation, from its opening mark back. A fragment that speaks of a person in the
 * third person ("to “express his regret”") is not the words of the person a cue names: an earlier cue's
 * ("the office said the king had called to “express his regret”"), else that person's after all.
 */
function cues(scene: QuoteScene): Attribution | null {
  let other: Attribution | null = null;
  for (let n = scene.end - 1; n >= 0; n--) {
    if (scene.otoks[n]!.quoted) continue;
    for (const row of CUES) {
      const a = row.at(scene, n);
      if (!a) continue;
      if (!(scene.thirdPerson && a.speaker !== null)) return { ...a, by: row.id };
      other ??= { ...a, by: row.id };
      break;
    }
  }
  return other;
}

export const AFTER: readonly AttributionRow[] = [
  {
    id: 'after.quoted-as-saying',
    example: '‘The door is open,’ the agency quoted Ruiz as saying.',
    find: quotedAsSayingAfter,
  },
  { id: 'after.reporting-clause', example: '“We are ready,” Ruiz said.', find: reportingClauseAfter },
  {
    id: 'after.as-put-it',
    example: 'Aides pressed for “calm” as Ruiz puts it; “We are ready,” as Ruiz declared in May.',
    find: asPutItAfter,
  },
  {
    id: 'after.sentence-end-clause',
    example: '“We are ready,” she said at the port, the official added.',
    find: clauseEndingSentence,
  },
  { id: 'after.next-sentence', example: '“We are ready. The door is open.” Ruiz stated', find: nextSentenceClause },
  {
    id: 'after.bare-verb',
    example: 'Ruiz visited the port. “Estamos prontos”, explicou. / “…”, disse o governante brasileiro.',
    find: bareVerbAfter,
  },
];

export const BEFORE: readonly AttributionRow[] = [
  { id: 'before.in-words', example: 'In Ruiz’s words, “the door is open.”', find: inWords },
  { id: 'before.adding-that', example: 'Ruiz said talks went well, adding that “the door is open.”', find: addingThat },
  {
    id: 'before.participial-opener',
    example: 'Using the radio to “reach out” to the islands, Foreign Minister Ruiz toured the coast.',
    find: participialOpener,
  },
  { id: 'before.cues', example: 'Ruiz said: “The door is open.”', find: cues },
  {
    id: 'before.reported-before',
    example: 'Ruiz told reporters that the port would reopen. “There is no other way.” (a quotation standing alone)',
    find: reportedBefore,
  },
  {
    id: 'before.interview-answer',
    example:
      '“We are ready,” Ruiz told me. ¶ But will the port reopen? ¶ “It will, in May.” (the answer of the one last quoted)',
    find: interviewAnswer,
  },
  {
    id: 'before.continued',
    example: '“We are ready,” Ruiz said. “The door is open.” (the second quotation stands alone)',
    find: ({ otoks, q, open, ctx }) => {
      const prev = ctx.previous;
      const words = otoks.filter((t) => t.end <= q.open && !t.quoted && t.word).length;
      return words === 0 && prev && open.para - prev.para <= 1
        ? { speaker: prev.speaker, source: null, rule: 'quote.continued', confidence: 0.75 }
        : null;
    },
  },
  {
    id: 'before.paragraph-chain',
    example:
      '“We are ready,” Ruiz said. ¶ Ruiz later met the mayor. ¶ “The door is open.” (the subject between is the last speaker)',
    find: paragraphChain,
  },
  {
    id: 'before.adjacent',
    example: 'Ruiz “emphasized the importance of dialogue”.',
    find: (scene) => {
      const adjacent = scene.oms[scene.oms.length - 1];
      const openTok = scene.otoks.findIndex((t) => t.start === scene.q.open);
      // "X ‘reckless’ port plan draws fire" (a headline): words in marks that qualify a noun after them are no
      // words of X's
      const next = scene.ctoks.find((t) => t.start >= scene.q.close);
      const { speechNouns, planNouns } = lexicon();
      if (next && next.word && (next.cap || speechNouns.has(next.lower) || planNouns.has(next.lower))) return null;
      return adjacent && adjacent.person && !adjacent.poss && openTok >= 0 && adjacent.j === openTok
        ? scene.from(adjacent, 'quote.subject', 0.7)
        : null;
    },
  },
  {
    id: 'before.subject',
    example: 'Ruiz, at the port on Monday, called the plan “a step forward”. (a reporting or position verb before it)',
    find: (scene) => {
      const subj = scene.oms[0];
      const { otoks, end } = scene;
      if (!subj || !subj.person || subj.i > 3 || subj.poss) return null;
      // "He concluded: “…”": a colon right before the quotation introduces it too
      const verb =
        otoks[end - 1]?.text === ':' ||
        otoks.slice(subj.j, end).some((_, n) => speechVerbAt(otoks, subj.j + n) || positionVerbAt(otoks, subj.j + n));
      if (!verb) return null;
      // "A and B met … and concurred that ‘…’": a joint text, which no one person said
      const joint = scene.oms.some(
        (m) => m.person && m.person !== subj.person && coordinatedBefore(otoks, scene.oms, m.i) === subj,
      );
      return joint
        ? { speaker: null, source: null, rule: 'quote.no-person', confidence: 0.5 }
        : scene.from(subj, 'quote.subject', 0.6);
    },
  },
  {
    id: 'before.unattributed',
    example: '“The door is open.” (nothing names a speaker)',
    find: () => ({ speaker: null, source: null, rule: 'quote.unattributed', confidence: 0.3 }),
  },
];
