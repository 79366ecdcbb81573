import { z } from 'zod';
import { InputError } from './errors.js';

/**
 * JSON and JSON Lines inputs: one record per report, `text` required, `title`, `outlet`,
 * `published`, `url` and `id` optional. A JSON file holds one record or an array of them.
 */
export const ReportRecord = z.object({
  text: z.string().refine((t) => t.trim().length > 0, 'is empty'),
  id: z.union([z.string(), z.number()]).transform(String).nullish(),
  title: z.string().nullish(),
  outlet: z.string().nullish(),
  published: z.string().nullish(),
  url: z.string().nullish(),
});
export type ReportRecord = z.infer<typeof ReportRecord>;

/** Parses the records of a JSON or JSON Lines file. `name` is used in error messages. */
export function parseRecords(content: string, name: string, lines: boolean): ReportRecord[] {
  const raw: { value: unknown; where: string }[] = [];
  if (lines) {
    content.split('\n').forEach((l, i) => {
      if (!l.trim()) return;
      try {
        raw.push({ value: JSON.parse(l), where: `line ${i + 1}` });
      } catch (e) {
        throw new InputError(
          name,
          'format',
          `line ${i + 1} is not JSON (${(e as Error).message}); JSON Lines needs one object per line`,
        );
      }
    });
  } else {
    let value: unknown;
    try {
      value = JSON.parse(content);
    } catch (e) {
      throw new InputError(name, 'format', `not valid JSON (${(e as Error).message})`);
    }
    const list = Array.isArray(value) ? value : [value];
    list.forEach((v, i) => raw.push({ value: v, where: Array.isArray(value) ? `record ${i}` : 'the record' }));
  }
  if (raw.length === 0) throw new InputError(name, 'empty', 'holds no records');
  return raw.map(({ value, where }) => {
    const r = ReportRecord.safeParse(value);
    if (!r.success) {
      const why = r.error.issues.map((i) => `${i.path.join('.') || 'record'} ${i.message}`).join('; ');
      throw new InputError(
        name,
        'format',
        `${where}: ${why} (a record needs a non-empty "text"; "title", "outlet", "published", "url", "id" are optional)`,
      );
    }
    return r.data;
  });
}
