import { lexicon } from './data.js';

/**
 * Topics of a statement or quote from the keyword lists of data/topics.json. The bilateral topic
 * "{A}-{B} relations" is named after the report's two most mentioned countries.
 */
export function topicsOf(text: string, countries: string[]): string[] {
  const lex = lexicon();
  const low = ` ${text.toLowerCase().replace(/[’]/g, "'")} `;
  const out: string[] = [];
  for (const t of lex.topics) {
    if (!t.keywords.some((k) => low.includes(` ${k}`) || low.includes(`-${k}`) || low.includes(`(${k}`))) continue;
    if (t.name.includes('{A}')) {
      if (countries.length < 2) continue;
      out.push(t.name.replace('{A}', countries[0]!).replace('{B}', countries[1]!));
    } else out.push(t.name);
  }
  return out;
}
