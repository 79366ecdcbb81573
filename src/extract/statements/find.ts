import { lexicon } from '../data.js';
import type { Mention } from '../people/index.js';
import type { Sentence, Token } from '../text.js';
import { positionVerbAt, speechVerbAt, subjectEnd } from '../verbs.js';
import { isTitleWord } from '../people/find.js';
import { isNotPosition, pointsBack, reportedInQuote } from './words.js';

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
const KEEP_VERB = new Set([
  'describe',
  'raise',
  'express',
  'invite',
  'urge',
  'ask',
  'make clear',
  'stress',
  'underline',
  'underscore',
  'emphasize',
  'highlight',
  'make',
  'reject',
  'condemn',
  'address',
  'discuss',
  'propose',
  'offer',
  'call',
  'warn',
  'demand',
  'promise',
  'vow',
  'pledge',
  'hope',
  'speak',
  'agree',
  'repeat',
  'reiterate',
  'welcome',
  'oppose',
  'support',
  'seek',
  'want',
  'voice',
  'hail',
  'praise',
  'slam',
  'blame',
  'dismiss',
  'defend',
  'endorse',
  'appeal',
  'thank',
  'recognize',
  'commit',
  'signal',
  'reassure',
  'criticize',
  'accuse',
  'deny',
  'caution',
  'suggest',
  'affirm',
  'reaffirm',
  'convey',
]);
const TIME =
  /^(?:(?:on|last|this|earlier|late|early)\s+)?(?:(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today)\s*,?\s*/;

export function cleanPosition(s: string): string {
  return (
    s
      .replace(/[“”"‘]/g, '')
      .replace(/(?<!\p{L})['’]|['’](?!\p{L})/gu, '')
      .replace(/\s+/g, ' ')
      .replace(/ ,/g, ',')
      .replace(/^[\s,:;–—-]+|[\s,.:;–—-]+$/g, '')
      // "said that …" (the quotation "That is a question …" keeps its first word)
      .replace(/^that\s+/, '')
      .trim()
  );
}

/** the speaker of a statement by "the two sides" / "the ministers": the caller replaces it with the pair it means */
export const PAIR_SPEAKER = '*pair*';
const PAIR =
  /\b(?:the two|both)(?: [a-z-]+){0,2} (?:sides|leaders|ministers|presidents|countries|governments|diplomats|counterparts|premiers|foreign ministers|prime ministers)$|\bthe (?:ministers|leaders|presidents|two)$/;
/** verbs of positions two people take together: "A and B agreed to …" gives the position to both */
const JOINT = new Set([
  'agree',
  'affirm',
  'reaffirm',
  'call',
  'pledge',
  'vow',
  'express',
  'urge',
  'welcome',
  'condemn',
  'reiterate',
  'stress',
  'emphasize',
  'underline',
  'underscore',
  'commit',
]);
const JOINT_FORMS =
  /^(agreed|affirmed|reaffirmed|pledged|vowed|committed|reiterated|stressed|emphasized|emphasised|underlined|underscored|called|urged|expressed|welcomed|condemned)$/;
/** participles of joint positions after a pair's sentence: "A and B met …, agreeing to …" */
const JOINT_PARTICIPLE: Record<string, string> = {
  agreeing: 'agree',
  pledging: 'pledge',
  vowing: 'vow',
  reaffirming: 'reaffirm',
  affirming: 'affirm',
  committing: 'commit',
};
const OBJECT_PRONOUN = new Set(['him', 'her', 'them', 'us', 'me']);
/** words that open a clause after "told him": "told him Tokyo had …", "told her the talks …" */
const SUBJECT_WORD = new Set([
  'the',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'there',
  'this',
  'both',
  'his',
  'her',
  'their',
  'no',
  'all',
]);

/** The person coordinated before the mention starting at token i ("A and his Russian counterpart B"), or null. */
function coordinated(toks: Token[], persons: Mention[], i: number): string | null {
  const lex = lexicon();
  let k = i - 1;
  while (
    k >= 0 &&
    toks[k]!.lower !== 'and' &&
    (toks[k]!.cap ||
      lex.titleWords.has(toks[k]!.lower) ||
      lex.countryByWord.has(toks[k]!.lower) ||
      /^(his|her|the|of)$/.test(toks[k]!.lower))
  )
    k--;
  if (toks[k]?.lower !== 'and') return null;
  const prev = persons.find((m) => m.j === k && m.kind !== 'pronoun');
  return prev?.person ?? null;
}

/** what follows "said" when it is not the position: "said in a speech", "said on Monday at the end of …" */
const NOT_CLAUSE =
  /^(?:at|in|after|during|before|as|when|while|without|following|on|from|to|via|through|reporters|a press conference|journalists)\b/i;

/** a clause that opens with a preposition is scene-setting, not what was said: "In a video on CCTV, X said" */
const LEADING_PP = /^\s*(?:in|on|at|during|after|before|while|with|from|under|amid|by)\b/i;

const FUNCTION_WORDS = new Set([
  'the',
  'and',
  'for',
  'was',
  'were',
  'has',
  'had',
  'have',
  'are',
  'not',
  'but',
  'with',
  'that',
  'this',
  'his',
  'her',
  'its',
  'their',
  'from',
  'into',
  'also',
]);
const contentWords = (s: string) =>
  s.split(/\s+/).filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w.toLowerCase())).length;

/** "A, and B, but C, X noted": a long reported clause turned by ", but" holds two positions (not a quotation) */
function turned(clause: string, position: string): string[] {
  const turn = /^(.{40,}?),\s+but\s+(.{20,})$/.exec(position);
  return turn && !/^\s*[“"‘]/.test(clause) && contentWords(turn[1]!) >= 5 && contentWords(turn[2]!) >= 4
    ? [turn[1]!, turn[2]!]
    : [position];
}

export function findStatements(s: Sentence, mentions: Mention[], text: string): FoundStatement[] {
  const lex = lexicon();
  const toks = s.tokens;
  const out: FoundStatement[] = [];
  const persons = mentions.filter((m) => !m.quoted && m.person && m.kind !== 'org' && m.kind !== 'document');
  // a headline or caption line ("Minister X says talks to resume") repeats the body in short: no statement of its own
  if (!/[.!?…:;"”’')\]]\s*$/.test(s.text)) return [];
  const pending: FoundStatement[] = [];
  const flush = () => out.push(...pending.splice(0));
  let lastEnd = -1;
  // "“The minister stressed …,” the spokesman said": the quotation's own rule gives it to the minister
  const readoutOfOther = (clause: string, position: string): boolean => {
    const readout = /^\s*[“"]/.test(clause) && reportedInQuote(position);
    const lead = readout ? text.indexOf(position.slice(0, 12), s.start) : -1;
    return (
      !!readout &&
      lead >= 0 &&
      mentions.some((m) => m.person && m.kind !== 'pronoun' && m.start >= lead && m.start < lead + readout.nameEnd)
    );
  };
  // "X said A, and expressed B": the second verb shares the subject of the first
  let carry: { speaker: string; at: number } | null = null;
  for (let k = 0; k < toks.length; k++) {
    // ", agreeing to …" after a sentence whose subjects are a pair: a participle of a joint position
    const jointParticiple = toks[k]!.lower in JOINT_PARTICIPLE && toks[k - 1]?.text === ',';
    const v = speechVerbAt(toks, k) || positionVerbAt(toks, k) || (jointParticiple ? 1 : 0);
    if (!v || k <= lastEnd) continue;
    // subject: a person right before the verb (adverbs between)
    const b = subjectEnd(toks, k - 1);
    let subj: { person: string | null; i: number } | undefined = persons.find((m) => m.j === b + 1 && !m.poss);
    // "a spokesperson for X said": the spokesperson speaks, not X
    if (
      subj &&
      'kind' in subj &&
      /^(for|of)$/.test(toks[subj.i - 1]?.lower ?? '') &&
      toks[subj.i - 2] &&
      isTitleWord(toks[subj.i - 2]!)
    )
      continue;
    // "The AU's chairperson, Moussa Idriss, told …": the name in apposition before the verb
    if (!subj && toks[b]?.text === ',')
      subj = persons.find((m) => m.j === b && !m.poss && m.kind === 'name' && toks[m.i - 1]?.text === ',');
    // "X, a career diplomat who once led the trade office, warned that …": the name before an apposition
    if (!subj && toks[b]?.text === ',') {
      for (let c = b - 2; c >= 1 && c > b - 25; c--) {
        if (toks[c]!.text !== ',') continue;
        const w = toks[c + 1]!;
        if (!/^(a|an|the|who|whose|his|her|its|their)$/.test(w.lower) && !lex.titleWords.has(w.lower)) break;
        subj = persons.find((m) => m.j === c && !m.poss && m.kind === 'name');
        break;
      }
    }
    if (!subj && carry && carry.at === k) subj = { person: carry.speaker, i: k };
    // "A and B held talks …, agreeing to …": the second of the pair the sentence opens with (the first joins below)
    let pairOpening = false;
    if (!subj && jointParticiple) {
      const named = persons.filter((m) => !m.poss && m.kind !== 'pronoun' && m.j <= k);
      const second = named[1];
      if (
        second &&
        named[0]!.i <= 8 &&
        coordinated(toks, persons, second.i) === named[0]!.person &&
        !toks.slice(0, second.i).some((t) => t.text === ',')
      ) {
        subj = second;
        pairOpening = true;
      }
    }
    if (jointParticiple && !pairOpening) continue;
    // "the ministry quoted X as saying (that) …", "X was quoted as saying …"
    if (!subj && toks[k]!.lower === 'saying' && toks[k - 1]?.lower === 'as') {
      const quoted = /^(quoted|cited)$/.test(toks[k - 2]?.lower ?? '');
      subj =
        quoted && /^(was|is|were)$/.test(toks[k - 3]?.lower ?? '')
          ? persons.find((m) => m.j === k - 3 && !m.poss)
          : persons.find(
              (m) =>
                m.j === k - 1 &&
                !m.poss &&
                toks.slice(Math.max(0, m.i - 5), m.i).some((t) => /^(quoted|cited)$/.test(t.lower)),
            );
    }
    // "X held talks with Y, and agreed to …": a verb after "and" shares the sentence's subject
    if (!subj && (toks[b]?.lower === 'and' || (toks[b]?.lower === 'but' && toks[b - 1]?.text === ','))) {
      const first = persons.find((m) => !m.poss && m.kind !== 'pronoun' && m.j <= b);
      if (first && first.i <= 8 && !toks.slice(0, first.i).some((t) => t.text === ',')) subj = first;
    }
    // "the two sides agreed", "the ministers also affirmed": the pair the report speaks of (the caller names it)
    if (
      !subj &&
      JOINT_FORMS.test(toks[k]!.lower) &&
      PAIR.test(
        toks
          .slice(Math.max(0, b - 3), b + 1)
          .map((t) => t.lower)
          .join(' '),
      )
    )
      subj = { person: PAIR_SPEAKER, i: b + 1 };
    if (!subj) continue;
    const verb = toks
      .slice(k, k + v)
      .map((t) => t.lower)
      .join(' ');
    // "welcomed President X", "received X": a meeting, not a position
    if (/^(welcomed|received|hosted|greeted)$/.test(toks[k]!.lower)) {
      let n = k + 1;
      while (
        n < toks.length &&
        (toks[n]!.cap ||
          lex.titleWords.has(toks[n]!.lower) ||
          toks[n]!.lower === 'the' ||
          toks[n]!.lower === 'his' ||
          toks[n]!.lower === 'her')
      ) {
        if (persons.some((m) => m.i === n)) break;
        n++;
      }
      if (persons.some((m) => m.i === n)) continue;
    }
    // "spoke with X", "spoke by phone": a meeting, not a position
    if (/^(spoke|speaks|speaking|talked)$/.test(verb) && /^(with|by|on)$/.test(toks[k + 1]?.lower ?? '')) continue;
    const lemma = lex.speechVerb.get(verb) ?? lex.positionVerb.get(verb) ?? JOINT_PARTICIPLE[verb] ?? verb;
    let from: number = k + v;
    // "said, in a speech …": the comma before what follows
    if (toks[from]?.text === ',' && toks[from + 1]?.word) from++;
    // "told reporters (in Beijing) (that)", "told a press conference"; "told him Tokyo had …"
    if (lemma === 'tell') {
      const obj = toks[from];
      const objPerson = obj && (OBJECT_PRONOUN.has(obj.lower) || persons.some((m) => m.i === from));
      const objEnd = objPerson ? (persons.find((m) => m.i === from)?.j ?? from + 1) : from;
      const n1 = toks[objEnd];
      if (
        objPerson &&
        n1 &&
        n1.word &&
        n1.lower !== 'that' &&
        !NOT_CLAUSE.test(n1.lower) &&
        (n1.cap || SUBJECT_WORD.has(n1.lower))
      )
        from = objEnd;
      else {
        while (from < toks.length && toks[from]!.lower !== 'that' && toks[from]!.word && from - k < 8) from++;
        if (toks[from]?.lower !== 'that') continue;
      }
    }
    // "CLAUSE, US Secretary of State X said on Monday at the end of …": the position is the clause before
    let t0 = subj.i;
    while (t0 > 0 && (toks[t0 - 1]!.cap || lex.titleWords.has(toks[t0 - 1]!.lower) || toks[t0 - 1]!.lower === 'of'))
      t0--;
    const afterComma =
      t0 > 0 && (toks[t0 - 1]!.text === ',' || (/[”"]/.test(toks[t0 - 1]!.text) && toks[t0 - 2]?.text === ','));
    const restText = from < toks.length ? text.slice(toks[from]!.start, s.end) : '';
    const before = text.slice(s.start, toks[t0 - 1]?.start ?? s.start);
    // "CLAUSE, X said, adding that CLAUSE2": two positions; "…, adding that Y stressed …": Y's own, found next
    const part = /^(\p{L}+(?: out)?)\s+that\s+/u.exec(restText);
    const participle = !!part && lex.participleAfterComma.has(part[1]!.toLowerCase()) && toks[from - 1]?.text === ',';
    if (
      afterComma &&
      (from >= toks.length || participle || NOT_CLAUSE.test(restText.replace(TIME, ''))) &&
      (participle || !/[:“"]/.test(restText)) &&
      !LEADING_PP.test(before)
    ) {
      const position = cleanPosition(before);
      if (contentWords(position) >= 3 && !pointsBack(position) && !readoutOfOther(before, position)) {
        for (const p of turned(before, position))
          out.push({ speaker: subj.person!, position: p, rule: 'statement.said-after' });
      }
      lastEnd = toks.length;
      if (participle) {
        const at = toks.findIndex((t, n) => n > from && t.lower === 'that');
        const nested = persons.find((m) => m.i === at + 1 && !m.poss);
        const nestedVerb =
          nested &&
          (speechVerbAt(toks, subjectEnd(toks, nested.j - 1) + 1) ||
            positionVerbAt(toks, subjectEnd(toks, nested.j - 1) + 1));
        if (nested && nestedVerb) lastEnd = at;
        else {
          const second = cleanPosition(text.slice(toks[at + 1]?.start ?? s.end, s.end));
          if (contentWords(second) >= 3)
            out.push({ speaker: subj.person!, position: second, rule: 'statement.said-after' });
        }
      }
      continue;
    }
    if (from >= toks.length) continue;
    // "pledged to send aid", "vowed to respond": an infinitive is the position, not "said to reporters"
    const infinitive =
      (KEEP_VERB.has(lemma) &&
        /^to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|reporters\b|journalists\b)\p{Ll}+/u.test(
          restText.replace(TIME, ''),
        )) ||
      // "called on the nations to respond …", "called upon X to …"
      (lemma === 'call' && /^(?:on|upon)\s/i.test(restText));
    // "called on the visiting president": a courtesy call, not an appeal (no "to …" follows)
    if (
      lemma === 'call' &&
      /^(?:on|upon)\s/i.test(restText) &&
      persons.some((m) => m.i >= from + 1 && m.i <= from + 4) &&
      !/^(?:on|upon)\s[^,;]*?\bto\s+\p{Ll}/iu.test(restText)
    )
      continue;
    if (!infinitive && NOT_CLAUSE.test(restText.replace(TIME, ''))) {
      // "X stating during his meeting with Y that …"; not "said, in a speech that ran long" (a relative "that")
      const that = toks.findIndex((t, n) => n >= from && n < from + 14 && t.lower === 'that' && !t.quoted);
      if (that < 0) continue;
      const w = toks[that - 1]!;
      if (
        w.word &&
        !w.cap &&
        !lex.titleWords.has(w.lower) &&
        !/^(reporters|journalists|media|press|him|her|them|us|parliament|lawmakers|audience|delegates|counterpart|day|week|morning|evening|afternoon|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|talks|meeting|statement|conference|interview)$/.test(
          w.lower,
        )
      )
        continue;
      from = that + 1;
      if (from >= toks.length) continue;
    }
    // where this clause ends: ", while Y said …", "; …", ", and expressed …", ", and that …"
    let stop = toks.length;
    let next: { at: number; that: boolean } | null = null;
    for (let n: number = from + 1; n < toks.length; n++) {
      const t = toks[n]!;
      // '… “without delay,” while Y said …': the comma inside the closing quotation ends the clause too
      if (
        /^(while|whereas)$/.test(t.lower) &&
        !t.quoted &&
        /[”"]/.test(toks[n - 1]?.text ?? '') &&
        toks[n - 2]?.text === ','
      ) {
        stop = n - 2;
        break;
      }
      if (t.quoted) continue;
      // ", as the two leaders met …": a clause of circumstance, not what was said
      if (
        t.text === ';' ||
        (t.text === ',' &&
          (/^(while|whereas)$/.test(toks[n + 1]?.lower ?? '') ||
            (toks[n + 1]?.lower === 'as' &&
              toks[n + 2] !== undefined &&
              !/^(well|much|many|long|soon|part)$/.test(toks[n + 2]!.lower))))
      ) {
        stop = n;
        break;
      }
      if ((t.lower === 'and' || (t.lower === 'but' && toks[n - 1]?.text === ',')) && n > from + 2) {
        let w: number = n + 1;
        while (w < toks.length && /^(also|then|later|further)$/.test(toks[w]!.lower)) w++;
        if (toks[w]?.lower === 'that' && !toks[w]!.quoted) {
          stop = toks[n - 1]!.text === ',' ? n - 1 : n;
          next = { at: w, that: true };
          break;
        }
        if ((speechVerbAt(toks, w) || positionVerbAt(toks, w)) && !persons.some((m) => m.j === n)) {
          stop = toks[n - 1]!.text === ',' ? n - 1 : n;
          next = { at: w, that: false };
          break;
        }
      }
    }
    let a = toks[from]!.start;
    let rest = text.slice(a, stop < toks.length ? toks[stop]!.start : s.end);
    const time = TIME.exec(rest);
    if (time) rest = rest.slice(time[0].length);
    // cut a trailing attribution or source: ", according to …", ", Miller said."
    rest = rest.replace(/,?\s*(?:according to|citing|as reported by)\b.*$/i, '');
    rest = rest.replace(/,\s*(?:[\p{L}.’'-]+\s+){0,8}?(?:said|says|added|noted|told|reported|wrote)\b[^,]*$/u, '');
    rest = rest.replace(/,\s*(?:said|says|added|told)\s+[^,]*$/u, '');
    rest = rest.replace(/,\s*(?:he|she|they)\s+(?:said|says|added|noted)\b.*$/i, '');
    // "… when they met in May on the sidelines of …": the occasion of the position, not part of it
    rest = rest.replace(
      /,?\s+when\s+(?:they|the two(?:\s+\p{L}+)?|he|she|we|both)\s+(?:first\s+|last\s+)?(?:met|spoke|talked|held talks|sat down)\b.*$/iu,
      '',
    );
    const keep = KEEP_VERB.has(lemma) && toks[from]?.lower !== 'that';
    const position = cleanPosition(
      keep
        ? `${toks
            .slice(k, k + v)
            .map((t) => t.text)
            .join(' ')} ${rest}`
        : rest,
    );
    // one reported statement per clause; a clause after "while", ";" or "and VERB" is read on its own
    lastEnd = next && !next.that ? next.at - 1 : stop < toks.length ? stop : toks.length;
    carry = next && !next.that ? { speaker: subj.person!, at: next.at } : null;
    if (next?.that) {
      // "X said A, and that B": two positions of one verb
      const end2 = toks.findIndex(
        (t, n) =>
          n > next!.at && (t.text === ';' || (t.text === ',' && /^(while|whereas)$/.test(toks[n + 1]?.lower ?? ''))),
      );
      const second = cleanPosition(
        text.slice(toks[next.at + 1]?.start ?? s.end, end2 >= 0 ? toks[end2]!.start : s.end),
      );
      if (contentWords(second) >= 3)
        pending.push({ speaker: subj.person!, position: second, rule: `statement.${lemma.replace(/\s+/g, '-')}` });
      lastEnd = end2 >= 0 ? end2 : toks.length;
    }
    if (
      contentWords(position) < 3 ||
      isNotPosition(
        lemma,
        `${toks
          .slice(k, k + v)
          .map((t) => t.text)
          .join(' ')} ${rest.replace(/\s+/g, ' ').trim()}`,
      )
    ) {
      flush();
      continue;
    }
    const speakers = [subj.person!];
    // "A and his counterpart B agreed to …": both said it
    const co = JOINT.has(lemma) && subj.person !== PAIR_SPEAKER ? coordinated(toks, persons, subj.i) : null;
    if (co && co !== subj.person) speakers.unshift(co);
    for (const sp of speakers) {
      // a quotation attributed elsewhere is not the subject's position
      if (
        /^[“"]/.test(text.slice(a).trimStart()) &&
        !KEEP_VERB.has(lemma) &&
        /[”"]\s*[,.]?\s*$/.test(text.slice(a, s.end))
      ) {
        out.push({ speaker: sp, position, rule: 'statement.said-quote' });
      } else out.push({ speaker: sp, position, rule: `statement.${lemma.replace(/\s+/g, '-')}` });
    }
    flush();
    a = 0;
  }
  // "According to X, CLAUSE."
  const acc = /^According to\b/i.test(s.text) ? toks.findIndex((t, n) => n > 2 && n < 14 && t.text === ',') : -1;
  if (acc > 0 && out.length === 0) {
    const src = persons.filter((m) => m.i >= 2 && m.j <= acc).pop();
    const position = cleanPosition(text.slice(toks[acc + 1]?.start ?? s.end, s.end));
    if (src && contentWords(position) >= 3)
      out.push({ speaker: src.person!, position, rule: 'statement.according-to' });
  }
  // "CLAUSE, Lavrov noted."
  if (out.length === 0) {
    const m =
      /^(.{20,}?),\s*(?!which|who|that|as|when|while)([^,]{2,60}?)\s+(said|says|noted|added|stressed|insisted|told reporters|explained|argued|warned)\b[^,“"]*\.?$/u.exec(
        s.text,
      );
    if (m) {
      const start =
        s.start + m.index + m[1]!.length + (m[0].length - m[1]!.length - m[0].slice(m[1]!.length).trimStart().length);
      const subj = persons.find(
        (x) =>
          !x.poss &&
          x.start >= s.start + m[1]!.length &&
          x.start <= s.start + m[1]!.length + 4 + m[2]!.length &&
          x.end <= s.start + m[1]!.length + 2 + m[2]!.length + 2,
      );
      void start;
      if (subj) {
        const position = cleanPosition(m[1]!);
        if (contentWords(position) >= 3 && !pointsBack(position) && !readoutOfOther(m[1]!, position))
          for (const p of turned(m[1]!, position))
            out.push({ speaker: subj.person!, position: p, rule: 'statement.said-after' });
      }
    }
  }
  return out;
}

export type { Token };
