/**
 * One article's facts as claims: the unit consolidation works on. A claim is what one report says
 * (a person it names, a quote, a meeting, a position), with its evidence and the block it is
 * compared within. Blocks are pure functions of the claim (the speaker's or participants' family
 * names), so the set of claims a block holds, and therefore its consolidated facts, do not depend
 * on the order reports arrive in. Claims are stored on the `MENTIONS`/`SUPPORTS` edges and read
 * back from there when a block is consolidated again.
 */
import type { Evidence, Extraction, PersonFact } from '../model.js';
import { fold, nameParts, slug } from './normalize.js';
import { givenKeyOf } from './people.js';

/** Where a claim comes from. */
export interface Source {
  articleId: string;
  published: string | null;
  outletId: string | null;
}

/** The evidence fields every claim edge carries (the first sentence and the best confidence). */
export interface ClaimEvidence {
  /** Distinguishes two claims of one article about the same fact, e.g. `meeting#2`. */
  claim: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

export interface PersonClaim extends Source, ClaimEvidence {
  block: string;
  /**
   * The block again when the claim names the person by family name alone (no given name, not even
   * in an alias), else null: such a claim's person depends on the other people of the block, and
   * this key finds those claims again (an index on MENTIONS) when the block's people change.
   */
  loose: string | null;
  local: string;
  name: string;
  aliases: string[];
  roles: string[];
  country: string | null;
  /**
   * The day the report dates the person's roles by (`reportDay`): not stored on the claim's edge,
   * read again from the article (its publication date, its meetings' claims) like `published`.
   */
  reported: string | null;
}

export interface QuoteClaim extends Source, ClaimEvidence {
  block: string;
  wording: string;
  speaker: string | null;
  sourceName: string | null;
  /** Organization id of `sourceName` when no person is the speaker. */
  sourceId: string | null;
  people: string[];
  topics: string[];
}

export interface MeetingClaim extends Source, ClaimEvidence {
  block: string;
  /**
   * For a claim that is not dated to the day, `block|YYYY-MM` (dated to the month) or `block|-`
   * (undated), else null: which meeting such a claim joins depends on the block's other meetings,
   * and this key finds those claims again (an index on SUPPORTS) when the meetings change.
   */
  loose: string | null;
  participants: string[];
  others: string[];
  people: string[];
  date: string | null;
  place: string | null;
  duration: string | null;
  durationMinutes: number | null;
  topics: string[];
}

export interface PositionClaim extends Source, ClaimEvidence {
  block: string;
  text: string;
  speaker: string;
  kind: 'direct' | 'reported';
  people: string[];
  topics: string[];
}

export interface SimpleClaim extends ClaimEvidence {
  /** Node id: `org:` + slug, a country code, … */
  id: string;
  local: string;
  name: string;
  aliases: string[];
}

export interface ArticleClaims {
  source: Source;
  people: PersonClaim[];
  quotes: QuoteClaim[];
  meetings: MeetingClaim[];
  positions: PositionClaim[];
  organizations: SimpleClaim[];
  countries: SimpleClaim[];
}

export function outletId(name: string | null): string | null {
  return name ? `outlet:${slug(name)}` : null;
}

export function organizationId(name: string): string {
  return `org:${slug(name)}`;
}

export function topicId(name: string): string {
  return `topic:${slug(name)}`;
}

function evidenceOf(claim: string, evidence: Evidence[]): ClaimEvidence {
  const sorted = [...evidence].sort((a, b) => a.start - b.start || a.end - b.end);
  const first = sorted[0];
  return {
    claim,
    sentence: first?.sentence ?? '',
    start: first?.start ?? -1,
    end: first?.end ?? -1,
    rule: first?.rule ?? '',
    confidence: Math.max(0, ...evidence.map((e) => e.confidence)),
  };
}

/** The block a speaker's facts are compared within: the family name's phonetic key. */
export function personBlock(person: PersonFact): string {
  return nameParts(person.name).familyKey;
}

/** The `loose` key of a meeting claim dated `date` (see MeetingClaim). */
export function looseMeetingKey(block: string, date: string | null): string | null {
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return date && /^\d{4}-\d{2}$/.test(date) ? `${block}|${date}` : `${block}|-`;
}

const sortedUnique = (xs: string[]) => [...new Set(xs)].sort();

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The day (YYYY-MM-DD) a report dates the roles it gives by: its publication date; for an undated
 * report, the latest day-dated meeting it tells of (it was written after it). Null when that is no
 * full day. `meetingDates` are the dates of the report's meeting claims (any, or only its latest day).
 */
export function reportDay(published: string | null, meetingDates: readonly (string | null)[]): string | null {
  const days = meetingDates.filter((d): d is string => d !== null && DAY.test(d)).sort();
  const day = (published ?? days[days.length - 1])?.slice(0, 10);
  return day !== undefined && DAY.test(day) ? day : null;
}

/** What the claims of one article share: their source, and the blocks of its people by local id. */
interface ArticleScope {
  source: Source;
  byLocal: Map<string, PersonFact>;
  /** The block of a person of the article, by local id; null for no or an unknown person. */
  block: (local: string | null) => string | null;
}

/** Turns an extraction into claims with their blocks. Pure. */
export function claimsOf(extraction: Extraction): ArticleClaims {
  const { article } = extraction;
  const source: Source = { articleId: article.id, published: article.published, outletId: outletId(article.outlet) };
  const byLocal = new Map(extraction.people.map((p) => [p.id, p]));
  const block = (local: string | null) => {
    const p = local ? byLocal.get(local) : undefined;
    return p ? personBlock(p) : null;
  };
  const scope: ArticleScope = { source, byLocal, block };
  const meetings = meetingClaims(extraction, scope);
  const reported = reportDay(
    article.published,
    meetings.map((m) => m.date),
  );

  const people = extraction.people.map<PersonClaim>((p, i) => {
    const name = p.name.trim();
    const aliases = sortedUnique(p.aliases.map((a) => a.trim()).filter(Boolean));
    return {
      ...source,
      ...evidenceOf(`person#${i}`, p.evidence),
      block: personBlock(p),
      loose: givenKeyOf({ name, aliases }) === null ? personBlock(p) : null,
      local: p.id,
      name,
      aliases,
      roles: sortedUnique(p.roles.map((r) => r.trim()).filter(Boolean)),
      country: p.country ? p.country.toUpperCase() : null,
      reported,
    };
  });

  const organizations: SimpleClaim[] = extraction.organizations.map((o, i) => ({
    ...evidenceOf(`org#${i}`, o.evidence),
    id: organizationId(o.name),
    local: o.id,
    name: o.name.trim(),
    aliases: sortedUnique(o.aliases),
  }));
  const quotes = quoteClaims(extraction, scope, organizations);

  const countries: SimpleClaim[] = extraction.countries.map((c, i) => ({
    ...evidenceOf(`country#${i}`, c.evidence),
    id: c.code.toUpperCase(),
    local: c.code.toUpperCase(),
    name: c.name,
    aliases: [],
  }));

  return {
    source,
    people,
    quotes,
    meetings,
    positions: positionClaims(extraction, scope),
    organizations,
    countries,
  };
}

/**
 * The quotes as claims. A quote of a named source that is no person ("according to CCTV") adds
 * that source to `organizations` when the article does not name it already.
 */
function quoteClaims(extraction: Extraction, { source, block }: ArticleScope, organizations: SimpleClaim[]) {
  return extraction.quotes
    .filter((q) => fold(q.text) !== '')
    .map<QuoteClaim>((q, i) => {
      const speakerBlock = block(q.speaker);
      // A quote without a known person speaker is compared with other quotes of the same named
      // source ("according to CCTV"), or with the other unattributed quotes.
      const quoteBlock = speakerBlock ?? (q.sourceName ? `src:${slug(q.sourceName)}` : '-');
      if (!speakerBlock && q.sourceName && !organizations.some((o) => o.id === organizationId(q.sourceName!))) {
        organizations.push({
          ...evidenceOf(`org#src${i}`, q.evidence),
          id: organizationId(q.sourceName),
          local: `src${i}`,
          name: q.sourceName.trim(),
          aliases: [],
        });
      }
      return {
        ...source,
        ...evidenceOf(`quote#${i}`, q.evidence),
        block: quoteBlock,
        wording: q.text.trim(),
        speaker: speakerBlock ? q.speaker : null,
        sourceName: q.sourceName,
        sourceId: !speakerBlock && q.sourceName ? organizationId(q.sourceName) : null,
        people: speakerBlock && q.speaker ? [q.speaker] : [],
        topics: sortedUnique(q.topics),
      };
    });
}

/** The meetings as claims: only those with principals of at least two blocks. */
function meetingClaims(extraction: Extraction, { source, byLocal, block }: ArticleScope): MeetingClaim[] {
  return extraction.meetings
    .map<MeetingClaim | null>((m, i) => {
      const participants = sortedUnique(m.participants.filter((l) => byLocal.has(l)));
      const keys = sortedUnique(participants.map((l) => block(l)!));
      if (keys.length < 2) return null;
      const others = sortedUnique(m.others.filter((l) => byLocal.has(l) && !participants.includes(l)));
      const meetingBlock = keys.join('+');
      return {
        ...source,
        ...evidenceOf(`meeting#${i}`, m.evidence),
        block: meetingBlock,
        loose: looseMeetingKey(meetingBlock, m.date),
        participants,
        others,
        people: [...participants, ...others],
        date: m.date,
        place: m.place?.trim() || null,
        duration: m.duration?.trim() || null,
        durationMinutes: m.durationMinutes,
        topics: sortedUnique(m.topics),
      };
    })
    .filter((m): m is MeetingClaim => m !== null);
}

/** The statements as position claims, for speakers the article names. */
function positionClaims(extraction: Extraction, { source, byLocal, block }: ArticleScope): PositionClaim[] {
  return extraction.statements
    .filter((s) => byLocal.has(s.speaker) && fold(s.position) !== '')
    .map<PositionClaim>((s, i) => ({
      ...source,
      ...evidenceOf(`position#${i}`, s.evidence),
      block: block(s.speaker)!,
      text: s.position.trim(),
      speaker: s.speaker,
      kind: s.kind,
      people: [s.speaker],
      topics: sortedUnique(s.topics),
    }));
}
