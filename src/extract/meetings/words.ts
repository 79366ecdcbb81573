import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../../paths.js';
import type { Token } from '../text.js';

/**
 * The meeting triggers of data/meeting-triggers.json, validated once, and the index the frame driver
 * looks tokens up in. A trigger is a verb or a noun (one or two words) with the arguments it takes:
 * see the file's `_comment`.
 */

const words = z.array(z.string().min(1));
const Verb = z.object({
  lemma: z.string().min(1),
  forms: words.min(1),
  object: z.boolean().default(false),
  preps: words.default([]),
  particles: words.default([]),
  plural: z.boolean().default(false),
  call: z.boolean().default(false),
  host: z.boolean().default(false),
  refOnly: z.boolean().default(false),
  needs: words.default([]),
});
const Noun = z.object({
  forms: words.min(1),
  preps: words.default([]),
  call: z.boolean().default(false),
  occasion: z.boolean().default(false),
  several: z.boolean().default(false),
});
const File = z.object({
  verbs: z.array(Verb).min(1),
  nouns: z.array(Noun).min(1),
  setting: words,
  addressVerbs: words,
  holdVerbs: words,
  together: words,
  pluralRefs: words,
  pairWords: words,
  theyWords: words,
  groupHeads: words,
  notHappened: words,
  notHappenedNoun: words,
});

export interface Trigger {
  kind: 'verb' | 'noun';
  /** the words of the form, lower case: ["phone", "call"] */
  words: string[];
  object: boolean;
  preps: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  plural: boolean;
  call: boolean;
  host: boolean;
  occasion: boolean;
  refOnly: boolean;
  /** words one of which must stand among the particles ("presented his credentials to") */
  needs: ReadonlySet<string>;
  /** a plural noun of several meetings, one per party ("bilateral meetings with B and C") */
  several: boolean;
}

function load(file = path.join(DATA_DIR, 'meeting-triggers.json')) {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the meeting triggers (${(e as Error).message})`, { cause: e });
  }
  const parsed = File.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `${file}: not a valid meeting-trigger file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const d = parsed.data;
  const byFirst = new Map<string, Trigger[]>();
  const add = (t: Trigger) => {
    const list = byFirst.get(t.words[0]!) ?? [];
    list.push(t);
    // the longest form first: "phone call" before "phone"
    list.sort((a, b) => b.words.length - a.words.length);
    byFirst.set(t.words[0]!, list);
  };
  for (const v of d.verbs)
    for (const f of v.forms)
      add({
        ...v,
        kind: 'verb',
        words: f.split(' '),
        preps: new Set(v.preps),
        particles: new Set(v.particles),
        needs: new Set(v.needs),
        occasion: false,
        several: false,
      });
  for (const n of d.nouns)
    for (const f of n.forms)
      add({
        ...n,
        kind: 'noun',
        words: f.split(' '),
        object: false,
        preps: new Set(n.preps),
        particles: new Set(),
        plural: true,
        host: false,
        refOnly: false,
        needs: new Set(),
      });
  const set = (xs: string[]) => new Set(xs);
  return {
    byFirst,
    setting: set(d.setting),
    addressVerbs: set(d.addressVerbs),
    holdVerbs: set(d.holdVerbs),
    together: set(d.together),
    pluralRefs: d.pluralRefs.map((r) => r.split(' ')),
    pairWords: set(d.pairWords),
    theyWords: set(d.theyWords),
    groupHeads: set(d.groupHeads),
    notHappened: set(d.notHappened),
    notHappenedNoun: set(d.notHappenedNoun),
  };
}

export type MeetingWords = ReturnType<typeof load>;
let cached: MeetingWords | null = null;
/** The meeting triggers, read from data/ on first use; `file` reads another file (tests of a bad file). */
export function meetingWords(file?: string): MeetingWords {
  if (file) return load(file);
  return (cached ??= load());
}

/** The triggers whose words start at token k, longest first (a token may be a verb and a noun: "meeting"). */
export function triggersAt(toks: Token[], k: number): Trigger[] {
  const list = meetingWords().byFirst.get(toks[k]!.lower);
  if (!list) return [];
  return list.filter((t) => t.words.every((w, i) => toks[k + i]?.lower === w && !toks[k + i]!.quoted));
}
