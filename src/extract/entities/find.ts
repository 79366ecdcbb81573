import type { CountryFact, Evidence, OrganizationFact } from '../../model.js';
import { lexicon } from '../data.js';
import type { Mention } from '../people/index.js';
import type { Sentence } from '../text.js';

/** Countries named in the report (by name, short form, demonym or capital), most mentioned first. */
export function findCountries(sentences: Sentence[], firstOut?: Map<string, number>): CountryFact[] {
  const lex = lexicon();
  const byCode = new Map<string, { fact: CountryFact; n: number; first: number }>();
  for (const s of sentences) {
    const toks = s.tokens;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.word || !t.cap) continue;
      const two = toks[k + 1] ? `${t.lower} ${toks[k + 1]!.lower}` : '';
      const three = toks[k + 2] ? `${two} ${toks[k + 2]!.lower}` : '';
      let code = lex.countryByWord.get(three) ?? lex.countryByWord.get(two);
      if (code) k += lex.countryByWord.has(three) ? 2 : 1;
      code ??= lex.countryByWord.get(t.lower);
      // "US-China", "Sino-US"
      const parts = code
        ? [code]
        : t.lower.includes('-')
          ? t.lower
              .split('-')
              .map((p) => lex.countryByWord.get(p))
              .filter((c): c is string => !!c)
          : [];
      for (const c of parts) {
        let e = byCode.get(c);
        if (!e) {
          e = { fact: { code: c, name: lex.countryName.get(c) ?? c, evidence: [] }, n: 0, first: t.start };
          byCode.set(c, e);
        }
        e.n++;
        if (e.fact.evidence.length < 2) e.fact.evidence.push(ev(s, 'country.name', 0.9));
      }
    }
  }
  if (firstOut) for (const [code, e] of byCode) firstOut.set(code, e.first);
  return [...byCode.values()].sort((a, b) => b.n - a.n || a.first - b.first).map((e) => e.fact);
}

/** Organizations named in the report (data/organizations.json), from the mentions found. */
export function findOrganizations(sentences: Sentence[], mentions: Mention[][]): OrganizationFact[] {
  const lex = lexicon();
  const out = new Map<string, OrganizationFact>();
  mentions.forEach((ms, si) => {
    for (const m of ms) {
      if (m.kind !== 'org' || !m.org) continue;
      const s = sentences[si]!;
      const org = lex.orgByAlias.get(m.org.toLowerCase());
      let f = out.get(m.org);
      if (!f) {
        f = { id: `o${out.size + 1}`, name: m.org, aliases: [], country: org?.country ?? null, evidence: [] };
        out.set(m.org, f);
      }
      const surface = s.text.slice(m.start - s.start, m.end - s.start);
      if (!f.aliases.includes(surface)) f.aliases.push(surface);
      if (f.evidence.length < 2) f.evidence.push(ev(s, 'organization.name', 0.9));
    }
  });
  return [...out.values()];
}

function ev(s: Sentence, rule: string, confidence: number): Evidence {
  return { sentence: s.text, start: s.start, end: s.end, rule, confidence };
}
