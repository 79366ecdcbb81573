/** GDELT 2.0 event rows: real rows parse, malformed rows are refused with the reason, zipped files read like plain ones, and the matcher's rules. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import yazl from 'yazl';
import { Codes } from '../../../src/link/codes.js';
import { loadKnowledge } from '../../../src/link/knowledge.js';
import {
  candidateDates,
  matchEvent,
  parseGdeltLine,
  readGdeltLines,
  type MeetingCandidate,
} from '../../../src/link/gdelt.js';
import { ROOT } from '../../../src/paths.js';

const FIXTURES = path.join(ROOT, 'test/fixtures/gdelt');
const sample = path.join(FIXTURES, '20240819130000.export.sample.CSV');
const seedRows = path.join(FIXTURES, 'seed-meetings.export.CSV');
const codes = new Codes(loadKnowledge());
const lines = (file: string) => fs.readFileSync(file, 'utf8').trim().split('\n');

describe('parsing GDELT 2.0 event rows', () => {
  it('reads the real sample rows (GlobalEventID, date, CAMEO codes, actors, place, source URL)', () => {
    const events = lines(sample).map(parseGdeltLine);
    assert.equal(events.length, 10);
    const visit = events.find((e) => e?.id === 1193447433)!;
    assert.deepEqual(
      {
        day: visit.day,
        code: visit.eventCode,
        root: visit.rootCode,
        a1: visit.actor1,
        a2: visit.actor2,
        place: visit.place,
      },
      {
        day: '2024-08-18',
        code: '043',
        root: '04',
        a1: { code: 'IND', name: 'NEW DELHI', countryCode: 'IND' },
        a2: { code: 'NPL', name: 'NEPALESE', countryCode: 'NPL' },
        place: 'New Delhi, Delhi, India',
      },
    );
    assert.match(visit.sourceUrl, /^https:\/\/theindianawaaz\.com\//);
  });
  it('skips a header line', () =>
    assert.equal(parseGdeltLine(['GlobalEventID', 'Day', ...Array<string>(59).fill('x')].join('\t')), null));
  const good = lines(seedRows)[0]!.split('\t');
  const change = (i: number, v: string) => good.map((x, j) => (j === i ? v : x)).join('\t');
  const bad: [string, string, RegExp][] = [
    ['a comma-separated line', good.join(','), /expected the 61 tab-separated fields .* found 1$/],
    ['a GDELT 1.0 row', good.slice(0, 57).join('\t'), /found 57 \(this looks like a GDELT 1.0 event file\)/],
    ['a GlobalEventID that is no number', change(0, 'abc'), /GlobalEventID "abc" is not a number/],
    ['an impossible date', change(1, '20230231'), /Day "20230231" is not a date/],
    ['an event code that is no CAMEO code', change(26, 'X42'), /EventCode "X42"/],
    ['a root code not of the event code', change(28, '05'), /EventRootCode "05" is not the root of EventCode "042"/],
    ['a GDELT 1.0 DATEADDED', change(59, '20230619'), /DATEADDED "20230619" is not a GDELT 2.0 timestamp/],
  ];
  for (const [what, line, message] of bad)
    it(`refuses ${what}`, () => assert.throws(() => parseGdeltLine(line), message));
});

describe('reading export files', () => {
  it('reads a zipped export (as GDELT publishes them) line for line like the plain file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-gdelt-'));
    const zipFile = path.join(dir, '20240819130000.export.CSV.zip');
    const zip = new yazl.ZipFile();
    zip.addFile(sample, '20240819130000.export.CSV');
    zip.end();
    await new Promise((resolve, reject) =>
      zip.outputStream
        .pipe(fs.createWriteStream(zipFile))
        .on('close', () => resolve(undefined))
        .on('error', reject),
    );
    const read = async (f: string) => {
      const out = [];
      for await (const l of readGdeltLines(f)) out.push(l);
      return out;
    };
    const plain = await read(sample);
    const zipped = await read(zipFile);
    assert.deepEqual(
      zipped.map((l) => [l.line, l.text]),
      plain.map((l) => [l.line, l.text]),
    );
    assert.equal(zipped[0]!.file, `${zipFile}:20240819130000.export.CSV`);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('matching events to meetings', () => {
  const meeting = (
    id: string,
    date: string | null,
    places: string[],
    ...people: [string, string][]
  ): MeetingCandidate => ({
    id,
    date,
    places,
    principals: people.map(([name, country]) => ({ id: name, name, aliases: [], country })),
  });
  const xi = meeting(
    'm:xi',
    '2023-06-19',
    ['Great Hall of the People, Beijing'],
    ['Antony Blinken', 'US'],
    ['Xi Jinping', 'CN'],
  );
  const wang = meeting('m:wang', '2023-06-19', ['Beijing'], ['Antony Blinken', 'US'], ['Wang Yi', 'CN']);
  const qin = meeting('m:qin', '2023-06-18', [], ['Antony Blinken', 'US'], ['Qin Gang', 'CN']);
  const bali = meeting('m:bali', '2022-11', ['Bali, Indonesia'], ['Joe Biden', 'US'], ['Xi Jinping', 'CN']);
  const all = [xi, wang, qin, bali];
  const events = lines(seedRows).map((l) => parseGdeltLine(l)!);
  const expected: [number, string[]][] = [
    [900000001, ['m:xi']],
    [900000002, ['m:qin']],
    [900000003, ['m:xi', 'm:wang']],
    [900000004, ['m:bali']],
    [900000005, []],
  ];
  for (const [id, meetings] of expected)
    it(`event ${id} → ${meetings.join(', ') || 'no meeting'}`, () =>
      assert.deepEqual(
        matchEvent(
          events.find((e) => e.id === id)!,
          all,
          codes,
        ),
        meetings,
      ));
  it('an event in another city of another country does not match', () => {
    const e = { ...events[0]!, place: 'Paris, Ile-de-France, France' };
    assert.deepEqual(matchEvent(e, [xi, wang, bali], codes), []);
  });
  it('two days off is too far; one day is close enough', () => {
    assert.deepEqual(matchEvent({ ...events[1]!, day: '2023-06-20' }, [qin], codes), []);
    assert.deepEqual(matchEvent({ ...events[1]!, day: '2023-06-17' }, [qin], codes), ['m:qin']);
    assert.deepEqual(candidateDates('2023-03-01'), ['2023-02-28', '2023-03-01', '2023-03-02', '2023-03']);
  });
  it('the real sample matches none of these meetings', () => {
    for (const l of lines(sample)) assert.deepEqual(matchEvent(parseGdeltLine(l)!, all, codes), []);
  });
});
