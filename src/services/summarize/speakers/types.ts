/** What the speakers stage reads out of an article: its mentions of people and organisations. */

/** A gender the text tells for a person (titles, gendered roles, pronouns). */
export type Gender = 'f' | 'm';

/** A name seen in the article, with the roles written next to it. */
export interface Mention {
  name: string;
  /** Position in the article (see ../position.ts), so mentions compare in reading order. */
  at: number;
  roles: Set<string>;
  /** Written where a sentence's subject goes (sentence start or after an opening phrase and a comma), not possessive. */
  subjectLike: boolean;
  /** Inside quotation marks (a name someone said, not someone present). */
  inQuote: boolean;
  /** Written with a title ("President Trump"): a person even when only one name is given. */
  titled: boolean;
  /** Directly followed by a speech verb ("Goodman said"): the strongest antecedent for "he said". */
  speaks: boolean;
  /** First words of a sentence: the person the sentence is about (not an apposition "his brother, X"). */
  opensSentence: boolean;
  /** Described in an apposition ("Jibrizy, un creador de videos"): a person even with one name. */
  described: boolean;
  /**
   * Gender where the text tells (title, gendered role, a following he/she), else undefined. Read
   * from the words around the name on the first call: that is most of a mention's cost, and only
   * pronouns ask (most articles never do).
   */
  gender: () => Gender | undefined;
  /** A former name ("formerly The Dixie Chicks"): not what the text refers to now. */
  former: boolean;
  /** The stage name or alias written here when `name` is the full name it stands for ("Bnxn"). */
  alias?: string;
  /** A name qualifying a role before another name ("Former Arizona governor Jan Brewer"): never what "he" means. */
  qualifier: boolean;
  /** An item of a list of names ("Seoul, Tokyo, Las Vegas, Malibu and …"): never what "he" means. */
  listed: boolean;
  /**
   * Not someone in the scene: the listener of "told CNN", or a place ("a pharmacy in Atlanta
   * told …"). Never what "he" or "the company" refers to.
   */
  addressee: boolean;
  /** Followed by a plural verb ("Big Machine have denied …"): a band, label or team, never "he". */
  group: boolean;
}
