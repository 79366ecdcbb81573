/**
 * Mojibake: UTF-8 bytes that were once read as Windows-1252 (or Latin-1) and written back as
 * UTF-8, so that "’" became "â€™", "é" became "Ã©" and a no-break space "Â ". The repair is the
 * one ftfy (the Python library) makes for this case: a run of characters that, written back as
 * Windows-1252 bytes, is a valid UTF-8 sequence is replaced by the character those bytes encode.
 * The Windows-1252 table is iconv-lite's, inverted once — no table is written here (Node's own
 * TextDecoder reads "windows-1252" as Latin-1, so it cannot serve).
 *
 * Only whole sequences are repaired: a lead character (Â–ô: bytes C2–F4) followed by the right
 * number of continuation characters (bytes 80–BF), so text in French, Portuguese or Vietnamese
 * ("Â", "é" standing alone or beside letters) is left as it is. One lossy form is repaired too: a
 * no-break space that was later turned into a plain space leaves "Â " after a word ("KingÂ Salman").
 */

import iconv from 'iconv-lite';

let toByte: Map<string, number> | undefined;

/** Each character of Windows-1252 (and Latin-1's C1 controls, which it leaves undefined) to its byte. */
function bytesOf(): Map<string, number> {
  if (toByte) return toByte;
  toByte = new Map();
  for (let b = 0x80; b <= 0xff; b++) toByte.set(iconv.decode(Buffer.from([b]), 'windows-1252'), b);
  // bytes 81, 8D, 8F, 90, 9D are undefined in Windows-1252: pages that kept them hold the C1 control
  for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) toByte.set(String.fromCharCode(b), b);
  toByte.delete('\uFFFD');
  return toByte;
}

const LEAD = '[\\u00C2-\\u00F4]';
// the characters whose Windows-1252 byte is a UTF-8 continuation byte (80–BF)
const CONTINUATION =
  '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]';
const SEQUENCE = new RegExp(`${LEAD}${CONTINUATION}{1,3}`, 'gu');
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The character a run of mojibake stands for, or the run itself when its bytes are no UTF-8 character. */
function repairRun(run: string): string {
  const table = bytesOf();
  const bytes: number[] = [];
  for (const ch of run) {
    const b = table.get(ch);
    if (b === undefined) return run;
    bytes.push(b);
  }
  // a lead byte says how many bytes its character has: C2–DF two, E0–EF three, F0–F4 four
  const lead = bytes[0]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (bytes.length < need) return run;
  try {
    const ch = UTF8.decode(new Uint8Array(bytes.slice(0, need)));
    // C2 80–9F decode to C1 controls: no page means those
    if (/^[\u0080-\u009F]$/u.test(ch)) return run;
    return ch + run.slice([...run].slice(0, need).join('').length);
  } catch {
    return run;
  }
}

/** Whether a text holds mojibake worth repairing (cheap test before the repair). */
export function hasMojibake(text: string): boolean {
  return /[\u00C2-\u00F4][\u0080-\u00BF\u0152-\u2122]|\u00C2 /u.test(text);
}

/** The text with its mojibake repaired ("â€™" → "’", "Ã©" → "é", "KingÂ Salman" → "King Salman"). */
export function repairMojibake(text: string): string {
  if (!hasMojibake(text)) return text;
  return text.replace(SEQUENCE, repairRun).replace(/(?<=[\p{Ll}.,;:!?])\u00C2(?= )/gu, '');
}
