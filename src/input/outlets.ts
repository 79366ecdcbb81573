import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../paths.js';

/** One entry of data/outlets.json. */
export interface Outlet {
  name: string;
  aliases: string[];
  country: string;
  kind: 'agency' | 'newspaper' | 'broadcaster' | 'online';
}

const key = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

let byKey: Map<string, Outlet> | undefined;

function index(): Map<string, Outlet> {
  if (byKey) return byKey;
  const file = path.join(DATA_DIR, 'outlets.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { outlets: Outlet[] };
  byKey = new Map();
  for (const o of data.outlets) for (const n of [o.name, ...o.aliases]) byKey.set(key(n), o);
  return byKey;
}

/** The outlet a name or alias stands for ("AFP", "Agence France-Presse", "the Associated Press"), or undefined. */
export function lookupOutlet(name: string): Outlet | undefined {
  return index().get(key(name));
}

/** The canonical name of a known outlet, else the name as given (trimmed); null for nothing usable. */
export function canonicalOutlet(name: string | null | undefined): string | null {
  const n = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!n) return null;
  return lookupOutlet(n)?.name ?? n;
}
