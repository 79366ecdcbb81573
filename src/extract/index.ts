import type { Article, Extraction } from '../model.js';

/**
 * Extracts people, organizations, countries, quotes, meetings and statements from one article.
 * Placeholder until the extraction issue lands: finds nothing.
 */
export function extract(article: Article): Extraction {
  return { article, people: [], organizations: [], countries: [], quotes: [], meetings: [], statements: [] };
}
