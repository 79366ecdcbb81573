/**
 * One Position per stance a speaker's family stated in the same words (folded for case,
 * punctuation and spelling convention). Positions are short clauses that extraction words
 * itself, so only equal wordings merge: a looser match would fold opposite stances together.
 */
import type { PositionClaim } from './claims.js';
import { aggregate, canonicalOrder, groupBy, type Cluster, type SourceAggregates } from './cluster.js';
import { pickCanonical, remembered, shortHash, textTokens, voteBy } from './normalize.js';

export interface PositionProps extends SourceAggregates {
  block: string;
  text: string;
  kind: 'direct' | 'reported';
}

/**
 * The Position a claim belongs to: its speaker's block and its folded words. A position depends
 * on no other claim, so a write reads and rewrites only the positions its claims name.
 */
export function positionId(claim: Pick<PositionClaim, 'block' | 'text'>): string {
  return `position:${claim.block}:${hashOfWords(claim.text)}`;
}

/** The hash of a text's folded words: a write asks it of each claim several times (locks, reads, clusters). */
const hashOfWords = remembered(5_000, (text) => shortHash(textTokens(text).join(' ')));

export function consolidatePositions(all: PositionClaim[]): Cluster<PositionProps, PositionClaim>[] {
  const out: Cluster<PositionProps, PositionClaim>[] = [];
  for (const [block, claims] of groupBy(canonicalOrder(all), (c) => c.block))
    for (const [, group] of groupBy(claims, (c) => positionId(c))) {
      out.push({
        id: positionId(group[0]!),
        props: {
          block,
          text: pickCanonical(
            voteBy(
              group,
              (c) => c.text,
              (c) => c.articleId,
            ),
          )!,
          kind: group.some((c) => c.kind === 'direct') ? 'direct' : 'reported',
          ...aggregate(group),
        },
        claims: group,
      });
    }
  return out;
}
