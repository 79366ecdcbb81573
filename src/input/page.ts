import { findDates, type FoundDate } from './dates.js';
import type { Dateline } from './dateline.js';
import { looksLikeOutletName, siteNameAt } from './layout.js';
import { canonicalOutlet, lookupOutlet } from './outlets.js';
import { findTurns } from './turns.js';

/** Where an outlet was read from, strongest first: the originating agency of a dateline wins. */
export type OutletClue = 'dateline' | 'source' | 'byline' | 'copyright' | 'header' | 'signature' | 'interview';
/** `interview`: the one listed outlet the report's people "told" ("Ana Ruiz told the BBC"), the weakest clue */
export const CLUE_ORDER: OutletClue[] = [
  'dateline',
  'source',
  'byline',
  'copyright',
  'header',
  'signature',
  'interview',
];

/** The page's lines, normalised: no byte-order mark, Unix line ends, one space for any run of spaces. */
function linesOf(raw: string): string[] {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim());
}

/** Menus at the top of the page: runs of three or more one- or two-word lines ("Home", "World", "Asia Pacific"). */
function menuLines(lines: string[]): Set<number> {
  const menu = new Set<number>();
  const short = (l: string) => l !== '' && l.split(' ').length <= 2 && !/[.!?:”"']$/.test(l);
  for (let i = 0; i < Math.min(lines.length, 60);) {
    if (!short(lines[i]!)) {
      i++;
      continue;
    }
    const run: number[] = [];
    let j = i;
    for (; j < lines.length && (lines[j] === '' || short(lines[j]!)); j++) if (lines[j] !== '') run.push(j);
    if (run.length >= 3) run.forEach((k) => menu.add(k));
    i = j;
  }
  return menu;
}

/**
 * A page being read line by line (text.ts): its lines, what the lines read so far said about the outlet
 * and the dates, and the lines kept as the report's text.
 */
export class Page {
  readonly lines: string[];
  readonly menu: Set<number>;
  /** the line naming the site at the top of the page, and its tagline */
  readonly site: { at: number; name: string; tagline?: number } | null;
  /** the outlet each kind of clue names (the first one of each kind) */
  readonly clues = new Map<OutletClue, string>();
  /** date lines after the headline, in order */
  readonly bodyDates: FoundDate[] = [];
  /**
   * Date lines above the headline. Below the site's chrome (its name, a language switcher, navigation) such a
   * date is the page's "today", not the report's day; only a date line the page opens with is kept.
   */
  readonly headerDates: FoundDate[] = [];
  /** every date line above the headline (a page's date below its menu), to give a dateline's day its year */
  readonly pageDates: FoundDate[] = [];
  /** every dated mention below the header, to complete a dateline's year */
  readonly fullDates: FoundDate[] = [];
  /** "Updated …" lines: the report's day only when nothing else says it */
  readonly updatedDates: FoundDate[] = [];
  /** "Published in NAME, July 9th, 2024" at the end */
  readonly printDates: FoundDate[] = [];
  headerLines = 0;
  private headerDateLines = 0;
  dateline: Dateline | null = null;
  /** paragraphs of kept lines; `gap` marks a blank line before a kept line */
  readonly kept: { text: string; gap: boolean }[] = [];
  title: string | null = null;
  gap = false;
  /** kept lines since the headline */
  sinceTitle = 0;
  titleAt = -1;
  /** the line before was a teaser's label ("Also read:"): this one may be another story's headline */
  teaser = false;

  /** listed outlets the report's people "told" something: one alone names the report's own outlet */
  readonly told = new Set<string>();

  /** the page is a transcript: "NAME:" opens a speaker's turn, not a dateline */
  readonly transcript: boolean;

  constructor(raw: string) {
    this.lines = linesOf(raw);
    this.transcript = findTurns(this.lines.join('\n')).length > 0;
    this.menu = menuLines(this.lines);
    this.site = siteNameAt(this.lines, this.menu);
  }

  /** Above the headline: the site's header. */
  get inHeader(): boolean {
    return this.title === null;
  }

  clue(kind: OutletClue, name: string | null): void {
    const c = canonicalOutlet(name);
    if (c && !this.clues.has(kind)) this.clues.set(kind, c);
  }

  headerDate(d: FoundDate, labelled = false): void {
    this.pageDates.push(d);
    if (this.headerLines - 1 === this.headerDateLines || labelled) this.headerDates.push(d);
    this.headerDateLines++;
  }

  /** "Published in NAME, July 9th, 2024": the print edition's line, naming the paper and its day */
  printed(m: RegExpExecArray): void {
    if (m[2]) {
      const d = findDates(m[2]).find((x) => x.year !== null);
      // "Published in Example, a weekly …" is no print line
      if (!d || m[2].replace(/\s*\d{1,2}[:.]\d{2}.*$/, '').length > d.length + 2) return;
      this.printDates.push(d);
    } else if (!lookupOutlet(m[1]!) && !looksLikeOutletName(m[1]!)) return; // "Published in Science" (a journal) names no outlet
    this.clue('source', m[1]!);
  }
}
