import { lexicon } from '../../knowledge/index.js';
import { coordinatedBefore, isTitleWord, pairPhraseEndsAt } from '../grammar.js';
import type { Mention } from '../people/index.js';
import type { Sentence, Token } from '../text.js';
import { appositionBefore, outsideAdjunct } from '../verbs.js';

/**
 * The rule tables of reported speech, read by statements/find.ts: who speaks before a reporting verb
 * (SUBJECTS), the uses of a verb that state no position (NOT_POSITION), the tails cut off a position
 * (TRIMS). A new pattern is a row here and a row in test/unit/extract/statements/rules.test.ts.
 */

/** the speaker of a statement by "the two sides" / "the ministers": the caller replaces it with the pair it means */
export const PAIR_SPEAKER = '*pair*';

/** A reporting verb in a sentence and what stands before it. */
export interface VerbSite {
  s: Sentence;
  toks: Token[];
  /** people mentioned in the sentence who may speak (no organizations, documents, quoted words) */
  persons: Mention[];
  /** the verb's first token and its length, its words in lower case and its lemma */
  k: number;
  v: number;
  verb: string;
  lemma: string;
  /** the token the verb's subject ends on (subjectEnd) */
  b: number;
  /** ", agreeing to …": a participle of a joint position (data/reporting-verbs.json `joint.participles`) */
  jointParticiple: boolean;
  /** the speaker of the verb before, when this verb follows it after "and" ("X said A, and expressed B") */
  carry: { speaker: string; at: number } | null;
}

export interface Subject {
  person: string | null;
  i: number;
  /** the row of SUBJECTS that found it */
  by?: SubjectRow['id'];
}

export interface SubjectRow {
  id:
    | 'subject.adjacent'
    | 'subject.apposition'
    | 'subject.before-apposition'
    | 'subject.carried'
    | 'subject.pair-opening'
    | 'subject.quoted-as-saying'
    | 'subject.and-verb'
    | 'subject.participle-opening'
    | 'subject.pair'
    | 'subject.they-pair';
  example: string;
  /** may serve a joint participle (", agreeing to …"); other rows' subjects of a participle say no statement */
  participle?: true;
  /** the verb's subject, 'skip' when the verb reports nobody's position, undefined when the row does not apply */
  find: (c: VerbSite) => Subject | 'skip' | undefined;
}

/** "A and his counterpart B": A, when A is named (not a pronoun), or null */
export function coPerson(toks: Token[], persons: Mention[], i: number): string | null {
  const co = coordinatedBefore(toks, persons, i);
  return co && co.kind !== 'pronoun' ? co.person : null;
}

/** "A and B held talks …": the first person the sentence names, before any comma and early in it */
function opening(c: VerbSite, before: number): Mention | undefined {
  const first = c.persons.find((m) => !m.poss && m.kind !== 'pronoun' && m.j <= before);
  return first && first.i <= 8 && !c.toks.slice(0, first.i).some((t) => t.text === ',') ? first : undefined;
}

export const SUBJECTS: readonly SubjectRow[] = [
  {
    id: 'subject.adjacent',
    example:
      'Ruiz also said …; Ruiz after talks with Merrin said … (Ruiz); a spokesperson for Ruiz said … (the spokesperson speaks: no statement of Ruiz)',
    find: ({ toks, persons, b }) => {
      const m = persons.find((x) => x.j === b + 1 && !x.poss);
      if (m && /^(for|of)$/.test(toks[m.i - 1]?.lower ?? '') && toks[m.i - 2] && isTitleWord(toks[m.i - 2]!))
        return 'skip';
      // "Ruiz after talks with Merrin said …": Ruiz
      return m && outsideAdjunct(toks, persons, m);
    },
  },
  {
    id: 'subject.apposition',
    example: 'The bloc’s chairperson, Tavo Merrin, told reporters …',
    find: ({ toks, persons, b }) =>
      toks[b]?.text === ','
        ? persons.find((m) => m.j === b && !m.poss && m.kind === 'name' && toks[m.i - 1]?.text === ',')
        : undefined,
  },
  {
    id: 'subject.before-apposition',
    example: 'Ruiz, a career diplomat who once led the trade office, warned that …',
    find: ({ toks, persons, b }) => {
      const c = appositionBefore(toks, b);
      return c < 0 ? undefined : persons.find((m) => m.j === c && !m.poss && m.kind === 'name');
    },
  },
  {
    id: 'subject.carried',
    example: 'Ruiz said the port would reopen, and expressed hope for … (the second verb)',
    find: ({ carry, k }) => (carry && carry.at === k ? { person: carry.speaker, i: k } : undefined),
  },
  {
    id: 'subject.pair-opening',
    example: 'Ruiz and Merrin held talks on Monday, agreeing to … (Merrin here; Ruiz joins as a joint speaker)',
    participle: true,
    find: (c) => {
      if (!c.jointParticiple) return undefined;
      const named = c.persons.filter((m) => !m.poss && m.kind !== 'pronoun' && m.j <= c.k);
      const second = named[1];
      return second &&
        named[0]!.i <= 8 &&
        coPerson(c.toks, c.persons, second.i) === named[0]!.person &&
        !c.toks.slice(0, second.i).some((t) => t.text === ',')
        ? second
        : undefined;
    },
  },
  {
    id: 'subject.quoted-as-saying',
    example: 'the ministry quoted Ruiz as saying …; Ruiz was quoted as saying …',
    find: ({ toks, persons, k }) => {
      if (toks[k]!.lower !== 'saying' || toks[k - 1]?.lower !== 'as') return undefined;
      const quoted = /^(quoted|cited)$/.test(toks[k - 2]?.lower ?? '');
      return quoted && /^(was|is|were)$/.test(toks[k - 3]?.lower ?? '')
        ? persons.find((m) => m.j === k - 3 && !m.poss)
        : persons.find(
            (m) =>
              m.j === k - 1 &&
              !m.poss &&
              toks.slice(Math.max(0, m.i - 5), m.i).some((t) => /^(quoted|cited)$/.test(t.lower)),
          );
    },
  },
  {
    id: 'subject.and-verb',
    example: 'Ruiz held talks with Merrin, and agreed to … (a verb after "and" shares the opening subject)',
    find: (c) =>
      c.toks[c.b]?.lower === 'and' || (c.toks[c.b]?.lower === 'but' && c.toks[c.b - 1]?.text === ',')
        ? opening(c, c.b)
        : undefined,
  },
  {
    id: 'subject.participle-opening',
    example:
      'Ruiz reflected on the vote, noting that the port would reopen (a participle of a reporting verb after a comma)',
    find: (c) =>
      c.toks[c.k - 1]?.text === ',' && /ing$/.test(c.verb) && lexicon().participleAfterComma.has(c.verb)
        ? opening(c, c.k - 1)
        : undefined,
  },
  {
    id: 'subject.pair',
    example:
      'The two sides agreed to …; the ministers also affirmed …; the parties noted … (the pair the report speaks of)',
    find: ({ toks, k, b }) =>
      lexicon().joint.forms.has(toks[k]!.lower) && pairPhraseEndsAt(toks, b)
        ? { person: PAIR_SPEAKER, i: b + 1 }
        : undefined,
  },
  {
    id: 'subject.they-pair',
    example: 'They reaffirmed their commitment to … (opening a sentence: the pair the report speaks of)',
    find: ({ toks, k, b }) =>
      toks[b]?.lower === 'they' && (b === 0 || toks[b - 1]?.text === ',') && lexicon().joint.forms.has(toks[k]!.lower)
        ? { person: PAIR_SPEAKER, i: b }
        : undefined,
  },
];

/** The subject of the verb at `c`, by the first row of SUBJECTS that finds one, or null. */
export function subjectOf(c: VerbSite): Subject | null {
  for (const row of SUBJECTS) {
    const found = row.find(c);
    if (found === 'skip') return null;
    if (found) return c.jointParticiple && !row.participle ? null : { person: found.person, i: found.i, by: row.id };
  }
  return null;
}

export interface NotPositionRow {
  id: 'verb.welcomed-person' | 'verb.called-on' | 'verb.reciprocal' | 'verb.complement';
  example: string;
  /** read once the subject is known ('verb'), or once the reported clause's start is ('clause') */
  stage: 'verb' | 'clause';
  /** whether the verb at `c`, with the words after `from` (`rest`), reports a meeting rather than a position */
  when: (c: VerbSite, from: number, rest: string) => boolean;
}

/** Whether `rest` opens with `w` as whole words. */
const opensWith = (rest: string, w: string) =>
  rest.toLowerCase().startsWith(w) && !/[\p{L}\p{N}]/u.test(rest.charAt(w.length));

/** Uses of a reporting or position verb that tell of a meeting, a quarrel or an act, not a position. */
export const NOT_POSITION: readonly NotPositionRow[] = [
  {
    id: 'verb.complement',
    example:
      'Ruiz made a short visit to the port; Ruiz offered prayers at the shrine; Ruiz spoke with Merrin; Ruiz decided to send a team.',
    stage: 'clause',
    when: ({ lemma }, _from, rest) => {
      const need = lexicon().complements.get(lemma);
      return !!need && !need.some((w) => opensWith(rest, w));
    },
  },
  {
    id: 'verb.reciprocal',
    example: 'The two sides blamed each other for the delay; both accuse the other of provocations.',
    stage: 'clause',
    when: (_c, _from, rest) => /^(?:each other|one another|the other)\b/i.test(rest),
  },
  {
    id: 'verb.welcomed-person',
    example: 'Ruiz welcomed President Tavo Merrin to the capital.',
    stage: 'verb',
    when: ({ toks, persons, k }) => {
      if (!/^(welcomed|received|hosted|greeted)$/.test(toks[k]!.lower)) return false;
      let n = k + 1;
      const lex = lexicon();
      while (
        n < toks.length &&
        (toks[n]!.cap || lex.titleWords.has(toks[n]!.lower) || /^(the|his|her)$/.test(toks[n]!.lower))
      ) {
        if (persons.some((m) => m.i === n)) break;
        n++;
      }
      return persons.some((m) => m.i === n);
    },
  },
  {
    id: 'verb.called-on',
    example: 'Ruiz called on the visiting president (a courtesy call: no "to …" follows)',
    stage: 'clause',
    when: ({ persons, lemma }, from, rest) =>
      lemma === 'call' &&
      /^(?:on|upon)\s/i.test(rest) &&
      persons.some((m) => m.i >= from + 1 && m.i <= from + 4) &&
      !/^(?:on|upon)\s[^,;]*?\bto\s+\p{Ll}/iu.test(rest),
  },
];

export interface TrimRow {
  id:
    | 'trim.according-to'
    | 'trim.attribution'
    | 'trim.said-by'
    | 'trim.pronoun-said'
    | 'trim.when-they-met'
    | 'trim.dash-aside'
    | 'trim.as-before'
    | 'trim.while-also'
    | 'trim.relative-clause'
    | 'trim.legal-basis'
    | 'trim.as-well-as';
  example: string;
  cut: RegExp;
}

/** Tails cut off a reported position, in order: a trailing attribution or source, the occasion of the words. */
export const TRIMS: readonly TrimRow[] = [
  {
    id: 'trim.according-to',
    example: '… the port would reopen, according to the ministry',
    cut: /,?\s*(?:according to|citing|as reported by)\b.*$/i,
  },
  {
    id: 'trim.attribution',
    example: '… the port would reopen, Ruiz said on Monday',
    cut: /,\s*(?:[\p{L}.’'-]+\s+){0,8}?(?:said|says|added|noted|told|reported|wrote)\b[^,]*$/u,
  },
  {
    id: 'trim.said-by',
    example: '… the port would reopen, said the minister',
    cut: /,\s*(?:said|says|added|told)\s+[^,]*$/u,
  },
  {
    id: 'trim.pronoun-said',
    example: '… the port would reopen, she said',
    cut: /,\s*(?:he|she|they)\s+(?:said|says|added|noted)\b.*$/i,
  },
  {
    id: 'trim.when-they-met',
    example: '… the port would reopen when they met in May on the sidelines of …',
    cut: /,?\s+when\s+(?:they|the two(?:\s+\p{L}+)?|he|she|we|both)\s+(?:first\s+|last\s+)?(?:met|spoke|talked|held talks|sat down)\b.*$/iu,
  },
  {
    id: 'trim.dash-aside',
    example: '… the port would reopen – the first time a minister has visited it since the storm',
    cut: /\s+[–—]\s+(?:the|a|an|which|this|as|its|his|her|their)\s.*$/iu,
  },
  {
    id: 'trim.as-before',
    example: '… would reimpose the levy on Varnel like he did during his first term',
    cut: /,?\s+(?:like|as)\s+(?:he|she|they|it|we)\s+(?:did|had done|has done|does)\b.*$/iu,
  },
  {
    id: 'trim.while-also',
    example: '… the port would reopen, while also announcing a new road',
    cut: /,\s+while\s+(?:also\s+)?\p{L}+ing\b.*$/iu,
  },
  // the tails below are cut only after a head of six words or more: a position is rarely shorter
  {
    id: 'trim.relative-clause',
    example: '… would widen the northern trade route, which the two ports opened in the last century',
    cut: /(?<=^(?:\S+\s+){5}.*),\s+(?:which|who)\s.*$/u,
  },
  {
    id: 'trim.legal-basis',
    example: '… must conclude the port agreement without delay as stipulated in the treaty of the two states',
    cut: /(?<=^(?:\S+\s+){5}.*?)\s+(?:as stipulated|as provided|in accordance with)\b.*$/iu,
  },
  {
    id: 'trim.as-well-as',
    example: '… welcomed the growth of trade between the two ports, as well as the new road to the border',
    cut: /(?<=^(?:\S+\s+){5}.*?),\s+as well as\b.*$/iu,
  },
];

export const trim = (rest: string) => TRIMS.reduce((r, row) => r.replace(row.cut, ''), rest);

/** Whether a row of NOT_POSITION of this stage says the verb reports a meeting. */
export const notPosition = (stage: NotPositionRow['stage'], c: VerbSite, from = 0, rest = '') =>
  NOT_POSITION.some((row) => row.stage === stage && row.when(c, from, rest));
