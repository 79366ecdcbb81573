import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR } from '../paths.js';

/** One entry of data/outlets.json. */
export interface Outlet {
  name: string;
  aliases: string[];
  country: string;
  kind: 'agency' | 'newspaper' | 'broadcaster' | 'online';
  /** Web sites it publishes on ("reuters.com"). */
  domains: string[];
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
let byDomain: Map<string, Outlet> | undefined;

function index(): Map<string, Outlet> {
  if (byKey) return byKey;
  const file = path.join(DATA_DIR, 'outlets.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { outlets: Outlet[] };
  byKey = new Map();
  byDomain = new Map();
  for (const o of data.outlets) {
    for (const n of [o.name, ...o.aliases]) byKey.set(key(n), o);
    for (const d of o.domains ?? []) byDomain.set(d.toLowerCase(), o);
  }
  return byKey;
}

/** The outlet whose site a URL is on ("https://www.reuters.com/world/..." gives Reuters), or undefined. */
export function outletOfUrl(url: string): Outlet | undefined {
  index();
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
  // the host itself, then each parent domain ("english.news.cn" -> "news.cn")
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const o = byDomain!.get(h);
    if (o) return o;
  }
  return undefined;
}

/** The outlet a name or alias stands for ("AFP", "Agence France-Presse", "the Associated Press"), or undefined. */
export function lookupOutlet(name: string): Outlet | undefined {
  const found = index().get(key(name));
  if (found) return found;
  // "Kuwait News Agency (KUNA)", "MENAFN - KUNA": the name, or its abbreviation in parentheses
  const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(name.trim());
  return paren ? (index().get(key(paren[1]!)) ?? index().get(key(paren[2]!))) : undefined;
}

/** The canonical name of a known outlet, else the name as given (trimmed); null for nothing usable. */
export function canonicalOutlet(name: string | null | undefined): string | null {
  const n = (name ?? '').replace(/\s+/g, ' ').trim();
  if (!n) return null;
  return lookupOutlet(n)?.name ?? n;
}
