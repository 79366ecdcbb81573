import { lexicon } from '../../knowledge/index.js';
import type { Mention } from '../people/index.js';
import type { Sentence, Token } from '../text.js';
import { isSpouse } from './args.js';
import type { Frame } from './frame.js';
import { Hit, type HitKind, type SentenceCtx } from './hit.js';
import { WORD_RULES, type FrameRule } from './rules.js';
import { TRIGGER_RULES } from './trigger-rules.js';
import { triggersAt } from './words.js';

/**
 * Meeting frames of one sentence: the driver of the rule tables (rules.ts, trigger-rules.ts). It finds the
 * hits of a sentence — the sentence itself (captions, "Present were …"), "brought together", "attended by",
 * "joined", plural references, joint verbs, and the meeting verbs and nouns of data/meeting-triggers.json —
 * and gives each hit to the rows that listen to its kind, in order, until one answers.
 */

const RULES: readonly FrameRule[] = [...WORD_RULES, ...TRIGGER_RULES];
const BY_KIND = new Map<HitKind, FrameRule[]>();
for (const r of RULES) BY_KIND.set(r.on, [...(BY_KIND.get(r.on) ?? []), r]);

export interface FrameEnv {
  countryOf: (id: string) => string | null;
  personNamed: (name: string) => string | null;
}

let gatherFirst: Set<string> | null = null;
/** first words of the 'gather' phrases ("brought together"), to look them up only where one may start */
const gatherFirstWords = () => (gatherFirst ??= new Set(lexicon().meeting.gather.map((g) => g.split(' ')[0]!)));

/** a capitalised meeting noun that is no part of a name: "a Summit with", "the Lisbon Summit", not "Summit Group" */
function nounOk(c: SentenceCtx, k: number): boolean {
  const t = c.toks[k]!;
  if (!t.cap || k === 0 || c.titleCase) return true;
  const n = c.toks[k + 1];
  return !(n && n.cap && n.word);
}

const MINOR = /^(?:a|an|the|and|or|of|in|on|at|to|for|with|by|from|as|vs|before|after|between)$/;
/** "Remarks by President Biden and President Ruto Before Bilateral Meeting": a headline in title case */
function isTitleCase(toks: Token[]): boolean {
  const words = toks.filter((t) => t.word && !MINOR.test(t.lower) && !/^\d/.test(t.text));
  return words.length >= 4 && words.filter((t) => t.cap).length >= words.length * 0.85;
}

/** The hits that start at token k, in the order their rules are tried. */
function hitsAt(c: SentenceCtx, k: number): Hit[] {
  const lex = lexicon();
  const toks = c.toks;
  const t = toks[k]!;
  const out: Hit[] = [];
  const gather = gatherFirstWords().has(t.lower)
    ? lex.meeting.gather.find((g) => g.split(' ').every((w, i) => toks[k + i]?.lower === w))
    : undefined;
  if (gather) out.push(new Hit(c, k, 'gather', undefined, undefined, gather.split(' ').length));
  if (lex.meeting.byVerbs.has(t.lower) && toks[k + 1]?.lower === 'by' && !t.cap)
    out.push(new Hit(c, k, 'by', undefined, undefined, 2));
  if (t.lower === 'joined') out.push(new Hit(c, k, 'joined'));
  if (t.lower === 'visiting') out.push(new Hit(c, k, 'visiting'));
  const triggers = triggersAt(toks, k);
  const verbs = t.cap && !c.titleCase ? [] : triggers.filter((x) => x.kind === 'verb');
  const noun = nounOk(c, k) ? triggers.find((x) => x.kind === 'noun') : undefined;
  // a form may be two verbs: "discussed" after "the two leaders" (a plural reference) and in "discussed with B"
  const plural = verbs.find((x) => x.plural);
  if (plural) out.push(new Hit(c, k, 'ref', plural));
  if (lex.meeting.joint.has(t.lower) && !t.cap) out.push(new Hit(c, k, 'joint'));
  const v = verbs.find((x) => !x.refOnly);
  if (v || noun) out.push(new Hit(c, k, 'trigger', v, noun));
  return out;
}

/** The first row for this hit's kind that answers, with its answer, or null. */
function answer(h: Hit): { rule: FrameRule; frames: Frame[] } | null {
  for (const r of BY_KIND.get(h.kind) ?? []) {
    const frames = r.apply(h);
    if (frames) return { rule: r, frames };
  }
  return null;
}

/**
 * The vetoes after which a sentence has no meeting at all (planned, denied, called off, not a meeting); a
 * trigger turned down only for want of a named subject ("he met …") leaves the sentence to the fallback rows.
 */
const SENTENCE_VETOES = new Set(['veto.planned', 'veto.not-happened', 'veto.not-held', 'veto.not-a-meeting']);

/** The meeting frames of sentence s, whose person mentions are `mentions`. */
export function findFrames(s: Sentence, mentions: Mention[], env: FrameEnv): Frame[] {
  const c: SentenceCtx = {
    s,
    toks: s.tokens,
    // in text order: the subject of a trigger is the nearest person before it
    ms: mentions.filter((m) => !m.quoted && m.kind !== 'org').sort((a, b) => a.i - b.i),
    ...env,
    frames: [],
    titleCase: isTitleCase(s.tokens),
  };
  if (!c.toks.length) return [];
  for (const r of BY_KIND.get('sentence') ?? []) c.frames.push(...(r.apply(new Hit(c, 0, 'sentence')) ?? []));
  let vetoed = false;
  let unread: Hit | null = null;
  for (let k = 0; k < c.toks.length; k++) {
    const t = c.toks[k]!;
    if (t.quoted || !t.word) continue;
    for (const h of hitsAt(c, k)) {
      if (h.kind === 'trigger' && h.isVerb) unread ??= h;
      const a = answer(h);
      if (!a) continue;
      c.frames.push(...a.frames);
      if (SENTENCE_VETOES.has(a.rule.id)) vetoed = true;
      k = h.end - 1;
      break;
    }
  }
  // a sentence with a meeting verb, no meeting read and no veto: the fallback rows, at its first meeting verb
  if (unread && !vetoed && !c.frames.length)
    for (const r of BY_KIND.get('fallback') ?? [])
      c.frames.push(...(r.apply(new Hit(c, unread.k, 'fallback', unread.verb)) ?? []));
  const spouseIds = c.ms.filter((m) => m.person && m.kind === 'name' && isSpouse(c.toks, m)).map((m) => m.person!);
  return withSpouses(whole(c.frames), new Set(spouseIds));
}

/** "A and B met … at talks chaired by C": a pair inside a larger meeting of the sentence is part of it. */
function whole(frames: Frame[]): Frame[] {
  const partial = (f: Frame) =>
    f.participants.length === 0 || f.rule === 'meeting.group' || !!f.group || !!f.sameGroup || !!f.actor;
  return frames.filter(
    (f) =>
      partial(f) ||
      !frames.some(
        (g) =>
          g !== f &&
          !partial(g) &&
          g.participants.length > f.participants.length &&
          f.participants.every((p) => g.participants.includes(p)),
      ),
  );
}

/** Spouses named beside the principals come along, not as principals; a spouse's own "meeting" joins the principals' one. */
function withSpouses(found: Frame[], spouseIds: Set<string>): Frame[] {
  if (!spouseIds.size) return found;
  const split = found.map((f) => ({
    ...f,
    participants: f.participants.filter((p) => !spouseIds.has(p)),
    spouses: [...f.spouses, ...f.participants.filter((p) => spouseIds.has(p))],
  }));
  const out = split.filter((f) => f.participants.length >= 2);
  split.forEach((f, i) => {
    if (f.participants.length >= 2) return;
    if (f.participants.length === 0 || f.ref || f.group || f.sameGroup || f.actor || f.rule === 'meeting.group') {
      if (!out.includes(f)) out.push(found[i]!);
      return;
    }
    const host = out.find((o) => o.participants.includes(f.participants[0]!));
    if (host) for (const o of f.spouses) if (!host.spouses.includes(o)) host.spouses.push(o);
  });
  return out;
}
