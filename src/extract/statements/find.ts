import { lexicon } from '../data.js';
import type { Mention } from '../people/index.js';
import type { Sentence, Token } from '../text.js';
import { positionVerbAt, speechVerbAt, subjectEnd } from '../verbs.js';

/**
 * Reported speech in one sentence: "X said (that) CLAUSE", "X urged Y to …", "X raised …",
 * "CLAUSE, X noted." The position is the clause, cut before a trailing attribution or source.
 */

export interface FoundStatement {
  speaker: string;
  position: string;
  rule: string;
}

/** verbs whose object is the position itself, kept in it: "raised concerns …", "invited Fidan to …" */
const KEEP_VERB = new Set(['raise', 'express', 'invite', 'urge', 'ask', 'make clear', 'stress', 'underline', 'underscore', 'emphasize', 'highlight', 'make', 'reject', 'condemn', 'address', 'discuss', 'propose', 'offer', 'call', 'warn', 'demand', 'promise', 'vow', 'pledge', 'hope', 'speak', 'agree', 'repeat', 'reiterate', 'welcome', 'oppose', 'support', 'seek', 'want', 'voice', 'hail', 'praise', 'slam', 'blame', 'dismiss', 'defend', 'endorse', 'appeal', 'thank', 'recognize', 'commit', 'signal', 'reassure', 'criticize', 'accuse', 'deny', 'caution', 'suggest', 'affirm', 'reaffirm', 'convey']);
const TIME = /^(?:(?:on|last|this|earlier|late|early)\s+)?(?:(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today)\s*,?\s*/;

export function cleanPosition(s: string): string {
  return s
    .replace(/[“”"‘]/g, '')
    .replace(/(?<!\p{L})['’]|['’](?!\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/ ,/g, ',')
    .replace(/^[\s,:;–—-]+|[\s,.:;–—-]+$/g, '')
    .replace(/^that\s+/i, '')
    .trim();
}

/** what follows "said" when it is not the position: "said in a speech", "said on Monday at the end of …" */
const NOT_CLAUSE = /^(?:at|in|after|during|before|as|when|while|without|following|on|from|to|via|through|reporters|a press conference|journalists)\b/i;

/** a clause that opens with a preposition is scene-setting, not what was said: "In a video on CCTV, X said" */
const LEADING_PP = /^\s*(?:in|on|at|during|after|before|while|with|from|under|amid|by)\b/i;

const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'was', 'were', 'has', 'had', 'have', 'are', 'not', 'but', 'with', 'that', 'this', 'his', 'her', 'its', 'their', 'from', 'into', 'also']);
const contentWords = (s: string) => s.split(/\s+/).filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w.toLowerCase())).length;

export function findStatements(s: Sentence, mentions: Mention[], text: string): FoundStatement[] {
  const lex = lexicon();
  const toks = s.tokens;
  const out: FoundStatement[] = [];
  const persons = mentions.filter((m) => !m.quoted && m.person && m.kind !== 'org' && m.kind !== 'document');
  let lastEnd = -1;
  for (let k = 0; k < toks.length; k++) {
    const v = speechVerbAt(toks, k) || positionVerbAt(toks, k);
    if (!v || k <= lastEnd) continue;
    // subject: a person right before the verb (adverbs between)
    const b = subjectEnd(toks, k - 1);
    const subj = persons.find((m) => m.j === b + 1 && !m.poss);
    if (!subj) continue;
    const verb = toks.slice(k, k + v).map((t) => t.lower).join(' ');
    // "welcomed President X", "received X": a meeting, not a position
    if (/^(welcomed|received|hosted|greeted)$/.test(toks[k]!.lower)) {
      let n = k + 1;
      while (n < toks.length && (toks[n]!.cap || lex.titleWords.has(toks[n]!.lower) || toks[n]!.lower === 'the' || toks[n]!.lower === 'his' || toks[n]!.lower === 'her')) {
        if (persons.some((m) => m.i === n)) break;
        n++;
      }
      if (persons.some((m) => m.i === n)) continue;
    }
    // "spoke with X", "spoke by phone": a meeting, not a position
    if (/^(spoke|speaks|speaking|talked)$/.test(verb) && /^(with|by|on)$/.test(toks[k + 1]?.lower ?? '')) continue;
    const lemma = lex.speechVerb.get(verb) ?? lex.positionVerb.get(verb) ?? verb;
    let from = k + v;
    // "told reporters (in Beijing) (that)", "told a press conference"
    if (lemma === 'tell') {
      while (from < toks.length && toks[from]!.lower !== 'that' && toks[from]!.word && from - k < 8) from++;
      if (toks[from]?.lower !== 'that') continue;
    }
    // "CLAUSE, US Secretary of State X said on Monday at the end of …": the position is the clause before
    let t0 = subj.i;
    while (t0 > 0 && (toks[t0 - 1]!.cap || lex.titleWords.has(toks[t0 - 1]!.lower) || toks[t0 - 1]!.lower === 'of')) t0--;
    const afterComma = t0 > 0 && (toks[t0 - 1]!.text === ',' || (/[”"]/.test(toks[t0 - 1]!.text) && toks[t0 - 2]?.text === ','));
    const restText = from < toks.length ? text.slice(toks[from]!.start, s.end) : '';
    const before = text.slice(s.start, toks[t0 - 1]?.start ?? s.start);
    if (afterComma && (from >= toks.length || NOT_CLAUSE.test(restText.replace(TIME, ''))) && !/[:“"]/.test(restText) && !LEADING_PP.test(before)) {
      const position = cleanPosition(before);
      if (contentWords(position) >= 3) out.push({ speaker: subj.person!, position, rule: 'statement.said-after' });
      lastEnd = toks.length;
      continue;
    }
    if (from >= toks.length) continue;
    // "pledged to send aid", "vowed to respond": an infinitive is the position, not "said to reporters"
    const infinitive = KEEP_VERB.has(lemma) && /^to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|reporters\b|journalists\b)\p{Ll}+/u.test(restText);
    if (!infinitive && NOT_CLAUSE.test(restText.replace(TIME, ''))) {
      // "X stating during his meeting with Y that …"
      const that = toks.findIndex((t, n) => n >= from && n < from + 14 && t.lower === 'that' && !t.quoted);
      if (that < 0) continue;
      from = that + 1;
      if (from >= toks.length) continue;
    }
    let a = toks[from]!.start;
    let rest = text.slice(a, s.end);
    const time = TIME.exec(rest);
    if (time) rest = rest.slice(time[0].length);
    // cut a trailing attribution or source: ", according to …", ", Miller said."
    rest = rest.replace(/,?\s*(?:according to|citing|as reported by)\b.*$/i, '');
    rest = rest.replace(/,\s*(?:[\p{L}.’'-]+\s+){0,8}?(?:said|says|added|noted|told|reported|wrote)\b[^,]*$/u, '');
    rest = rest.replace(/,\s*(?:said|says|added|told)\s+[^,]*$/u, '');
    rest = rest.replace(/,\s*(?:he|she|they)\s+(?:said|says|added|noted)\b.*$/i, '');
    const keep = KEEP_VERB.has(lemma) && toks[from]?.lower !== 'that';
    const position = cleanPosition(keep ? `${toks.slice(k, k + v).map((t) => t.text).join(' ')} ${rest}` : rest);
    if (contentWords(position) < 3) continue;
    // a quotation attributed elsewhere is not the subject's position
    if (/^[“"]/.test(text.slice(a).trimStart()) && !KEEP_VERB.has(lemma) && /[”"]\s*[,.]?\s*$/.test(text.slice(a, s.end))) {
      out.push({ speaker: subj.person!, position, rule: 'statement.said-quote' });
    } else out.push({ speaker: subj.person!, position, rule: `statement.${lemma.replace(/\s+/g, '-')}` });
    lastEnd = toks.length; // one reported statement per clause chain; the first verb governs
    a = 0;
  }
  // "CLAUSE, Lavrov noted."
  if (out.length === 0) {
    const m = /^(.{20,}?),\s*(?!which|who|that|as|when|while)([^,]{2,60}?)\s+(said|says|noted|added|stressed|insisted|told reporters|explained|argued|warned)\b[^,“"]*\.?$/u.exec(s.text);
    if (m) {
      const start = s.start + m.index + m[1]!.length + (m[0].length - m[1]!.length - m[0].slice(m[1]!.length).trimStart().length);
      const subj = persons.find((x) => !x.poss && x.start >= s.start + m[1]!.length && x.start <= s.start + m[1]!.length + 4 + m[2]!.length && x.end <= s.start + m[1]!.length + 2 + m[2]!.length + 2);
      void start;
      if (subj) {
        const position = cleanPosition(m[1]!);
        if (contentWords(position) >= 3) out.push({ speaker: subj.person!, position, rule: 'statement.said-after' });
      }
    }
  }
  return out;
}

export type { Token };
