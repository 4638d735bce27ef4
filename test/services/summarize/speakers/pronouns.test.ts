/** Who a he/she in an attribution means: the gender the pronoun tells, and people known by one name. */
import { describe, expect, it } from 'vitest';
import { attributions, speakers } from '../../../support/quotes.ts';

describe('pronouns inside a longer attribution phrase', () => {
  it('keeps the gender of "she" in "to which she replied"', () => {
    expect(
      speakers(
        'Jane Cole chairs the school board. “We will be ready by spring,” Tom Reed said of the new school.',
        'Reed later asked Cole during the March 3, 2023, meeting about the delay, to which she honestly replied, “Two more weeks at most.”',
      ),
    ).toEqual(['Tom Reed', 'Jane Cole']);
  });
});

describe('people known by one given name', () => {
  it('gives "he explained" to a man the text calls by his given name alone, not to the last speaker', () => {
    expect(
      speakers(
        'Are Orion and Lauren Happy Now?',
        '“Marriage is hard work,” said counsellor Pastor Dan Hill.',
        'Orion works for the city and hopes to start a family soon.',
        'Lauren wanted someone as kind as her. As for Orion, he was someone who wore his heart on his sleeve.',
        'Orion took the remark badly and admitted he was upset.',
        '“Where I grew up, you just don’t say that,” he explained to his wife.',
      ),
    ).toEqual(['Dan Hill', 'Orion']);
  });
});

describe('what tells a person’s gender', () => {
  it('takes no gender for an owner from a he/she later in the sentence ("X’s office, in which he said")', () => {
    expect(
      speakers(
        'Mark Bell was arrested after a call to Rep. Kiran Patel’s office, in which he said he would hurt her.',
        'Sen. Laura Vance linked the arrest to a radio host’s remarks.',
        'Patel asked for mercy in a letter on Tuesday. She added, "We must answer hate with love."',
      ),
    ).toEqual(['Kiran Patel']);
  });
});

describe('unattributed quotes after reported speech', () => {
  it('gives a bare quote to whoever the paragraph before reports, not to the last quote’s speaker', () => {
    expect(
      speakers(
        'Chief negotiator Saeb Hamdi has rejected the plan.',
        '“Settlements were always legal under the old consensus,” said Avi Cohen, a fellow at a policy institute.',
        'Hamdi said it was only the latest move to force the other side to give up its claims.',
        '“They wanted us on our knees. We stand tall and we will stand tall.”',
      ),
    ).toEqual(['Avi Cohen', 'Saeb Hamdi']);
  });
});

describe('quotes introduced by a colon', () => {
  it('gives the quote to the person opening the sentence, past a title in quotes', () => {
    expect(
      speakers(
        '“It grabbed me the moment I heard it,” said director Tom Hale. Lena Brook, who phoned in from the set of “Cargo,” had a similar experience: “It was just that immediate feeling of a song.”',
      ),
    ).toEqual(['Tom Hale', 'Lena Brook']);
  });

  it('reads no attribution naming a school that opens the sentence', () => {
    // A hymn sung, no speech verb: no rule names anyone; the model gives it the school in view (a known limit).
    expect(
      attributions(
        'At Lincoln Elementary School, where each day began with a hymn, the season heard us singing: “Rejoice! Rejoice! The king shall come to thee.”',
      ),
    ).toEqual([{}]);
  });
});

describe('descriptions standing for who spoke last', () => {
  it('gives "the musician said" to the one just written gushing, not to an earlier speaker', () => {
    expect(
      speakers(
        'Kim Lane and Troy Baxter married in May. “We want a big family,” Kim said on the show.',
        'A year later they opened up about IVF, with Troy gushing that it was “the most exciting thing ever.”',
        '“Family is everything to us,” the musician said during an episode of the show.',
      ),
    ).toEqual(['Kim Lane', 'Troy Baxter']);
  });
});

describe('when the text moves on from the last speaker', () => {
  it('gives "he said" to a man the paragraph before introduces, when the last speaker is long unnamed', () => {
    expect(
      speakers(
        '“We need more funding for this research,” said Dr. Paul Hart, a neuroscientist.',
        'Much of the new work has been done through a lens of creative misuse.',
        'The reason is that Eric Salvo, a new media artist, doesn’t trust the datasets behind the models.',
        '“Most artists want to choose who their work is in dialogue with,” he said.',
      ),
    ).toEqual(['Paul Hart', 'Eric Salvo']);
  });

  it('never takes a website or the last place of a list for the person the text moved on to', () => {
    expect(
      speakers(
        '“I came because I love you so much,” singer Ana Lima told the crowd in Rio.',
        'Fans had waited for hours in the heat.',
        'In one story shared by entertainment website Hugo Buzz, she tells them to be quiet.',
        '“It was very important to be here, right here,” she said.',
        'The tour then went on to Seoul, Tokyo, Malibu and San Diego.',
        '“Every night felt like the first night,” she said.',
      ),
    ).toEqual(['Ana Lima', 'Ana Lima', 'Ana Lima']);
  });
});

describe('speakers whose gender the text never tells', () => {
  // The rule's answer: the speaker model weighs it with the rest, and on this made-up paragraph (a
  // speaker whose given name is both a man's and a woman's) its pick has moved with retraining
  // (0.49 Sasha Petrov against 0.47 Teresa Lund); the fixture it comes from (x851498a2) stays right.
  it('resolves "she recalled" to a woman named after a speaker of unknown gender in the paragraph', () => {
    expect(
      attributions(
        '“He would make art in the most surprising places,” Sasha Petrov told me. When Ford visited his editor Teresa Lund at her office, he would leave short poems on her desk. “Life was not long enough,” she recalled, “for him to do all the things he would think of.”',
      ),
    ).toEqual([{ 'after:name': 'Sasha Petrov' }, { 'after:pronoun': 'Teresa Lund' }]);
  });
});

describe('names set off after an owner', () => {
  it('does not take "for Ford’s sister, Martha Fry" for the subject "she" continues', () => {
    expect(
      speakers(
        'A funny woman in her 80s, Jane Starner lives in Indiana. She gave me an email address for Ford’s sister, Martha Fry. “I cannot believe Martha would not want his books back in print,” she said.',
        'The writer’s daughter, Meghan Hale, also commented. “He talks about it all the time,” she wrote.',
      ),
    ).toEqual(['Jane Starner', 'Meghan Hale']);
  });
});
