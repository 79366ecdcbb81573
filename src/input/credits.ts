import { lookupOutlet } from './outlets.js';

/**
 * Photo credits and bylines do not belong to the report's text, but the captions they hang on do
 * (a caption often says who met whom). These cut the credit and keep the caption.
 */

// "(Photo by Leah Millis / POOL / AFP)", "(Credit: Reuters)", "(AP Photo/Andy Wong)", "(File photo)"
const PAREN_CREDIT =
  /\s*\((?:[A-Z][\w.-]*\s+)?(?:photos?|photograph|picture|pic|image|credits?|courtesy|file(?: photo)?|foto)\b(?:\s*(?:by|:|\/)[^()]*)?\)/gi;
// "(Xinhua/Li Xueren)", "(Reuters)" at the end of a caption: an agency's name, perhaps with a photographer
const PAREN_AGENCY = /\s*\(([^()]{2,60})\)\s*$/;
// "Credit: LEAH MILLIS/ POOL/AFP via Getty Images", "Photo: Reuters" to the end of the line
// (a label after the end of a sentence, capitalised: "the bigger picture: China wants ..." is text)
const TRAILING_CREDIT =
  /(^|[.!?”")]\s+)(?:Photo(?:graph)?|Foto|Image|Picture|Pic|Credits?|Photo credit|Image source|Photographer|PHOTO|CREDIT|IMAGE)\s*:\s*[^.!?]*?\.?\s*$/;
// "... in Beijing. Leah Millis/Pool/AFP via Getty Images" or "... Jim Bourg/Reuters"
const TRAILING_SLASH_CREDIT = /(^|[.!?”")]\s+)([^.!?]*?)\s*$/;

const isCreditBody = (s: string) => {
  if (/\bvia (?:Getty Images|Shutterstock|AP|Reuters|AFP|EPA)\b/i.test(s) || /\bGetty Images\b/i.test(s)) return true;
  if (!s.includes('/')) return false;
  const parts = s.split('/').map((p) => p.trim());
  return (
    parts.length >= 2 &&
    !!lookupOutlet(parts[parts.length - 1]!.replace(/\.$/, '')) &&
    parts.every((p) => p.split(/\s+/).length <= 4)
  );
};

/** A line that is only a credit ("Photo: Reuters", "(Photo by X / AFP)", "Getty Images"): drop it. */
export function isCreditLine(line: string): boolean {
  const l = line.trim();
  if (/^(?:image|photo|picture|video) (?:source|credit)s?\s*[,:]/i.test(l)) return true; // "Image source, Getty Images"
  if (
    /^\(?(?:(?:AP|AFP|EPA|Reuters|Xinhua|Getty|Pool|File)\s+)?(?:photos?|fotos?|photograph|picture|image|credits?|photo credit|file photo)\s*(?:by\b|:|\/)/i.test(
      l,
    ) &&
    l.length < 160
  )
    return true;
  if (/^\([^()]*\)$/.test(l) && l.replace(PAREN_CREDIT, '') === '') return true;
  return l.length < 100 && isCreditBody(l) && !/[.!?]\s/.test(l);
}

/** The line with its photo credits cut off; the caption itself stays. */
export function stripCredits(line: string): string {
  // "Image caption, Okafor and Li in Accra": the caption without its label
  let l = line.replace(/^(?:image|photo|picture|video) caption\s*[,:]\s*/i, '').replace(PAREN_CREDIT, '');
  const tail = PAREN_AGENCY.exec(l);
  if (tail && l.length > tail[0].length) {
    const inner = tail[1]!;
    const first = inner.split('/')[0]!.trim();
    if (lookupOutlet(inner.trim()) || (inner.includes('/') && lookupOutlet(first))) l = l.slice(0, tail.index);
  }
  const t = TRAILING_CREDIT.exec(l);
  if (t && t.index + t[1]!.length > 0) l = l.slice(0, t.index + t[1]!.length);
  const s = TRAILING_SLASH_CREDIT.exec(l);
  if (s && s[2] && s.index + s[1]!.length > 0 && isCreditBody(s[2])) l = l.slice(0, s.index + s[1]!.length);
  return l.trimEnd();
}
