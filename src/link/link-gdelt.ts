/**
 * `diplograph link gdelt FILE…`: reads GDELT 2.0 event exports, matches their consultation events
 * (CAMEO roots 03 and 04) to the graph's meetings, and stores the matches on the meetings.
 *
 * Every file is read and checked first; a line that is not a GDELT 2.0 event row stops the run
 * with its file and line number, and nothing is stored. The matches are then stored in one
 * transaction. Memory holds the meetings of the days seen and the matches, not the files.
 */
import type { Graph } from '../graph/driver.js';
import { meetingsOn, storeGdeltLinks, type GdeltLink } from '../graph/link.js';
import { Codes } from './codes.js';
import {
  GdeltFormatError,
  candidateDates,
  matchEvent,
  parseGdeltLine,
  readGdeltLines,
  type MeetingCandidate,
} from './gdelt.js';
import { loadKnowledge } from './knowledge.js';

export interface GdeltLinkSummary {
  files: number;
  rows: number;
  /** Rows of CAMEO roots 03–04 (intent to cooperate, consult): the ones matched. */
  consultations: number;
  matched: number;
  /** Consultation rows that matched no meeting. */
  unmatched: number;
  /** Matched rows that fit more than one meeting equally well (stored on each). */
  ambiguous: number;
  /** Meetings that got at least one event. */
  meetings: number;
}

const MAX_ERRORS = 10;

export async function linkGdeltFiles(
  graph: Graph,
  files: string[],
  onFile: (file: string, rows: number) => void = () => {},
): Promise<GdeltLinkSummary> {
  const codes = new Codes(loadKnowledge());
  const summary: GdeltLinkSummary = {
    files: 0,
    rows: 0,
    consultations: 0,
    matched: 0,
    unmatched: 0,
    ambiguous: 0,
    meetings: 0,
  };
  const byDay = new Map<string, Promise<MeetingCandidate[]>>();
  const candidates = (day: string) => {
    let known = byDay.get(day);
    if (!known) byDay.set(day, (known = meetingsOn(graph, candidateDates(day))));
    return known;
  };
  const links = new Map<string, GdeltLink>();
  const errors: string[] = [];
  let errorCount = 0;
  for (const file of files) {
    let rows = 0;
    for await (const { file: where, line, text } of readGdeltLines(file)) {
      let event;
      try {
        event = parseGdeltLine(text);
      } catch (err) {
        errorCount++;
        if (errors.length < MAX_ERRORS) errors.push(`${where}:${line}: ${(err as Error).message}`);
        continue;
      }
      if (!event) continue;
      rows++;
      if (event.rootCode !== '03' && event.rootCode !== '04') continue;
      summary.consultations++;
      if (errorCount) continue; // the run will fail: only check the rest
      const meetings = matchEvent(event, await candidates(event.day), codes);
      if (meetings.length === 0) {
        summary.unmatched++;
        continue;
      }
      summary.matched++;
      if (meetings.length > 1) summary.ambiguous++;
      for (const id of meetings) {
        const link = links.get(id) ?? { meetingId: id, eventIds: [], sourceUrls: [] };
        link.eventIds.push(event.id);
        if (event.sourceUrl) link.sourceUrls.push(event.sourceUrl);
        links.set(id, link);
      }
    }
    summary.files++;
    summary.rows += rows;
    onFile(file, rows);
  }
  if (errorCount) {
    const more = errorCount > errors.length ? `\n… and ${errorCount - errors.length} more` : '';
    throw new GdeltFormatError(
      `${errorCount} line${errorCount === 1 ? ' is' : 's are'} not GDELT 2.0 event rows (nothing was stored):\n${errors.join('\n')}${more}`,
    );
  }
  summary.meetings = await storeGdeltLinks(graph, [...links.values()]);
  return summary;
}

export function formatGdeltSummary(s: GdeltLinkSummary): string {
  return (
    `GDELT: ${s.files} file${s.files === 1 ? '' : 's'}, ${s.rows} events, ${s.consultations} of them consultations (CAMEO 03–04): ` +
    `${s.matched} matched to ${s.meetings} meeting${s.meetings === 1 ? '' : 's'}${s.ambiguous ? ` (${s.ambiguous} fitting several equally)` : ''}, ` +
    `${s.unmatched} not matched`
  );
}
