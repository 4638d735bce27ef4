/** How names are told apart from what is written around them: places, nationalities, titles, words inside words. */
import { describe, expect, it } from 'vitest';
import { collectMentions } from '../../../../src/services/summarize/speakers/mentions.ts';
import { stripTitles } from '../../../../src/services/summarize/speakers/name-runs.ts';
import { lexiconFor } from '../../../../src/services/summarize/lexicon/lexicon.ts';
import { speakers } from '../../../support/quotes.ts';
import { extractAttributedQuotes, topQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import { makeArticle } from '../../../support/article.ts';

describe('capitals inside a word', () => {
  it('does not read the capital inside "9to5Mac" or "iPhone" as a name', () => {
    expect(
      speakers(
        'A 9to5Mac report claimed that “there are multiple new iPads on track for the coming months.”',
        'An iPhone user wrote that “the battery barely lasts until lunch on a busy day.”',
      ),
    ).toEqual([null, null]);
  });
});

describe('abbreviated months', () => {
  it('reads "On Dec. 19," and "Sept." as dates, never as names, while "Jan Brewer" stays a name', () => {
    const names = collectMentions(
      [
        'On Dec. 19, the singer announced a new tour.',
        'In Sept. the tour reached Ohio, where Jan Brewer saw it.',
      ],
      false,
      lexiconFor('en'),
    ).map((m) => m.name);
    expect(names).toEqual(['Ohio', 'Jan Brewer']);
  });
});

describe('names glued to a slash or a domain', () => {
  it('never takes a piece of "G/O Media" for a speaker, nor a parenthesis after a closed quote for its attribution', () => {
    expect(
      speakers(
        'At G/O Media, a former writer recalls the first AI-generated articles appearing without warning.',
        '“We saw a couple of AI articles in our back end,” the writer says. “It was very, very fast. We didn’t look at it. We didn’t get a chance.” (The G/O Media spokesperson claims the union refused to help.)',
      ),
    ).toEqual([null, null]);
  });
});

describe('job titles before a name', () => {
  it('drops "Reporter" before a name and reads "imparted" as a speech verb', () => {
    expect(
      speakers(
        'Reporter James Long, of the Oregon Journal, simply got the name wrong. "Either because the source gave it to me wrong or because the connection was noisy," Long would later confess to the LA Times.',
        'Though the field is chaotic, Eliza Cossio imparted to all writers, “Writing is regenerative and creativity is always in you.”',
      ),
    ).toEqual(['James Long', 'Eliza Cossio']);
  });
});

describe('nationalities and titles with a domain', () => {
  it('never takes a nationality word for the speaker, and finds the name after "US Secretary of State"', () => {
    expect(
      speakers(
        'The writer Paul Wells has some rules of Canadian politics, and the first one says, “For any given situation, Canadian politics will tend toward the least exciting outcome.”',
        'The decision was announced on Monday by US Secretary of State Mike Pompeo.',
        'Pompeo said the settlements were “not, per se, inconsistent with international law,” saying he trusted the courts.',
      ),
    ).toEqual(['Paul Wells', 'Mike Pompeo']);
  });

  it('never takes a number opening a sentence ("Fifty-one percent say") for a speaker', () => {
    expect(
      speakers(
        'A new poll shows majority support. Fifty-one percent say that “the actions were wrong and he should be removed from office.”',
      ),
    ).toEqual([null]);
  });

  it('names "the French foreign ministry" by what it is', () => {
    expect(
      speakers(
        'The French foreign ministry said it "regrets any decision likely to encourage settlement building".',
      ),
    ).toEqual(['French foreign ministry']);
  });
});

describe('first words standing for a longer name', () => {
  it('expands a first name to the person, never a company to a product named after it', () => {
    expect(
      speakers(
        'Governor Kristi Noem launched the campaign in June; the Microsoft To Do app was updated the same week.',
        '“The whole point of this campaign is to raise awareness of the problem,” Kristi said.',
        'Microsoft says the data keeps each PC “secure, up to date, and working as expected.”',
      ),
    ).toEqual(['Kristi Noem', 'Microsoft']);
  });
});

describe('places and organisations written before a name', () => {
  it('drops them after a preposition, and keeps a three-word name whole', () => {
    expect(
      speakers(
        'The former special envoy to Ukraine Kurt Volker testified on Tuesday.',
        '“I think all of us thought it was inappropriate,” Volker said.',
        'The head of organizing at Actors’ Equity Stefanie Frey responded: “Right now the focus is on the new contract.”',
        '“He used to be a voracious reader before the illness,” said his friend Glenn Gordon Caron.',
        'China’s ambassador to Britain Liu Xiaoming said troops were “already there in the Hong Kong garrison.”',
      ),
    ).toEqual(['Kurt Volker', 'Stefanie Frey', 'Glenn Gordon Caron', 'Liu Xiaoming']);
  });
});

describe('royals', () => {
  it('names a royal by title and given name, as the text does', () => {
    expect(
      speakers(
        'Prince Andrew gave an interview to Emily Maitlis of the BBC in November.',
        '“I didn’t sweat at the time,” Andrew said.',
        'Asked about the photograph, he said: “I remember it weirdly, distinctly.”',
      ),
    ).toEqual(['Prince Andrew', 'Prince Andrew']);
  });
});

describe('appositions after a name', () => {
  it('reads an owner’s role ("Tor’s editor in chief") as an apposition, not as the speaker', () => {
    expect(
      speakers(
        '“He could have had a more successful career,” Patrick Nielsen Hayden, Teresa’s husband and Tor’s editor in chief, said.',
      ),
    ).toEqual(['Patrick Nielsen Hayden']);
  });
});

describe('where a person works, after "of"', () => {
  it('gives "Lopes" the full name written before "of NASA’s Jet Propulsion Laboratory"', () => {
    expect(
      speakers(
        '“Organics are very important for life on Titan,” said planetary geologist Rosaly Lopes of NASA’s Jet Propulsion Laboratory in California.',
        '“It is not only scientifically important but also really cool,” Lopes said.',
      ),
    ).toEqual(['Rosaly Lopes', 'Rosaly Lopes']);
  });

  it('gives words sourced to "X of the Y" to X, not to where X works', () => {
    expect(
      speakers(
        'According to a 2018 survey by Penelope Muse Abernathy of the University of North Carolina, the firm tends to “consolidate copy editing and page design” at one center.',
        'Rates will stay high, according to John Smith of the Brookings Institution, who said “the hikes will hurt households.”',
      ),
    ).toEqual(['Penelope Muse Abernathy', 'John Smith']);
  });
});

describe('generational suffixes', () => {
  it('gives a first name with "Snr" or "Jr." the full name introduced with both', () => {
    expect(
      speakers(
        'The boy’s grandfather, Tom Baker Snr, 70, and his uncle, Tom Baker Jr., 41, were at the match.',
        '“He was the happiest boy on the whole pitch that afternoon,” Tom Snr said.',
        '“We will all keep playing football for him every weekend,” Tom Jr. added.',
      ),
    ).toEqual(['Tom Baker Snr', 'Tom Baker Jr.']);
  });
});

describe('a surname after "X and"', () => {
  it('is shared by a couple ("Anna and Piotr Nowak"), also after a place opening the sentence', () => {
    expect(
      speakers(
        'Anna and Piotr Nowak said they would keep the bakery open through the winter.',
        '“We have baked bread on this street for thirty years,” Anna said.',
      ),
    ).toEqual(['Anna Nowak']);
    expect(
      speakers(
        'In Kraków, Anna and Piotr Nowak said they would keep the bakery open through the winter.',
        '“We have baked bread on this street for thirty years,” Anna said.',
      ),
    ).toEqual(['Anna Nowak']);
  });

  it('is not the last-but-one item’s in a list of names ("Ola, Ben, Kai and Mia Lund")', () => {
    const names = collectMentions(['Ola, Ben, Kai and Mia Lund spoke at the meeting on Monday.']).map(
      (m) => m.name,
    );
    expect(names).toContain('Mia Lund');
    expect(names).not.toContain('Kai Lund');
    expect(
      speakers(
        'Ola, Ben, Kai and Mia Lund spoke at the meeting on Monday.',
        '“We were heard at last, and that is what matters,” Kai said.',
      ),
    ).toEqual(['Kai']);
  });
});

describe('headings written in capitals', () => {
  it('never takes words of a heading in capitals for the speaker of the quote after it', () => {
    expect(
      speakers(
        'CITY BUDGET TALKS STALL AGAIN - Dana Whitfield: “The council met for six hours and agreed on nothing at all.”',
      ),
    ).toEqual(['Dana Whitfield']);
  });

  it('still reads an acronym beside a name as an organisation, not a heading', () => {
    expect(
      speakers(
        '“We will publish the full report next week,” a NATO spokesperson, Anna Berg, said on Monday.',
      ),
    ).toEqual(['Anna Berg']);
  });
});

describe('day names after a name', () => {
  it('ends a name before a day name, in English and German', () => {
    expect(stripTitles('Governor Alma Price Monday', lexiconFor('en')).name).toBe('Alma Price');
    expect(stripTitles('Kanzlerin Petra Lang Montag', lexiconFor('de')).name).toBe('Petra Lang');
    expect(stripTitles('Alma Price', lexiconFor('en')).name).toBe('Alma Price');
  });
});

describe('a nickname in quotes inside a name', () => {
  it('reads given name, quoted nickname and surname as one person', () => {
    expect(
      speakers(
        'Robert “Bobby” Delgado of Fresno carried one of the photos. “I pretty much cried the whole way,” he said.',
        'Ana "Nena" Ruiz stood beside him. "We came for the ones who could not," she said.',
      ),
    ).toEqual(['Robert Delgado', 'Ana Ruiz']);
  });
});

describe('an adverb opening a sentence', () => {
  it('is not the first word of the name after it ("Even Kestrel Labs …")', () => {
    const names = collectMentions([
      'Even Kestrel Labs, the firm building the sensors, admits the limits of the work.',
    ]).map((m) => m.name);
    expect(names).toContain('Kestrel Labs');
    expect(names).not.toContain('Even Kestrel Labs');
  });
});

describe('a participle phrase after an attribution', () => {
  it('leaves the next quote in the paragraph to the same speaker (", acknowledging the risks. “…”")', () => {
    expect(
      speakers(
        'Even Kestrel Labs, the firm building weather sensors with no human checks, recognizes the limits and dangers of the work. “At a base level, this technology is frightening,” says Kestrel co-founder Mara Quill, acknowledging the risks of readings nobody checks. “We are hoping to get out in front of this future and set good practice for the field.”',
      ),
    ).toEqual(['Mara Quill']);
  });
});

/** The names read as mentions of people or organisations in these paragraphs. */
const mentionedNames = (...paragraphs: string[]) => collectMentions(paragraphs).map((m) => m.name);

describe('a cited text after a quote', () => {
  it('does not take the name of a book, chapter or law cited in brackets after a quote for its speaker', () => {
    const found = mentionedNames(
      'The sermon began with a verse: “Love is patient, love is kind, it keeps no record of wrongs.” [Corinthians 13]',
      'The ruling quoted the law: “Every person has the right to a fair hearing.” (Harbor Act 5:2)',
    );
    expect(found).not.toContain('Corinthians');
    expect(found).not.toContain('Harbor Act');
  });

  it('still reads a name in brackets after a quote when no chapter or verse number follows it', () => {
    const found = mentionedNames(
      '“We will rebuild the hall before winter comes and the rains start.” (Mayor Jane Roe)',
    );
    expect(found).toContain('Jane Roe');
  });
});

describe('greetings', () => {
  it('does not take a capitalised greeting for someone who wrote the card it opens', () => {
    const found = mentionedNames(
      'The card from her aunt read: “Merry Christmas! We miss you and hope the new job is going well!”',
      'Tom Hale signed off: “Happy New Year to everyone who came to the market this year.”',
    );
    expect(found).not.toContain('Merry Christmas');
    expect(found).not.toContain('Happy New Year');
    expect(found).toContain('Tom Hale');
  });
});

describe('the last word of a longer name', () => {
  it('is that name where it is written, so a quote it speaks is shown ("the Worker’s Herald", "Herald")', () => {
    const article = makeArticle([
      'The harvest was the worst in decades.',
      'On Monday, the Worker’s Herald, the oldest paper in the valley, warned that there was “absolutely no time left to act”.',
    ]);
    const attributed = extractAttributedQuotes(article);
    const quotes = attributed.map((a) => a.quote);
    expect(quotes.map((q) => q.speaker)).toEqual(['Worker’s Herald']);
    expect(topQuotes(quotes, attributed, 3).map((q) => q.speaker)).toEqual(['Worker’s Herald']);
  });
});

describe('a nationality written as a surname', () => {
  it('is the person the article names with it ("Mark Cuban … Cuban said", "Bill English … English said")', () => {
    expect(
      speakers(
        'Mark Cuban spoke to students in Dallas on Monday.',
        '“Entrepreneurs can leave jobs they were stuck in and still get insurance,” Cuban said.',
      ),
    ).toEqual(['Mark Cuban']);
    expect(
      speakers(
        'Bill English met farmers in Otago on Monday.',
        '“We will keep the promise we made to every region,” English said.',
      ),
    ).toEqual(['Bill English']);
  });

  it('stays a nationality where nobody has it as a surname ("The Saudis", "Cuban cigars")', () => {
    const names = collectMentions([
      'The Saudis state in the paper that Cuban cigars were banned.',
      'Ana Ruiz wrote the report.',
    ]).map((m) => m.name);
    expect(names).toEqual(['Ana Ruiz']);
  });
});
