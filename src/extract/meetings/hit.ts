import { lexicon } from '../../knowledge/index.js';
import type { Mention } from '../people/index.js';
import type { Sentence, Token } from '../text.js';
import { groupList, nearestBefore, readList, titleStart, withCoordinated, type List } from './args.js';
import type { Frame } from './frame.js';
import { meetingWords, triggersAt, type Trigger } from './words.js';

/** One sentence as the frame rules see it. */
export interface SentenceCtx {
  s: Sentence;
  toks: Token[];
  /** person mentions outside quotations, organizations left out */
  ms: Mention[];
  countryOf: (id: string) => string | null;
  /** the person a bare name refers to ("Lopes" in "Lopes-Brandt talks"), or null */
  personNamed: (name: string) => string | null;
  /** frames found so far in the sentence */
  frames: Frame[];
  /** the subjects and objects (mentions) of the last "A met B" frame: "A met B, before talks with C" shares its subject */
  shared?: { subjects: Mention[]; objects: Set<Mention>; at: number };
  /** a headline in title case ("Xi Meets Biden in Bali"): capitalised triggers count */
  titleCase: boolean;
}

/** What kind of word a hit is; a rule listens to one kind. */
export type HitKind = 'sentence' | 'gather' | 'by' | 'joined' | 'ref' | 'joint' | 'visiting' | 'trigger' | 'fallback';

const DETERMINER = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'this', 'that', 'first', 'second']);
const TIME_WORD =
  /^(?:on|in|the|this|last|earlier|later|late|early|morning|afternoon|evening|night|day|yesterday|today|,)$/;
/** a word of a time phrase right after a trigger: "spoke today with", "met December 14 with", "met on Monday with" */
const AT_TIME = /^(?:today|yesterday|tonight|on|this|last|morning|afternoon|evening|\d{1,4}(?:st|nd|rd|th)?)$/;
const atTime = (x: Token | undefined) => {
  const lex = lexicon();
  return !!x && (AT_TIME.test(x.lower) || lex.weekdays.has(x.lower) || lex.months.has(x.lower));
};
const DASH = /^(?:–|—|--)$/;
const DURATION_UNIT = /^(?:minutes?|hours?)$/;
const PASSIVE_HELD = /^(?:was|were|is|are|been|being|held|convened|organi[sz]ed)$/;
/** an adverb inside the noun's passive verb: "meetings were also held with B" */
const PASSIVE_ADVERB = /^(?:also|then|later|subsequently|separately|further|likewise)$/;
/** words that end a topic between a trigger and "with": a clause, a comparison, another party */
const TOPIC_STOP = /^(?:that|which|who|whom|said|says|but|while|as|when|after|before|between|than|or|to)$/;
/** the gap between a verb and an object of the sentence's last frame that makes them share a subject: "met B and spoke to C" */
/** prepositions of an adjunct whose person is no subject: "a week before B", "together with B", "unlike B" */
const ADJUNCT_PREP = /^(?:before|after|than|with|from|by|to|for|like|unlike|including|besides|against|behind)$/;
const ELLIPSIS = /^(?:,|and|also|then|later|has|have|had|was|were|subsequently|separately)$/;

/**
 * A trigger found at token k, with its arguments read on demand: where the other party starts, the
 * objects ("met B, C and D"), the subject and the people coordinated with it.
 */
export class Hit {
  readonly t: Token;
  /** token index after the trigger's words */
  readonly end: number;
  private memo = new Map<string, unknown>();

  constructor(
    readonly c: SentenceCtx,
    readonly k: number,
    readonly kind: HitKind,
    readonly verb?: Trigger,
    readonly noun?: Trigger,
    length = Math.max(verb?.words.length ?? 1, noun?.words.length ?? 1),
  ) {
    this.t = c.toks[k] ?? c.toks[0]!;
    this.end = k + length;
  }

  private once<T>(key: string, f: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, f());
    return this.memo.get(key) as T;
  }

  /** a verb, unless a determiner or a hyphenated word makes it a noun ("at the delegation-level meeting") */
  get isVerb(): boolean {
    const t = this.c.toks[this.k - 1];
    const p = t?.lower ?? '';
    // "the second Consultative meeting", "a top-level pentalateral meeting": a word that describes it makes it a noun
    const described =
      !!t &&
      t.word &&
      (t.cap || t.tags.includes('Adjective')) &&
      !t.tags.some((g) => g === 'Preposition' || g === 'Conjunction' || g === 'Adverb') &&
      !meetingWords().setting.has(t.lower) &&
      !this.c.ms.some((m) => m.j === this.k);
    // "a luncheon meeting", "a dinner meeting": a meeting noun before it makes it a noun of that meeting
    const compound = !!t && !t.cap && triggersAt(this.c.toks, this.k - 1).some((x) => x.kind === 'noun');
    return !!this.verb && !(this.noun && (DETERMINER.has(p) || p.includes('-') || !!t?.poss || described || compound));
  }
  get isNoun(): boolean {
    return !!this.noun;
  }
  get trigger(): Trigger {
    return (this.isVerb ? this.verb : this.noun) ?? this.verb!;
  }
  /** the words before the trigger, lower case, joined by spaces */
  before(n: number): string {
    return this.c.toks
      .slice(Math.max(0, this.k - n), this.k)
      .map((x) => x.lower)
      .join(' ');
  }

  /** Where the other party starts and how: a direct object, a preposition of the trigger, "between", or none. */
  get args(): { n: number; look: boolean; between: boolean } {
    return this.once('args', () => {
      const toks = this.c.toks;
      const none = { n: this.end, look: false, between: false };
      // "spoke today with", "met December 14 with": a time phrase after the trigger
      let t0 = this.end;
      while (
        t0 < toks.length &&
        t0 - this.end < 4 &&
        atTime(toks[t0]) &&
        !(toks[t0]!.lower === 'on' && !atTime(toks[t0 + 1]))
      )
        t0++;
      // "met for ninety minutes with", "se reuniu, nesta sexta-feira (1), com": a duration, a day in commas
      const unit = toks.slice(t0, t0 + 5).findIndex((x) => DURATION_UNIT.test(x.lower));
      if (toks[t0]?.lower === 'for' && unit > 0) t0 += unit + 1;
      if (toks[t0]?.text === ',' && this.isVerb) {
        const close = toks.slice(t0 + 1, t0 + 7).findIndex((x) => x.text === ',');
        const inner = toks.slice(t0 + 1, t0 + 1 + close);
        if (
          close > 0 &&
          inner.every((x) => !x.cap || atTime(x)) &&
          inner.some((x) => atTime(x) || /^\(?\d/.test(x.text))
        )
          t0 += close + 2;
      }
      // "met – all alone – the President of …": a parenthesis between dashes after the trigger
      if (DASH.test(toks[t0]?.text ?? '')) {
        const close = toks.slice(t0 + 1, t0 + 8).findIndex((x) => DASH.test(x.text));
        if (close >= 0 && toks.slice(t0 + 1, t0 + 1 + close).every((x) => x.word && !x.cap)) t0 += close + 2;
      }
      if (toks[t0]?.lower === 'between') return { n: t0 + 1, look: true, between: true };
      // "the meeting of A with B": the noun's owner after "of", its other party after "with"
      const of = this.ofOwner;
      if (of) return { n: of.j + 1, look: true, between: false };
      // "hosted a state lunch in honour of B"
      const honour = toks
        .slice(t0, t0 + 7)
        .findIndex((x, q) => /^honou?r$/.test(x.lower) && toks[t0 + q + 1]?.lower === 'of');
      if (this.isVerb && this.verb!.object && honour >= 0) return { n: t0 + honour + 2, look: true, between: false };
      // "met on Thursday at Riverside Palace Foreign Minister B": a place after "at" before the object (mentionFrom
      // passes over the place's capitalised words)
      if (this.isVerb && this.verb!.object && toks[t0]?.lower === 'at' && toks[t0 + 1]?.cap) t0++;
      // "called up B": a particle before the object; "saw off B", not "saw B as an ally": one it needs
      if (this.isVerb && this.verb!.object) {
        if (this.verb!.needs.size && !this.verb!.needs.has(toks[t0]?.lower ?? '')) return none;
        // "thanked B for the warm hospitality": a word it needs after the object, before the clause ends
        const after = this.verb!.after;
        if (after.size && !toks.slice(t0, t0 + 16).some((x) => after.has(x.lower) && !x.quoted)) return none;
        return { n: this.verb!.particles.has(toks[t0]?.lower ?? '') ? t0 + 1 : t0, look: true, between: false };
      }
      const tr = this.trigger;
      let n = t0;
      while (n < toks.length && n - t0 < 5 && tr.particles.has(toks[n]!.lower) && !tr.preps.has(toks[n]!.lower)) n++;
      // "presented his credentials to B": a particle that must be there
      if (tr.needs.size && !toks.slice(t0, n).some((x) => tr.needs.has(x.lower))) return none;
      if (toks[n]?.lower === 'between' && tr.preps.has('between')) return { n: n + 1, look: true, between: true };
      // "a call on Monday" is no call on anyone
      if (tr.preps.has(toks[n]?.lower ?? '') && !(toks[n]!.lower === 'on' && atTime(toks[n + 1]) && toks[n + 1]!.cap))
        return { n: n + 1, look: true, between: false };
      // "held talks on Monday evening with X", "a meeting in Istanbul on Saturday with X": a time or a place
      // between the noun and "with"
      if (this.isNoun) {
        const lex = lexicon();
        const skip = (w: number) => {
          const x = toks[w]!;
          const p = toks[w - 1]!;
          if (TIME_WORD.test(x.lower) || lex.weekdays.has(x.lower) || lex.months.has(x.lower)) return true;
          // "a joint press conference was held with B": the noun's passive verb
          if (
            PASSIVE_HELD.test(x.lower) &&
            (w === this.end || PASSIVE_HELD.test(p.lower) || PASSIVE_ADVERB.test(p.lower))
          )
            return true;
          // "meetings were also held with B"
          if (PASSIVE_ADVERB.test(x.lower) && PASSIVE_HELD.test(p.lower)) return true;
          return /^\d{1,4}$/.test(x.text) || (x.cap && x.word && (p.lower === 'in' || p.lower === 'at' || p.cap));
        };
        let w = this.end;
        while (w < toks.length && w - this.end < 9 && skip(w)) w++;
        if (w > this.end && toks[w]?.lower === 'with') return { n: w + 1, look: true, between: false };
        // "the meeting on Tuesday, November 2, between A and B"
        if (w > this.end && toks[w]?.lower === 'between' && tr.preps.has('between'))
          return { n: w + 1, look: true, between: true };
      }
      const topic = this.afterTopic(n);
      return topic > 0 ? { n: topic + 1, look: true, between: false } : none;
    });
  }

  /**
   * "discussed trade and investment with B", "talks on climate finance with B": the "with" after a topic of at most
   * the trigger's `gap` words (no person, clause or punctuation in it) from token n, or -1.
   */
  private afterTopic(n: number): number {
    const tr = this.trigger;
    const toks = this.c.toks;
    if (!tr.gap || !tr.preps.has('with')) return -1;
    for (let q = n; q < toks.length && q <= n + tr.gap; q++) {
      const t = toks[q]!;
      if (t.lower === 'with') return q > n ? q : -1;
      if (!t.word || t.quoted || TOPIC_STOP.test(t.lower) || this.c.ms.some((m) => m.i <= q && q < m.j)) return -1;
      // "discussed trade and met with B": "and" before a verb opens another clause
      if (t.lower === 'and' && toks[q + 1]?.tags.includes('Verb') && !toks[q + 1]!.tags.includes('Noun')) return -1;
    }
    return -1;
  }

  /** The people the trigger's arguments name: "met B, C and D", "talks between B and C", "his colleagues (A and B)". */
  get objects(): List {
    return this.once('objects', () => {
      const { n, look, between } = this.args;
      if (!look) return { items: [], separate: false };
      const list = readList(this.c.toks, this.c.ms, n, 30, !between && !!this.subject);
      return list.items.length ? list : { items: groupList(this.c.toks, this.c.ms, n), separate: false };
    });
  }

  /**
   * The nearest person before the trigger that can be its subject, or null; for a noun, its possessor first:
   * "Trump's first meeting with B", "the president's call with B".
   */
  get subject(): Mention | null {
    return this.once('subject', () => {
      if (this.isNoun && !this.isVerb) {
        let q = this.k - 1;
        // "Lee's November summit with B", "A's 2019 talks with B": a lower-case word or a date between
        const describes = (t: Token) => t.word && (!t.cap || t.tags.includes('Date') || /^\d{4}$/.test(t.text));
        while (q >= 0 && this.k - q <= 3 && !this.c.toks[q]!.poss && describes(this.c.toks[q]!)) q--;
        const owner = this.c.ms.find((m) => m.j === q + 1 && m.poss && m.person);
        if (owner) return owner;
      }
      if (this.ofOwner) return this.ofOwner;
      const near = nearestBefore(this.c.ms, this.k);
      if (near && this.isNoun && !this.isVerb && this.newClauseAfter(near)) return this.clauseSubject();
      if (near && this.isVerb && this.inAdjunctBefore(near)) return this.clauseSubject() ?? near;
      return near ?? this.frontedSubject();
    });
  }

  /** "At the meeting of A with B": the person after "of" right after a meeting noun, when "with" follows them. */
  get ofOwner(): Mention | null {
    return this.once('ofOwner', () => {
      if (!this.isNoun || this.isVerb || this.c.toks[this.end]?.lower !== 'of') return null;
      // "of Mr. A", "of the minister A": titles and "the" between
      const toks = this.c.toks;
      const m = this.c.ms.find(
        (x) =>
          x.i >= this.end &&
          x.i <= this.end + 5 &&
          x.person &&
          !x.poss &&
          toks.slice(this.end + 1, x.i).every((t) => t.lower === 'the' || !t.word || t.cap),
      );
      return m && toks[m.j]?.lower === 'with' ? m : null;
    });
  }

  /**
   * Whether ", and VERB" stands between a person and this noun: "A noted his call with B, and praised the dialogue
   * with C" — B is the object of the first clause, not the subject of the second.
   */
  private newClauseAfter(m: Mention): boolean {
    const toks = this.c.toks;
    for (let q = m.j; q < this.k - 1; q++)
      if (toks[q]!.text === ',' && toks[q + 1]!.lower === 'and') {
        const v = toks[q + 2];
        if (v && v.word && !v.cap && v.tags.includes('Verb')) return true;
      }
    return false;
  }

  /**
   * Whether this verb follows "and" and the nearest person stands in a phrase of a preposition of the clause before:
   * "A was in Ankara a week before B, and met with C" — A met C, not B.
   */
  private inAdjunctBefore(m: Mention): boolean {
    const toks = this.c.toks;
    let q = this.k - 1;
    if (toks[q]?.tags.includes('Adverb')) q--;
    if (toks[q]?.lower !== 'and' || m.j > q) return false;
    if (toks.slice(m.j, q).some((x) => x.text !== ',')) return false;
    const p = toks[titleStart(toks, m.i - 1) - 1];
    return !!p && ADJUNCT_PREP.test(p.lower) && this.c.ms.some((x) => x.i < m.i && x.person && x.person !== m.person);
  }

  /** The subject of the sentence's first clause: its first person, when no verb comes before it; else null. */
  private clauseSubject(): Mention | null {
    const first = this.c.ms.find((m) => m.person && !m.poss);
    if (!first) return null;
    const verbBefore = this.c.toks.slice(0, first.i).some((x) => x.word && !x.cap && x.tags.includes('Verb'));
    return verbBefore ? null : first;
  }

  /**
   * "In a phone call with B on Monday, A said …", "After meeting B, A said …", "Speaking after talks with B, A said
   * …", "A day earlier, after a call with B, A said …": the subject after a setting that opens the sentence
   */
  private frontedSubject(): Mention | null {
    const toks = this.c.toks;
    const gerund =
      this.isVerb &&
      /ing$/.test(this.t.lower) &&
      /^(?:after|before|while|upon|following|since)$/.test(toks[this.k - 1]?.lower ?? '');
    if ((!this.isNoun || this.isVerb) && !gerund) return null;
    const opens = toks.slice(0, this.k).every((x) => x.word && !x.cap) || toks[0]!.cap;
    const comma = toks.findIndex((x, q) => q > this.k && x.text === ',');
    const setting = meetingWords().setting;
    // "Speaking to reporters after talks with B, A said": a participle opens the setting, a preposition of it follows
    const participle = /^\p{L}+ing$/u.test(toks[0]!.lower) && toks.slice(1, this.k).some((x) => setting.has(x.lower));
    // "A day earlier, after a call with B, A said": a short time phrase, then the setting
    const c0 = toks.findIndex((x) => x.text === ',');
    const timeFirst =
      c0 > 0 && c0 <= 5 && c0 + 1 < this.k && setting.has(toks[c0 + 1]!.lower) && !this.c.ms.some((m) => m.i < c0);
    if (!opens || comma < 0 || !(setting.has(toks[0]!.lower) || participle || timeFirst)) return null;
    // "On the margins of the forum, meetings were held with B, C and D": a trigger after the setting is not in it
    const commasBefore = toks.slice(0, this.k).filter((x) => x.text === ',').length;
    if (commasBefore > (timeFirst ? 1 : 0)) return null;
    const after = (at: number) => {
      const subj = this.c.ms.find((m) => m.i > at && m.person && !m.poss);
      return subj && subj.i - at <= 6 ? subj : null;
    };
    // "In a meeting with B, CEO of X, A discussed …": an apposition of the other party before the subject
    const second = toks.findIndex((x, q) => q > comma + 1 && q <= comma + 12 && x.text === ',');
    return after(comma) ?? (second > 0 && !this.c.ms.some((m) => m.i > comma && m.i < second) ? after(second) : null);
  }

  /**
   * The subject and the people coordinated with it ("A, B and C met"). "A met B and C, before talks with D",
   * "A has spoken to B, spoken to C": when the nearest person is an object of the sentence's last frame, that
   * frame's subjects are this one's too — for a noun always (it has no subject of its own), for a verb after
   * a comma or "and" only (not "A met B, who later held talks with C").
   */
  get subjects(): Mention[] {
    return this.once('subjects', () => {
      const subj = this.subject;
      if (!subj) return [];
      const sh = this.c.shared;
      const gap = this.c.toks.slice(subj.j, this.k);
      const shared =
        sh &&
        sh.at < this.k &&
        sh.objects.has(subj) &&
        !gap.some((x) => /^(?:who|whom|which)$/.test(x.lower)) &&
        (!this.isVerb || (gap.length > 0 && gap.every((x) => ELLIPSIS.test(x.lower) || atTime(x))));
      return shared ? sh.subjects : withCoordinated(this.c.toks, this.c.ms, subj);
    });
  }

  /** A frame of this hit. */
  frame(rule: Frame['rule'], participants: string[], extra: Partial<Frame> = {}): Frame {
    // "spoke with B at the palace" is no call; "spoke by phone with B", "a phone call" are
    const call =
      this.kind === 'trigger' &&
      this.trigger.call &&
      /\b(?:phone|telephone|video|virtual|called|phoned)\b/i.test(this.c.s.text);
    return { rule, participants: [...new Set(participants)], spouses: [], at: this.t.start, call, ...extra };
  }
}
