import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import { makeArticle } from '../../../support/article.ts';
import { speakers } from '../../../support/quotes.ts';

describe('who can be "he" or "she"', () => {
  it('never gives "she" to an organisation described as a company, and then takes the first person named', () => {
    expect(
      speakers(
        'CBC News reached Lisa MacNeil from Tree of Life, a Toronto company that partners with Coombe Castle. She confirmed the change hurts her business too, and said “it did not need to happen at all.”',
      ),
    ).toEqual(['Lisa MacNeil']);
  });

  it('reads a name with a plural verb ("Big Machine have") as a group: "they", never "she"', () => {
    expect(
      speakers(
        'Taylor Swift says her former label is blocking her from performing her old songs.',
        'Big Machine have twice denied doing anything wrong.',
        '"At no point did we say Taylor could not perform on the show or block her special," they said in a statement.',
      ),
    ).toEqual(['Big Machine']);
  });

  it('never gives "she" to a man the text only names, by his given name', () => {
    expect(
      speakers(
        'Aoki Lee Simmons started modelling at 15. “I had no idea if I would do it without my family,” she says.',
        'Few models have the mentorship of Tommy Hilfiger, who counseled Aoki to copyright her name early. “All you can do is be grateful and try to stay in your lane,” she says.',
      ),
    ).toEqual(['Aoki Lee Simmons', 'Aoki Lee Simmons']);
  });

  it('never gives "he" to an organisation that spoke last', () => {
    expect(
      speakers(
        'Darren Larvin says his company shipped as much as it could this year.',
        '“We continue to talk to dairy farmers about the changes,” the British High Commission said in a statement.',
        'That does little to ease Larvin’s mind. “There is not enough cheese in the new deal,” he said.',
      ),
    ).toEqual(['British High Commission', 'Darren Larvin']);
  });

  it('leaves the writer’s own family unnamed', () => {
    expect(
      speakers(
        'Ina Garten shared her orzo salad recipe in a cookbook last year.',
        'My mom loved the recipe so much that she even declared, “Ina must have been Greek in one of her previous lives.”',
      ),
    ).toEqual([null]);
  });

  it('does not take a film title or a list of places for the person a pronoun means', () => {
    expect(
      speakers(
        'When I log on to interview Anyone But You star Glen Powell, I am greeted by his Zoom name. When I said I was just chatting with him, he said “I hope you have better plans after this!”',
      ),
    ).toEqual(['Glen Powell']);
    expect(
      speakers(
        'Min Yoongi travels the world, with the trailer showing cities (Seoul, Tokyo, Las Vegas, Malibu and San Francisco).',
        '“This is my first time walking down this road, I am really excited,” he says in the clip.',
      ),
    ).toEqual(['Min Yoongi']);
  });

  it('takes "Wild defenseman Ryan Suter" opening a sentence as its subject', () => {
    expect(
      speakers(
        'Zach Parise scored twice on Tuesday.',
        'Barely a week ago, Parise, 35, had scored just once in ten games. Wild defenseman Ryan Suter, who joked about Parise’s sticks, could see the frustration on his friend’s face.',
        '“He’s used to scoring goals, getting points,” he said.',
      ),
    ).toEqual(['Ryan Suter']);
  });

  it('takes a name after a comma inside closing quote marks as the sentence’s subject', () => {
    expect(
      speakers(
        'Singers Tom Johnston and Patrick Simmons will tour with Michael McDonald next summer.',
        'After the band played “Black Water,” Simmons teed up the cameo. “You might remember him from his own band these days,” he said.',
      ),
    ).toEqual(['Patrick Simmons']);
  });

  it('never gives "she" to a book title with "of" that opens a sentence', () => {
    expect(
      speakers(
        'I eventually reached Valerie Smith by phone. Smith still found it hard to talk about the death of Mike Ford. She had represented him since 1978. Web of Angels was the first novel she ever sold.',
        'But family obligations left her “pretty overwhelmed by the whole thing,” she said.',
      ),
    ).toEqual(['Valerie Smith']);
  });

  it('reads "Name, Queen of Jordan" as a person and her title, not a person called Jordan', () => {
    expect(
      speakers(
        'Rania Al Abdullah, Queen of Jordan, takes readers into Gaza and the West Bank.',
        'Allow the queen to describe the scenes of grief. She observes: “How perverse that the Holy Land should be made so unholy.”',
      ),
    ).toEqual(['Rania Al Abdullah']);
  });
});

describe('participles and closed quotes', () => {
  it('gives the words after "…,” adding that" to the subject of the earlier speech verb', () => {
    expect(
      speakers(
        'Speaking of the adviser previously, Trump campaign spokesman Steven Cheung called Epshteyn “a deeply valued member of the team,” adding that he’s “done a terrific job shepherding the legal efforts” so far.',
      ).slice(-1),
    ).toEqual(['Steven Cheung']);
  });

  it('does not take the sentence after a quote that ends with a full stop as its attribution', () => {
    expect(
      speakers(
        'Harvey Mason Jr. leads the Recording Academy.',
        'The genre manager, Shawn Thwaites, agrees, noting that the addition honours the landscape but also “Africa’s profound influence on all music history.” As Mason says, it is “the beginning of our journey to serve global music.”',
      ),
    ).toEqual(['Shawn Thwaites', 'Harvey Mason Jr.']);
  });
});

describe('roundups, couples and bystanders', () => {
  it('gives a quote signed with a dash to the name after the dash', () => {
    expect(
      speakers(
        'Fast Company spoke with brokers and designers about the market.',
        '“Now you can most likely get furniture and some moving costs covered.” —Mike Brehm, partner, Kenwood Commercial, Minneapolis',
        '“We closed our office in March and went fully remote for about a year.',
        '“The business is thriving, but the office feels empty.”  —Mike Salguero, founder and CEO of ButcherBox',
      ),
    ).toEqual(['Mike Brehm', 'Mike Salguero']);
  });

  it('gives a review signed on the next line to the (masked) name there', () => {
    expect(
      speakers(
        'Visitors have left their reviews of the show. Check them out below.',
        '“The show was really great. We received the tickets at the entrance and enjoyed a free drink.”',
        '– Ni** My**',
        '“A gorgeous play with an interesting storytelling style and very happy actors.”',
        '– Tur**',
      ),
    ).toEqual(['Ni My', 'Tur']);
  });

  it('reads "Sean concurs" as an attribution, with the surname he shares', () => {
    expect(
      speakers(
        'Sean and Carrie McCabe, whose podcast covered the case in an early episode, have a hunch about why.',
        '"We do not have to co-sign his actions for a little part of us to wish we were him," Sean concurs.',
      ),
    ).toEqual(['Sean McCabe']);
  });

  it('gives a first name joined by "and" to a full name that name’s surname', () => {
    expect(
      speakers(
        'Melody and Nariman Tashakor agree that they did not mind it growing up.',
        '“We were always the darkest house on the street,” says Nariman.',
        '“I thought it was cool too, it made us unique,” Melody says.',
      ),
    ).toEqual(['Nariman Tashakor', 'Melody Tashakor']);
  });

  it('drops a capitalised occupation before a full name, and skips a home town after an age', () => {
    expect(
      speakers(
        'The police told every student to leave the building.',
        'Student Daniel Broz said he was across the river. “A flurry of police cars passing by was absolutely surreal,” he told Reuters.',
        '“We heard loud gun shots in the square,” tourist Joe Hyland, 18, from Truro, Cornwall, told the BBC.',
      ),
    ).toEqual(['Daniel Broz', 'Joe Hyland']);
  });

  it('resolves "the 25-year-old" to the person the text is about', () => {
    expect(
      speakers(
        'Jakob Weizman locked the classroom door and pushed tables against it.',
        '“I think the shooter went from inside the faculty to the balcony,” the 25-year-old told the Guardian.',
      ),
    ).toEqual(['Jakob Weizman']);
  });

  it('never reads "Like …" or "Part of …" opening a sentence as a name', () => {
    expect(
      speakers(
        'Like Christmas, it is a time for friends and families to give gifts.',
        'Part of NBBJ’s theory comes from a 2018 report.',
        '“We thought it was odd that we do all our collaboration in closed spaces,” she said.',
      ),
    ).toEqual([null]);
  });
});

describe('how names are written', () => {
  it('finds the full name of a bare surname written with "Jr."', () => {
    expect(
      speakers(
        'Pundits spar over whether Robert F. Kennedy Jr.’s campaign will matter.',
        'He blames the CIA for the death of his uncle, John F. Kennedy.',
        'Kennedy has long promoted the idea. “Vaccines have never been tested properly,” Kennedy said.',
      ),
    ).toEqual(['Robert F. Kennedy Jr.']);
  });

  it('reads a nickname in quotes between first name and surname as part of the name', () => {
    expect(
      speakers(
        'We reached out to Jonny “JonnyCakes” Manganello, a hyperrealistic cake artist.',
        '“I have my failed acting career to thank for this,” Manganello says.',
      ),
    ).toEqual(['Jonny Manganello']);
  });

  it('does not take the period of "Sen." for the end of a sentence before the name', () => {
    expect(
      speakers(
        'Robert F. Kennedy Jr. is running for president.',
        'He doesn’t “believe that the bullets ever hit my father,” Sen. Robert F. Kennedy, D-N.Y.',
        'Kennedy insists the election was stolen. “It was taken from us by fraud,” Kennedy said.',
      ).slice(-1),
    ).toEqual(['Robert F. Kennedy Jr.']);
  });
});

describe('names after an owner or before a home state', () => {
  it('takes the name after an organisation’s possessive, and the person before "of <State>"', () => {
    expect(
      speakers(
        '“Readers fall for it even when they think it is right,” says Jack Brewster, an editor at Newsguard.',
        '“We will see thousands of these sites by next year,” says Newsguard’s Brewster.',
        '“Any action that makes it less likely is a mistake,” said Democrat Senator Chris Coons of Delaware.',
        'The figures come from the National Library of Medicine, which said that “most cases are temporary and mild.”',
      ),
    ).toEqual(['Jack Brewster', 'Jack Brewster', 'Chris Coons', 'National Library of Medicine']);
  });

  it('keeps "of <place>" out of an untitled person’s name, and in an organisation’s', () => {
    expect(
      speakers(
        'Helen Brooks of Yorkshire spent three months in hospital last winter.',
        '“I could not walk to the end of the garden without stopping,” Brooks said.',
        'The National Academy of Sciences said the findings were “consistent with the earlier work of several research groups.”',
      ),
    ).toEqual(['Helen Brooks', 'National Academy of Sciences']);
  });
});

describe('stage names and example phrasings', () => {
  it('gives the quotes of a stage name to the full name it was introduced with', () => {
    expect(
      speakers(
        'Daniel Benson, known by his stage name Bnxn, is enjoying a sunny day in London.',
        'Burna Boy once sent him a voice note about his name.',
        'Bnxn grew up singing in a church choir. “The choir helped me identify my voice and my range,” Bnxn says.',
      ),
    ).toEqual(['Daniel Benson']);
  });

  it('does not take words offered to the reader ("say something like “…”") for anyone’s quote', () => {
    const paragraphs = [
      'Lucia dreaded meetings with Ray. “There’s no doubt he was a smart man who knew a lot,” Lucia says.',
      'Before you start talking, say something like, “Please hold any comments or questions until I’m done.”',
      'You might say, “I’m not sure we’re working with the same assumptions and facts.”',
      'Instead, confidently say, “I’m going to finish my point, and then I’d love to hear yours.”',
    ];
    expect(extractQuotes(makeArticle(paragraphs)).map((q) => q.text)).toEqual([
      'There’s no doubt he was a smart man who knew a lot',
    ]);
  });
});

describe('words before a name that are not part of it', () => {
  it('drops a participle opening the sentence and an acronym heading a two-word name', () => {
    expect(
      speakers(
        'Marc Benioff introduced Tim Cook on stage.',
        'Hosting Cook at the summit, Benioff praised him. “I love the way you are constantly taking a stand,” Benioff told him.',
        '“I can feel his presence when I come to this place,” Cook said.',
        '“You cannot antagonize a fight and then claim innocence,” said Browns DL Sheldon Richardson.',
      ),
    ).toEqual(['Marc Benioff', 'Tim Cook', 'Sheldon Richardson']);
  });
});

describe('descriptions standing for a named person', () => {
  it('resolves "the singer and guitarist", "The 56-year-old" and "comments Johnston"', () => {
    expect(
      speakers(
        'Pat Simmons teased the band’s anniversary tour on Monday night.',
        'After the encore, the singer and guitarist told the audience, “that’s really good, maybe we should go on the road.”',
        '“We’re truly excited about our anniversary tour,” comments Tom Johnston in a statement.',
        'Jose Mourinho had been out of work since December.',
        'The 56-year-old said after his appointment: “I am excited to be joining a club with such a great heritage.”',
      ),
    ).toEqual(['Pat Simmons', 'Tom Johnston', 'Jose Mourinho']);
  });
});
