import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../paths.js';
import { KNOWLEDGE_FILES, type Knowledge, type KnowledgeName } from './schema.js';

/**
 * A data file that cannot be used. The message names the file and what is wrong with it, e.g.
 * "data/titles.json: titles[3].rank: expected number, received string; fix the file (data/README.md
 * describes it)".
 */
export class KnowledgeError extends Error {
  override name = 'KnowledgeError';
  constructor(
    /** the file's path */
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

const shown = (file: string) => {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
};

/** Reads and validates one data file; throws `KnowledgeError` naming it when it is missing or malformed. */
export function readKnowledgeFile<K extends KnowledgeName>(dir: string, name: K): Knowledge[K] {
  const { file, schema } = KNOWLEDGE_FILES[name];
  const full = path.join(dir, file);
  let text: string;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new KnowledgeError(
      shown(full),
      code === 'ENOENT'
        ? 'missing: extraction needs this data file (restore it from the repository)'
        : `cannot be read (${code ?? (e as Error).message})`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new KnowledgeError(shown(full), `not valid JSON (${(e as Error).message})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.length ? formatPath(i.path) : 'top level'}: ${i.message}`)
      .join('; ');
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new KnowledgeError(shown(full), `${issues}${more}; fix the file (data/README.md describes it)`);
  }
  return parsed.data as Knowledge[K];
}

function formatPath(p: PropertyKey[]): string {
  return p
    .map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`))
    .join('')
    .replace(/^\[/, 'item [');
}

/**
 * The data files of `dir`, each read and validated on first use and kept. `knowledge()` is the
 * project's own (data/); tests and tools may open another folder.
 */
export function openKnowledge(dir: string): Knowledge {
  const cache: Partial<Knowledge> = {};
  const out = {} as Knowledge;
  for (const name of Object.keys(KNOWLEDGE_FILES) as KnowledgeName[])
    Object.defineProperty(out, name, {
      enumerable: true,
      get: () => (cache[name] ??= readKnowledgeFile(dir, name) as never),
    });
  return out;
}

/** Reads and validates every data file of `dir` at once: the first bad file throws. */
export function loadKnowledge(dir: string = DATA_DIR): Knowledge {
  const k = openKnowledge(dir);
  for (const name of Object.keys(KNOWLEDGE_FILES) as KnowledgeName[]) void k[name];
  return k;
}

let project: Knowledge | null = null;
/** The project's data files (data/), each read once, on first use. */
export function knowledge(): Knowledge {
  return (project ??= openKnowledge(DATA_DIR));
}
