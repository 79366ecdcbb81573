import { datePatterns, findDates, type FoundDate } from './dates.js';
import { lookupOutlet } from './outlets.js';
import { pageWords } from '../knowledge/index.js';

/**
 * Datelines open a wire story: "Beijing, Jun. 19, (dpa/GNA) –", "(AFP) -", "(CNN) —",
 * "MOSCOW (Reuters) -", "NEW DELHI, March 3 (Xinhua) --", "MOSCOW, June 5. /TASS/.",
 * "SEOUL, June 5 (Yonhap) --", "WASHINGTON —", "ASTANA. KAZINFORM -", "Riyadh, Example Gazette —", "ABU DHABI, (Site / WAM - 12th
 * Oct, 2020)". They give the place, perhaps a day, and the agencies — the first one is the agency
 * the story comes from (or the site that carried it, in a tag that names several), the others carried it.
 */
export interface Dateline {
  place: string | null;
  date: FoundDate | null;
  /** Agencies in the tag, originating first ("dpa/GNA" gives ["dpa", "GNA"]). */
  agencies: string[];
  /** Length of the dateline at the start of the line, separator and spaces included. */
  length: number;
}

const PLACE = "[A-Z][\\p{L}'’.-]*(?:[ -](?:[A-Z][\\p{L}'’.-]*|de|del|la|el|al|es))*";
const DASH = '(?:[-–—]{1,2}|:)';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
type Patterns = {
  withTag: RegExp;
  withoutTag: RegExp;
  agencyAfterPlace: RegExp;
  agencyAfterComma: RegExp;
  agencyDay: RegExp;
};
let patterns: Patterns | null = null;
function datelinePatterns(): Patterns {
  if (patterns) return patterns;
  const day = datePatterns().dayMonth;
  // "New Delhi [India], June 19 (ANI):", "Baku, Azerbaijan, June 19 (Trend) -", "DOHA, Qatar (AP) —": a place may name its country
  const country = `(?:\\s*\\[[^\\]]{2,30}\\]|\\s*,\\s*${PLACE}(?=\\s*,\\s*${day}|\\s*\\())?`;
  // "ALGIERS – Thursday, 25 August 2022 (APS) –", "DUSHANBE, 14.09.2023 (Agency) –": a weekday, a dash, a numeric day
  const when = `(?:${WEEKDAY},?\\s+)?(?:${day}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})`;
  const withTag = new RegExp(
    `^(?:(${PLACE})${country}(?:\\s*(?:,|[-–—])\\s*(${when}))?\\s*[,.]?\\s*)?(?:\\(([^()]{2,80})\\)|/([A-Z][\\w -]{1,25})/\\.?)\\s*(${DASH})?\\s*`,
    'u',
  );
  // a place in capitals, or a place and a day, then a dash: "WASHINGTON —", "Kyiv, June 5 –"
  const withoutTag = new RegExp(
    `^(?:([\\p{Lu}][\\p{Lu}'’. -]+[\\p{Lu}])|(${PLACE})\\s*,\\s*(${day}))\\s*,?\\s*${DASH}\\s+`,
    'u',
  );
  // "ASTANA. KAZINFORM - ", "LIMA. AGENCY –": a place in capitals, a full stop, an agency's name in capitals, a dash
  const agencyAfterPlace = new RegExp(
    `^([\\p{Lu}][\\p{Lu}'’ -]+[\\p{Lu}])\\.\\s+([\\p{Lu}][\\p{Lu}&. -]{1,30}[\\p{Lu}])\\s*${DASH}\\s+`,
    'u',
  );
  // "Riyadh, Example Gazette —": a place, a comma, a listed outlet's name (checked by the caller), a dash
  const agencyAfterComma = new RegExp(
    `^(${PLACE})\\s*,\\s*([\\p{Lu}][\\p{L}&.' -]{1,40}?)(?:\\s+[-–—]{1,2}|\\s*[–—])\\s*`,
    'u',
  );
  // "ENA February 10/2020 The minister …": a listed agency's name (checked by the caller) and a full date, no place
  const agencyDay = new RegExp(
    `^([\\p{Lu}][\\p{L}&.' -]{1,40}?)\\s*[,:]?\\s+(${day})\\s*(?:${DASH}\\s*)?(?=\\p{Lu})`,
    'u',
  );
  return (patterns = { withTag, withoutTag, agencyAfterPlace, agencyAfterComma, agencyDay });
}

const looksLikeAgency = (s: string) => /^[A-Z][\p{L}.&' -]{1,30}$/u.test(s) && s.split(/\s+/).length <= 4;

/** The dateline at the start of `line`, or null. */
export function parseDateline(line: string): Dateline | null {
  const m = datelinePatterns().withTag.exec(line);
  if (m && m[0].length < line.length) {
    // "(Site / Agency - 12th Oct, 2020)": a day after the last agency
    const tag = (m[3] ?? m[4])!.replace(/\s+[-–—]\s+[^/]*\d[^/]*$/, '');
    const agencies = tag.split(/\s*[/,;]\s*|\s+and\s+/).filter(Boolean);
    // a tag of several names needs one listed outlet and names shaped like agencies' for the others
    const known =
      agencies.length > 1
        ? agencies.some((a) => lookupOutlet(a)) && agencies.every((a) => lookupOutlet(a) || looksLikeAgency(a))
        : agencies.every((a) => lookupOutlet(a));
    // an unknown tag counts only with a dash after it ("(Foo News) -"), or as one acronym after a place and a day
    // ("Havana, Dec 20 (ACN) The minister ..."); a known one may stand alone ("(PTI) The minister ...")
    const acronymAfterDay = !!(m[1] && m[2]) && agencies.length === 1 && /^\p{Lu}{2,6}$/u.test(agencies[0]!);
    if (agencies.length && (known || acronymAfterDay || (m[5] && agencies.every(looksLikeAgency)))) {
      return {
        place: m[1] ? tidyPlace(m[1]) : null,
        date: m[2] ? (findDates(m[2])[0] ?? null) : null,
        agencies,
        length: m[0].length,
      };
    }
  }
  const k = datelinePatterns().agencyAfterPlace.exec(line) ?? datelinePatterns().agencyAfterComma.exec(line);
  if (k && k[0].length < line.length && lookupOutlet(k[2]!))
    return { place: tidyPlace(k[1]!), date: null, agencies: [k[2]!], length: k[0].length };
  const a = datelinePatterns().agencyDay.exec(line);
  const aDate = a && lookupOutlet(a[1]!) ? findDates(a[2]!)[0] : undefined;
  if (a && aDate?.year) return { place: null, date: aDate, agencies: [a[1]!], length: a[0].length };
  const w = datelinePatterns().withoutTag.exec(line);
  if (w && w[0].length < line.length && !(w[1] && pageWords().kickers.has(w[1]))) {
    // "MOSCOW, June 19 - RIA Novosti. Russian ...": the agency's name after the dash
    const named = /^([^.:]{2,40})[.:]\s+/.exec(line.slice(w[0].length));
    const agency = named && lookupOutlet(named[1]!) ? named : null;
    return {
      place: tidyPlace((w[1] ?? w[2])!),
      date: w[3] ? (findDates(w[3])[0] ?? null) : null,
      agencies: agency ? [agency[1]!] : [],
      length: w[0].length + (agency ? agency[0].length : 0),
    };
  }
  return null;
}

/** "NEW DELHI" -> "New Delhi"; "Beijing" stays. */
function tidyPlace(p: string): string {
  const t = p.trim().replace(/[.,]$/, '');
  if (t !== t.toUpperCase() || t.length <= 3) return t;
  return t.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}
