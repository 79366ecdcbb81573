// extract/sweep.ts stands in for compromise's own sweep while extraction tags a report: it must find
// the same matches in the same order, and so leave the same tags.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import nlp from 'compromise';
import { sweep, type SweepMethods } from '../../../src/extract/sweep.js';

const texts = [
  'Foreign Minister Li Wen met his counterpart, Ana Duarte, in Lisbon on Tuesday.',
  '"We won\'t accept it," the spokesman said, adding that talks would resume.',
  "Did the President call? She hadn't, but the envoys were expected to meet again next week.",
  'According to officials, the two sides agreed to boost trade, cut tariffs and open consulates.',
  'PRESIDENT KAHN: Thank you. Q: Will you visit Nairobi? Mr Otieno, 54, declined to comment.',
  'The deal was signed at 10:30 a.m. by the ministers of Chile, Peru and Ecuador -- a first.',
];

const methods = () => (nlp.world() as unknown as { methods: SweepMethods }).methods;

const found = (results: object[]) =>
  results.map((r) => {
    const { match, pointer } = r as { match: string; pointer: number[] };
    return [match, pointer];
  });

test('sweep finds the matches of compromise’s sweep, in the same order', () => {
  const m = methods();
  const own = m.one.bulkMatch;
  let calls = 0;
  // each sweep compromise runs while tagging (the post-tagger's net over the phrases), run both ways
  m.one.bulkMatch = (docs, net, ms, opts) => {
    const theirs = own(docs, net, ms, opts);
    assert.deepEqual(found(sweep(docs, net, ms, opts)), found(own(docs, net, ms, opts)));
    assert.deepEqual(found(sweep(docs, net, ms, { matchOne: true })), found(theirs).slice(0, 1));
    if (theirs.length > 0) calls += 1;
    return theirs;
  };
  try {
    for (const text of texts) nlp(text);
  } finally {
    m.one.bulkMatch = own;
  }
  assert.ok(calls >= texts.length);
});

test('tagging with sweep leaves the tags compromise gives', () => {
  const tags = (text: string) =>
    (nlp(text) as unknown as { docs: { tags: Set<string> }[][] }).docs.map((terms) => terms.map((t) => [...t.tags]));
  const m = methods();
  const own = m.one.bulkMatch;
  for (const text of texts) {
    const theirs = tags(text);
    m.one.bulkMatch = sweep;
    try {
      assert.deepEqual(tags(text), theirs, text);
    } finally {
      m.one.bulkMatch = own;
    }
  }
});
