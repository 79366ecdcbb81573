/**
 * Roles in time: which role a title names, for which country, and the first and last report
 * dates that support it. Pure, over data/countries.json.
 *
 * A title's country is read from its wording — a leading country name, alias, demonym or
 * possessive ("US Secretary of State", "Chinese President", "China's President") or a trailing
 * "of <country>" ("President of France") — else it is the person's own country. What is left is
 * the role itself, folded: "secretary of state", "president". So "Chinese President" and
 * "President" (said of a Chinese person) are one role, "Vice Foreign Minister" and "Foreign
 * Minister" two.
 */
import { loadKnowledge, type CountryData } from './knowledge.js';
import { foldName } from './gazetteer.js';
import { remembered } from '../resolve/normalize.js';
import type { RoleDay } from '../resolve/people.js';

export type { RoleDay };

export interface RoleKey {
  /** ISO alpha-2 code of the country the role is of, when the title or the person says. */
  country: string | null;
  /** The role without its country, folded: "foreign minister". */
  title: string;
}

/** One report's naming of a person: the roles it gives and its date (publication date, else the latest meeting date it gives). */
export interface RoleMention {
  roles: readonly string[];
  published: string | null;
  articleId: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The role days of a person's reports read one by one: per day and wording, the reports that give
 * it. What the Person's summary keeps, one article at a time (`roleDays` in src/resolve/people.ts);
 * this is the from-scratch form, for tests and checks.
 */
export function mentionRoleDays(mentions: readonly RoleMention[]): RoleDay[] {
  const reports = new Map<string, Set<string>>();
  for (const m of mentions) {
    const day = m.published?.slice(0, 10);
    if (!day || !DAY.test(day)) continue;
    for (const role of m.roles) {
      const name = role.trim();
      if (!name) continue;
      const key = `${day}|${name}`;
      reports.set(key, (reports.get(key) ?? new Set()).add(m.articleId));
    }
  }
  return [...reports]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, ids]) => ({ day: key.slice(0, 10), name: key.slice(11), reports: ids.size }));
}

export interface RoleSpan {
  /** `<alpha-2 or ->:<title>`: what `holders` looks up. */
  key: string;
  /** The wording most reports use (then the longest, then alphabetical). */
  name: string;
  /** Earliest and latest publication date (YYYY-MM-DD) of the reports that give the role. */
  first: string;
  last: string;
}

export class RoleParser {
  /** Folded qualifier (country name, alias, demonym, possessive) → alpha-2, longest first. */
  private readonly qualifiers: [string, string][];
  private readonly names = new Map<string, string>();
  private readonly codes = new Map<string, string>();

  constructor(countries: readonly CountryData[]) {
    const found = new Map<string, string>();
    for (const c of countries) {
      this.codes.set(c.code, c.code);
      if (c.iso3) this.codes.set(c.iso3, c.code);
      const names = [c.name, ...c.aliases].map(foldName).filter(Boolean);
      for (const n of names) if (!this.names.has(n)) this.names.set(n, c.code);
      // foldName drops the apostrophe: "China's" folds to "chinas".
      for (const q of [...names, ...names.map((n) => `${n}s`), ...c.demonyms.map(foldName)])
        if (q && !found.has(q)) found.set(q, c.code);
    }
    this.qualifiers = [...found].sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  }

  /** The alpha-2 code of a country given by its ISO alpha-2 or alpha-3 code, any case. */
  country(code: string): string | undefined {
    return this.codes.get(code.trim().toUpperCase());
  }

  /** Parsed titles (a head of state's few wordings are parsed again at every write that names them). */
  private readonly parsed = remembered(5_000, (key) => {
    const [role, country] = key.split('\u0000') as [string, string];
    return this.parseTitle(role, country || null);
  });

  /** The role and country a title names; undefined when nothing but a country is left. */
  parse(role: string, personCountry: string | null = null): Readonly<RoleKey> | undefined {
    return this.parsed(`${role}\u0000${personCountry ?? ''}`);
  }

  private parseTitle(role: string, personCountry: string | null): RoleKey | undefined {
    let title = foldName(role);
    let country: string | null = null;
    if (this.qualifiers.some(([q]) => q === title)) return undefined;
    const lead = this.qualifiers.find(([q]) => title.startsWith(`${q} `));
    if (lead) {
      country = lead[1];
      title = title.slice(lead[0].length + 1);
    } else {
      const of = / of (?:the )?(.+)$/.exec(title);
      const code = of && this.names.get(of[1]!);
      if (of && code) {
        country = code;
        title = title.slice(0, of.index);
      }
    }
    title = title.trim();
    if (!title) return undefined;
    return { country: country ?? personCountry, title };
  }

  /** The key `holders` looks a role up by. */
  key(role: RoleKey): string {
    return `${role.country ?? '-'}:${role.title}`;
  }

  /**
   * A person's roles with the first and last report dates that support each, from the person's
   * role days (any order: the result is sorted by key). Roles no dated report gives have no span
   * and are left out.
   */
  spans(days: readonly RoleDay[], personCountry: string | null): RoleSpan[] {
    const byKey = new Map<string, { first: string; last: string; names: Map<string, number> }>();
    // A wording comes on many days: parsed once.
    const keys = new Map<string, string | undefined>();
    for (const { day, name, reports } of days) {
      if (!DAY.test(day) || reports <= 0) continue;
      if (!keys.has(name)) {
        const parsed = this.parse(name, personCountry);
        keys.set(name, parsed && this.key(parsed));
      }
      const key = keys.get(name);
      if (key === undefined) continue;
      let span = byKey.get(key);
      if (!span) byKey.set(key, (span = { first: day, last: day, names: new Map() }));
      if (day < span.first) span.first = day;
      if (day > span.last) span.last = day;
      // A report has one day: the reports giving a wording are the sum over its days.
      span.names.set(name, (span.names.get(name) ?? 0) + reports);
    }
    return [...byKey]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, s]) => ({ key, name: mostReported(s.names), first: s.first, last: s.last }));
  }
}

function mostReported(names: Map<string, number>): string {
  return [...names]
    .map(([name, n]) => ({ name, n }))
    .sort((a, b) => b.n - a.n || b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0]!
    .name;
}

let shared: RoleParser | undefined;
/** The parser of data/countries.json, built once (the API's `holders` reads roles with it). */
export function roleParser(): RoleParser {
  return (shared ??= new RoleParser(loadKnowledge().countries));
}
