/**
 * Reports for the extraction tests: a text as the input stage leaves it (no title, outlet or
 * dateline of its own), so a table row holds only the sentences it is about.
 */
import type { Article, Extraction } from '../../src/model.js';

/** An `Article` holding `text`, published on `published` (YYYY-MM-DD; relative dates resolve against it). */
export function article(text: string, published: string | null = null): Article {
  return {
    id: 't',
    source: 't.txt',
    title: null,
    outlet: null,
    published,
    url: null,
    dateline: null,
    text,
    contentHash: '',
  };
}

/** The name of the extraction's person with this local id (the id itself when no person has it). */
export function nameOf(x: Extraction, id: string): string;
export function nameOf(x: Extraction, id: string | null): string | null;
export function nameOf(x: Extraction, id: string | null): string | null {
  return id === null ? null : (x.people.find((p) => p.id === id)?.name ?? id);
}
