import { lexicon } from '../../knowledge/index.js';
import type { Mention } from '../people/index.js';
import type { QuoteCue, QuoteRule } from '../rules.js';
import type { Sentence, Token } from '../text.js';
import type { QuoteSpan } from './find.js';
import { speechVerbAt, subjectEnd } from '../verbs.js';
import { AFTER, BEFORE, CUES, type AttributionRow, type CueRow } from './rules.js';

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
  /** speaker of the last quotation given a speaker (a document's "the statement said" goes on with it) */
  lastSpeaker: string | null;
}

/** words of a scare quote: a term of a few words inside a sentence that reports someone's words */
const SCARE_WORDS = 6;

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
  /** a fragment that speaks of someone in the third person ("express his regret"): not that someone's own words */
  readonly thirdPerson: boolean;
  /** a scare quote: a term of a few words (up to SCARE_WORDS) */
  readonly short: boolean;

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
    this.short = q.text.split(/\s+/).filter(Boolean).length <= SCARE_WORDS;
    const pronouns = lexicon().grammar.pronouns;
    this.thirdPerson = /^\p{Ll}/u.test(q.text) && q.text.split(/[^\p{L}]+/u).some((w) => pronouns.has(w.toLowerCase()));
  }

  /** The attribution a mention gives: a person, an organization as the source, a document's last speaker. */
  from(m: Mention, rule: QuoteCue, confidence: number): Attribution {
    if (m.kind === 'org') return { speaker: null, source: m.org ?? null, rule: `${rule}.organization`, confidence };
    if (m.kind === 'document')
      return { speaker: this.ctx.lastSpeaker, source: null, rule: `${rule}.document`, confidence: confidence * 0.8 };
    return { speaker: m.person, source: null, rule, confidence: m.person ? confidence : confidence * 0.5 };
  }
}

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
  // "X said “…,” the office said in a statement": a named subject whose reporting verb opens the quotation
  // said it; the clause after it is the report's source
  const opened = after ? openedBy(scene) : null;
  if (after && opened && opened.speaker !== after.speaker) return opened;
  if (after && after.speaker !== null) return after;
  if (after && !insideReport(scene, after)) return after;
  const before = first(BEFORE, scene)!;
  // a longer quotation goes to the person reported before it only through a reporting cue
  const cue = CUES.some((row) => row.id === before.by);
  if (after && (before.speaker === null || (!cue && !scene.short))) return after;
  return before;
}

/**
 * "President X said “…”", "X stressed: “…”": a reporting verb right before the opening mark (a colon or
 * comma between them allowed) whose subject is a person named by name, in the sentence the quotation opens in.
 */
function openedBy(scene: QuoteScene): Attribution | null {
  const { otoks, oms, end } = scene;
  let n = end - 1;
  if (otoks[n] && /^[:,]$/.test(otoks[n]!.text)) n--;
  const v = n >= 1 && !otoks[n]!.quoted ? speechVerbAt(otoks, n) : 0;
  if (!v || n + v - 1 !== (/^[:,]$/.test(otoks[end - 1]?.text ?? '') ? end - 2 : end - 1)) return null;
  const m = oms.find((x) => x.j === subjectEnd(otoks, n - 1) + 1);
  return m && m.person && m.kind === 'name' && !m.poss && !m.quoted ? scene.from(m, 'quote.said-before', 0.9) : null;
}

/**
 * Whether a quotation with a source after it (no person) is the words of the person reported before it: a short
 * one inside reported speech ("Cho conveyed “regret” …, a Japanese official said"), unless it speaks of that
 * person in the third person ("Ruiz “banged his fist”, according to an aide"); a longer one that a reporting
 * verb introduces, sourced to a document or organization ("Ruiz told Merrin that “…,” according to a statement").
 */
function insideReport(scene: QuoteScene, after: Attribution): boolean {
  const { q, otoks } = scene;
  const wordsBefore = otoks.filter((t) => t.end <= q.open && t.word && !t.quoted).length;
  if (scene.short) return wordsBefore >= 2 && !scene.thirdPerson;
  return (
    after.rule.startsWith('quote.according-to') &&
    otoks.some((t, n) => t.end <= q.open && !t.quoted && speechVerbAt(otoks, n) > 0)
  );
}
