import type { QuoteFact } from '../../model.js';
import type { Mention } from '../people/index.js';
import type { QuoteSpan } from '../quotes/find.js';
import type { Sentence, Token } from '../text.js';
import { findFrames, type FrameEnv } from './find.js';
import type { Frame } from './frame.js';

/**
 * Meetings told in a quotation of a named speaker: "“I had a bilateral meeting with my counterpart B,” A said",
 * "“We held talks with C in 2021,” A told reporters". Inside the marks "I" and "we" are the speaker, and the
 * frame rules read the quoted words as they read the report's own; what a quotation tells of another meeting
 * ("“B met C,” A said") is the speaker's word for it, as good as the report's.
 */

/** A quotation whose speaker the quote rules found: offsets of its marks. */
export interface SpokenSpan {
  open: number;
  close: number;
  speaker: string;
}

/**
 * "I" and "we" among the words read as the report's own (not quoted) are the speaker: in a quotation read as the
 * speaker's own, and in a transcript's turn (report.ts).
 */
export function selfMentions(tokens: Token[], speaker: string): Mention[] {
  const self: Mention[] = [];
  tokens.forEach((t, k) => {
    if (t.quoted || !(t.text === 'I' || t.lower === 'we')) return;
    self.push({
      kind: 'pronoun',
      person: speaker,
      i: k,
      j: k + 1,
      start: t.start,
      end: t.end,
      poss: false,
      quoted: false,
    });
  });
  return self;
}

/**
 * The sentence as the quotation's own: its words read as the report's, the words around it as quoted (so that
 * "“I met B in 2021,” A said on Monday" is dated by the quotation's year, not the day it was said), its named
 * people and "I", "we" as the speaker.
 */
function asSpoken(s: Sentence, ms: Mention[], span: SpokenSpan): { s: Sentence; ms: Mention[] } {
  const inside = (offset: number) => offset >= span.open && offset < span.close;
  const tokens = s.tokens.map((t) => ({ ...t, quoted: !inside(t.start) }));
  const named = ms
    .filter((m) => m.person && m.kind === 'name' && inside(m.start))
    .map((m) => ({ ...m, quoted: false }));
  const self = selfMentions(tokens, span.speaker);
  return { s: { ...s, tokens }, ms: [...named, ...self].sort((a, b) => a.i - b.i) };
}

/**
 * The meetings a quotation tells of in sentence s: the sentence as the quotation's own, and the frames that name
 * two people or more themselves (a reference inside a quotation, "we met them", is left alone).
 */
export function quotedFrames(
  s: Sentence,
  ms: Mention[],
  span: SpokenSpan,
  env: FrameEnv,
): { s: Sentence; frames: Frame[] } {
  const view = asSpoken(s, ms, span);
  const frames = findFrames(view.s, view.ms, env).filter(
    (f) => f.participants.length >= 2 && !f.ref && !f.group && !f.sameGroup && !f.joins,
  );
  return { s: view.s, frames };
}

/** The spans of the attributed quotations: each quote fact's marks, the span of its text opening in its sentence. */
export function spokenSpans(spans: readonly QuoteSpan[], quotes: readonly QuoteFact[]): SpokenSpan[] {
  const out: SpokenSpan[] = [];
  for (const q of quotes) {
    const e = q.evidence[0];
    if (!q.speaker || !e) continue;
    const span = spans.find((x) => x.text === q.text && x.open >= e.start && x.open < e.end);
    if (span) out.push({ open: span.open, close: span.close, speaker: q.speaker });
  }
  return out;
}
