/**
 * GDELT 2.0 event exports (the 61 tab-separated fields of the GDELT Event Codebook V2.0, one event
 * a line, plain or zipped as GDELT publishes them) matched to the graph's meetings.
 *
 * Only events of CAMEO root 03 (express intent to cooperate) and 04 (consult) are matched. An event
 * matches a meeting when its two actors are two different principals of the meeting (by name, or by
 * CAMEO country code), its date is the meeting's date give or take a day (any day of the month for a
 * meeting known only by its month), and its place, when both have one, is the meeting's place or in
 * its country. The best-scoring meetings win; ties all get the event.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { Codes } from './codes.js';
import { foldName } from './gazetteer.js';

export const GDELT_COLUMNS = [
  'GlobalEventID',
  'Day',
  'MonthYear',
  'Year',
  'FractionDate',
  'Actor1Code',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1KnownGroupCode',
  'Actor1EthnicCode',
  'Actor1Religion1Code',
  'Actor1Religion2Code',
  'Actor1Type1Code',
  'Actor1Type2Code',
  'Actor1Type3Code',
  'Actor2Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2KnownGroupCode',
  'Actor2EthnicCode',
  'Actor2Religion1Code',
  'Actor2Religion2Code',
  'Actor2Type1Code',
  'Actor2Type2Code',
  'Actor2Type3Code',
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  'Actor1Geo_Type',
  'Actor1Geo_FullName',
  'Actor1Geo_CountryCode',
  'Actor1Geo_ADM1Code',
  'Actor1Geo_ADM2Code',
  'Actor1Geo_Lat',
  'Actor1Geo_Long',
  'Actor1Geo_FeatureID',
  'Actor2Geo_Type',
  'Actor2Geo_FullName',
  'Actor2Geo_CountryCode',
  'Actor2Geo_ADM1Code',
  'Actor2Geo_ADM2Code',
  'Actor2Geo_Lat',
  'Actor2Geo_Long',
  'Actor2Geo_FeatureID',
  'ActionGeo_Type',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_ADM1Code',
  'ActionGeo_ADM2Code',
  'ActionGeo_Lat',
  'ActionGeo_Long',
  'ActionGeo_FeatureID',
  'DATEADDED',
  'SOURCEURL',
] as const;

const col = (name: (typeof GDELT_COLUMNS)[number]) => GDELT_COLUMNS.indexOf(name);

export interface GdeltActor {
  code: string;
  name: string;
  countryCode: string;
}

export interface GdeltEvent {
  id: number;
  /** The event's date, YYYY-MM-DD. */
  day: string;
  eventCode: string;
  rootCode: string;
  actor1: GdeltActor;
  actor2: GdeltActor;
  place: string;
  sourceUrl: string;
}

/** A line that is not a GDELT 2.0 event row: names the file and line. */
export class GdeltFormatError extends Error {
  override name = 'GdeltFormatError';
}

const validDay = (d: string) => {
  if (!/^\d{8}$/.test(d)) return false;
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(iso);
};

/**
 * One line of an export: the event, `null` for a header line (some copies of the files add one),
 * or a thrown message saying what is wrong with it.
 */
export function parseGdeltLine(line: string): GdeltEvent | null {
  const f = line.replace(/\r$/, '').split('\t');
  if (/^global_?events?_?id$/i.test(f[0] ?? '')) return null;
  if (f.length !== GDELT_COLUMNS.length) {
    const v1 = f.length === 57 || f.length === 58 ? ' (this looks like a GDELT 1.0 event file)' : '';
    throw new Error(
      `expected the ${GDELT_COLUMNS.length} tab-separated fields of a GDELT 2.0 event row, found ${f.length}${v1}`,
    );
  }
  const get = (name: (typeof GDELT_COLUMNS)[number]) => f[col(name)]!.trim();
  const id = get('GlobalEventID');
  if (!/^\d{1,15}$/.test(id)) throw new Error(`GlobalEventID "${id}" is not a number`);
  const day = get('Day');
  if (!validDay(day)) throw new Error(`Day "${day}" is not a date written YYYYMMDD`);
  const eventCode = get('EventCode');
  const rootCode = get('EventRootCode');
  if (!/^\d{3,4}$/.test(eventCode)) throw new Error(`EventCode "${eventCode}" is not a CAMEO event code`);
  if (!/^\d{2}$/.test(rootCode) || !eventCode.startsWith(rootCode))
    throw new Error(`EventRootCode "${rootCode}" is not the root of EventCode "${eventCode}"`);
  const added = get('DATEADDED');
  if (!/^\d{14}$/.test(added)) throw new Error(`DATEADDED "${added}" is not a GDELT 2.0 timestamp (YYYYMMDDHHMMSS)`);
  const actor = (n: 1 | 2): GdeltActor => ({
    code: get(`Actor${n}Code`),
    name: get(`Actor${n}Name`),
    countryCode: get(`Actor${n}CountryCode`),
  });
  return {
    id: Number(id),
    day: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`,
    eventCode,
    rootCode,
    actor1: actor(1),
    actor2: actor(2),
    place: get('ActionGeo_FullName'),
    sourceUrl: get('SOURCEURL'),
  };
}

export interface GdeltLine {
  file: string;
  line: number;
  text: string;
}

function zipEntries(file: string): AsyncGenerator<{ name: string; stream: Readable }> {
  return (async function* () {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(file, { lazyEntries: true, autoClose: true }, (err, z) =>
        err || !z ? reject(err ?? new Error(`cannot open ${file}`)) : resolve(z),
      ),
    );
    try {
      for (;;) {
        const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
          zip.once('entry', resolve);
          zip.once('end', () => resolve(null));
          zip.once('error', reject);
          zip.readEntry();
        });
        if (!entry) return;
        zip.removeAllListeners('entry');
        zip.removeAllListeners('end');
        if (entry.fileName.endsWith('/')) continue;
        const stream = await new Promise<Readable>((resolve, reject) =>
          zip.openReadStream(entry, (err, s) =>
            err || !s ? reject(err ?? new Error(`cannot read ${entry.fileName} in ${file}`)) : resolve(s),
          ),
        );
        yield { name: entry.fileName, stream };
      }
    } finally {
      zip.close();
    }
  })();
}

const isZip = (file: string) => {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    return head.equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  } finally {
    fs.closeSync(fd);
  }
};

/** The lines of a GDELT export file, plain or zipped (every file in the archive), read as a stream. */
export async function* readGdeltLines(file: string): AsyncGenerator<GdeltLine> {
  const sources: AsyncIterable<{ name: string; stream: Readable }> | Iterable<{ name: string; stream: Readable }> =
    isZip(file) ? zipEntries(file) : [{ name: file, stream: fs.createReadStream(file) }];
  for await (const { name, stream } of sources) {
    const label = name === file ? file : `${file}:${name}`;
    let line = 0;
    for await (const text of readline.createInterface({ input: stream, crlfDelay: Infinity })) {
      line++;
      if (text.trim() === '') continue;
      yield { file: label, line, text };
    }
  }
}

/** What the matcher knows of a meeting of the graph. */
export interface MeetingCandidate {
  id: string;
  /** YYYY-MM-DD, YYYY-MM, or null. */
  date: string | null;
  places: string[];
  principals: { id: string; name: string; aliases: string[]; country: string | null }[];
}

/** The dates (YYYY-MM-DD and YYYY-MM) of the meetings an event of `day` may belong to. */
export function candidateDates(day: string): string[] {
  const t = Date.parse(`${day}T00:00:00Z`);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [iso(t - 86_400_000), day, iso(t + 86_400_000), day.slice(0, 7)];
}

const DAY_MS = 86_400_000;

function dateScore(event: string, meeting: string | null): number | undefined {
  if (!meeting) return undefined;
  if (/^\d{4}-\d{2}$/.test(meeting)) return event.startsWith(meeting) ? 0 : undefined;
  const d = Math.abs(Date.parse(`${event}T00:00:00Z`) - Date.parse(`${meeting}T00:00:00Z`));
  return d === 0 ? 1 : d <= DAY_MS ? 0 : undefined;
}

function actorScore(actor: GdeltActor, p: MeetingCandidate['principals'][number], codes: Codes): number {
  const name = foldName(actor.name);
  if (name) {
    const names = [p.name, ...p.aliases].map(foldName);
    const surname = names[0]?.split(' ').pop();
    if (names.includes(name) || (name.split(' ').length === 1 && name === surname)) return 2;
  }
  const country = codes.countryOfCameo(actor.countryCode || actor.code.slice(0, 3));
  return country && country === p.country ? 1 : 0;
}

function placeScore(event: string, places: string[], codes: Codes): number | undefined {
  if (!event || places.length === 0) return 0;
  const where = ` ${foldName(event)} `;
  const parts = places
    .flatMap((p) => p.split(','))
    .map(foldName)
    .filter(Boolean);
  if (parts.some((p) => where.includes(` ${p} `))) return 1;
  const country = codes.countryOfPlace(event);
  return country && places.some((p) => codes.countryOfPlace(p) === country) ? 0 : undefined;
}

/** The meetings an event matches (the best score; ties all), or none. */
export function matchEvent(event: GdeltEvent, candidates: readonly MeetingCandidate[], codes: Codes): string[] {
  if (!event.actor1.name && !event.actor1.code) return [];
  if (!event.actor2.name && !event.actor2.code) return [];
  let best = 0;
  let matched: string[] = [];
  for (const m of candidates) {
    const date = dateScore(event.day, m.date);
    const place = date === undefined ? undefined : placeScore(event.place, m.places, codes);
    if (date === undefined || place === undefined) continue;
    let actors = 0;
    for (const a of m.principals)
      for (const b of m.principals) {
        if (a === b) continue;
        const s1 = actorScore(event.actor1, a, codes);
        const s2 = actorScore(event.actor2, b, codes);
        if (s1 > 0 && s2 > 0) actors = Math.max(actors, s1 + s2);
      }
    if (actors === 0) continue;
    const score = actors * 10 + date + place;
    if (score > best) [best, matched] = [score, [m.id]];
    else if (score === best) matched.push(m.id);
  }
  return matched;
}
