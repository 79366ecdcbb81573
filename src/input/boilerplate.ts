import { pageWords } from '../knowledge/index.js';

/**
 * What scraped pages wrap around a report: navigation, share and subscribe prompts, comment
 * sections, advertisements, "related" teasers. These are layout patterns shared by news sites: each
 * is matched against one whole line. The words of share bars and language switchers are in
 * data/page-words.json.
 */

/** Lines dropped wherever they stand. */
const LINE: RegExp[] = [
  /^(?:full (?:article|story)|back|archives?|print|e-?mail|home|menu|search|close|more|next|previous|top)$/i,
  /^(?:advertisement|advertisment|sponsored(?: content)?|ads?|scroll (?:down )?to continue(?: with content)?|continue reading|story continues(?: below)?(?: advertisement)?)$/i,
  /^(?:read|see) (?:more|also)\b.{0,120}$/i,
  /^also read\b.{0,120}$/i,
  /^(?:related|recommended|trending|most (?:read|popular|viewed)|latest(?: news)?|top stories|editor'?s picks?)$/i,
  /^(?:tags?|topics?|keywords?|filed under|categories)\s*:.{0,200}$/i,
  /^(?:log ?in|sign ?in|sign up|register|subscribe(?: now)?|newsletter|skip to (?:main )?content|listen(?: to this article)?)\b.{0,80}$/i,
  /^(?:follow us|join (?:us|our)|download (?:our|the) app|click here|tap here|we use cookies|accept(?: all)? cookies)\b.{0,120}$/i,
  /^\d+\s*(?:min(?:ute)?s?(?:\s+read)?|comments?|views?|reads?|shares?)$/i,
  /^reporting from\b.{0,40}$/i,
  /^advertisement\b.{0,40}$/i,
  /^\(?with (?:inputs|input|reporting) from\b.{0,80}\)?$/i,
  /^\(?this (?:story|article|report|copy) (?:has not been|was|is)\b.{0,40}\b(?:edited|generated|auto-generated|syndicated)\b.{0,120}\)?$/i,
  /^(?:no|one|\d+)\s+comments?$/i,
  /^if you have a \w+ account\b.*$/i,
  /^\[\+\].{0,40}$/,
  /^(?:\(end\)|end|-?\s*30\s*-?|_{3,}|-{3,}|\*{3,})$/i,
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
  /^\(?(?:this (?:article|story|report) (?:was|has been) )?(?:updated|corrected)\b.{0,60}\)?$/i,
  /^(?:reporting|writing|editing|additional reporting|compiled) by\b[^.]{0,200}$/i,
  /^\[?(?:editors?|edited by|editing by|reporting by|writing by)\s*:?\s+[^.\]]{2,80}\]?$/i,
  /^our standards\s*:.{0,100}$/i,
  // a blog feed's footer: "The post Ministers meet in Lima appeared first on Example News."
  /^the post\b.{1,300}\bappeared first on\b.{1,120}$/i,
  // "@highlight" (the story-highlight marker of stored news corpora), "Disclaimer: This post has been auto-published …"
  /^@highlight$/i,
  /^disclaimer\s*:.{0,300}$/i,
  // "Doe reported from Jerusalem. Associated Press writer Jane Roe contributed from Doha." (staff credits at the end)
  /^(?:(?:[\p{Lu}][\p{L}'’-]*\.?\s+){0,4}(?:(?:writers?|correspondents?|reporters?|photographers?)\s+)?[\p{Lu}][\p{L}'’.-]+(?:,?\s+(?:and\s+)?[\p{Lu}][\p{L}'’.-]+)*\s+(?:reported from|contributed)\b[^."“”]{0,120}(?:\.\s*|$))+$/u,
];

/** Markers of the page's tail: the comment section or teasers of other stories. Everything from them on is dropped. */
/** the heading of a box of other stories' headlines: inside the report when the report's sentences go on below it */
const TEASERS: RegExp[] = [
  /^you (?:may|might) (?:also )?(?:like|be interested in)$/i,
  /^(?:related|more|other|recommended) (?:articles|stories|news|reads|coverage|posts)$/i,
  /^more from\b.{0,60}$/i,
  // "Next In Nation", "More in World", "Also in Business": a section's other stories under the report
  /^(?:next|more|also|latest|elsewhere) in [\p{L} &'’-]{2,30}$/iu,
  /^read next$/i,
];

const TAIL: RegExp[] = [
  /^(?:top |latest |\d+ )?comments?(?: \(\d+\))?$/i,
  /^(?:leave|post|add|write) a (?:comment|reply)$/i,
  /^disclaimer (?:&|and) comment rules$/i,
  /^comment(?:ing|s)? (?:for this (?:story|article) )?(?:is |are )?(?:now )?closed\.?$/i,
  ...TEASERS,
];

const words = (line: string) =>
  line
    .toLowerCase()
    .split(/[\s|,·•/:]+/)
    .filter(Boolean);

/** "Home › World › Asia", "News | Politics | World": a breadcrumb or a menu. */
export function isNavigation(line: string): boolean {
  const parts = line.split(/\s*[|›»>•·]\s*|\s+\/\s+/).filter(Boolean);
  return parts.length >= 3 && parts.every((p) => p.split(' ').length <= 3 && !/[.!?,;"“”]/.test(p));
}

/** True for a boilerplate line to drop. */
export function isBoilerplate(line: string): boolean {
  const l = line.replace(/[\s:.…»›>]+$/, '');
  if (LINE.some((re) => re.test(l)) || isNavigation(l)) return true;
  const w = words(l);
  // "Share on Facebook | Twitter | WhatsApp", "Share this article"
  if (
    w.length > 0 &&
    w.length <= 12 &&
    w.every((x) => pageWords().socialWords.has(x)) &&
    w.some((x) => x !== 'on' && x !== 'via' && x !== 'this')
  )
    return true;
  return isLanguageSwitcher(l);
}

/** "en Español", "English | Français", "EN ES FR": a link to the page in other languages. */
export function isLanguageSwitcher(line: string): boolean {
  const w = words(line);
  return (
    w.length > 0 &&
    w.length <= 8 &&
    w.every((x) => pageWords().languages.has(x)) &&
    w.some((x) => x.length > 2 || line.includes('|'))
  );
}

/** True for a line that starts the page's tail (comments, "You may also like"). */
export function isTailMarker(line: string): boolean {
  const l = line.replace(/[\s:.…]+$/, '');
  return TAIL.some((re) => re.test(l));
}

/** True for the heading of a box of other stories ("Related stories", "You may also like"). */
export function isTeaserHeading(line: string): boolean {
  const l = line.replace(/[\s:.…]+$/, '');
  return TEASERS.some((re) => re.test(l));
}

/**
 * A paragraph of the report, not a teaser's headline: a sentence of twelve words or more that ends with its
 * stop ("Related stories" between two such paragraphs is a box set inside the report).
 */
export const isReportSentence = (line: string): boolean =>
  /[.!?]["”’)]?$/.test(line.trim()) && line.trim().split(/\s+/).length >= 12;
