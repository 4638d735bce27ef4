import { describe, expect, it } from 'vitest';
import { postDueDigests } from '../../src/jobs/post-digests.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { RecordingPoster, testContext } from './test-context.ts';
import { addDigest, addStories } from './digest-helpers.ts';

const MINUTE = 60_000;
const text = (message: { embeds: { title?: string; description?: string; footer?: { text: string } }[] }) =>
  message.embeds
    .map((embed) => `${embed.title ?? ''}\n${embed.description ?? ''}\n${embed.footer?.text ?? ''}`)
    .join('\n');

describe('postDueDigests', () => {
  it('posts digests in two time zones at their local time, once each', async () => {
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    await addStories(ctx, 'g1', 3, clock.now());
    await addStories(ctx, 'g2', 2, clock.now());
    await addDigest(
      ctx,
      { guildId: 'g1', channelId: 'ny', time: '08:00', timezone: 'America/New_York' },
      clock.now(),
    );
    await addDigest(
      ctx,
      { guildId: 'g2', channelId: 'tokyo', time: '08:00', timezone: 'Asia/Tokyo' },
      clock.now(),
    );
    const poster = new RecordingPoster();
    const firedAt: Record<string, string> = {};
    for (let t = 0; t < 14 * 60; t++) {
      await postDueDigests(ctx, poster, clock.now());
      for (const channel of ['ny', 'tokyo'])
        if (poster.messages(channel).length > 0) firedAt[channel] ??= clock.now().toISOString();
      clock.advance(MINUTE);
    }
    expect(firedAt).toEqual({ ny: '2026-05-01T12:00:00.000Z', tokyo: '2026-05-01T23:00:00.000Z' });
    expect(poster.messages('ny')).toHaveLength(1);
    expect(poster.messages('tokyo')).toHaveLength(1);
    expect(text(poster.messages('ny')[0]!)).toMatch(/report number/);
    expect(text(poster.messages('ny')[0]!)).not.toMatch(/late/i);
  });

  it('across both 2026 DST changes in New York, posts once a day: 02:30 on Mar 8 goes out at 03:00 EDT, 01:30 on Nov 1 once', async () => {
    for (const [time, from, days, expected] of [
      [
        '02:30',
        '2026-03-07T00:00:00Z',
        3,
        ['2026-03-07T07:30:00.000Z', '2026-03-08T07:00:00.000Z', '2026-03-09T06:30:00.000Z'],
      ],
      [
        '01:30',
        '2026-10-31T00:00:00Z',
        3,
        ['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z'],
      ],
    ] as const) {
      const clock = fixedClock(new Date(from));
      const ctx = testContext({ clock });
      await addDigest(ctx, { guildId: 'g1', channelId: 'dst', time, postWhenEmpty: true }, clock.now());
      const poster = new RecordingPoster();
      const postedAt: string[] = [];
      for (let minute = 0; minute < days * 24 * 60; minute++) {
        const before = poster.messages('dst').length;
        await postDueDigests(ctx, poster, clock.now());
        if (poster.messages('dst').length > before) postedAt.push(clock.now().toISOString());
        clock.advance(MINUTE);
      }
      expect(postedAt).toEqual(expected);
    }
  });

  it('stays silent when there is nothing new, unless the digest is set to say so', async () => {
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    await addDigest(ctx, { guildId: 'g1', channelId: 'quiet' }, clock.now());
    await addDigest(ctx, { guildId: 'g1', channelId: 'chatty', postWhenEmpty: true }, clock.now());
    const poster = new RecordingPoster();
    clock.set(new Date('2026-05-01T12:00:00Z'));
    await postDueDigests(ctx, poster, clock.now());
    expect(poster.messages('quiet')).toHaveLength(0);
    // Its first run: there is no last digest to speak of.
    expect(text(poster.messages('chatty')[0]!)).toMatch(/No stories for this digest from the last 7 days\./);
    clock.set(new Date('2026-05-02T12:00:00Z'));
    await postDueDigests(ctx, poster, clock.now());
    expect(poster.messages('quiet')).toHaveLength(0);
    expect(text(poster.messages('chatty')[1]!)).toMatch(/No new stories since the last digest\./);
  });

  it('the next digest holds only stories since the previous delivery', async () => {
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    const [first] = await addStories(ctx, 'g1', 1, clock.now());
    await addDigest(ctx, { guildId: 'g1', channelId: 'c' }, clock.now());
    const poster = new RecordingPoster();
    clock.set(new Date('2026-05-01T12:00:00Z'));
    await postDueDigests(ctx, poster, clock.now());
    clock.set(new Date('2026-05-01T20:00:00Z'));
    const [second] = await addStories(ctx, 'g1', 1, clock.now(), { minutesAgo: 1 });
    clock.set(new Date('2026-05-02T12:00:00Z'));
    await postDueDigests(ctx, poster, clock.now());
    const [day1, day2] = poster.messages('c');
    expect(text(day1!)).toContain(first!.headline);
    expect(text(day2!)).toContain(second!.headline);
    expect(text(day2!)).not.toContain(first!.headline);
  });

  it('after 3 h of downtime sends the missed digest once, marked late', async () => {
    const clock = fixedClock(new Date('2026-05-01T08:00:00Z'));
    const ctx = testContext({ clock });
    await addStories(ctx, 'g1', 2, clock.now());
    await addDigest(ctx, { guildId: 'g1', channelId: 'late' }, clock.now()); // 08:00 New York = 12:00Z
    const poster = new RecordingPoster();
    clock.set(new Date('2026-05-01T15:00:00Z')); // the bot was down from 08:00Z to 15:00Z
    await postDueDigests(ctx, poster, clock.now());
    clock.advance(MINUTE);
    await postDueDigests(ctx, poster, clock.now());
    expect(poster.messages('late')).toHaveLength(1);
    expect(text(poster.messages('late')[0]!)).toMatch(/Sent late: this digest was due at 08:00/);
  });

  it('after 9 h of downtime records the missed digest as skipped and runs normally the next day', async () => {
    const clock = fixedClock(new Date('2026-05-01T08:00:00Z'));
    const ctx = testContext({ clock });
    const [unseen] = await addStories(ctx, 'g1', 1, clock.now());
    await addDigest(ctx, { guildId: 'g1', channelId: 'skipped' }, clock.now());
    const poster = new RecordingPoster();
    clock.set(new Date('2026-05-01T21:00:00Z'));
    expect((await postDueDigests(ctx, poster, clock.now())).skipped).toBe(1);
    expect(poster.messages('skipped')).toHaveLength(0);
    clock.set(new Date('2026-05-02T12:00:00Z'));
    await postDueDigests(ctx, poster, clock.now());
    expect(poster.messages('skipped')).toHaveLength(1);
    const posted = text(poster.messages('skipped')[0]!);
    expect(posted).toContain(unseen!.headline); // the skipped slot's stories are not lost
    expect(posted).not.toMatch(/late/i);
  });

  it('a restart in the middle of a digest neither duplicates nor loses a part', async () => {
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    await addStories(ctx, 'g1', 25, clock.now(), { bulletLength: 380 });
    await addDigest(ctx, { guildId: 'g1', channelId: 'big', max: 25 }, clock.now());
    clock.set(new Date('2026-05-01T12:00:00Z'));
    const poster = new RecordingPoster();
    // Process A dies right after Discord accepted part 2, before recording it.
    let crashed = false;
    poster.afterPost = async (message) => {
      if (message.embeds[0]?.title?.includes('(2/') && !crashed) {
        crashed = true;
        await new Promise<never>(() => {});
      }
    };
    void postDueDigests(testContext({ clock, kv: ctx.store.kv }), poster, clock.now());
    await expect.poll(() => crashed).toBe(true);
    poster.afterPost = null;
    // Process B, a minute later: A's lease still holds, so B leaves the digest alone.
    clock.advance(MINUTE);
    const processB = testContext({ clock, kv: ctx.store.kv });
    expect((await postDueDigests(processB, poster, clock.now())).busy).toBe(1);
    // After the lease expires, B resumes from the recorded parts and re-sends part 2 with its nonce.
    clock.advance(5 * MINUTE);
    expect((await postDueDigests(processB, poster, clock.now())).delivered).toBe(1);
    const titles = poster.messages('big').map((message) => message.embeds[0]?.title ?? '');
    const total = titles.length;
    expect(total).toBeGreaterThanOrEqual(3);
    expect(titles).toEqual(titles.map((_, i) => expect.stringContaining(`(${i + 1}/${total})`)));
    const all = poster.messages('big').map(text).join('\n');
    for (let n = 1; n <= 25; n++)
      expect(all.match(new RegExp(`report number ${n}\\b`, 'g'))?.length ?? 0).toBeLessThanOrEqual(1);
    expect(all.match(/report number/g)).toHaveLength(25);
    // B re-sent only the unrecorded part 2 and the parts after it.
    expect(poster.sends).toBe(total + 1);
  });

  it('disables a digest whose channel was deleted and tells the admins once', async () => {
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    await addStories(ctx, 'g1', 2, clock.now());
    const digest = await addDigest(ctx, { guildId: 'g1', channelId: 'gone' }, clock.now());
    const poster = new RecordingPoster();
    poster.missingChannels.add('gone');
    clock.set(new Date('2026-05-01T12:00:00Z'));
    expect((await postDueDigests(ctx, poster, clock.now())).disabled).toBe(1);
    clock.set(new Date('2026-05-02T12:00:00Z'));
    await postDueDigests(ctx, poster, clock.now());
    expect(poster.notices).toHaveLength(1);
    expect(poster.notices[0]?.text).toMatch(/deleted/);
    expect(poster.sends).toBe(1);
    expect((await ctx.store.digests.get(digest.id))?.enabled).toBe(false);
  });

  it('when nobody can be told (no system channel, creator refuses DMs) the digest is still off and others still go out', async () => {
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    await addStories(ctx, 'g1', 2, clock.now());
    const broken = await addDigest(
      ctx,
      { guildId: 'g1', channelId: 'gone', createdBy: 'creator' },
      clock.now(),
    );
    await addDigest(ctx, { guildId: 'g1', channelId: 'news' }, clock.now());
    const poster = new RecordingPoster();
    poster.missingChannels.add('gone');
    poster.adminsReachable = false;
    clock.set(new Date('2026-05-01T12:00:00Z'));
    expect(await postDueDigests(ctx, poster, clock.now())).toMatchObject({
      disabled: 1,
      delivered: 1,
      failed: 0,
    });
    clock.set(new Date('2026-05-02T12:00:00Z'));
    await postDueDigests(ctx, poster, clock.now());
    // One attempt, aimed at the member who set the digest up; not repeated the next day.
    expect(poster.notices).toEqual([
      { guildId: 'g1', text: expect.stringMatching(/deleted/), fallbackUserId: 'creator' },
    ]);
    expect((await ctx.store.digests.get(broken.id))?.enabled).toBe(false);
  });
});
