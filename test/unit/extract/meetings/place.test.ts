// Table tests for a meeting's place: the place its sentence gives after the trigger, else before it for a meeting
// of the report's days; never the place of the report's dateline or venue for a meeting in the past.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetingsOf } from '../../../support/meetings.js';

const rows: [what: string, text: string, dateline: string | undefined, place: string | null][] = [
  [
    'the place after the trigger',
    'President Ana Lopes met Chancellor Otto Brandt at the Grand Palace in Vienna on Monday.',
    undefined,
    'Grand Palace, Vienna',
  ],
  [
    'a place opening the sentence, for a meeting of the report’s days',
    'In Accra on Thursday, President Ana Lopes hosted Chancellor Otto Brandt.',
    undefined,
    'Accra',
  ],
  [
    'a report datelined HAVANA about a past meeting elsewhere: the sentence’s place, not the dateline’s',
    'HAVANA (AP) — President Ana Lopes, speaking in Havana on Monday, recalled that she first met Chancellor Otto Brandt in Lima in 2015.',
    'Havana',
    'Lima',
  ],
  [
    'a past meeting is not placed at this report’s venue',
    'Speaking at the Grand Palace in Beijing on Monday, President Ana Lopes recalled her meeting with Chancellor Otto Brandt in 2022.',
    undefined,
    null,
  ],
  [
    'a dateline alone places no meeting',
    'HAVANA (AP) — President Ana Lopes met Chancellor Otto Brandt on Monday.',
    'Havana',
    null,
  ],
  [
    'a place in another clause is not the meeting’s',
    'President Ana Lopes met Chancellor Otto Brandt on Monday, and later flew to Lima in the evening.',
    undefined,
    null,
  ],
  [
    'the place of a thing is not the meeting’s: "the crisis in Myanmar"',
    'President Ana Lopes met Chancellor Otto Brandt on Monday to discuss the crisis in Myanmar.',
    undefined,
    null,
  ],
  [
    'a phone call has no place',
    'President Ana Lopes spoke by phone with Chancellor Otto Brandt in Vienna on Monday.',
    undefined,
    null,
  ],
];

for (const [what, text, dateline, place] of rows) {
  test(`meeting place: ${what}`, () => {
    const found = meetingsOf(text, { dateline, detail: true });
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0]!.place, place);
  });
}
