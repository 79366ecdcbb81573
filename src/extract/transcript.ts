import { lexicon } from '../knowledge/index.js';
import type { Article, QuoteFact, SpeakerTurn, StatementFact } from '../model.js';
import type { Document } from './document.js';
import type { Sentence } from './text.js';
import { evidenceOf } from './grammar.js';
import type { People, Person } from './people/index.js';

/**
 * Speaker turns of a transcript (`Article.turns`, read by src/input/turns.ts): what a named speaker
 * says in a turn is that speaker's. Each sentence of the turn that states something is a statement
 * of the speaker (rule `statement.turn`); a quotation inside the turn that no rule gave a speaker
 * ("we will not be a “bystander”") is the speaker's too. A turn's label names its speaker by the
 * last word that is no title ("PRESIDENT LEE" → the person named Lee; "VICE PRESIDENT", "Q",
 * "MODERATOR" and "ZAMBIAN OFFICIAL" name nobody). Sentences that state nothing are left out by the
 * rows of `NOT_STATED`; of the rest, a paragraph gives one position (`positionOfParagraph`): a speech
 * puts a point forward a paragraph and spends the paragraph's other sentences on reasons, figures and
 * examples (on the dev part of the real set, every stating sentence a statement matched gold 1 in 5).
 */

export interface NotStatedRule {
  id: 'question' | 'courtesy' | 'short' | 'addressed' | 'stage-direction' | 'floor';
  example: string;
  when: (position: string) => boolean;
}

const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));

export const NOT_STATED: readonly NotStatedRule[] = [
  { id: 'question', example: 'Will you meet him again?', when: (p) => /\?["”’)]*$/.test(p) },
  {
    id: 'courtesy',
    example: 'Thank you very much for inviting me, Mr. President.',
    when: (p) =>
      /^(?:thank(?:s| you)|welcome|good (?:morning|afternoon|evening)|hello|greetings|ladies and gentlemen|congratulations|it(?:'|’)s (?:great|good|an honor|a pleasure) to|i(?:'|’)m (?:honored|delighted|pleased|glad) to (?:be|have|welcome)|(?:please|okay|ok|all right|alright|yes|no)\b)/i.test(
        p,
      ),
  },
  // a short sentence of a speech seldom states a position (measured on the dev part of the real set)
  { id: 'short', example: 'That is the point I want to make here.', when: (p) => wordsOf(p).length < 12 },
  // words to the one addressed ("I want to thank you, Mr. President, for …") are courtesy more often than a position
  {
    id: 'addressed',
    example: 'You have been a good friend to our country for many years now.',
    when: (p) => /\b(?:you|your|yours)\b/i.test(p),
  },
  { id: 'stage-direction', example: '(Laughter.)', when: (p) => /^\(.*\)\.?$/.test(p) },
  {
    id: 'floor',
    example: 'I will now give the floor to the minister.',
    when: (p) =>
      /\b(?:give|hand|pass|turn) (?:you |it )?(?:the floor|over)\b|\btake (?:a|some|your) questions?\b/i.test(p),
  },
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/’/g, "'");

/** The person a turn's label names, or null. */
export function speakerOfLabel(label: string, people: readonly Person[]): Person | null {
  const titles = lexicon().titleWords;
  const words = fold(label)
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w && !titles.has(w) && !/^(?:the|of|mr|mrs|ms|dr|madam|h\.?e)$/.test(w));
  const last = words[words.length - 1];
  if (!last || last.length < 2) return null;
  const named = people.filter((p) =>
    [p.name, ...p.aliases].some((n) =>
      fold(n)
        .split(/[\s-]+/)
        .includes(last),
    ),
  );
  // a given name in the label picks one of several people of that surname
  const first = words.length > 1 ? named.filter((p) => fold(p.name).split(/\s+/).includes(words[0]!)) : [];
  const pool = first.length ? first : named;
  return pool.reduce<Person | null>((best, p) => (!best || (p.count ?? 0) > (best.count ?? 0) ? p : best), null);
}

/** A sentence of a turn as a position: without the label, stage directions and the words that only lead in. */
function positionOf(text: string): string {
  return text
    .replace(/\s*\((?:inaudible|laughter|applause|crosstalk|cross-talk|unintelligible|speaks in [^)]*)\.?\)\s*/gi, ' ')
    .replace(
      /^(?:(?:and|but|so|well|now|look|again|also|because|you know|in addition|first|second|third|finally),?\s+)+/i,
      '',
    )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a sentence of a speech puts a position forward: a reporting or position verb, a modal or a word of stance. */
export function statesPosition(position: string): boolean {
  const lex = lexicon();
  return position
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .some((w) => lex.speechVerb.has(w) || lex.positionVerb.has(w) || lex.stanceWords.has(w));
}

/**
 * A paragraph of a turn puts one position forward: its first sentence that `statesPosition`, else its
 * first sentence (the others give reasons, figures and examples for it).
 */
export function positionOfParagraph<T extends { position: string }>(stating: readonly T[]): T | undefined {
  return stating.find((x) => statesPosition(x.position)) ?? stating[0];
}

/** The statements and quotations of a transcript's named speakers: added to those the walk found. */
export function turnFacts(
  article: Article,
  doc: Document,
  people: People,
  quotes: QuoteFact[],
  statements: StatementFact[],
): void {
  for (const turn of article.turns ?? []) {
    const speaker = speakerOfLabel(turn.label, people.list);
    if (!speaker) continue;
    // the sentences of the turn that state something, by paragraph (the line they start on)
    const byParagraph = new Map<number, { s: Sentence; position: string }[]>();
    for (const s of doc.sentences) {
      if (s.end <= turn.body || s.start >= turn.end) continue;
      const from = Math.max(s.start, turn.body) - s.start;
      const position = positionOf(s.text.slice(from, Math.min(s.end, turn.end) - s.start));
      if (NOT_STATED.some((r) => r.when(position))) continue;
      const paragraph = article.text.lastIndexOf('\n', s.start);
      byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), { s, position }]);
    }
    for (const stating of byParagraph.values()) {
      const picked = positionOfParagraph(stating);
      if (!picked) continue;
      statements.push({
        speaker: speaker.id,
        position: picked.position,
        kind: 'direct',
        topics: [],
        evidence: [evidenceOf(picked.s, 'statement.turn', 0.8)],
      });
    }
    for (const q of quotes) if (q.speaker === null && !q.sourceName && inTurn(q, turn)) q.speaker = speaker.id;
  }
}

const inTurn = (q: QuoteFact, turn: SpeakerTurn) => {
  const at = q.evidence[0]?.start;
  return at !== undefined && at >= turn.start && at < turn.end;
};
