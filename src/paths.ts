import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';

/** The project (package) root, found from this module's location whether run from `src/` or `dist/src/`. */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('diplograph: cannot find the package root (no package.json above the code)');
    dir = parent;
  }
}

export const ROOT = findRoot();
/** Data files of general knowledge (titles, verbs, outlets, countries, topics). */
export const DATA_DIR = path.join(ROOT, 'data');
/** Cypher schema files and the emitted GraphQL schema. */
export const SCHEMA_DIR = path.join(ROOT, 'schema');
