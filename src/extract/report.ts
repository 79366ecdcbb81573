import path from 'node:path';
import { lexicon } from '../knowledge/index.js';
import type { Extraction, ExtractionReport, PersonFact } from '../model.js';

/**
 * The name printed for a person: its name, unless that is one word and the report calls the person by a title
 * and that word ("President Doe", "Sheikh Roe"): then the shortest such form, a role's before a form of address
 * ("Mr. Doe"). A bare surname is the form a report uses least on its own; the titled form is the one it writes,
 * and a reader (or a gold answer) knows the person by the forms the text used.
 */
export function printedName(p: Pick<PersonFact, 'name' | 'aliases'>): string {
  if (/\s/.test(p.name)) return p.name;
  const { titleByPhrase, titleWords } = lexicon();
  /** a title word: true when it is a form of address only, false when it names a role, null when it is no title */
  const address = (word: string): boolean | null => {
    const w = word.toLowerCase();
    const t = titleByPhrase.get(w) ?? titleByPhrase.get(w + '.');
    return t ? t.honorific === true : titleWords.has(w.replace(/\.$/, '')) ? false : null;
  };
  const rank = (alias: string): number => {
    const ws = alias.trim().split(/\s+/);
    // Every word before the name a capitalised title word: "Did Doe", "president Doe" are no names.
    if (ws.length < 2 || ws.length > 3 || ws[ws.length - 1] !== p.name) return -1;
    if (!ws.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))) return -1;
    const kinds = ws.slice(0, -1).map(address);
    if (kinds.some((k) => k === null)) return -1;
    return (kinds.every((k) => k) ? 10 : 0) + ws.length;
  };
  let best: string | null = null;
  for (const a of p.aliases) {
    const r = rank(a);
    if (r >= 0 && (best === null || r < rank(best))) best = a;
  }
  return best ?? p.name;
}

/** Turns an extraction into one line of the evaluation format (../shared/eval/FORMAT.md, v1). */
export function toReport(x: Extraction): ExtractionReport {
  const names = new Map(x.people.map((p) => [p.id, printedName(p)]));
  const name = (id: string) => names.get(id) ?? id;
  return {
    file: path.basename(x.article.source),
    outlet: x.article.outlet,
    published: x.article.published,
    people: x.people.map((p) => ({ name: name(p.id), aliases: p.aliases, roles: p.roles })),
    meetings: x.meetings.map((m) => ({
      participants: m.participants.map(name),
      others: m.others.map(name),
      date: m.date,
      place: m.place,
    })),
    quotes: x.quotes.map((q) => ({ speaker: q.speaker === null ? null : name(q.speaker), text: q.text })),
    statements: x.statements.map((s) => ({ speaker: name(s.speaker), position: s.position, topics: s.topics })),
  };
}
