import { lookupOutlet, outletOfUrl } from './outlets.js';

/**
 * What a news page puts between and after a report's paragraphs that is not the report: comment
 * widgets, newsletter and app prompts, "Also read" teasers, boxes of other stories, bare links,
 * photo credits written as "AGENCY/Photographer", an author's note. Layout shared by news sites and
 * blogs, matched against a whole line (an app prompt also inside a paragraph); read by the rows of
 * `LINE_RULES` (text.ts).
 */

/** Lines of a comment section: from one of these on, the page is comments. */
export const COMMENT_WIDGET =
  /^(?:reply|cancel reply|leave a (?:reply|comment)|post (?:a )?comment|submit comment|add comment|comment template|comments? policy|log ?in to (?:reply|comment)|report (?:this )?comment|\d+ (?:replies|responses|thoughts)(?: (?:to|on) .{1,120})?|your email address will not be published\b.{0,80}|required fields are marked\b.{0,20}|save my name, email,? and website\b.{0,80}|notify me of (?:new|follow-up) (?:comments|posts)\b.{0,60}|be the first to comment\b.{0,20}|join the (?:conversation|discussion)|view comments|show comments)$/i;

/** Newsletter and account prompts; "For more NAME news and newsletters …" names the site. */
export const NEWSLETTER =
  /^(?:(?:sign up|subscribe|register) (?:(?:now|today|here) )?(?:to|for) (?:our|the|a)\b.{0,80}|get (?:our|the) (?:free |daily |weekly |morning |evening )*(?:newsletter|briefing|email)\b.{0,80}|(?:enter|type) your email(?: address)?\b.{0,60}|by (?:subscribing|signing up),? you agree\b.{0,160}|(?:for more (\p{Lu}[\p{L}\d&.-]*(?: \p{Lu}[\p{L}\d&.-]*){0,3}) news\b.{0,120}))$/iu;

/** "Get the NAME app on your smartphone: Google Play: URL | Apple App Store: URL", inside a paragraph too. */
export const APP_PROMPT =
  /\s*(?:[Gg]et|[Dd]ownload|[Ii]nstall) the (\p{Lu}[\p{L}\d&.-]*(?: \p{Lu}[\p{L}\d&.-]*){0,3}) app\b[^:.]{0,40}(?::\s*(?:[\p{L} ]{2,30}:\s*)?https?:\/\/\S+(?:\s*\|\s*[\p{L} ]{2,30}:\s*https?:\/\/\S+)*|[^.]{0,60}\.)/u;

/** A teaser's label: the next line is another story's headline. A label with its headline on the line is one too. */
export const TEASER_LABEL =
  /^(?:also read|read also|read more|see also|related(?: stories| articles| news| coverage)?|recommended(?: reading)?|more on this(?: story)?|don'?t miss|must read)\s*(?:[:|»>–—-]\s*(.*))?$/i;

/** Boxes of other stories at the end of a page: from one of these on, the page is teasers. */
export const STORY_BOX =
  /^(?:popular(?: (?:now|today|stories|news|posts))?|most (?:popular|read|viewed|shared)(?: (?:stories|news|articles|today))?|the latest|latest (?:stories|articles|headlines)|view more|see more(?: stories)?|recommended for you|trending(?: now| stories)?|more stories|more news|top stories|editor'?s picks?|what to read next|in other news)$/i;

/** "(The Example Times)": a line that is only a listed outlet's name in parentheses (under a byline). */
export const OUTLET_LINE = /^\(([^()]{2,60})\)$/;

/** "https://www.example.com/news/2024/05/talks.html": a bare link. */
export const URL_LINE = /^<?(https?:\/\/[^\s<>]+)>?$/i;

/**
 * "This article was downloaded from https://…", "Originally published at https://…": where the page's text was
 * taken from, and so who published it (a link that a converter broke with a space or two still names its site).
 */
export const ORIGIN_LINE =
  /^(?:this (?:article|story|report|piece|post)|it|originally|first)\b[^:]{0,80}?\b(?:published|appeared|posted|downloaded|taken|retrieved|republished|reproduced)\b[^:]{0,60}?\b(?:from|at|on|in|by)\s+<?(https?:\/\/[^\s<>]+?)>?\.?(?:\s+[^\s:]+){0,2}$/i;

/** "JANE ROE, janeroe@coastlinedaily.com" (a byline with the writer's address at the paper's domain), or the address alone */
export const BYLINE_EMAIL = /^(?:(?:by\s+)?\p{Lu}[\p{L}.'’ -]{1,60}?,?\s+)?[\w.+-]+@((?:[\w-]+\.)+[a-z]{2,})$/iu;

/** "AFP/Jane Roe", "JP/John Doe": an agency's or paper's code and a photographer, alone on a line. */
export const CODE_CREDIT = /^\p{Lu}{2,6}\/\s?\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,3}$/u;

/** "The writer is the ambassador of …", "The author is a fellow at …": the byline's author described. */
export const AUTHOR_NOTE = /^(?:\*\s*)?the (?:writer|author|columnist)s? (?:is|are|was|were|has been)\b.{0,240}$/i;

/** The outlet named by a site's prompt or link, for a line-rule to note. */
export const outletOfLink = (url: string): string | null => outletOfUrl(url)?.name ?? null;
export const listedOutlet = (name: string): string | null => lookupOutlet(name.trim())?.name ?? null;

/** A line that could be another story's headline: a few words, no sentence end. */
export const headlineShaped = (line: string): boolean =>
  line.split(' ').length <= 20 && !/[.!?:"”]$/.test(line) && /^[\p{Lu}\d‘'"“]/u.test(line);

/** A name written alone on a byline's line: two to five capitalised words ("Ambassador Jane Roe"). */
export const nameLine = (line: string): boolean =>
  /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,4}$/u.test(line) && !/[.!?]$/.test(line);
