/** Self-test: what the sandbox page relies on — members' own messages, change events, and who used a command. */
import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { MessageChange, StoredMessage } from '../../../src/sandbox/discord/index.ts';
import { useLocalDiscord } from './discord-harness.ts';

const discord = useLocalDiscord();

function recordChanges(): { changes: [MessageChange, string][]; stop: () => void } {
  const changes: [MessageChange, string][] = [];
  const stop = discord.server.world.onMessageChange((message, change) =>
    changes.push([change, message.content]),
  );
  return { changes, stop };
}

describe('local Discord server: members, change events and interaction metadata', () => {
  it('stores a message a member writes, authored by that member, and refuses an empty one', () => {
    const message = discord.server.postMemberMessage({
      channelId: discord.channelId,
      userId: discord.userId,
      content: 'Read this: https://example.test/story',
    });
    expect(message.author.username).toBe('reader');
    expect(discord.server.channelMessages(discord.channelId).at(-1)?.id).toBe(message.id);
    expect(() =>
      discord.server.postMemberMessage({ channelId: discord.channelId, userId: discord.userId, content: '' }),
    ).toThrow(/empty message/);
  });

  it('tells listeners about a deferred reply, its edit and its deletion, in that order', async () => {
    const { changes, stop } = recordChanges();
    discord.onSlash('slow', async (i) => {
      await i.deferReply();
      await i.editReply('done');
      await i.deleteReply();
    });
    const handle = discord.slash('slow');
    await handle.waitForAck();
    await expect.poll(() => changes.map(([change]) => change)).toEqual(['create', 'update', 'delete']);
    expect(changes[1]?.[1]).toBe('done');
    stop();
  });

  it('marks each answer with the member and command it answers, ephemeral ones included', async () => {
    discord.onSlash('whoami', async (i) => {
      await i.reply({ content: 'only you', flags: MessageFlags.Ephemeral });
      const original = await i.fetchReply();
      await i.followUp({ content: `you used ${original.interaction?.commandName}` });
    });
    const handle = discord.slash('whoami');
    const followUp = await handle.waitForResponse((m) => m.content.startsWith('you used'));
    expect(followUp.content).toBe('you used whoami');
    const [original] = handle.responses;
    expect(original?.flags).toBe(MessageFlags.Ephemeral);
    expect(original?.interaction).toMatchObject({ name: 'whoami', user: { username: 'reader' } });
    const json = discord.server.world.messageJson(original as StoredMessage);
    expect(json.interaction_metadata).toMatchObject({ user: { id: discord.userId } });
    // The channel's public history leaves the ephemeral answer out; the full one keeps it for its member.
    expect(discord.server.channelMessages(discord.channelId).map((m) => m.id)).not.toContain(original?.id);
    expect(discord.server.world.channelMessagesWithEphemeral(discord.channelId).map((m) => m.id)).toContain(
      original?.id,
    );
  });

  it('sends a context-menu command on a stored message as that message, author and all', async () => {
    const target = discord.server.postMemberMessage({
      channelId: discord.channelId,
      userId: discord.userId,
      content: 'Look: https://example.test/a',
    });
    discord.onCommand('Quote it', async (i) => {
      if (!i.isMessageContextMenuCommand()) return;
      await i.reply(`${i.targetMessage.author.username} said ${i.targetMessage.content}`);
    });
    const handle = discord.server.sendMessageCommand({
      guildId: discord.guild.id,
      channelId: discord.channelId,
      userId: discord.userId,
      name: 'Quote it',
      targetMessage: { id: target.id, content: '' },
    });
    expect((await handle.waitForResponse()).content).toBe('reader said Look: https://example.test/a');
  });

  it('hands requests outside /api to the page handler on the same port', async () => {
    discord.server.serveOtherPaths((_req, res) => res.writeHead(200).end('page'));
    expect(await (await fetch(`${discord.server.origin}/`)).text()).toBe('page');
    expect((await fetch(`${discord.server.apiUrl}/v10/users/@me`)).status).toBe(401);
  });
});
