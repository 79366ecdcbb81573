import type { QuoteFact, StatementFact } from '../../model.js';
import { lexicon } from '../../knowledge/index.js';
import type { Document } from '../document.js';
import { evidenceOf } from '../grammar.js';
import type { Mention } from '../people/index.js';
import { cleanPosition } from '../statements/find.js';
import { isCourtesy, pointsBack, quotePositions, reportedInQuote } from '../statements/words.js';
import type { Sentence } from '../text.js';
import type { QuoteRule } from '../rules.js';
import { attribute, type AttributionContext } from './attribute.js';
import { NOT_QUOTES, type QuoteSpan } from './find.js';
import { clauseSentenceAfter } from './rules.js';

/**
 * The quotations of a report as its sentences are walked: each one once the sentence it closes in is
 * reached, attributed (attribute.ts), and the positions its speaker states in it (direct statements).
 */
export class DirectSpeech {
  readonly quotes: QuoteFact[] = [];
  /** the next quotation to read */
  private next = 0;
  private previous: AttributionContext['previous'] = null;
  private lastSpeaker: string | null = null;
  /** whether the last quotation was a readout quoted from a document */
  private readout = false;
  /** a quotation waiting for the next sentence, which may be its reporting clause */
  private held: QuoteSpan | null = null;
  /** the statement made from the last quotation, which the rest of a quotation split around "she said" joins */
  private lastDirect: { sentence: number; statement: StatementFact | null } = { sentence: -1, statement: null };

  constructor(
    private readonly doc: Document,
    /** the mentions of the sentences walked so far */
    private readonly mentions: Mention[][],
    private readonly statements: StatementFact[],
  ) {}

  /**
   * Reads the quotations that close in sentence `s`; returns the last speaker found, or null. A quotation that
   * stands alone before a sentence that may be its reporting clause ("“…” Ruiz stated") waits for that sentence's
   * mentions (quotes/rules.ts `after.next-sentence`).
   */
  closingIn(s: Sentence): string | null {
    const { quotes, sentenceAt } = this.doc;
    let speaker: string | null = null;
    if (this.held) speaker = this.take(this.held);
    this.held = null;
    while (this.next < quotes.length) {
      const q = quotes[this.next]!;
      const closeAt = sentenceAt(Math.max(q.open, q.close - 1));
      if (closeAt > s.index) break;
      this.next++;
      if (NOT_QUOTES.some((r) => r.when(q.text))) continue;
      if (clauseSentenceAfter(this.doc.sentences, q, sentenceAt)) this.held = q;
      else speaker = this.take(q) ?? speaker;
    }
    return speaker;
  }

  /** Attributes one quotation and states its speaker's positions; returns its speaker. */
  private take(q: QuoteSpan): string | null {
    const { sentences, sentenceAt } = this.doc;
    const closeAt = sentenceAt(Math.max(q.open, q.close - 1));
    const a = attribute(q, {
      sentences,
      mentions: (i) => this.mentions[i] ?? [],
      sentenceAt,
      previous: this.previous,
      lastSpeaker: this.lastSpeaker,
    });
    const openAt = sentenceAt(q.open);
    const os = sentences[openAt]!;
    // a readout quoted from a document ("“The minister stressed …,” the statement said") is the document's words
    // about its subject, no one's quotation; its positions are still the subject's (`position`)
    const fromDocument = a.rule.endsWith('.document') || (a.rule === 'quote.continued' && this.readout);
    // "“They addressed …,” the statement said": a readout of no named subject stays its author's words
    this.readout = fromDocument && !!this.readoutSubject(q.text, q.open);
    this.quotes.push({
      text: q.text,
      speaker: this.readout ? null : a.speaker,
      sourceName: a.source,
      topics: [],
      evidence: [evidenceOf(os, a.rule, a.confidence)],
    });
    this.previous = { speaker: a.speaker, close: q.close, para: sentences[closeAt]!.para, sentence: openAt };
    if (!a.speaker) return null;
    this.lastSpeaker = a.speaker;
    // a quotation split around its attribution ("…,” she said, “…”) or run on over paragraphs states one position
    const last = this.lastDirect.statement;
    const joined =
      !!last &&
      last.speaker === a.speaker &&
      this.lastDirect.sentence === openAt &&
      a.rule !== 'quote.continued' &&
      /^\p{Ll}/u.test(q.text);
    const parts = quotePositions(splitQuote(q.text));
    if (joined && parts.length) last.position = `${last.position} ${parts.shift()}`.trim();
    let made: StatementFact | null = null;
    for (const part of parts) this.statements.push((made = this.position(part, q.open, os, a.speaker, a.confidence)));
    this.lastDirect = { sentence: closeAt, statement: made ?? (joined ? last : null) };
    return a.speaker;
  }

  /** The named person a quoted readout tells of ("“The minister stressed …”": the minister), or undefined. */
  private readoutSubject(part: string, open: number): Mention | undefined {
    const r = reportedInQuote(part);
    const at = r ? this.doc.text.indexOf(part.slice(0, 12), open) : -1;
    if (!r || at < 0) return undefined;
    return (this.mentions[this.doc.sentenceAt(at)] ?? []).find(
      (m) => m.person && m.kind !== 'pronoun' && m.start >= at && m.start < at + r.nameEnd,
    );
  }

  /** The statement a quoted sentence makes: its speaker's, or, in a quoted readout ("“The minister stressed …”"), the minister's */
  private position(part: string, open: number, os: Sentence, speaker: string, confidence: number): StatementFact {
    const r = reportedInQuote(part);
    const who = this.readoutSubject(part, open);
    return {
      speaker: who?.person ?? speaker,
      position: who ? r!.position : part,
      kind: 'direct',
      topics: [],
      evidence: [evidenceOf(os, who ? 'statement.quote-readout' : 'statement.quote', confidence)],
    };
  }
}

/** A quotation of several sentences states several positions; a short one states none on its own. */
function splitQuote(q: string): string[] {
  const filler = lexicon().grammar.quoteFiller;
  return q
    .split(lexicon().abbreviations.quoteSplit)
    .map(cleanPosition)
    .filter(
      (p) =>
        p.split(/\s+/).length >= 5 &&
        p.split(/\s+/).filter((w) => w.length > 3 && !filler.has(w.toLowerCase())).length >= 3 &&
        !pointsBack(p) &&
        !isCourtesy(p),
    );
}

/**
 * One quote per speaker and wording (letters and digits, case aside); an unattributed quote whose wording the
 * report gives one speaker elsewhere, whole or as a part (a headline repeating the body's quotation), is that
 * speaker's.
 */
export function dedupeQuotes(qs: QuoteFact[]): QuoteFact[] {
  const words = (q: QuoteFact) => q.text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '');
  const seen = new Set<string>();
  const out = qs.filter((q) => {
    const k = `${q.speaker}|${words(q)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  // a headline that repeats a quotation (or a part of one) the report gives its speaker: the same speaker's words
  const said = out.filter((q) => q.speaker !== null).map((q) => ({ speaker: q.speaker!, words: ` ${words(q)} ` }));
  for (const q of out) {
    if (q.speaker !== null || !words(q).trim()) continue;
    const part = ` ${words(q)} `;
    const by = new Set(said.filter((x) => x.words.includes(part)).map((x) => x.speaker));
    if (by.size !== 1) continue;
    q.speaker = [...by][0]!;
    const rule: QuoteRule = 'quote.repeated';
    q.evidence = q.evidence.map((e) => ({ ...e, rule, confidence: 0.7 }));
  }
  return out;
}
