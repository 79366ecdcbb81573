// Helpers for table tests of extraction rules: a text read as extraction reads it (sentences with
// compromise's tags, people registered, every sentence's mentions resolved in order).
import { readDocument, type Document } from '../../src/extract/document.js';
import { People, type Mention } from '../../src/extract/people/index.js';
import type { Sentence } from '../../src/extract/text.js';

export interface Analysed {
  doc: Document;
  people: People;
  /** the mentions of each sentence */
  mentions: Mention[][];
}

export function analyse(text: string): Analysed {
  const doc = readDocument(text);
  const people = new People(text);
  for (const s of doc.sentences) people.register(s);
  const mentions = doc.sentences.map((s) => people.mentions(s));
  return { doc, people, mentions };
}

/** The name of a person id of `people` (or the id itself: "*pair*", null). */
export const nameOf = (people: People, id: string | null): string | null =>
  id === null ? null : (people.get(id)?.name ?? id);

/** The only sentence of a one-sentence text. */
export function onlySentence(a: Analysed): Sentence {
  if (a.doc.sentences.length !== 1) throw new Error(`expected one sentence, got ${a.doc.sentences.length}`);
  return a.doc.sentences[0]!;
}

/** `fn()` run with the row `id` of a rule table left out for a moment: to show that the row is what decides. */
export function withoutRow<T>(table: readonly { id: string }[], id: string, fn: () => T): T {
  const rows = table as { id: string }[];
  const at = rows.findIndex((r) => r.id === id);
  if (at < 0) throw new Error(`no row ${id}`);
  const [row] = rows.splice(at, 1);
  try {
    return fn();
  } finally {
    rows.splice(at, 0, row!);
  }
}
