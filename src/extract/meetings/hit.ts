import { lexicon } from '../data.js';
import type { Mention } from '../people/index.js';
import type { Sentence, Token } from '../text.js';
import { groupList, nearestBefore, readList, withCoordinated, type List } from './args.js';
import type { Frame } from './frame.js';
import type { Trigger } from './words.js';

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
  /** the subjects and objects of the last "A met B" frame: "A met B, before talks with C" shares its subject */
  shared?: { subjects: Mention[]; objects: Set<string>; at: number };
}

/** What kind of word a hit is; a rule listens to one kind. */
export type HitKind = 'sentence' | 'gather' | 'by' | 'joined' | 'ref' | 'joint' | 'trigger';

const DETERMINER = new Set(['the', 'a', 'an', 'their', 'his', 'her', 'its', 'this', 'that', 'first', 'second']);
const TIME_WORD =
  /^(?:on|in|the|this|last|earlier|later|late|early|morning|afternoon|evening|night|day|yesterday|today|,)$/;

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
    const p = this.c.toks[this.k - 1]?.lower ?? '';
    return !!this.verb && !(this.noun && (DETERMINER.has(p) || p.includes('-')));
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
      if (toks[this.end]?.lower === 'between') return { n: this.end + 1, look: true, between: true };
      if (this.isVerb && this.verb!.object) return { n: this.end, look: true, between: false };
      const tr = this.trigger;
      let n = this.end;
      while (n < toks.length && n - this.end < 4 && tr.particles.has(toks[n]!.lower) && !tr.preps.has(toks[n]!.lower))
        n++;
      if (toks[n]?.lower === 'between' && tr.preps.has('between')) return { n: n + 1, look: true, between: true };
      const lex = lexicon();
      const timeWord = (x: Token | undefined) =>
        !!x &&
        (TIME_WORD.test(x.lower) || lex.weekdays.has(x.lower) || lex.months.has(x.lower) || /^\d{1,4}$/.test(x.text));
      // "a call on Monday" is no call on anyone
      if (tr.preps.has(toks[n]?.lower ?? '') && !(toks[n]!.lower === 'on' && timeWord(toks[n + 1]) && toks[n + 1]!.cap))
        return { n: n + 1, look: true, between: false };
      // "held talks on Monday evening with X": a time between the noun and "with"
      if (this.isNoun) {
        let w = this.end;
        while (w < toks.length && w - this.end < 7 && timeWord(toks[w])) w++;
        if (w > this.end && toks[w]?.lower === 'with') return { n: w + 1, look: true, between: false };
      }
      return { n: this.end, look: false, between: false };
    });
  }

  /** The people the trigger's arguments name: "met B, C and D", "talks between B and C", "his colleagues (A and B)". */
  get objects(): List {
    return this.once('objects', () => {
      const { n, look } = this.args;
      if (!look) return { items: [], separate: false };
      const list = readList(this.c.toks, this.c.ms, n, 30);
      return list.items.length ? list : { items: groupList(this.c.toks, this.c.ms, n), separate: false };
    });
  }

  /** The nearest person before the trigger that can be its subject, or null. */
  get subject(): Mention | null {
    return this.once('subject', () => nearestBefore(this.c.ms, this.k));
  }

  /**
   * The subject and the people coordinated with it ("A, B and C met"). "A met B and C, before talks with D":
   * a meeting noun has no subject of its own, so when the nearest person is an object of the sentence's last
   * frame, that frame's subjects are the noun's too (not after "who": "A met B, who later held talks with C").
   */
  get subjects(): Mention[] {
    return this.once('subjects', () => {
      const subj = this.subject;
      if (!subj) return [];
      const sh = this.c.shared;
      const rel = this.c.toks.slice(subj.j, this.k).some((x) => /^(?:who|whom|which)$/.test(x.lower));
      if (sh && !this.isVerb && sh.at < this.k && subj.person && sh.objects.has(subj.person) && !rel)
        return sh.subjects;
      return withCoordinated(this.c.toks, this.c.ms, subj);
    });
  }

  /** A frame of this hit. */
  frame(rule: Frame['rule'], participants: string[], extra: Partial<Frame> = {}): Frame {
    return { rule, participants: [...new Set(participants)], companions: [], at: this.t.start, ...extra };
  }
}
