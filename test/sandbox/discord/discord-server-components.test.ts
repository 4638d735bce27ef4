/** Self-test: context menus, buttons, resolved options and autocomplete from the local server reach discord.js. */
import { MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { useLocalDiscord } from './discord-harness.ts';

const discord = useLocalDiscord();
const { onCommand, onSlash, slash } = discord;

describe('local Discord server: context menus, buttons and autocomplete through discord.js', () => {
  it('delivers a message context-menu command with the target message resolved', async () => {
    onCommand('Summarize message', async (i) => {
      if (!i.isMessageContextMenuCommand()) return;
      await i.reply({ content: `got: ${i.targetMessage.content}`, flags: MessageFlags.Ephemeral });
    });
    const handle = discord.server.sendMessageCommand({
      guildId: discord.guild.id,
      channelId: discord.channelId,
      userId: discord.userId,
      name: 'Summarize message',
      targetMessage: { content: 'Quoted text' },
    });
    expect((await handle.waitForResponse()).content).toBe('got: Quoted text');
  });

  it('lets a button click update the message it sits on (callback type 7)', async () => {
    onSlash('pager', async (i) => {
      await i.reply({
        content: 'page 1',
        components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'next', label: 'Next' }] }],
      });
    });
    onCommand('next', async (i) => {
      if (!i.isButton()) return;
      await i.update({ content: 'page 2' });
    });
    const command = slash('pager');
    const page = await command.waitForResponse();
    const click = discord.server.sendButton({ message: page, customId: 'next', userId: discord.userId });
    expect((await click.waitForAck()).type).toBe(7);
    expect(discord.server.channelMessages(discord.channelId).find((m) => m.id === page.id)?.content).toBe(
      'page 2',
    );
  });

  it('passes subcommands and resolved user/channel options that discord.js can read', async () => {
    onSlash('feeds', async (i) => {
      const who = i.options.getUser('who')?.username;
      await i.reply(
        `${i.options.getSubcommand()} ${who} ${i.options.getChannel('where')?.name} ${i.options.getInteger('n')}`,
      );
    });
    const options = [
      { name: 'who', type: 6, value: discord.userId },
      { name: 'where', type: 7, value: discord.channelId },
      { name: 'n', value: 3 },
    ];
    const handle = discord.server.sendSlashCommand({
      guildId: discord.guild.id,
      channelId: discord.channelId,
      userId: discord.userId,
      name: 'feeds',
      subcommand: 'add',
      options,
    });
    expect((await handle.waitForResponse()).content).toBe('add reader news 3');
  });

  it('resolves an attachment option (type 11) that discord.js reads and whose bytes the server serves', async () => {
    onSlash('upload', async (i) => {
      const file = i.options.getAttachment('file', true);
      const body = await (await fetch(file.url)).text();
      await i.reply(`${file.name} ${file.size} ${file.contentType} ${file.ephemeral} ${body}`);
    });
    const file = discord.server.addAttachment({
      filename: 'note one.txt',
      content: 'héllo',
      channelId: discord.channelId,
    });
    expect(new URL(file.url).host).toBe(new URL(discord.server.apiUrl).host);
    expect(file.url).toContain(`/ephemeral-attachments/${discord.channelId}/${file.id}/note%20one.txt?ex=`);
    const handle = slash('upload', [{ name: 'file', type: 11, value: file.id }]);
    expect((await handle.waitForResponse()).content).toBe(
      'note one.txt 6 text/plain; charset=utf-8 true héllo',
    );
    expect(discord.server.attachmentDownloads(file.id)).toBe(1);
    // Wrong file name or unknown id: 404, like a stale CDN link; a lying declared size is passed through.
    expect((await fetch(file.url.replace('note%20one', 'other'))).status).toBe(404);
    const liar = discord.server.addAttachment({ filename: 'big.pdf', content: 'x', size: 5_000_000 });
    expect(liar).toMatchObject({ size: 5_000_000, content_type: 'application/pdf' });
    expect(() => slash('upload', [{ name: 'file', type: 11, value: '123' }])).toThrow(/No attachment 123/);
  });

  it('returns autocomplete choices (callback type 8) for the focused option', async () => {
    onCommand('search', async (i) => {
      if (!i.isAutocomplete()) return;
      const typed = i.options.getFocused();
      await i.respond([{ name: `${typed} news`, value: `${typed}-news` }]);
    });
    const handle = discord.server.sendAutocomplete({
      guildId: discord.guild.id,
      channelId: discord.channelId,
      userId: discord.userId,
      name: 'search',
      options: [{ name: 'query', value: 'clim' }],
      focused: 'query',
    });
    await handle.waitForAck();
    expect(handle.choices).toEqual([{ name: 'clim news', value: 'clim-news' }]);
  });
});
