/**
 * One Quote per utterance. Within a block (one speaker's family name), wordings that fold to the
 * same words (case, punctuation, stabilise/stabilize) are one form; forms that share nearly all
 * their words, or of which one carries the other whole plus more sentences, are one body; a body
 * whose words run inside a longer body's wording (a truncated excerpt, a scare-quoted phrase)
 * attaches to the longer one. Every wording is kept: on the Quote (`wordings`), and per outlet on
 * `REPORTED` and per article on `SUPPORTS.wording`.
 *
 * How far a wording reaches depends on its length:
 * - a phrase (one or two words, "a 'responsibly' managed relationship") belongs to its own report:
 *   it attaches to a longer quote of that report that contains it, or stands alone, and is never
 *   one with the same word quoted in another report (else every scare-quoted word a speaker is
 *   ever reported with would gather into one quote);
 * - a short quotation (fewer than LONG words) is one with the same words in any report, and
 *   attaches to a longer quote only of a report it shares;
 * - a long quotation (LONG words or more) is compared with the long quotations of other reports
 *   that share a fingerprint with it: it may be one with them, contain them or be contained in them.
 *
 * Fingerprints are winnowed runs of GRAM words (Schleimer, Wilkerson, Aiken: "Winnowing: local
 * algorithms for document fingerprinting", 2003): of every WINDOW consecutive runs, the one with
 * the smallest hash. Two wordings sharing a run of LONG = GRAM + WINDOW - 1 words share a
 * fingerprint, so a long excerpt always finds the quote it comes from, and two wordings of one
 * utterance almost always find each other; a write looks them up in an index (`matchKeys` on the
 * Quote, src/graph/consolidate.ts) instead of comparing a new wording with every quote of its speaker.
 */
import type { QuoteClaim } from './claims.js';
import { aggregate, canonicalOrder, DisjointSets, groupBy, type Cluster, type SourceAggregates } from './cluster.js';
import { containsRun, dice, pickCanonical, remembered, shortHash, sortedSet, textTokens, voteBy } from './normalize.js';

export interface QuoteProps extends SourceAggregates {
  block: string;
  text: string;
  wordings: string[];
  wordingText: string;
  excerpts: string[];
  /** The fingerprints of its long forms and the words of its short ones, as lookup terms tagged with the block. */
  matchKeys: string[];
}

/** Two forms are one body when they share this share of their words (Dice) and similar lengths. */
const SAME_WORDS = 0.85;
const SAME_LENGTH = 0.8;
/** Fingerprints are runs of GRAM words, one per WINDOW consecutive runs at least. */
export const GRAM = 6;
export const WINDOW = 4;
/** Quotations this long or longer are compared across reports beyond their exact words. */
export const LONG = GRAM + WINDOW - 1;
/** Quotations this short are phrases of their own report. */
export const PHRASE = 2;

/** One form of a quote: the folded words of some wordings, and the runs of whole sentences inside them. */
export interface Form {
  key: string;
  tokens: string[];
  /** Proper runs of whole sentences of its wordings, 3 words or more (a wording "A. B." gives A and B). */
  spans: string[][];
  /** For a phrase, the one article it belongs to. */
  article: string | null;
  /** For a long form, its fingerprints (runs of GRAM words joined by spaces). */
  prints: string[];
}

export const isLong = (tokens: string[]) => tokens.length >= LONG;

/** A form's key: its words, and for a phrase its article too. */
export function formKey(tokens: string[], articleId: string): string {
  return tokens.length <= PHRASE ? `${tokens.join(' ')}\u0000${articleId}` : tokens.join(' ');
}

/** FNV-1a, 32 bits: a fast hash of a string (fingerprints of word runs). */
export function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The winnowed fingerprints of a long form: in every WINDOW consecutive runs of GRAM words, the one with the smallest hash (the rightmost on a tie). */
export function fingerprints(tokens: string[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i + GRAM <= tokens.length; i++) runs.push(tokens.slice(i, i + GRAM).join(' '));
  const hashes = runs.map(fnv);
  const out = new Set<string>();
  for (let start = 0; start + Math.min(WINDOW, runs.length) <= runs.length; start++) {
    let best = start;
    for (let i = start; i < start + Math.min(WINDOW, runs.length); i++) if (hashes[i]! <= hashes[best]!) best = i;
    out.add(runs[best]!);
  }
  return [...out];
}

const SENTENCE_END = /(?<=[.!?…])["'”’»)\]]*\s+/u;

/** `fingerprints` of a long form by its key (its words joined by spaces), remembered. */
const printsOfKey = remembered(2_000, (key) => fingerprints(key.split(' ')));

function formOf(key: string, wordings: string[], articleId: string): Form {
  const tokens = textTokens(wordings[0]!);
  return {
    key,
    tokens,
    spans: isLong(tokens) ? spansOf(wordings) : [],
    article: tokens.length <= PHRASE ? articleId : null,
    prints: isLong(tokens) ? printsOfKey(tokens.join(' ')) : [],
  };
}

/** The forms of a set of wordings (the same forms, in the same order, whatever order they come in). */
export function formsOf(wordings: { wording: string; articleId: string }[]): Form[] {
  return [...groupBy(wordings, (w) => formKey(textTokens(w.wording), w.articleId))].map(([key, ws]) =>
    formOf(
      key,
      ws.map((w) => w.wording),
      ws[0]!.articleId,
    ),
  );
}

/** The proper runs of whole sentences of one wording, 3 words or more, by their words joined; remembered. */
const wordingSpans = remembered(2_000, (wording): [string, string[]][] => {
  const out: [string, string[]][] = [];
  const sentences = wording
    .split(SENTENCE_END)
    .map((s) => textTokens(s))
    .filter((t) => t.length);
  for (let i = 0; i < sentences.length; i++)
    for (let j = i; j < sentences.length; j++) {
      if (i === 0 && j === sentences.length - 1) continue;
      const span = sentences.slice(i, j + 1).flat();
      if (span.length >= 3) out.push([span.join(' '), span]);
    }
  return out;
});

function spansOf(wordings: string[]): string[][] {
  const out = new Map<string, string[]>();
  for (const w of wordings) for (const [key, span] of wordingSpans(w)) out.set(key, span);
  return [...out.values()];
}

function similar(a: string[], b: string[]): boolean {
  const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
  return ratio >= SAME_LENGTH && (dice(a, b) >= SAME_WORDS || containsRun(a, b) || containsRun(b, a));
}

/** Whether `a` carries `b` whole, as one or more of its sentences, with more sentences beside it. */
function carriesWhole(a: Form, b: Form): boolean {
  return a.spans.some((s) => similar(s, b.tokens));
}

/** Whether two forms are one body (see the file's comment). */
export function sameBody(a: Form, b: Form): boolean {
  if (a.key === b.key) return true;
  if (!a.prints.length || !b.prints.length || !a.prints.some((p) => b.prints.includes(p))) return false;
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

/** The lookup terms of a form: its fingerprints if long, its words if short, none for a phrase. */
export function lookupTerms(tag: string, form: Pick<Form, 'tokens' | 'prints'>): string[] {
  if (form.tokens.length <= PHRASE) return [];
  if (!isLong(form.tokens)) return [`${tag}s_${form.tokens.join('_')}`];
  return form.prints.map((p) => tag + p.replace(/ /g, '_'));
}

interface Body {
  forms: (Form & { claims: QuoteClaim[] })[];
  rep: string[];
  repKey: string;
  articles: number;
  articleIds: Set<string>;
  /** For a phrase, its article. */
  article: string | null;
}

/** A body as the incremental writes compare them: its forms, longest form, support and parent. */
export interface BodyInfo {
  /** Its form keys, sorted and joined: equal for the same body in two runs. */
  key: string;
  forms: Form[];
  rep: string[];
  articles: number;
  articleIds: string[];
  /** The key of the body it is an excerpt of, or null. */
  parent: string | null;
}

export function consolidateQuotes(all: QuoteClaim[]): Cluster<QuoteProps, QuoteClaim>[] {
  return [...groupBy(canonicalOrder(all), (c) => c.block)].flatMap(
    ([block, claims]) => quoteBlock(block, claims).clusters,
  );
}

type ClaimForm = Form & { claims: QuoteClaim[] };

/** The forms of a block's claims, with long forms by fingerprint and all forms by article: the candidates for every comparison. */
function indexForms(claims: QuoteClaim[]) {
  const forms: ClaimForm[] = [...groupBy(claims, (c) => formKey(textTokens(c.wording), c.articleId))].map(
    ([key, cs]) => ({
      ...formOf(
        key,
        cs.map((c) => c.wording),
        cs[0]!.articleId,
      ),
      claims: cs,
    }),
  );
  const byPrint = new Map<string, number[]>();
  const byArticle = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  forms.forEach((f, i) => {
    for (const p of f.prints) push(byPrint, p, i);
    for (const c of f.claims) push(byArticle, c.articleId, i);
  });
  return { forms, byPrint, byArticle };
}

/** The forms that are one wording, joined into bodies; `bodyOf` maps a form's index to its body. */
function bodiesOf(forms: ClaimForm[], byPrint: Map<string, number[]>) {
  const sets = new DisjointSets(forms.length);
  // the last form whose candidates included form j: each pair is tried once, with no set built per form
  const triedBy = new Int32Array(forms.length).fill(-1);
  forms.forEach((f, i) => {
    for (const p of f.prints)
      for (const j of byPrint.get(p)!) {
        if (j <= i || triedBy[j] === i) continue;
        triedBy[j] = i;
        // Forms already in one body need no comparison: a quote in hundreds of wordings was compared pairwise.
        if (sets.find(i) !== sets.find(j) && sameBody(f, forms[j]!)) sets.union(i, j);
      }
  });
  const bodyOf = new Map<number, Body>();
  const bodies: Body[] = sets.groups().map((idx) => {
    const fs = idx.map((i) => forms[i]!);
    const rep = fs.map((f) => f.tokens).sort((a, b) => b.length - a.length || (a.join(' ') < b.join(' ') ? -1 : 1))[0]!;
    const articleIds = new Set(fs.flatMap((f) => f.claims.map((c) => c.articleId)));
    const body: Body = {
      forms: fs,
      rep,
      repKey: rep.join(' '),
      articles: articleIds.size,
      articleIds,
      article: fs.length === 1 ? fs[0]!.article : null,
    };
    for (const i of idx) bodyOf.set(i, body);
    return body;
  });
  return { bodies, bodyOf };
}

/**
 * Which longer body each body is an excerpt of, if any: the best container, followed up to a
 * body that is no excerpt itself. A long excerpt takes the container with the most articles
 * (then the longest, then the first in word order); a short one or a phrase only a quote of a
 * report it shares, the longest (then the first in word order), whatever their support.
 */
function parentsOf(
  bodies: Body[],
  bodyOf: Map<number, Body>,
  { forms, byPrint, byArticle }: ReturnType<typeof indexForms>,
): Map<Body, Body | null> {
  const longer = (a: Body, b: Body) => a.rep.length - b.rep.length || (a.repKey < b.repKey ? 1 : -1);
  const better = (a: Body, b: Body) => a.articles - b.articles || longer(a, b);
  const parentOf = new Map<Body, Body | null>();
  for (const body of bodies) {
    const long = isLong(body.rep);
    const repForm = body.forms.find((f) => f.tokens.length === body.rep.length && f.key.startsWith(body.repKey))!;
    // A long excerpt shares a fingerprint with any form containing it; a short one shares an article.
    const candidates = long
      ? repForm.prints.flatMap((p) => byPrint.get(p)!)
      : [...body.articleIds].flatMap((a) => byArticle.get(a)!);
    const containers = new Set<Body>();
    for (const j of new Set(candidates)) {
      const o = bodyOf.get(j)!;
      if (o !== body && forms[j]!.tokens.length > body.rep.length && containsRun(forms[j]!.tokens, body.rep))
        containers.add(o);
    }
    const rank = long ? better : longer;
    parentOf.set(body, [...containers].sort((a, b) => rank(b, a))[0] ?? null);
  }
  return parentOf;
}

/** One quote per root body, with the claims of its excerpts. */
function quotesOf(block: string, bodies: Body[], parentOf: Map<Body, Body | null>): Cluster<QuoteProps, QuoteClaim>[] {
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
  const clusters: Cluster<QuoteProps, QuoteClaim>[] = [];
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
    clusters.push({
      id: `quote:${block}:${shortHash(root.article === null ? root.repKey : `${root.repKey}\u0000${root.article}`)}`,
      props: {
        block,
        text,
        wordings,
        wordingText: wordings.join(' | '),
        excerpts: sortedSet(excerptClaims.map((c) => c.wording)),
        ...aggregate(all),
        matchKeys: sortedSet(group.flatMap((b) => b.forms.flatMap((f) => lookupTerms(tag, f)))),
      },
      claims: all,
    });
  }
  return clusters;
}

/** Consolidates one block's claims (in canonical order) into quotes, with the bodies behind them. */
export function quoteBlock(
  block: string,
  claims: QuoteClaim[],
): { clusters: Cluster<QuoteProps, QuoteClaim>[]; bodies: BodyInfo[] } {
  const index = indexForms(claims);
  const { bodies, bodyOf } = bodiesOf(index.forms, index.byPrint);
  const parentOf = parentsOf(bodies, bodyOf, index);
  const clusters = quotesOf(block, bodies, parentOf);
  const keyOf = (b: Body) =>
    b.forms
      .map((f) => f.key)
      .sort()
      .join('\n');
  return {
    clusters,
    bodies: bodies.map((b) => ({
      key: keyOf(b),
      forms: b.forms,
      rep: b.rep,
      articles: b.articles,
      articleIds: [...b.articleIds].sort(),
      parent: parentOf.get(b) ? keyOf(parentOf.get(b)!) : null,
    })),
  };
}
