/** Speaker references a reader resolves without a name in the attribution: unnamed people, roles, clause subjects. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import { collectMentions } from '../../../../src/services/summarize/speakers/mentions.ts';
import { makeArticle } from '../../../support/article.ts';
import { attributions, speakers } from '../../../support/quotes.ts';

const article = (...paragraphs: string[]) => makeArticle(paragraphs);

describe('extractQuotes: unnamed speakers stay unnamed', () => {
  it('gives "said a U.S. official" nobody, not the country', () => {
    expect(
      speakers(
        'President Joe Biden met his counterpart in San Francisco on Wednesday.',
        '“His language was no different than what he has always said,” said a U.S. official with knowledge of the talks.',
      ),
    ).toEqual([null]);
  });

  it('gives "says a former G/O writer" nobody, not the company’s initial', () => {
    expect(
      speakers(
        'Journalists who used to work at G/O Media read the disclaimer with alarm.',
        '“It’s absolutely the most inane way to announce that your article is trash,” says a former G/O writer who lost their job.',
      ),
    ).toEqual([null]);
  });

  it('gives "Seetaram’s attorney said" the attorney: nobody named, not his client', () => {
    expect(
      speakers(
        'Avin Seetaram was arrested on Friday and charged with kidnapping.',
        '"We extend our sincere condolences to the family. It is still very early," Seetaram’s attorney said in a statement.',
      ),
    ).toEqual([null]);
  });

  it('reads no speaker in "the authors of the research published in JAMA Psychiatry", not the journal', () => {
    // No attribution rule names the journal; the model, left with it alone in view, still names it (a known limit).
    expect(
      attributions(
        'The authors of the research published in the journal JAMA Psychiatry argued that the policies brought "important social benefits, particularly around issues of equity".',
      ),
    ).toEqual([{}]);
  });

  it('resolves "he says" after "according to a source familiar with …" to nobody named', () => {
    // The pronoun rule finds nobody (an unnamed source came between); the model still weighs the publication in view.
    expect(
      attributions(
        'Sports Illustrated is under financial pressure, which likely left management willing to “try anything,” according to a source familiar with the publication. “I know the tenor of the feeling of the newsroom is that nobody cares,” he says.',
      ),
    ).toEqual([{}]);
  });

  it('reads "according to police" as nobody named when only another sentence names a police force', () => {
    expect(
      attributions(
        'In 2023, Ohio State Police reopened the case with a private lab.',
        'Parker was soon gone, “thought to have left the state to avoid the trial,” according to police.',
      ),
    ).toEqual([{}]);
  });
});

describe('extractQuotes: the subject of the clause that speaks', () => {
  it('gives "with X branding it “…”" to X, not to the party the sentence opens with', () => {
    expect(
      speakers(
        'The Liberal Democrats said the threshold had always been "unworkable", with the party\'s home affairs spokesman Alistair Carmichael branding it "yet another half-thought-through idea to placate the hardliners".',
      ),
    ).toEqual(['Alistair Carmichael']);
  });

  it('gives fragments of one sentence the attribution after the last of them', () => {
    expect(
      speakers(
        'Rate-sensitive stocks, such as utilities, “may be able to outperform, at least early in the year,” if one expects interest rates “to come down quickly and permanently,” said Nicholas Colas, co-founder of DataTrek Research.',
      ),
    ).toEqual(['Nicholas Colas', 'Nicholas Colas']);
  });

  it('reads past a short title in quotes inside the attribution, and gives a report to whoever issued it', () => {
    expect(
      speakers(
        'James Van Der Beek was voted off the dance show on Monday.',
        '"Hearing the heartbeat was something we never take for granted," the "Pose" actor previously said on "DWTS."',
        '"The market is largely factoring in a reasonable recovery in earnings," said a report from Kotak Institutional Equities.',
        'Thomas Habets elaborates, “These new plastics can be recycled in multiple ways.”',
      ),
    ).toEqual(['James Van Der Beek', 'Kotak Institutional Equities', 'Thomas Habets']);
  });

  it('skips a time phrase opening the sentence, and reads past a show’s title in quotes', () => {
    expect(
      speakers(
        'Robert F. Kennedy Jr. cited a study about the virus last year.',
        'Five months later, Kennedy invoked the study and insisted he was right: "I can understand why people were disturbed by those remarks."',
        'In July, Kennedy told "Fox & Friends," "Vaccines are the only medical product that is not safety tested."',
      ),
    ).toEqual(['Robert F. Kennedy Jr.', 'Robert F. Kennedy Jr.']);
  });

  it('gives "… and added, “…”" to the subject of the sentence, past a scare quote', () => {
    expect(
      speakers(
        'Kurt Volker was the envoy to Ukraine until September.',
        'Volker said he never used the term "three amigos" and added, "I frankly cringe when I hear it."',
      ),
    ).toEqual(['Kurt Volker']);
  });

  it('does not take the alternatives after an example phrasing ("Try saying, “…” or “…”") for quotes', () => {
    expect(
      speakers(
        'You can provide a different model by displaying humility. Try saying, “I don’t know” or “I don’t have that information right now; let me get back to you.”',
        'Enlist allies, saying something like, “I’d love to hear what Keith was saying before we move on,” or “I don’t think Madison was finished with her point.”',
      ),
    ).toEqual([]);
  });

  it('does not take words imagined for someone ("he would probably say “…”") for a quote', () => {
    expect(
      speakers(
        'His father added that if he were here today, he would probably say "I was just going to get the football, dad, I just made a mistake".',
      ),
    ).toEqual([]);
  });

  it('reads no speaker of an old saying, and still reads "issued a statement saying" as speech', () => {
    const paragraphs = [
      'One of my favorite lines is an old African-American Church saying: “When God shows up, it’s rarely early.”',
      'On Thursday campaign spokesman Steven Cheung issued a statement saying that the call was “taken in furtherance of his duty as president.”',
    ];
    expect(attributions(...paragraphs)[0]).toEqual({});
    expect(speakers(...paragraphs)[1]).toBe('Steven Cheung');
  });

  it('counts "said" before a noun ("in said ad") as no speech verb', () => {
    expect(
      extractQuotes(
        article(
          'Dana Ruiz appeared in adverts for the new phone last month.',
          'Her “this is only the start of it” line in said ad has fans guessing.',
        ),
      ),
    ).toEqual([]);
  });

  it('gives "X did not respond to CBS’s request for comment but wrote" to X, not CBS', () => {
    expect(
      speakers(
        'The director of the pageant, Karen Lopez, resigned on Monday.',
        '(Lopez did not respond to CBS’s request for comment but wrote on Instagram that she has worked “with zeal and effort for the good of the pageant.”)',
      ),
    ).toEqual(['Karen Lopez']);
  });

  it('gives "X used to back Y, but now said" to X: an adverb between the conjunction and its verb', () => {
    expect(
      speakers(
        'The party met in Denver on Monday.',
        'Congressman Tom Baker used to back his colleague Rand Pole, but now said the nominee had “the opportunity and the obligation to bring us together.”',
      ),
    ).toEqual(['Tom Baker']);
  });

  it('gives "Former Nevada governor Jane Rowe" her words, not to the state qualifying her role', () => {
    expect(
      speakers(
        'The bill reached the floor of the state senate on Monday.',
        'Former Nevada governor Jane Rowe, an early supporter of the bill, calls the issue “a priority” for families.',
        '“That is something I think will resonate with all parents,” she said in an interview. “They want to know that their children are safe.”',
      ),
    ).toEqual(['Jane Rowe', 'Jane Rowe']);
  });

  it('gives "she" to the nominee, not to the words qualifying her role ("Presumptive Democratic presidential nominee")', () => {
    expect(
      speakers(
        'Presumptive Democratic presidential nominee Jane Rowe spoke to farmers in Ohio on Monday.',
        '“We will pass this bill before the summer is over, and every farm will feel it,” she said.',
      ),
    ).toEqual(['Jane Rowe']);
  });

  it('gives "he" to the name after a capitalised title that a name qualifies ("Reyes campaign Chairman Dan Cole")', () => {
    expect(
      speakers(
        'Maria Reyes spoke in Iowa on Monday.',
        'Tom Reyes’s old answer — “I will be fine whatever happens, it is the people I worry about” — is likely to be repeated by his wife.',
        'And Reyes campaign Chairman Dan Cole — Tom Reyes’s former chief of staff — offered a slogan when I asked him about the race.',
        '“She will fight for working families in every state,” he said.',
      ),
    ).toEqual(['Tom Reyes', 'Dan Cole']);
  });

  it('does not read the listener of "The judge told Boyd" as a subject, as it does "The veteran Ana Diaz"', () => {
    const subjects = collectMentions([
      'The judge told Boyd that his actions put “innocent people at very serious risk” and jailed him.',
      'The veteran Ana Diaz said the ruling was fair.',
    ]).map((m) => [m.name, m.subjectLike]);
    expect(subjects).toEqual([
      ['Boyd', false],
      ['Ana Diaz', true],
    ]);
  });

  it('reads past a list inside an apposition to the name before it ("X, secretary for population, refugees, and migration, said")', () => {
    expect(
      attributions(
        'The department announced new plans for refugees on Tuesday.',
        'The plans “will not solve this challenge, but are steps in the right direction,” Anne Rowe, assistant secretary for population, refugees, and migration, said on the same call.',
      ),
    ).toEqual([{ 'after:name': 'Anne Rowe' }]);
  });

  it('reads a title abbreviation as its office ("Sen. Jo Hale" … "the Vermont senator said")', () => {
    expect(
      speakers(
        'Tom Reed and Ann Park met voters in Ohio on Monday.',
        'Sen. Jo Hale of Vermont campaigned in Iowa the same day.',
        '“We are going to win this state and then we will win the whole country,” the Vermont senator said.',
      ),
    ).toEqual(['Jo Hale']);
  });

  it('never takes an opening participle or adverb ("Reflecting on …,", "Recently") for the subject', () => {
    expect(
      speakers(
        'Senate leader Harry Rowe met the two candidates on Tuesday.',
        'Reflecting on his earlier career as a trial lawyer, the Senate leader said, “I never knew what was going to happen when I went to trial.”',
      ),
    ).toEqual(['Harry Rowe']);
    expect(
      speakers(
        'Dana Hill is listed as the chair of Farmers for Fair Prices.',
        'Recently she announced on her page, in capital letters, “I am getting off this ship and boarding the train!”',
      ),
    ).toEqual(['Dana Hill']);
  });

  it('gives a quote inside a leading participle phrase ("After saying he “…”, he confessed") to its subject', () => {
    expect(
      speakers(
        'David Hayter posted about the game on Monday.',
        'After saying he “put the game off for many years”, he confessed that it was fun.',
      ),
    ).toEqual(['David Hayter']);
  });

  it('reads a name after a dash as its sentence’s subject for "he"', () => {
    expect(
      speakers(
        'Eric Edwards took photos of two moths and sent them to Robert Hoare.',
        'From their colour to their wing marks — Hoare was elated to find they matched. “Anytime you find something that was lost, that’s a good story,” he says.',
      ),
    ).toEqual(['Robert Hoare']);
  });
});

describe('extractQuotes: a role noun for someone named', () => {
  it('gives "said the billionaire" to the person the text is about', () => {
    expect(
      speakers(
        'Elon Musk has announced plans to open a school in Texas.',
        'Musk, the world’s richest person, has often shared his views. “I don’t consider college evidence of exceptional ability,” said the billionaire.',
      ),
    ).toEqual(['Elon Musk']);
  });

  it('gives "said the James Bond star" to the actor named before, not to James Bond', () => {
    expect(
      speakers(
        'Pierce Brosnan has been married to Keely Smith since 2001.',
        'Brosnan spoke about the marriage last week. “She is the best thing that ever happened to me,” said the James Bond star.',
      ),
    ).toEqual(['Pierce Brosnan']);
  });

  it('gives a sentence opened by "The restaurant owner said" to the person the text is about', () => {
    expect(
      speakers(
        'Maria Costa has run the Blue Door restaurant on the seafront for forty years.',
        '“We have served this town for a long time and we are not closing now,” Costa said.',
        'The restaurant owner said the landlord had “doubled the rent twice in three years without any warning at all.”',
      ),
    ).toEqual(['Maria Costa', 'Maria Costa']);
  });

  it('reads "The singer said" opening a sentence as "the singer" inside one', () => {
    expect(
      speakers(
        'Ana Ruiz will play three nights at the Royal Albert Hall in March.',
        'The singer said that “every one of those nights is going to be a party for the fans who waited.”',
      ),
    ).toEqual(['Ana Ruiz']);
  });
});

describe('extractQuotes: a pronoun never means the person the quote itself names', () => {
  it('reads "he declared" as nobody the text names when the quote names the woman he speaks about', () => {
    // The pronoun rule finds no man in view; the model still gives the words to the woman the quote
    // names (its gender reading takes the "actor" after her name for hers): a known limit.
    expect(
      attributions(
        'A viral post attempting to shame model and producer Dana Whitfield has backfired spectacularly.',
        'Whitfield, 60, is married to actor Tom Reyes, 70; the two met in 1994, married in 2001 and have two sons.',
        'They are one of the rare Hollywood couples who have lasted and the film star has always spoken glowingly about their marriage.',
        '“I found a great woman in Dana Whitfield. Not if I searched a million times over would I find one as good,” he declared.',
        'The award-winning actor has also referred to Whitfield as his “best friend” and described her as his “north star.”',
      ),
    ).toEqual([{}, {}]);
  });

  it('still gives "she said" to the woman named before when the quote names someone else', () => {
    expect(
      speakers(
        'Dana Whitfield runs a gallery in town with her business partner, Mark Ellis.',
        '“Mark Ellis has been the best partner I could have asked for,” she said.',
      ),
    ).toEqual(['Dana Whitfield']);
  });
});

describe('groups named by their members’ occupation', () => {
  it('gives "the physicians stated" to the group of doctors, and reads "in all states" as no speech verb', () => {
    expect(
      speakers(
        'A newly formed group, Doctors for Safe Clinics, wrote to the agency on Monday. Its founder, Dr. Ana Ruiz, is a family physician.',
        '“We implore you to let our volunteers give the shots before the season starts,” the physicians stated.',
        'The doctors said volunteers trained by Ana Ruiz can work in all states to help the agency “create a system to ensure that most families are vaccinated.”',
      ),
    ).toContain('Doctors for Safe Clinics');
    // The second quote's attribution names the group too ("The doctors said"); the model gives that
    // fragment to Ana Ruiz, named in the same sentence (a known limit).
    expect(
      attributions(
        'A newly formed group, Doctors for Safe Clinics, wrote to the agency on Monday. Its founder, Dr. Ana Ruiz, is a family physician.',
        '“We implore you to let our volunteers give the shots before the season starts,” the physicians stated.',
        'The doctors said volunteers trained by Ana Ruiz can work in all states to help the agency “create a system to ensure that most families are vaccinated.”',
      ),
    ).toEqual([{ 'after:role': 'Doctors for Safe Clinics' }, { 'before:role': 'Doctors for Safe Clinics' }]);
  });
});
