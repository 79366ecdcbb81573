import type { Evidence, PersonFact } from '../../model.js';
import type { Sentence } from '../text.js';
import { mentionsOf, type MentionState } from './mentions.js';
import { printedName } from './name.js';
import { register } from './register.js';

/**
 * People of one report and every mention of them. Pass 1 (`register`, register.ts) collects the
 * people the evidence supports, with titles; pass 2 (`mentions`, mentions.ts, sentence by sentence
 * in order) resolves every name, surname, misspelling, title used alone and pronoun to one of them.
 */

export interface Person {
  id: string;
  name: string;
  tokens: string[];
  aliases: Set<string>;
  roles: string[];
  country: string | null;
  rank: number;
  diplomat: boolean;
  evidence: Evidence[];
  /** order of the last mention, for recency */
  last: number;
  /** mentions so far, for salience */
  count?: number;
  /** the country comes from a "counterpart" phrase only */
  weakCountry?: boolean;
  /** first named after a monarch's style ("Sultan Ibrahim"): a given name, no surname (match.ts) */
  regnal?: boolean;
  /** index of the last sentence that mentions the person */
  lastSentence?: number;
}

export type MentionKind = 'name' | 'title' | 'pronoun' | 'org' | 'document' | 'side' | 'anonymous';

export interface Mention {
  kind: MentionKind;
  /** person id, or null (an organization, an unnamed official, an unresolved title) */
  person: string | null;
  /** token range in the sentence */
  i: number;
  j: number;
  start: number;
  end: number;
  poss: boolean;
  quoted: boolean;
  /** organization name for kind 'org' */
  org?: string;
}

export class People implements MentionState {
  readonly list: Person[] = [];
  readonly anonymous: { head: string; country: string | null }[] = [];
  salient: string | null = null;
  unnamedSource = -2;
  clock = 0;

  constructor(readonly text: string) {}

  /** Pass 1: a person for every name run with evidence, with the titles around it. */
  register(s: Sentence): void {
    register(this, s);
  }

  /** Pass 2: every mention in a sentence, in order, resolved. Updates recency as it goes. */
  mentions(s: Sentence): Mention[] {
    return mentionsOf(this, s);
  }

  get(id: string): Person | undefined {
    return this.list.find((p) => p.id === id);
  }

  facts(): PersonFact[] {
    return this.list.map((p) => ({
      id: p.id,
      name: printedName(p),
      aliases: [...p.aliases],
      roles: p.roles,
      country: p.country,
      evidence: p.evidence,
    }));
  }
}
