/**
 * One Quote per utterance. Within a block (one speaker's family name), wordings that fold to the
 * same words (case, punctuation, stabilise/stabilize) are one form; forms that share nearly all
 * their words, or of which one carries the other whole plus more sentences, are one body; a body
 * whose words run inside a longer body's wording (a truncated excerpt, a scare-quoted phrase)
 * attaches to the longer one. Every wording is kept: on the Quote (`wordings`), and per outlet on
 * `REPORTED` and per article on `SUPPORTS.wording`.
 *
 * Two forms are compared only when they share a run of words (GRAM words, or all of the shorter
 * one): that is what lets a write find the quotes a new wording may belong to through an index
 * (`matchForms`, `matchHeads` on the Quote, src/graph/consolidate.ts) instead of comparing it with
 * every quote of its speaker.
 */
import type { QuoteClaim } from './claims.js';
import { aggregate, canonicalOrder, DisjointSets, groupBy, type Cluster, type SourceAggregates } from './cluster.js';
import { containsRun, dice, pickCanonical, shortHash, sortedSet, textTokens, voteBy } from './normalize.js';

export interface QuoteProps extends SourceAggregates {
  block: string;
  text: string;
  wordings: string[];
  wordingText: string;
  excerpts: string[];
  /** Each form's words, tagged with the block: phrase queries on these find the quotes that contain a wording. */
  matchForms: string[];
  /** Each form's first GRAM words, tagged with the block: finds the quotes a new wording contains. */
  matchHeads: string[];
}

/** Two forms are one body when they share this share of their words (Dice) and similar lengths. */
const SAME_WORDS = 0.85;
const SAME_LENGTH = 0.8;
/** The run of words two forms must share to be compared at all (all of the shorter one if it is shorter). */
export const GRAM = 4;

/** One form of a quote: the folded words of some wordings, and the runs of whole sentences inside them. */
export interface Form {
  key: string;
  tokens: string[];
  /** Proper runs of whole sentences of its wordings, 3 words or more (a wording "A. B." gives A and B). */
  spans: string[][];
}

const SENTENCE_END = /(?<=[.!?…])["'”’»)\]]*\s+/u;

/** The forms of a set of wordings (the same forms, in the same order, whatever order they come in). */
export function formsOf(wordings: string[]): Form[] {
  const byKey = groupBy(wordings, (w) => textTokens(w).join(' '));
  return [...byKey].map(([key, ws]) => ({
    key,
    tokens: key ? key.split(' ') : [],
    spans: spansOf(ws),
  }));
}

function spansOf(wordings: string[]): string[][] {
  const out = new Map<string, string[]>();
  for (const w of wordings) {
    const sentences = w
      .split(SENTENCE_END)
      .map((s) => textTokens(s))
      .filter((t) => t.length);
    for (let i = 0; i < sentences.length; i++)
      for (let j = i; j < sentences.length; j++) {
        if (i === 0 && j === sentences.length - 1) continue;
        const span = sentences.slice(i, j + 1).flat();
        if (span.length >= 3) out.set(span.join(' '), span);
      }
  }
  return [...out.values()];
}

function similar(a: string[], b: string[]): boolean {
  const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
  return ratio >= SAME_LENGTH && (dice(a, b) >= SAME_WORDS || containsRun(a, b) || containsRun(b, a));
}

function grams(tokens: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  return out;
}

/** Whether the two share a run of min(GRAM, both lengths) words: the condition for comparing them. */
function shareRun(a: string[], b: string[]): boolean {
  const n = Math.min(GRAM, a.length, b.length);
  if (n === 0) return false;
  const mine = new Set(grams(a, n));
  return grams(b, n).some((g) => mine.has(g));
}

/** Whether `a` carries `b` whole, as one or more of its sentences, with more sentences beside it. */
function carriesWhole(a: Form, b: Form): boolean {
  return b.tokens.length >= 3 && a.spans.some((s) => similar(s, b.tokens));
}

/** Whether two forms are one body (see the file's comment). */
export function sameBody(a: Form, b: Form): boolean {
  if (a.key === b.key) return true;
  if (!shareRun(a.tokens, b.tokens)) return false;
  return similar(a.tokens, b.tokens) || carriesWhole(a, b) || carriesWhole(b, a);
}

/** Whether two forms bear on each other's quote at all: one body, or one runs inside the other. */
export function related(a: Form, b: Form): boolean {
  return sameBody(a, b) || containsRun(a.tokens, b.tokens) || containsRun(b.tokens, a.tokens);
}

/** The tag that scopes lookup terms to one block. */
export function blockTag(block: string): string {
  return `q${shortHash(block).slice(0, 8)}_`;
}

/** A form's words as one `matchForms` entry. */
export function matchForm(tag: string, tokens: string[]): string {
  return tokens.map((t) => tag + t).join(' ');
}

/** A run of words as a `matchHeads` term. */
export function matchHead(tag: string, tokens: string[]): string {
  return tag + tokens.join('_');
}

interface Body {
  forms: (Form & { claims: QuoteClaim[] })[];
  rep: string[];
  repKey: string;
  articles: number;
}

/** A body as the incremental writes compare them: its forms, longest form, support and parent. */
export interface BodyInfo {
  /** Its form keys, sorted and joined: equal for the same body in two runs. */
  key: string;
  forms: Form[];
  rep: string[];
  articles: number;
  /** The key of the body it is an excerpt of, or null. */
  parent: string | null;
}

export function consolidateQuotes(all: QuoteClaim[]): Cluster<QuoteProps, QuoteClaim>[] {
  return [...groupBy(canonicalOrder(all), (c) => c.block)].flatMap(
    ([block, claims]) => quoteBlock(block, claims).clusters,
  );
}

/** Consolidates one block's claims (in canonical order) into quotes, with the bodies behind them. */
export function quoteBlock(
  block: string,
  claims: QuoteClaim[],
): { clusters: Cluster<QuoteProps, QuoteClaim>[]; bodies: BodyInfo[] } {
  const out: Cluster<QuoteProps, QuoteClaim>[] = [];
  const byKey = groupBy(claims, (c) => textTokens(c.wording).join(' '));
  const forms = [...byKey].map(([key, cs]) => ({
    key,
    tokens: key ? key.split(' ') : [],
    spans: spansOf(cs.map((c) => c.wording)),
    claims: cs,
  }));
  // Every run of 1..GRAM words → the forms holding it: the candidates for every comparison.
  const holding = new Map<string, number[]>();
  forms.forEach((f, i) => {
    for (let n = 1; n <= Math.min(GRAM, f.tokens.length); n++)
      for (const g of new Set(grams(f.tokens, n))) {
        const k = `${n}|${g}`;
        const list = holding.get(k);
        if (list) list.push(i);
        else holding.set(k, [i]);
      }
  });
  const headOf = (tokens: string[]) => `${Math.min(GRAM, tokens.length)}|${tokens.slice(0, GRAM).join(' ')}`;

  const sets = new DisjointSets(forms.length);
  forms.forEach((f, i) => {
    const candidates = new Set<number>();
    if (f.tokens.length < GRAM) for (const j of holding.get(headOf(f.tokens)) ?? []) candidates.add(j);
    else
      for (const g of new Set(grams(f.tokens, GRAM)))
        for (const j of holding.get(`${GRAM}|${g}`) ?? []) candidates.add(j);
    for (const j of candidates) if (j !== i && sameBody(f, forms[j]!)) sets.union(i, j);
  });
  const bodyOf = new Map<number, Body>();
  const bodies: Body[] = sets.groups().map((idx) => {
    const fs = idx.map((i) => forms[i]!);
    const rep = fs.map((f) => f.tokens).sort((a, b) => b.length - a.length || (a.join(' ') < b.join(' ') ? -1 : 1))[0]!;
    const body = {
      forms: fs,
      rep,
      repKey: rep.join(' '),
      articles: new Set(fs.flatMap((f) => f.claims.map((c) => c.articleId))).size,
    };
    for (const i of idx) bodyOf.set(i, body);
    return body;
  });
  // Which longer body each body is an excerpt of, if any: the best container (most articles,
  // then longest, then first in word order), followed up to a body that is no excerpt itself.
  const better = (a: Body, b: Body) =>
    a.articles - b.articles || a.rep.length - b.rep.length || (a.repKey < b.repKey ? 1 : -1);
  const parentOf = new Map<Body, Body | null>();
  for (const body of bodies) {
    const containers = new Set<Body>();
    for (const j of holding.get(headOf(body.rep)) ?? []) {
      const o = bodyOf.get(j)!;
      if (o !== body && o.rep.length > body.rep.length && containsRun(forms[j]!.tokens, body.rep)) containers.add(o);
    }
    parentOf.set(body, [...containers].sort((a, b) => better(b, a))[0] ?? null);
  }
  const rootOf = (b: Body): Body => {
    const p = parentOf.get(b);
    return p ? rootOf(p) : b;
  };
  const members = new Map<Body, Body[]>();
  for (const body of bodies) {
    const root = rootOf(body);
    let m = members.get(root);
    if (!m) members.set(root, (m = []));
    m.push(body);
  }
  const tag = blockTag(block);
  for (const [root, group] of members) {
    const rootClaims = root.forms.flatMap((f) => f.claims);
    const excerptClaims = group.filter((b) => b !== root).flatMap((b) => b.forms.flatMap((f) => f.claims));
    const all = canonicalOrder([...rootClaims, ...excerptClaims]);
    const text = pickCanonical(
      voteBy(
        rootClaims,
        (c) => c.wording.replace(/[\s,;:]+$/, ''),
        (c) => c.articleId,
      ),
    )!;
    const wordings = sortedSet(all.map((c) => c.wording));
    const groupForms = group.flatMap((b) => b.forms);
    out.push({
      id: `quote:${block}:${shortHash(root.repKey)}`,
      props: {
        block,
        text,
        wordings,
        wordingText: wordings.join(' | '),
        excerpts: sortedSet(excerptClaims.map((c) => c.wording)),
        ...aggregate(all),
        matchForms: sortedSet(groupForms.map((f) => matchForm(tag, f.tokens))),
        matchHeads: sortedSet(groupForms.map((f) => matchHead(tag, f.tokens.slice(0, GRAM)))),
      },
      claims: all,
    });
  }
  const keyOf = (b: Body) =>
    b.forms
      .map((f) => f.key)
      .sort()
      .join('\n');
  return {
    clusters: out,
    bodies: bodies.map((b) => ({
      key: keyOf(b),
      forms: b.forms,
      rep: b.rep,
      articles: b.articles,
      parent: parentOf.get(b) ? keyOf(parentOf.get(b)!) : null,
    })),
  };
}
