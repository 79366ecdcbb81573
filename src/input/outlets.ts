import { knowledge, type Knowledge } from '../knowledge/index.js';

/**
 * One entry of data/outlets.json: `domains` are the sites it publishes on ("reuters.com"), `dates`
 * how it writes all-numeric dates when that differs from its country's custom.
 */
export type Outlet = Knowledge['outlets']['outlets'][number];

const key = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A site a URL names: an outlet of data/outlets.json or a publisher of data/publishers.json. */
export interface Site {
  name: string;
  country: string;
}

let byKey: Map<string, Outlet> | undefined;
let byDomain: Map<string, Site> | undefined;
let orders: Map<string, 'dmy' | 'mdy'> | undefined;
let nameWords: Set<string> | undefined;

function index(): Map<string, Outlet> {
  if (byKey) return byKey;
  const data = knowledge().outlets;
  byKey = new Map();
  byDomain = new Map();
  orders = new Map();
  nameWords = new Set(data.nameWords.words.map((w) => w.toLowerCase()));
  for (const c of data.numericDates.dmy) orders.set(c, 'dmy');
  for (const c of data.numericDates.mdy) orders.set(c, 'mdy');
  for (const o of data.outlets) {
    for (const n of [o.name, ...o.aliases]) byKey.set(key(n), o);
    for (const d of o.domains) byDomain.set(d.toLowerCase(), o);
  }
  // governments, international bodies and outlets named by an ordinary phrase: from their sites only
  for (const p of knowledge().publishers.publishers)
    for (const d of p.domains) if (!byDomain.has(d)) byDomain.set(d, p);
  return byKey;
}

/**
 * The outlet or publisher whose site a URL is on ("https://www.reuters.com/world/..." gives Reuters,
 * "https://www.whitehouse.gov/briefing-room/..." The White House), or undefined.
 */
export function outletOfUrl(url: string): Site | undefined {
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

/**
 * Whether a name no list holds looks like a news outlet's: two to six capitalised words (small words
 * such as "of" aside) whose last is a word outlets' names end with ("Coastline Daily", "The Harbour Times").
 */
export function looksLikeOutletName(name: string): boolean {
  index();
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (!words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && /^(?:of|the|and|de|del|la|el|al|&)$/.test(w))))
    return false;
  return nameWords!.has(words[words.length - 1]!.toLowerCase());
}

let places: Set<string> | undefined;

/**
 * Whether a line only names a country, a capital or a demonym ("United States", "Latin America" is not
 * one, "Kenya", "Nairobi"): a menu's section, never a site's name. From data/countries.json.
 */
export function isPlaceName(line: string): boolean {
  if (!places) {
    places = new Set();
    for (const c of knowledge().countries.countries)
      for (const n of [c.name, ...c.aliases, ...c.demonyms, ...c.capitals]) places.add(key(n));
  }
  return places.has(key(line));
}

/** The host a URL is on, without "www." ("https://www.example-news.com/a" gives "example-news.com"), or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

const squash = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^a-z0-9]/g, '');

/**
 * A name the page gives (an author or site field) that spells its URL's host, letters only: the site's own
 * name ("Harbour Light Monitor" on harbourlightmonitor.com, "Example News" on news.example-news.org); else null.
 */
export function nameOfHost(name: string | null | undefined, url: string | null | undefined): string | null {
  const host = hostOf(url);
  if (!name || !host) return null;
  const n = squash(name);
  if (n.length < 4) return null;
  return host.split('.').some((label) => squash(label) === n) ? name.replace(/\s+/g, ' ').trim() : null;
}

/** The outlet of a domain name as written on a page ("DAWN.COM", "inquirer.net"), or undefined. */
export function outletOfDomain(domain: string): Site | undefined {
  return outletOfUrl(`https://${domain.trim().toLowerCase()}/`);
}

/**
 * How a known outlet writes all-numeric dates ("02/03/2026"): its own `dates`, else its country's
 * custom as data/outlets.json lists it; null when unknown (the reader's default applies).
 */
export function numericDateOrder(name: string | null | undefined): 'dmy' | 'mdy' | null {
  if (!name) return null;
  const o = lookupOutlet(name);
  if (!o) return null;
  return o.dates ?? orders!.get(o.country) ?? null;
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
  // "reuters.com", "www.example.co.uk": a listed outlet's site gives its name
  const site = /^(?:https?:\/\/)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)\/?$/i.exec(n);
  return lookupOutlet(n)?.name ?? (site ? outletOfDomain(site[1]!)?.name : undefined) ?? n;
}
