import { describe, expect, it } from 'vitest';
import { assembleDigest } from '../../../src/services/digest/assemble.ts';
import type { Story } from '../../../src/services/types.ts';

const now = new Date('2026-05-01T12:00:00Z');
let counter = 0;
function story(siteName: string, headline: string, bullets: string[], extra: Partial<Story> = {}): Story {
  counter++;
  return {
    id: `s${counter}`,
    guildId: 'g1',
    url: `https://${siteName.toLowerCase().replace(/\s+/g, '')}.example/${counter}`,
    headline,
    bullets,
    quotes: [],
    byline: null,
    siteName,
    publishedAt: null,
    imageUrl: null,
    lang: 'en',
    body: bullets.join('\n\n'),
    createdAt: new Date(now.getTime() - counter * 60_000).toISOString(),
    channelId: null,
    source: { kind: 'feed', feedId: 'f1' },
    ...extra,
  };
}

const filters = { feedIds: [], include: [], exclude: [], max: 10 };

describe('assembleDigest', () => {
  it('merges reports of the same event from several outlets into one item listing every source', () => {
    const stories = [
      story('Daily Planet', 'Federal Reserve raises interest rates by half a point', [
        'The Federal Reserve raised its benchmark interest rate by 0.5 percentage points on Wednesday.',
        'Chair Jerome Powell said inflation remains too high.',
      ]),
      story('City Herald', 'Fed hikes rates 0.5 points as inflation fight continues', [
        'The Fed lifted interest rates by half a percentage point, its largest move this year.',
        'Powell told reporters that inflation was still far above target.',
      ]),
      story('Wire Service', 'Powell: Federal Reserve will keep raising interest rates to tame inflation', [
        'Federal Reserve Chair Jerome Powell signalled more interest rate rises after a 0.5 point increase.',
      ]),
      story('Sports Desk', 'Local team wins championship after dramatic overtime', [
        'The Rovers won 3-2 in overtime on Sunday night.',
        'Fans celebrated downtown.',
      ]),
      story('Tech Today', 'Chipmaker unveils faster processor for laptops', [
        'The new chip is 30% faster than last year’s model.',
        'Shipments start in June.',
      ]),
      story('Health Post', 'Hospital opens new cancer treatment wing', [
        'The wing adds 40 beds and two radiotherapy machines.',
      ]),
      story('Weather Now', 'Heavy snow expected across the northern region', [
        'Forecasters warn of up to 30 cm of snow by Friday.',
        'Schools may close.',
      ]),
      story('Culture Mag', 'Museum returns looted bronze statues to Nigeria', [
        'Twelve Benin bronzes were handed back in a ceremony.',
      ]),
      story('Business Daily', 'Airline reports record quarterly profit as travel rebounds', [
        'Profit rose to $2.1 billion in the third quarter.',
      ]),
    ];
    const items = assembleDigest(stories, filters, now);
    expect(items).toHaveLength(7);
    const fed = items[0]!;
    expect(fed.sources.map((s) => s.name).sort()).toEqual(['City Herald', 'Daily Planet', 'Wire Service']);
    expect(fed.bullets.length).toBeGreaterThanOrEqual(1);
    expect(fed.bullets.length).toBeLessThanOrEqual(2);
    expect(items.slice(1).every((item) => item.sources.length === 1)).toBe(true);
  });

  it('does not merge different events that share common words', () => {
    const stories = [
      story('A', 'City council approves new budget for schools', [
        'The council approved a budget raising school spending by 4%.',
      ]),
      story('B', 'City council rejects plan for new stadium', [
        'The council voted 7-2 against a downtown stadium.',
      ]),
    ];
    expect(assembleDigest(stories, filters, now)).toHaveLength(2);
  });

  it('applies include/exclude keywords and the feed filter, and caps at max', () => {
    const stories = [
      story('A', 'Election results announced in the capital', ['Turnout was 64%.']),
      story('B', 'New smartphone launched with bigger battery', ['The phone costs $799.']),
      story('C', 'Election officials report record turnout in rural areas', ['Rural turnout hit 70%.'], {
        source: { kind: 'feed', feedId: 'other' },
      }),
      story('D', 'Cooking tips for the weekend', ['Try slow roasting.']),
    ];
    expect(
      assembleDigest(stories, { ...filters, include: ['election'] }, now)
        .map((i) => i.sources[0]?.name)
        .sort(),
    ).toEqual(['A', 'C']);
    expect(assembleDigest(stories, { ...filters, exclude: ['smartphone', 'cooking'] }, now)).toHaveLength(2);
    expect(
      assembleDigest(stories, { ...filters, feedIds: ['other'] }, now).map((i) => i.sources[0]?.name),
    ).toEqual(['C']);
    expect(assembleDigest(stories, { ...filters, max: 1 }, now)).toHaveLength(1);
  });

  it('orders stories stored at the same moment (a new feed read at once) newest article first', () => {
    const createdAt = now.toISOString();
    const at = (hour: number) => ({ createdAt, publishedAt: `2026-05-01T0${hour}:00:00Z` });
    const stories = [
      story('Courier', 'Ferries return to the harbour', ['Forty sailings a week resume.'], at(7)),
      story('Courier', 'Signalling box ends railway delays', ['Trains run on time again.'], at(9)),
      story('Courier', 'Flu vaccine trial enrols volunteers', ['Three hundred people joined.'], at(8)),
    ];
    expect(assembleDigest(stories, filters, now).map((item) => item.headline)).toEqual([
      'Signalling box ends railway delays',
      'Flu vaccine trial enrols volunteers',
      'Ferries return to the harbour',
    ]);
  });
});
