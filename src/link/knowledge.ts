/**
 * The knowledge that links the graph to other datasets, read once from data/ and validated:
 * the gazetteer of Wikidata ids (data/gazetteer.json, with a user's own file from
 * DIPLOGRAPH_GAZETTEER merged over it), CAMEO codes and rules (data/cameo.json), and the ISO
 * codes of countries (data/countries.json). A malformed file is an error that names the file and
 * the entry, so a typo in a user's gazetteer never passes silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../paths.js';

export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
}

const qid = z.string().regex(/^Q[1-9]\d*$/, 'expected a Wikidata id such as Q42');
const alpha2 = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as US');
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const role = z.strictObject({
  role: z.string().min(1),
  title: z.string().min(1).optional(),
  position: qid.optional(),
  from: partialDate.nullable().optional(),
  to: partialDate.nullable().optional(),
});
const entry = z.strictObject({
  id: qid,
  kind: z.enum(['person', 'organization', 'outlet', 'country']),
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  country: alpha2.nullable().default(null),
  roles: z.array(role).optional(),
  sources: z.array(z.string().min(1)).min(1, 'every entry names the source its id comes from'),
});
const source = z.strictObject({
  repository: z.string().min(1).optional(),
  path: z.string().min(1).optional(),
  commit: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  what: z.string().min(1),
});
const gazetteerFile = z
  .strictObject({
    _comment: z.string().optional(),
    sources: z.record(z.string(), source),
    entries: z.array(z.unknown()),
  })
  .strict();

export type GazetteerEntry = z.infer<typeof entry>;
export type GazetteerSource = z.infer<typeof source>;

const ruleRow = z.strictObject({
  id: z.string().min(1),
  code: z.string().regex(/^\d{3,4}$/),
  words: z.array(z.string().min(1)).min(1),
  example: z.string().min(1),
});
const cameoFile = z.strictObject({
  _comment: z.string().optional(),
  sources: z.record(z.string(), source),
  eventCodes: z.record(z.string().regex(/^\d{2,4}$/), z.string().min(1)),
  typeCodes: z.record(z.string().regex(/^[A-Z]{3}$/), z.string().min(1)),
  countryCodes: z.strictObject({
    _comment: z.string().optional(),
    exceptions: z.record(alpha2, z.string().regex(/^[A-Z]{3}$/)),
    regions: z.array(z.string().regex(/^[A-Z]{3}$/)),
  }),
  actorRoles: z.array(
    z.strictObject({
      id: z.string().min(1),
      type: z.string().regex(/^[A-Z]{3}$/),
      words: z.array(z.string().min(1)).min(1),
      example: z.string().min(1),
    }),
  ),
  statementRules: z.array(ruleRow),
  meetingRules: z.array(ruleRow),
});
export type CameoData = z.infer<typeof cameoFile>;

const countriesFile = z.object({
  countries: z.array(
    z.object({
      code: alpha2,
      iso3: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .nullable(),
      numeric: z
        .string()
        .regex(/^\d{3}$/)
        .nullable(),
      name: z.string().min(1),
      aliases: z.array(z.string()),
      demonyms: z.array(z.string()),
      capitals: z.array(z.string()),
    }),
  ),
});
export type CountryData = z.infer<typeof countriesFile>['countries'][number];

function readJson(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new KnowledgeError(`cannot read ${file}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new KnowledgeError(`${file} is not valid JSON: ${(err as Error).message}`);
  }
}

function issues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ');
}

function parseWith<T>(schema: z.ZodType<T>, file: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new KnowledgeError(`${file} is malformed: ${issues(result.error)}`);
  return result.data;
}

export interface Gazetteer {
  entries: GazetteerEntry[];
  sources: Record<string, GazetteerSource>;
}

/**
 * Reads one gazetteer file. Each entry is checked on its own, so the error names the entry (its
 * position and id or name) as well as the file; an entry's sources must be declared in `sources`.
 */
export function readGazetteer(file: string): Gazetteer {
  const doc = parseWith(gazetteerFile, file, readJson(file));
  const entries = doc.entries.map((raw, index) => {
    const result = entry.safeParse(raw);
    const label = (raw as { id?: unknown; name?: unknown } | null)?.id ?? (raw as { name?: unknown } | null)?.name;
    const where = `entry ${index + 1}${typeof label === 'string' ? ` (${label})` : ''}`;
    if (!result.success) throw new KnowledgeError(`${file}: ${where} is malformed: ${issues(result.error)}`);
    const unknown = result.data.sources.filter((s) => !(s in doc.sources));
    if (unknown.length)
      throw new KnowledgeError(
        `${file}: ${where} names sources not declared in "sources": ${unknown.join(', ')} (each id must say where it was found)`,
      );
    return result.data;
  });
  const seen = new Map<string, number>();
  entries.forEach((e, i) => {
    const before = seen.get(e.id);
    if (before !== undefined)
      throw new KnowledgeError(`${file}: entries ${before + 1} and ${i + 1} have the same id ${e.id}`);
    seen.set(e.id, i);
  });
  return { entries, sources: doc.sources };
}

/**
 * Our gazetteer with a user's merged over it: a user entry with an id of ours replaces ours,
 * others are added. User sources are kept apart by a `user:` prefix.
 */
export function mergeGazetteers(base: Gazetteer, user: Gazetteer | undefined): Gazetteer {
  if (!user) return base;
  const prefix = (s: string) => `user:${s}`;
  const byId = new Map(base.entries.map((e) => [e.id, e]));
  for (const e of user.entries) byId.set(e.id, { ...e, sources: e.sources.map(prefix) });
  const sources = { ...base.sources };
  for (const [k, v] of Object.entries(user.sources)) sources[prefix(k)] = v;
  return { entries: [...byId.values()], sources };
}

const nicknamesFile = z.object({ groups: z.array(z.array(z.string().min(1))) });

export interface Knowledge {
  gazetteer: Gazetteer;
  cameo: CameoData;
  countries: CountryData[];
  /** Groups of given names of one person (Joseph/Joe, Sergei/Sergey), from data/nicknames.json. */
  nameGroups: string[][];
}

const cache = new Map<string, Knowledge>();

/** Loads (once per user-gazetteer path) the link knowledge; `userGazetteer` is DIPLOGRAPH_GAZETTEER. */
export function loadKnowledge(userGazetteer?: string, dataDir = DATA_DIR): Knowledge {
  const key = `${dataDir}\0${userGazetteer ?? ''}`;
  const known = cache.get(key);
  if (known) return known;
  const base = readGazetteer(path.join(dataDir, 'gazetteer.json'));
  const user = userGazetteer ? readGazetteer(path.resolve(userGazetteer)) : undefined;
  const cameoPath = path.join(dataDir, 'cameo.json');
  const countriesPath = path.join(dataDir, 'countries.json');
  const nicknamesPath = path.join(dataDir, 'nicknames.json');
  const knowledge: Knowledge = {
    gazetteer: mergeGazetteers(base, user),
    cameo: parseWith(cameoFile, cameoPath, readJson(cameoPath)),
    countries: parseWith(countriesFile, countriesPath, readJson(countriesPath)).countries,
    nameGroups: parseWith(nicknamesFile, nicknamesPath, readJson(nicknamesPath)).groups,
  };
  cache.set(key, knowledge);
  return knowledge;
}
