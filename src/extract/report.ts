import path from 'node:path';
import { lexicon } from '../knowledge/index.js';
import type { Extraction, ExtractionReport, PersonFact } from '../model.js';

/**
 * The name a report prints for a person. A person the text names by one word only ("President Lee",
 * "Lee said") is printed by the shortest form the text wrote with its title ("President Lee"): the one
 * word alone may never stand in the text, while the titled form does, and a reader (or a gold answer)
 * knows the person by the forms the text used. Every word before the name must be a title word
 * (data/titles.json) and capitalised, the first no small word ("the", "of"): "Did Lee", "the President
 * and Lee" are no names.
 */
export function reportName(p: Pick<PersonFact, 'name' | 'aliases'>): string {
  if (/\s/.test(p.name.trim())) return p.name;
  const titles = lexicon().titleWords;
  const titled = p.aliases.filter((a) => {
    const words = a.trim().split(/\s+/);
    const before = words.slice(0, -1);
    return (
      words.length > 1 &&
      words[words.length - 1] === p.name &&
      before.every((w) => /^\p{Lu}/u.test(w) && titles.has(w.toLowerCase().replace(/\.$/, ''))) &&
      !/^(?:the|of|and)$/i.test(before[0]!)
    );
  });
  return titled.sort((a, b) => a.length - b.length)[0] ?? p.name;
}

/** Turns an extraction into one line of the evaluation format (../shared/eval/FORMAT.md, v1). */
export function toReport(x: Extraction): ExtractionReport {
  const names = new Map(x.people.map((p) => [p.id, reportName(p)]));
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
