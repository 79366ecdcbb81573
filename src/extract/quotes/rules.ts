import { lexicon } from '../../knowledge/index.js';
import { coordinatedBefore, titleish } from '../grammar.js';
import type { Mention } from '../people/index.js';
import type { Token } from '../text.js';
import { isAdverb, positionVerbAt, speechVerbAt, subjectEnd } from '../verbs.js';
import type { Attribution, QuoteScene } from './attribute.js';

/**
 * The rules that attribute a quotation, as tables read in order by `attribute` (attribute.ts):
 * AFTER (a reporting clause after the closing mark), then BEFORE (a reporting verb before the
 * opening mark, the previous speaker, the sentence's subject); in BEFORE, CUES are tried at each
 * token from the opening mark back. A new pattern is a row here and a row in
 * test/unit/extract/quotes/rules.test.ts.
 */

export interface AttributionRow {
  id:
    | 'after.reporting-clause'
    | 'after.sentence-end-clause'
    | 'before.in-words'
    | 'before.adding-that'
    | 'before.cues'
    | 'before.continued'
    | 'before.adjacent'
    | 'before.subject'
    | 'before.unattributed';
  example: string;
  find: (scene: QuoteScene) => Attribution | null;
}

export interface CueRow {
  id: 'cue.according-to' | 'cue.quoted-as-saying' | 'cue.reporting-verb';
  example: string;
  /** the attribution a cue at token n (before the quotation, in its sentence) gives, or null */
  at: (scene: QuoteScene, n: number) => Attribution | null;
}

const isAccordingTo = (toks: Token[], k: number) => toks[k]?.lower === 'according' && toks[k + 1]?.lower === 'to';

/** "according to a statement by spokesman X": the person a document is by, else the first mention */
function accordingTo(ms: Mention[], toks: Token[], k: number): Mention | undefined {
  const m = ms.find((x) => x.i >= k + 2 && x.i <= k + 8);
  if (m && (m.kind === 'document' || m.kind === 'org') && /^(?:by|from)$/.test(toks[m.j]?.lower ?? '')) {
    const by = ms.find((x) => x.i > m.j && x.i <= m.j + 7 && x.person && x.kind === 'name');
    if (by && toks.slice(m.j, by.i).every((t) => t.word)) return by;
  }
  return m;
}

/** VERB [title] MENTION: "said Lavrov", "said US diplomatic spokesman Farah Dakhlallah" */
function verbFirst(toks: Token[], k: number, v: number, ms: Mention[], limit: number): Mention | null {
  for (let n = k + v; n < Math.min(limit, k + v + 8); n++) {
    const m = ms.find((x) => x.i === n && !x.quoted);
    if (m) return m;
    if (!titleish(toks[n]!) && !(toks[n]!.text === '.' && toks[n - 1]?.cap)) break;
  }
  return null;
}

/** [title words] MENTION: the mention a reporting clause opens with ("State Department spokesman Farah Dakhlallah") */
function subjectFirst(toks: Token[], k: number, ms: Mention[], limit: number): Mention | undefined {
  let n = k;
  let m: Mention | undefined;
  while (n < limit && n - k < 10) {
    m = ms.find((x) => x.i === n && !x.quoted);
    // an organization inside a title
    if (m && m.kind === 'org' && toks[m.j] && titleish(toks[m.j]!) && !speechVerbAt(toks, m.j)) {
      n = m.j;
      m = undefined;
      continue;
    }
    if (m || !(titleish(toks[n]!) || (toks[n]!.text === '.' && n > k && toks[n - 1]!.cap))) break;
    n++;
  }
  return m;
}

/** A reporting clause starting at token k: "[title] MENTION [adverbs] VERB" or "VERB [title] MENTION". */
function clauseAt(
  toks: Token[],
  k: number,
  ms: Mention[],
  limit: number,
): { m: Mention; objectPronoun?: Mention } | null {
  const v0 = speechVerbAt(toks, k);
  if (v0) {
    const m = verbFirst(toks, k, v0, ms, limit);
    return m ? { m } : null;
  }
  const m = subjectFirst(toks, k, ms, limit);
  if (!m) return null;
  let v = m.j;
  while (v < limit && isAdverb(toks[v])) v++;
  // "an official familiar with the talks told …": a phrase that qualifies an unnamed source
  const qual = lexicon().sourceQualifiers.find((p) => p.split(' ').every((w, n) => toks[v + n]?.lower === w));
  if (qual && m.kind === 'anonymous') {
    let e = v + qual.split(' ').length;
    while (e < Math.min(limit, v + 8) && toks[e]!.word && !speechVerbAt(toks, e)) e++;
    if (speechVerbAt(toks, e)) v = e;
  }
  // "…,” X was quoted as telling Y
  if (/^(was|is|were)$/.test(toks[v]?.lower ?? '') && /^(quoted|cited)$/.test(toks[v + 1]?.lower ?? '')) return { m };
  if (!speechVerbAt(toks, v)) return null;
  // "CCTV reported him as saying"
  const obj = ms.find((x) => x.i === v + 1 && x.kind === 'pronoun');
  if (obj && toks[v + 2]?.lower === 'as') return { m, objectPronoun: obj };
  return { m };
}

/** "…,” Lavrov said", "…,” said spokesman X", "…,” CCTV reported him as saying": right after the closing mark */
function reportingClauseAfter(scene: QuoteScene): Attribution | null {
  const { q, ctoks, cms } = scene;
  let k = ctoks.findIndex((t) => t.start >= q.close);
  if (k < 0) return null;
  let limit = k;
  while (limit < ctoks.length && !ctoks[limit]!.quoted && !/[“"‘]/.test(ctoks[limit]!.text)) limit++;
  while (k < limit && !ctoks[k]!.word) k++;
  if (isAccordingTo(ctoks, k)) {
    const m = accordingTo(cms, ctoks, k);
    if (m) return scene.from(m, 'quote.according-to', 0.8);
  }
  const c = clauseAt(ctoks, k, cms, limit);
  if (!c) return null;
  return c.objectPronoun
    ? scene.from(c.objectPronoun, 'quote.reported-as-saying', 0.85)
    : scene.from(c.m, 'quote.said-after', 0.95);
}

/** "…, the official added." / "…” a senior official told reporters.": a reporting clause that ends the sentence */
function clauseEndingSentence(scene: QuoteScene): Attribution | null {
  const { q, ctoks, cms } = scene;
  const starts: number[] = [];
  ctoks.forEach((t, n) => {
    if (t.start < q.close || t.quoted) return;
    if (t.text === ',' || (/[”"’']/.test(t.text) && n > 0 && ctoks[n - 1]!.quoted)) starts.push(n + 1);
  });
  for (const s of starts.reverse()) {
    let n = s;
    while (n < ctoks.length && !ctoks[n]!.word) n++;
    if (isAccordingTo(ctoks, n)) {
      const m = accordingTo(cms, ctoks, n);
      if (m && m.person && m.kind === 'name') return scene.from(m, 'quote.according-to', 0.8);
    }
    const c = clauseAt(ctoks, n, cms, ctoks.length);
    if (c)
      return c.objectPronoun
        ? scene.from(c.objectPronoun, 'quote.reported-as-saying', 0.8)
        : scene.from(c.m, 'quote.said-end', 0.85);
  }
  return null;
}

/** "in X's words" */
function inWords(scene: QuoteScene): Attribution | null {
  const { otoks, oms, end } = scene;
  for (let n = end - 1; n >= 1; n--) {
    if (otoks[n]!.lower === 'words' && otoks[n - 1]!.poss && otoks[n - 2]?.lower === 'in') {
      const m = oms.find((x) => x.j === n);
      if (m) return scene.from(m, 'quote.in-words', 0.9);
    }
  }
  return null;
}

/** the subject of the reporting verb a participle continues: "X said he had met Y, adding that …" */
function participleSubject(scene: QuoteScene, n: number): Attribution | null | undefined {
  const { otoks, oms } = scene;
  for (let v = n - 2; v >= 1; v--) {
    if (!speechVerbAt(otoks, v) || otoks[v]!.quoted) continue;
    const e = subjectEnd(otoks, v - 1);
    const subj = oms.find((x) => x.j === e + 1 && x.person);
    if (subj) return scene.from(subj, 'quote.adding-that', 0.8);
    // "…, the ministry said, adding that …": an organization, a document or an unnamed official reports it
    const src = oms.find((x) => x.j === e + 1 && (x.kind === 'org' || x.kind === 'document' || x.kind === 'anonymous'));
    if (src) return scene.from(src, 'quote.adding-that', 0.8);
    const t = otoks[e];
    if (t && !t.cap && t.word && lexicon().orgWords.has(t.lower) && otoks[e - 1]?.lower === 'the')
      return { speaker: null, source: null, rule: 'quote.adding-that.no-person', confidence: 0.6 };
    return undefined;
  }
  return undefined;
}

/** ", adding that …": the words are still the main clause's speaker's */
function addingThat(scene: QuoteScene): Attribution | null {
  const { otoks, oms, end, ctx } = scene;
  for (let n = end - 1; n >= 1; n--) {
    const t = otoks[n]!;
    if (t.quoted || !lexicon().participleAfterComma.has(t.lower) || otoks[n - 1]?.text !== ',') continue;
    if (ctx.previous && ctx.previous.sentence === scene.openAt)
      return { speaker: ctx.previous.speaker, source: null, rule: 'quote.adding-that', confidence: 0.85 };
    const subj = participleSubject(scene, n);
    if (subj) return subj;
    const m = oms.filter((x) => x.i < n - 1 && x.kind !== 'pronoun').pop();
    if (m) return scene.from(m, 'quote.adding-that', 0.8);
  }
  return null;
}

/** Reporting cues before the quotation, tried at each token from the opening mark back. */
export const CUES: readonly CueRow[] = [
  {
    id: 'cue.according-to',
    example: 'According to Ruiz, “the door is open.”',
    at: (scene, n) => {
      if (!isAccordingTo(scene.otoks, n)) return null;
      const m = accordingTo(scene.oms, scene.otoks, n);
      return m ? scene.from(m, 'quote.according-to', 0.8) : null;
    },
  },
  {
    id: 'cue.quoted-as-saying',
    example: 'Ruiz was quoted by a news agency as saying “…”; the agency quoted him as saying “…”',
    at: (scene, n) => {
      const { otoks, oms } = scene;
      if (otoks[n]!.lower !== 'saying' || otoks[n - 1]?.lower !== 'as') return null;
      for (let k = n - 2; k >= Math.max(0, n - 10); k--) {
        if (!/^(quoted|cited|reported)$/.test(otoks[k]!.lower)) continue;
        const passive = otoks[k - 1]?.lower === 'was' || otoks[k - 1]?.lower === 'is';
        const e = subjectEnd(otoks, passive ? k - 2 : k - 1);
        const m = oms.find((x) => x.i === k + 1 && x.person) ?? oms.find((x) => x.j === e + 1 && x.person);
        return m ? scene.from(m, 'quote.quoted-as-saying', 0.85) : null;
      }
      return null;
    },
  },
  {
    id: 'cue.reporting-verb',
    example: 'Ruiz said “the door is open”; Ruiz made “clear demands”',
    at: (scene, n) => {
      const { otoks, oms } = scene;
      const said = speechVerbAt(otoks, n) > 0;
      if (!said && !positionVerbAt(otoks, n)) return null;
      // "urged governments to raise spending": an infinitive is not what the sentence's subject did
      if (otoks[n - 1]?.lower === 'to' && !otoks[n - 1]!.cap) return null;
      const e = subjectEnd(otoks, n - 1);
      // "X said … and had made the position “…”": the verb shares the subject of the verb before it
      if (otoks[e]?.lower === 'and' && !oms.some((x) => x.j === e + 1)) return null;
      const m = oms.filter((x) => x.j === e + 1).pop() ?? oms.filter((x) => x.j <= n).pop();
      // "X recalled that she and President Y agreed on “…”": a joint subject inside what someone reports;
      // the reporting verb before it names the speaker
      const co = m && m.j === e + 1 ? coordinatedBefore(otoks, oms, m.i) : undefined;
      if (co && co.person !== m!.person && otoks.slice(0, m!.i).some((t, k) => !t.quoted && speechVerbAt(otoks, k) > 0))
        return null;
      if (m) return scene.from(m, said ? 'quote.said-before' : 'quote.subject', 0.85);
      return said ? { speaker: null, source: null, rule: 'quote.no-person', confidence: 0.5 } : null;
    },
  },
];

/** The first cue before the quotation, from its opening mark back. */
function cues(scene: QuoteScene): Attribution | null {
  for (let n = scene.end - 1; n >= 0; n--) {
    if (scene.otoks[n]!.quoted) continue;
    for (const row of CUES) {
      const a = row.at(scene, n);
      if (a) return { ...a, by: row.id };
    }
  }
  return null;
}

export const AFTER: readonly AttributionRow[] = [
  { id: 'after.reporting-clause', example: '“We are ready,” Ruiz said.', find: reportingClauseAfter },
  {
    id: 'after.sentence-end-clause',
    example: '“We are ready,” she said at the port, the official added.',
    find: clauseEndingSentence,
  },
];

export const BEFORE: readonly AttributionRow[] = [
  { id: 'before.in-words', example: 'In Ruiz’s words, “the door is open.”', find: inWords },
  { id: 'before.adding-that', example: 'Ruiz said talks went well, adding that “the door is open.”', find: addingThat },
  { id: 'before.cues', example: 'Ruiz said: “The door is open.”', find: cues },
  {
    id: 'before.continued',
    example: '“We are ready,” Ruiz said. “The door is open.” (the second quotation stands alone)',
    find: ({ otoks, q, open, ctx }) => {
      const prev = ctx.previous;
      const words = otoks.filter((t) => t.end <= q.open && !t.quoted && t.word).length;
      return words === 0 && prev && open.para - prev.para <= 1
        ? { speaker: prev.speaker, source: null, rule: 'quote.continued', confidence: 0.75 }
        : null;
    },
  },
  {
    id: 'before.adjacent',
    example: 'Ruiz “emphasized the importance of dialogue”.',
    find: (scene) => {
      const adjacent = scene.oms[scene.oms.length - 1];
      const openTok = scene.otoks.findIndex((t) => t.start === scene.q.open);
      return adjacent && adjacent.person && !adjacent.poss && openTok >= 0 && adjacent.j === openTok
        ? scene.from(adjacent, 'quote.subject', 0.7)
        : null;
    },
  },
  {
    id: 'before.subject',
    example: 'Ruiz, at the port on Monday, called the plan “a step forward”.',
    find: (scene) => {
      const subj = scene.oms[0];
      return subj && subj.person && subj.i <= 3 && !subj.poss ? scene.from(subj, 'quote.subject', 0.6) : null;
    },
  },
  {
    id: 'before.unattributed',
    example: '“The door is open.” (nothing names a speaker)',
    find: () => ({ speaker: null, source: null, rule: 'quote.unattributed', confidence: 0.3 }),
  },
];
