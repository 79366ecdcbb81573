/**
 * One Quote per utterance. Within a block (one speaker's family name), wordings that fold to the
 * same words (case, punctuation, stabilise/stabilize) are one form; forms that share nearly all
 * their words are one body; a body whose words run inside a longer body's wording (a truncated
 * excerpt, a scare-quoted phrase) attaches to the longer one. Every wording is kept: on the
 * Quote (`wordings`), and per outlet on `REPORTED` and per article on `SUPPORTS.wording`.
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
}

/** Two forms are one body when they share this share of their words (Dice) and similar lengths. */
const SAME_WORDS = 0.85;
const SAME_LENGTH = 0.8;

interface Body {
  forms: { key: string; tokens: string[]; claims: QuoteClaim[] }[];
  rep: string[];
  repKey: string;
  articles: number;
}

export function consolidateQuotes(all: QuoteClaim[]): Cluster<QuoteProps, QuoteClaim>[] {
  const out: Cluster<QuoteProps, QuoteClaim>[] = [];
  for (const [block, claims] of groupBy(canonicalOrder(all), (c) => c.block)) {
    const forms = [...groupBy(claims, (c) => textTokens(c.wording).join(' '))].map(([key, cs]) => ({
      key,
      tokens: key.split(' '),
      claims: cs,
    }));
    const sets = new DisjointSets(forms.length);
    for (let i = 0; i < forms.length; i++)
      for (let j = i + 1; j < forms.length; j++) {
        const a = forms[i]!.tokens;
        const b = forms[j]!.tokens;
        const ratio = Math.min(a.length, b.length) / Math.max(a.length, b.length);
        if (ratio >= SAME_LENGTH && (dice(a, b) >= SAME_WORDS || containsRun(a, b) || containsRun(b, a)))
          sets.union(i, j);
      }
    const bodies: Body[] = sets.groups().map((idx) => {
      const fs = idx.map((i) => forms[i]!);
      const rep = fs
        .map((f) => f.tokens)
        .sort((a, b) => b.length - a.length || (a.join(' ') < b.join(' ') ? -1 : 1))[0]!;
      return {
        forms: fs,
        rep,
        repKey: rep.join(' '),
        articles: new Set(fs.flatMap((f) => f.claims.map((c) => c.articleId))).size,
      };
    });
    // Which longer body each body is an excerpt of, if any: the best container (most articles,
    // then longest, then first in word order), followed up to a body that is no excerpt itself.
    const better = (a: Body, b: Body) =>
      a.articles - b.articles || a.rep.length - b.rep.length || (a.repKey < b.repKey ? 1 : -1);
    const parentOf = new Map<Body, Body | null>();
    for (const body of bodies) {
      const containers = bodies.filter(
        (o) => o !== body && o.rep.length > body.rep.length && o.forms.some((f) => containsRun(f.tokens, body.rep)),
      );
      parentOf.set(body, containers.sort((a, b) => better(b, a))[0] ?? null);
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
      out.push({
        id: `quote:${block}:${shortHash(root.repKey)}`,
        props: {
          block,
          text,
          wordings,
          wordingText: wordings.join(' | '),
          excerpts: sortedSet(excerptClaims.map((c) => c.wording)),
          ...aggregate(all),
        },
        claims: all,
      });
    }
  }
  return out;
}
