import type { CountryFact } from '../model.js';
import { lexicon } from '../knowledge/index.js';
import type { Person } from './people/index.js';

/**
 * Topics of a statement or quote from the keyword lists of data/topics.json. The bilateral topic
 * "{A}-{B} relations" is named after the report's two most mentioned countries.
 */
export function topicsOf(text: string, countries: string[]): string[] {
  const low = ` ${text.toLowerCase().replace(/[’]/g, "'")} `;
  const out: string[] = [];
  for (const { t, keyword } of topicPatterns()) {
    if (!keyword.test(low)) continue;
    if (t.name.includes('{A}')) {
      if (countries.length < 2) continue;
      out.push(t.name.replace('{A}', countries[0]!).replace('{B}', countries[1]!));
    } else out.push(t.name);
  }
  return out;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let patterns: { t: ReturnType<typeof lexicon>['topics'][number]; keyword: RegExp }[] | null = null;
/** each topic with one pattern of its keywords: a keyword starts a word (after a space, a hyphen or a parenthesis) */
function topicPatterns() {
  return (patterns ??= lexicon().topics.map((t) => ({
    t,
    keyword: t.keywords.length ? new RegExp(`[ (-](?:${t.keywords.map(esc).join('|')})`) : /(?!)/,
  })));
}

/**
 * The two countries the bilateral topic is named after: the countries of the report's people first,
 * then the most mentioned, in the order the report first names them ("US" for the United States).
 */
export function topicCountries(countries: CountryFact[], firstOffset: Map<string, number>, people: Person[]): string[] {
  const firstSeen = (code: string) => firstOffset.get(code) ?? Infinity;
  const weight = new Map(countries.map((c, i) => [c.code, countries.length - i]));
  for (const p of people) if (p.country) weight.set(p.country, (weight.get(p.country) ?? 0) + 100);
  return [...weight.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .sort((a, b) => firstSeen(a[0]) - firstSeen(b[0]))
    .map(([code]) => (code === 'US' ? 'US' : (countries.find((c) => c.code === code)?.name ?? code)));
}
