/** Self-test: forum posts, threads and role mentions on the local Discord-compatible server (plain fetch). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Permission, startDiscordServer, type DiscordServer } from '../../../src/sandbox/discord/index.ts';

describe('local Discord server: forums, threads and mentions', () => {
  let server: DiscordServer;
  let guildId: string;
  const call = async (method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${server.apiUrl}/v10${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bot ${server.botToken}` },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return {
      status: answer.status,
      json: (await answer.json().catch(() => null)) as Record<string, unknown>,
    };
  };

  beforeAll(async () => {
    server = await startDiscordServer();
    guildId = server.addGuild().id;
  });
  afterAll(() => server.close());

  it('creates a forum post with matching tags, refuses messages in the forum and posts without a required tag', async () => {
    const forum = server.addForum(guildId, { name: 'news', tags: ['Science', 'Sport'], requireTag: true });
    const channel = await call('GET', `/channels/${forum.id}`);
    expect(channel.json).toMatchObject({
      type: 15,
      flags: 16,
      available_tags: [{ name: 'Science' }, { name: 'Sport' }],
    });
    const science = forum.forum!.tags[0]!.id;

    expect((await call('POST', `/channels/${forum.id}/messages`, { content: 'x' })).json).toMatchObject({
      code: 50008,
    });
    const untagged = await call('POST', `/channels/${forum.id}/threads`, {
      name: 'A',
      message: { content: 'x' },
    });
    expect(untagged).toMatchObject({ status: 400, json: { code: 40067 } });

    const post = await call('POST', `/channels/${forum.id}/threads`, {
      name: 'Rover finds ice',
      applied_tags: [science],
      message: { embeds: [{ title: 'Rover finds ice' }], allowed_mentions: { parse: [] } },
    });
    expect(post.status).toBe(200);
    expect(post.json).toMatchObject({
      type: 11,
      parent_id: forum.id,
      applied_tags: [science],
      name: 'Rover finds ice',
    });
    expect((post.json.message as { id: string }).id).toBe(post.json.id);
    expect(server.threadsOf(forum.id)).toHaveLength(1);
    expect(server.channelMessages(String(post.json.id))[0]?.embeds[0]?.title).toBe('Rover finds ice');
  });

  it('needs Create Posts in a forum and Send Messages in Threads in a thread', async () => {
    const forum = server.addForum(guildId, { name: 'closed-forum' });
    server.setBotPermissions(forum.id, Permission.ViewChannel | Permission.EmbedLinks);
    const post = await call('POST', `/channels/${forum.id}/threads`, {
      name: 'A',
      message: { content: 'x' },
    });
    expect(post).toMatchObject({ status: 403, json: { code: 50013 } });

    const text = server.addChannel(guildId, { name: 'text' });
    const thread = server.addThread(text.id, { name: 'talk' });
    server.setBotPermissions(
      text.id,
      Permission.ViewChannel | Permission.SendMessages | Permission.EmbedLinks,
    );
    expect((await call('POST', `/channels/${thread.id}/messages`, { content: 'x' })).json).toMatchObject({
      code: 50013,
    });
  });

  it('reopens an archived thread on a post, refuses a locked one, and starts one thread per message', async () => {
    const text = server.addChannel(guildId, { name: 'digest' });
    const archived = server.addThread(text.id, { name: 'old', archived: true });
    expect((await call('POST', `/channels/${archived.id}/messages`, { content: 'hello' })).status).toBe(200);
    expect(archived.thread!.archived).toBe(false);

    const locked = server.addThread(text.id, { name: 'locked', archived: true, locked: true });
    expect((await call('POST', `/channels/${locked.id}/messages`, { content: 'x' })).json).toMatchObject({
      code: 50083,
    });
    expect((await call('PATCH', `/channels/${locked.id}`, { archived: false, locked: false })).status).toBe(
      403,
    );

    const message = await call('POST', `/channels/${text.id}/messages`, { content: 'digest' });
    const id = String(message.json.id);
    expect((await call('POST', `/channels/${text.id}/messages/${id}/threads`, { name: 'Talk' })).status).toBe(
      403,
    );
    server.setBotPermissions(
      text.id,
      Permission.ViewChannel | Permission.SendMessages | Permission.CreatePublicThreads,
    );
    const started = await call('POST', `/channels/${text.id}/messages/${id}/threads`, { name: 'Talk' });
    expect(started.json).toMatchObject({ id, parent_id: text.id, type: 11 });
    expect(
      (await call('POST', `/channels/${text.id}/messages/${id}/threads`, { name: 'Talk' })).json,
    ).toMatchObject({
      code: 160004,
    });
  });

  it('pings only what allowed_mentions and permissions allow', async () => {
    const channel = server.addChannel(guildId, { name: 'pings' }).id;
    const readers = server.addRole(guildId, { name: 'Readers' });
    const staff = server.addRole(guildId, { name: 'Staff' });
    const quiet = server.addRole(guildId, { name: 'Quiet', mentionable: false });
    const content = `<@&${readers.id}> @everyone <@&${staff.id}> <@&${quiet.id}>`;

    await call('POST', `/channels/${channel}/messages`, {
      content,
      allowed_mentions: { parse: [], roles: [readers.id] },
    });
    await call('POST', `/channels/${channel}/messages`, { content });
    await call('POST', `/channels/${channel}/messages`, { content, allowed_mentions: { parse: [] } });
    const [listed, unrestricted, none] = server.channelMessages(channel);
    expect(listed!.pings).toEqual({ everyone: false, roles: [readers.id], users: [] });
    // Without allowed_mentions every kind may ping, but @everyone and unmentionable roles need Mention Everyone.
    expect(unrestricted!.pings).toEqual({ everyone: false, roles: [readers.id, staff.id], users: [] });
    expect(none!.pings).toEqual({ everyone: false, roles: [], users: [] });

    const both = await call('POST', `/channels/${channel}/messages`, {
      content,
      allowed_mentions: { parse: ['roles'], roles: [readers.id] },
    });
    expect(both).toMatchObject({ status: 400, json: { code: 50035 } });
  });
});
