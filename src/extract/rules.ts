/**
 * The ids of the rules that find facts, as `Evidence.rule` records them. A fact kind's rule tables
 * (people/rules.ts, quotes/rules.ts, statements/rules.ts, and the input stage's line rules) name
 * their rows with these; nothing reads a number or a word back out of an id.
 */

/** Why a name is a person (people/rules.ts). */
export type PersonRule =
  | 'person.title'
  | 'person.speaker'
  | 'person.apposition'
  | 'person.name'
  | 'person.proper-run'
  | 'person.surname'
  | 'person.meeting'
  | 'person.list';

/** How a quotation's speaker was found (quotes/rules.ts). */
export type QuoteCue =
  | 'quote.according-to'
  | 'quote.reported-as-saying'
  | 'quote.said-after'
  | 'quote.said-end'
  | 'quote.in-words'
  | 'quote.adding-that'
  | 'quote.quoted-as-saying'
  | 'quote.said-before'
  | 'quote.reported-before'
  | 'quote.subject'
  | 'quote.bare-verb'
  | 'quote.role-holder';
/** A cue whose mention is an organization or a document ("the statement said") gives no person of its own. */
export type QuoteRule =
  | QuoteCue
  | `${QuoteCue}.organization`
  | `${QuoteCue}.document`
  | 'quote.adding-that.no-person'
  | 'quote.no-person'
  | 'quote.continued'
  | 'quote.answer'
  | 'quote.repeated'
  | 'quote.unattributed';

/**
 * How a statement was found (statements/rules.ts): a reported clause after its speaker's verb is
 * named after the verb's lemma in data/reporting-verbs.json (`statement.urge`, `statement.point-out`).
 */
export type StatementRule =
  | 'statement.said-after'
  | 'statement.said-quote'
  | 'statement.according-to'
  | 'statement.quote'
  | 'statement.quote-readout'
  | 'statement.turn'
  | VerbStatementRule;
/** `statement.<lemma>`: made only by `verbRule`, so that a misspelt fixed id does not pass for one. */
export type VerbStatementRule = `statement.${string}` & { readonly __verbRule: true };

/** The rule of a reported clause after a verb of `lemma` ("point out" -> `statement.point-out`). */
export const verbRule = (lemma: string): VerbStatementRule =>
  `statement.${lemma.replace(/\s+/g, '-')}` as VerbStatementRule;

/** Meetings name their own rules (meetings/find.ts). */
export type MeetingRule = `meeting.${string}`;

export type RuleId = PersonRule | QuoteRule | StatementRule | MeetingRule | 'country.name' | 'organization.name';
