import { lexicon } from '../data.js';

/**
 * Whether a reported position (starting with its verb when the verb is kept) says no position: an occasion
 * ("addressed the summit on Monday"), a courtesy ("conveyed greetings from the king"), a meeting plan
 * ("agreed to meet again in May", "agreed that a working group would convene next week").
 */
export function isNotPosition(lemma: string, position: string): boolean {
  const np = lexicon().notPositions;
  const low = position.toLowerCase();
  if (lemma === 'address') {
    const m =
      /^address(?:ed|es)?\s+(?:the|a|an|this|that|his|her|their|its)?\s*(?:[a-z-]+\s+){0,3}?([a-z]+)\b(.*)$/.exec(low);
    // "addressed the summit", "addressed a joint session of parliament", "addressed the talks at a press conference"
    if (m && np.occasionObjects.has(m[1]!) && !/\b(?:that|saying|urging|calling|warning)\b/.test(m[2]!)) return true;
  }
  if (
    /^(?:convey|express|extend|send|pass)/.test(lemma) ||
    /^(?:conveyed|expressed|extended|sent|passed on)\b/.test(low)
  ) {
    const obj = low.replace(
      /^(?:conveyed|conveys|expressed|expresses|extended|extends|sent|sends|passed on)\s+(?:his|her|their|the|warm|warmest|cordial|sincere|best)?\s*(?:warm|warmest|cordial|sincere)?\s*/,
      '',
    );
    if (np.courtesyObjects.some((w) => obj.startsWith(w + ' ') || obj === w)) return true;
  }
  if (lemma === 'agree') {
    if (np.meetingPlan?.test(low)) return true;
  }
  return false;
}

/**
 * A quoted sentence whose subject points back at what was said before it ("That is the spirit we came
 * with.", "This is why we stay.") states no position of its own.
 */
export function pointsBack(sentence: string): boolean {
  return (
    /^(?:(?:and|but|so)\s+)?(?:that|this)(?:['’]s)?\s+(?:is|was|has|had|will|would|remains|means|shows|explains|happens)\b/i.test(
      sentence.trim(),
    ) || /^(?:(?:and|but|so)\s+)?(?:that|this)['’]s\b/i.test(sentence.trim())
  );
}

/**
 * Whether a sentence opens as a courtesy — thanks, a welcome, a greeting, an address to friends, an answer
 * word — and so states no position, in a speaker's turn or in a quotation: "Thank you, Mr. President.",
 * "Dear friends, we are glad to be here." ("Thanks to you" is one, "Thanks to the new road, trade grew" and "No nation can …" state one).
 */
export function isCourtesy(sentence: string): boolean {
  return /^(?:thank you|thanks(?! to (?!you\b))|thank\b|welcome|good (?:morning|afternoon|evening)|hello|greetings|ladies and gentlemen|congratulations|dear (?:friends?|colleagues?)\b|it(?:'|’)s (?:great|good|an honor|a pleasure) to|i(?:'|’)m (?:honored|delighted|pleased|glad) to (?:be|have|welcome)|(?:please|okay|ok|all right|alright)\b|(?:yes|no)\b[,.!])/i.test(
    sentence.trim(),
  );
}

/** words of a quotation up to which its sentences make one point, one position */
const ONE_POINT_WORDS = 30;

/**
 * The positions of a quotation cut into sentences: a short quotation ("We will not wait. The region
 * cannot afford it.") states one position, its sentences joined; a longer one a position per sentence.
 */
export function quotePositions(parts: string[]): string[] {
  if (parts.length < 2) return parts;
  const joined = parts.join('; ');
  return parts.join(' ').split(/\s+/).length <= ONE_POINT_WORDS ? [joined] : parts;
}

/**
 * A quotation that itself reports someone's words — a readout quoted from a spokesperson: "“The minister
 * stressed the need for calm and urged …”" — opens with the one who spoke and a speech verb. Returns where
 * that name ends in the sentence and the position it states ("stressed the need …"; after "that" the clause
 * alone), or null.
 */
export function reportedInQuote(part: string): { nameEnd: number; position: string } | null {
  const m =
    /^((?:The\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+(?:also\s+)?(\p{Ll}+(?:\s+clear)?)\s+(that\s+)?(\S.*)$/u.exec(
      part,
    );
  if (!m) return null;
  const lex = lexicon();
  const verb = m[2]!;
  if (!lex.speechVerb.has(verb) && !lex.positionVerb.has(verb)) return null;
  // past forms only: a readout tells what was said ("stressed", "made clear"), not "says" of a headline
  if (!/(?:ed|said|made clear|told|underscored)$/.test(verb)) return null;
  // "“The president asked me to travel …”": the one quoted speaks of himself, the words are his own
  if (/\b(?:I|me|my|we|us|our)\b/.test(m[4]!)) return null;
  return { nameEnd: m[1]!.length, position: m[3] ? m[4]! : `${verb} ${m[4]!}` };
}
