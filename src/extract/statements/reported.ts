import type { MeetingFact, StatementFact } from '../../model.js';
import { evidenceOf } from '../grammar.js';
import { verbRule } from '../rules.js';
import type { Sentence } from '../text.js';
import { PAIR_SPEAKER, type FoundStatement } from './find.js';

/**
 * The reported statements of a report as its sentences are walked: each statement findStatements
 * finds, given to its speaker — or, for "the two sides agreed", to the pair the report means; an
 * agreement in a sentence that reports a meeting is both sides' position.
 */
export class ReportedSpeech {
  constructor(
    private readonly statements: StatementFact[],
    /** the people "the two sides" means in a paragraph, given the meeting of the sentence */
    private readonly pairAt: (para: number, here: MeetingFact | undefined) => string[],
  ) {}

  /** Adds the statements found in `s`; returns the first speaker named (not a pair), or null. */
  add(s: Sentence, found: FoundStatement[], here: MeetingFact | undefined): string | null {
    let speaker: string | null = null;
    for (const st of found) {
      let speakers = [st.speaker];
      if (st.speaker === PAIR_SPEAKER) speakers = this.pairAt(s.para, here);
      // "A held talks with B … and agreed to …": an agreement of a meeting is both sides' position
      else if (st.rule === verbRule('agree') && here?.participants.includes(st.speaker)) speakers = here.participants;
      for (const sp of speakers) {
        if (this.statements.some((o) => o.speaker === sp && o.position === st.position)) continue;
        this.statements.push({
          speaker: sp,
          position: st.position,
          kind: 'reported',
          topics: [],
          evidence: [evidenceOf(s, st.rule, 0.7)],
        });
      }
      if (st.speaker !== PAIR_SPEAKER) speaker ??= st.speaker;
    }
    return speaker;
  }
}

const words = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3),
  );

/** Near-identical positions of one speaker (a quotation and its reported wording) count once. */
export function dedupeStatements(ss: StatementFact[]): StatementFact[] {
  const out: StatementFact[] = [];
  const bySpeaker = new Map<string, { s: StatementFact; w: Set<string> }[]>();
  for (const s of ss) {
    const w = words(s.position);
    const mine = bySpeaker.get(s.speaker) ?? [];
    bySpeaker.set(s.speaker, mine);
    const dup = mine.find((o) => {
      let n = 0;
      for (const x of w) if (o.w.has(x)) n++;
      return n / Math.min(w.size, o.w.size) >= 0.8;
    });
    if (!dup) {
      out.push(s);
      mine.push({ s, w });
    }
    // the longer wording keeps the context of a partial quotation ("X said A and B should “…”")
    else if (s.position.length > dup.s.position.length && s.kind === 'reported') {
      Object.assign(dup.s, { position: s.position, kind: s.kind });
      dup.w = w;
    }
  }
  return out;
}
