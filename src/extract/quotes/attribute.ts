import type { Mention } from '../people/index.js';
import type { QuoteCue, QuoteRule } from '../rules.js';
import type { Sentence, Token } from '../text.js';
import type { QuoteSpan } from './find.js';
import { AFTER, BEFORE, type AttributionRow, type CueRow } from './rules.js';

/**
 * Who said a quotation: the rule tables of quotes/rules.ts read in order — a reporting clause after
 * the quotation (AFTER), else one before it, the previous speaker or the sentence's subject (BEFORE).
 * An organization or medium as the source, or an unnamed official, gives no speaker.
 */

export interface Attribution {
  speaker: string | null;
  source: string | null;
  rule: QuoteRule;
  confidence: number;
  /** the row of quotes/rules.ts that attributed it (a cue's row for BEFORE's 'before.cues') */
  by?: AttributionRow['id'] | CueRow['id'];
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

/** What the rows of the tables see: the quotation and the sentences it opens and closes in. */
export class QuoteScene {
  /** the sentence the quotation closes in, its tokens and mentions */
  readonly closeAt: number;
  readonly ctoks: Token[];
  readonly cms: Mention[];
  /** the sentence it opens in, its tokens, and the mentions before the opening mark */
  readonly openAt: number;
  readonly open: Sentence;
  readonly otoks: Token[];
  readonly oms: Mention[];
  /** the index of the first token at or after the opening mark (the tokens' length when none) */
  readonly end: number;

  constructor(
    readonly q: QuoteSpan,
    readonly ctx: AttributionContext,
  ) {
    this.closeAt = ctx.sentenceAt(Math.max(q.open, q.close - 1));
    this.ctoks = ctx.sentences[this.closeAt]!.tokens;
    this.cms = ctx.mentions(this.closeAt);
    this.openAt = ctx.sentenceAt(q.open);
    this.open = ctx.sentences[this.openAt]!;
    this.otoks = this.open.tokens;
    this.oms = ctx.mentions(this.openAt).filter((m) => !m.quoted && m.end <= q.open);
    const first = this.otoks.findIndex((t) => t.start >= q.open);
    this.end = first < 0 ? this.otoks.length : first;
  }

  /** The attribution a mention gives: a person, an organization as the source, a document's last speaker. */
  from(m: Mention, rule: QuoteCue, confidence: number): Attribution {
    if (m.kind === 'org') return { speaker: null, source: m.org ?? null, rule: `${rule}.organization`, confidence };
    if (m.kind === 'document')
      return { speaker: this.ctx.lastSpeaker, source: null, rule: `${rule}.document`, confidence: confidence * 0.8 };
    return { speaker: m.person, source: null, rule, confidence: m.person ? confidence : confidence * 0.5 };
  }
}

/** words of a scare quote: a term of a few words inside a sentence that reports someone's words */
const SCARE_WORDS = 6;

const first = (rows: typeof AFTER, scene: QuoteScene) => {
  for (const row of rows) {
    const a = row.find(scene);
    if (a) return { by: row.id, ...a };
  }
  return null;
};

export function attribute(q: QuoteSpan, ctx: AttributionContext): Attribution {
  const scene = new QuoteScene(q, ctx);
  const after = first(AFTER, scene);
  if (after && after.speaker !== null) return after;
  // "Cho conveyed “regret” …, a Japanese official said": a short quotation inside reported speech is the
  // words of the person the sentence reports, not of the source that reports them
  const wordsBefore = scene.otoks.filter((t) => t.end <= q.open && t.word && !t.quoted).length;
  const short = q.text.split(/\s+/).filter(Boolean).length <= SCARE_WORDS;
  if (after && !(short && wordsBefore >= 2)) return after;
  const before = first(BEFORE, scene)!;
  if (after && before.speaker === null) return after;
  return before;
}
