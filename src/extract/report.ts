import path from 'node:path';
import type { Extraction, ExtractionReport } from '../model.js';

/** Turns an extraction into one line of the evaluation format (../shared/eval/FORMAT.md, v1). */
export function toReport(x: Extraction): ExtractionReport {
  const names = new Map(x.people.map((p) => [p.id, p.name]));
  const name = (id: string) => names.get(id) ?? id;
  return {
    file: path.basename(x.article.source),
    outlet: x.article.outlet,
    published: x.article.published,
    people: x.people.map((p) => ({ name: p.name, aliases: p.aliases, roles: p.roles })),
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
