import { describe, expect, it } from 'vitest';
import { extractQuotes, rankQuotes, trimQuote } from '../../../src/services/summarize/quote-pipeline.ts';
import { makeArticle } from '../../support/article.ts';

const article = (...paragraphs: string[]) => makeArticle(paragraphs);

const quotes = (...paragraphs: string[]) => extractQuotes(article(...paragraphs));

describe('extractQuotes: where the speaker is written', () => {
  it('finds a speaker after the quote ("…," Miller said)', () => {
    expect(quotes('“We will rebuild every single home that was lost,” Miller said.')).toEqual([
      { text: 'We will rebuild every single home that was lost', speaker: 'Miller' },
    ]);
  });

  it('finds a speaker after the verb ("…," said Miller)', () => {
    expect(
      quotes('"The bridge will reopen before the end of March," said Jane Roe, the city engineer.')[0]
        ?.speaker,
    ).toBe('Jane Roe');
  });

  it('finds a speaker before the quote (Miller said: "…")', () => {
    expect(quotes('Anna Berg said: “Our budget for schools will double over the next four years.”')).toEqual([
      { text: 'Our budget for schools will double over the next four years.', speaker: 'Anna Berg' },
    ]);
  });

  it('returns a quote broken by its attribution as one quote, its parts joined by " … "', () => {
    expect(
      quotes(
        '“It is a sad day for the whole town,” Tom Ellis said. “We will rebuild it together, stone by stone.”',
      ),
    ).toEqual([
      {
        text: 'It is a sad day for the whole town … We will rebuild it together, stone by stone.',
        speaker: 'Tom Ellis',
      },
    ]);
  });

  it('keeps two quotes apart when the second has a cue of its own or a sentence introduces it', () => {
    expect(
      quotes(
        '“It is a sad day for the whole town,” Tom Ellis said. “We will rebuild it together, stone by stone,” he added.',
        '“Look at what the storm did to the harbour,” Ellis said. Mayor Ana Ruiz answered, “We will pay for every boat that was lost.”',
      ).map((q) => q.speaker),
    ).toEqual(['Tom Ellis', 'Tom Ellis', 'Tom Ellis', 'Ana Ruiz']);
  });

  it('keeps apart a quote that follows a sentence of its own after the attribution’s relative clause', () => {
    const found = quotes(
      '"The market hall has been empty for far too long," says Ada Moss, who has a stall on the square. She says the council waited too long. "Now we finally have a date for the work to start."',
    );
    expect(found.map((q) => q.text)).toEqual([
      'The market hall has been empty for far too long',
      'Now we finally have a date for the work to start.',
    ]);
  });
});

describe('extractQuotes: resolving who the speaker is', () => {
  it('maps a surname to the full name introduced earlier and drops titles', () => {
    const found = quotes(
      'President Joe Biden visited the factory in Ohio on Monday.',
      '“This is a great day for American workers and their families,” Biden said.',
    );
    expect(found[0]?.speaker).toBe('Joe Biden');
  });

  it('maps a role noun to the person introduced with that role', () => {
    const found = quotes(
      'State Department spokesperson Matthew Miller spoke to reporters on Tuesday.',
      '“We condemn this attack in the strongest possible terms,” the spokesman added.',
    );
    expect(found[0]?.speaker).toBe('Matthew Miller');
  });

  it('maps he/she to the person the paragraph is about', () => {
    const found = quotes(
      'Coach Maria Lopez watched the final from the bench.',
      'Lopez was calm afterwards. “We played our best game of the whole season,” she said.',
    );
    expect(found[0]?.speaker).toBe('Maria Lopez');
  });

  it('resolves "according to X"', () => {
    expect(
      quotes('According to Dr. Sarah Jones, “the virus is spreading faster than we expected.”')[0]?.speaker,
    ).toBe('Sarah Jones');
  });

  it('attributes an organisation statement to the organisation named earlier', () => {
    const found = quotes(
      'The Foreign Ministry summoned the ambassador on Friday.',
      '"We reject these claims entirely and without reservation," the ministry said in a statement.',
    );
    expect(found[0]?.speaker).toBe('Foreign Ministry');
  });

  it('leaves the speaker null when nobody is named', () => {
    expect(quotes('“Nobody could have predicted a storm of that size in December.”')[0]?.speaker).toBeNull();
  });
});

describe('extractQuotes: what counts as a quote', () => {
  it('joins a quote that runs over two paragraphs', () => {
    const found = quotes(
      '“The first part of a long quote goes on and on.',
      '“And the second part ends it here,” said Jane Roe.',
    );
    expect(found).toEqual([
      {
        text: 'The first part of a long quote goes on and on. And the second part ends it here',
        speaker: 'Jane Roe',
      },
    ]);
  });

  it('keeps nested single quotes inside the quote', () => {
    const found = quotes('“He told me, ‘Never give up on this town,’ and I never did,” said Ann Lee.');
    expect(found[0]?.text).toBe('He told me, ‘Never give up on this town,’ and I never did');
  });

  it('ignores scare quotes and titles', () => {
    expect(quotes('Pakistan approved a “comprehensive military operation” on Monday.')).toEqual([]);
    expect(quotes('She sang "All I Want for Christmas Is You" at the party.')).toEqual([]);
    expect(
      quotes(
        'In a recent report, “Counting the Cost: What Rivers Are Worth to Towns,” the authors add up the damage.',
      ),
    ).toEqual([]);
  });

  it('keeps a partial quote of 5+ words when a speech verb is in the sentence', () => {
    expect(quotes('Miller said the US “condemned these and all terrorist attacks.”')).toEqual([
      { text: 'condemned these and all terrorist attacks.', speaker: 'Miller' },
    ]);
  });

  it('keeps the words a verb of thanking, blaming or praising gives, in any of its forms', () => {
    expect(
      quotes(
        'Ines Varga thanked the council for “finally fixing the bridge on the east side.”',
        'The mayor spoke on Friday, praising the volunteers as “the best neighbours a town could have.”',
      ).map((q) => q.text),
    ).toEqual(['finally fixing the bridge on the east side.', 'the best neighbours a town could have.']);
  });

  it('keeps a short quote that is its own attributed sentence', () => {
    expect(quotes('“This is war,” wrote Lindsey Graham.')).toEqual([
      { text: 'This is war', speaker: 'Lindsey Graham' },
    ]);
  });

  it('reads « » (French), „ “ (German) and 「」 (Japanese) quotes', () => {
    expect(quotes('« Nous allons continuer ce combat ensemble », a déclaré Emmanuel Macron.')).toEqual([
      { text: 'Nous allons continuer ce combat ensemble', speaker: 'Emmanuel Macron' },
    ]);
    expect(quotes('„Wir schaffen das auf jeden Fall“, sagte Angela Merkel.')).toEqual([
      { text: 'Wir schaffen das auf jeden Fall', speaker: 'Angela Merkel' },
    ]);
    expect(quotes('「これは非常に重要な問題です」と岸田首相は述べた。')).toEqual([
      { text: 'これは非常に重要な問題です', speaker: '岸田' },
    ]);
  });

  it('reads Spanish attribution verbs', () => {
    expect(quotes('"Vamos a ganar las elecciones del próximo año", dijo Pedro Sánchez.')[0]?.speaker).toBe(
      'Pedro Sánchez',
    );
  });
});

describe('rankQuotes', () => {
  it('puts a substantial named quote ahead of a short unattributed one', () => {
    const a = article();
    const ranked = rankQuotes(
      [
        { text: 'Wow, just wow', speaker: null },
        {
          text: 'The new law will cut energy prices by 20 percent for two million households next year',
          speaker: 'Ann Lee',
        },
      ],
      a,
    );
    expect(ranked[0]?.speaker).toBe('Ann Lee');
  });

  it('puts a whole sentence before a fragment when neither speaker is a person’s full name', () => {
    const a = article();
    const fragment = {
      text: 'committed impeachable offenses during his conversation with the president',
      speaker: 'Reuters',
    };
    const sentence = { text: 'We will publish the full results on Monday.', speaker: 'Gallup' };
    expect(rankQuotes([fragment, sentence], a)).toEqual([sentence, fragment]);
  });
});

describe('trimQuote', () => {
  it('leaves a short quote alone', () => {
    expect(trimQuote('Short and sweet.')).toBe('Short and sweet.');
  });

  it('cuts a long quote at a sentence boundary and adds an ellipsis', () => {
    const text = `${'First sentence is here. '.repeat(10)}${'A final sentence that is long enough to overflow. '.repeat(5)}`;
    const trimmed = trimQuote(text.trim(), 300);
    expect(trimmed.length).toBeLessThanOrEqual(300);
    expect(trimmed.endsWith('. …')).toBe(true);
  });

  it('cuts a single long sentence at a word boundary', () => {
    const trimmed = trimQuote('word '.repeat(100).trim(), 50);
    expect(trimmed.length).toBeLessThanOrEqual(50);
    expect(trimmed.endsWith('word…')).toBe(true);
  });
});
