/**
 * The JSON endpoints the sandbox page calls (/ui/…). Each turns what a person did on the page into
 * what the Discord app would send: a member's message, or an interaction (slash command,
 * autocomplete, button, message context menu) dispatched to the bot over the gateway. Answers come
 * back to the page as live events, as they do in Discord; these endpoints only say whether the bot
 * acknowledged in time.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DiscordServer, InteractionHandle, SlashOption, StoredMessage } from './discord/index.ts';
import type { LiveEvents } from './live-events.ts';
import { PageRequestError, readJsonBody, sendJson, stringField } from './page-http.ts';
import { sampleArticlePath, sampleArticleText, SAMPLE_FEED_PATH, type SampleArticle } from './samples.ts';
import type { SandboxWorld } from './sandbox-world.ts';

export interface PageApiDeps {
  discord: DiscordServer;
  world: SandboxWorld;
  live: LiveEvents;
  articles: readonly SampleArticle[];
  /** How long the Discord app waits for the bot's first answer before saying it did not respond. */
  interactionTimeoutMs: number;
}

/** Discord lets members upload up to 10 MB; base64 adds a third. */
const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const MAX_BODY_BYTES = Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 64 * 1024;
export const NO_RESPONSE_MESSAGE = 'NewsBrief did not respond in time. Try again in a moment.';

export function createPageApi(deps: PageApiDeps) {
  const { discord, world } = deps;

  const channel = (body: Record<string, unknown>) => {
    const id = stringField(body, 'channelId', 32);
    if (!world.channels.some((c) => c.id === id)) throw new PageRequestError(400, 'No such channel.');
    return id;
  };
  const member = (body: Record<string, unknown>) => {
    const id = stringField(body, 'userId', 32);
    if (!world.members.some((m) => m.id === id)) throw new PageRequestError(400, 'No such member.');
    return id;
  };
  const storedMessage = (body: Record<string, unknown>): StoredMessage => {
    const message = discord.world.messages.get(stringField(body, 'messageId', 32));
    if (!message || message.deleted) throw new PageRequestError(404, 'That message is gone.');
    return message;
  };
  const options = (body: Record<string, unknown>): SlashOption[] => {
    const raw = body.options ?? [];
    if (!Array.isArray(raw)) throw new PageRequestError(400, 'Options must be a list.');
    return raw.map((option: unknown) => {
      const { name, value } = (option ?? {}) as Record<string, unknown>;
      const okValue = ['string', 'number', 'boolean'].includes(typeof value);
      if (typeof name !== 'string' || !okValue) throw new PageRequestError(400, 'Invalid option.');
      return { name, value: value as SlashOption['value'] };
    });
  };
  const optionalString = (body: Record<string, unknown>, name: string) =>
    body[name] === undefined || body[name] === null ? undefined : stringField(body, name, 100);

  /** A slash command (or the one being typed, for autocomplete) as the page describes it. */
  const slashInput = (body: Record<string, unknown>) => {
    const subcommand = optionalString(body, 'subcommand');
    return {
      guildId: world.guildId,
      channelId: channel(body),
      userId: member(body),
      name: stringField(body, 'name', 32),
      ...(subcommand ? { subcommand } : {}),
      options: options(body),
    };
  };

  /** Waits for the bot's first callback, as the Discord app does before saying it did not respond. */
  const acknowledged = async (handle: InteractionHandle) => {
    try {
      await handle.waitForAck(deps.interactionTimeoutMs + 500);
      return { ok: true };
    } catch {
      return { ok: false, error: NO_RESPONSE_MESSAGE };
    }
  };

  const state = () => {
    const origin = discord.origin;
    const [first] = deps.articles;
    return {
      guild: { id: world.guildId, name: world.guildName },
      channels: world.channels,
      members: world.members,
      bot: { id: discord.botUser.id, name: discord.botUser.username },
      commands: discord.commands,
      messages: world.channels.flatMap((c) =>
        discord.world.channelMessagesWithEphemeral(c.id).map((m) => discord.world.messageJson(m)),
      ),
      samples: {
        articles: deps.articles.map((a) => ({
          title: a.headline,
          site: a.site,
          url: `${origin}${sampleArticlePath(a)}`,
        })),
        feedUrl: `${origin}${SAMPLE_FEED_PATH}`,
        text: first ? sampleArticleText(first) : '',
      },
    };
  };

  const posts: Record<string, (body: Record<string, unknown>) => Promise<unknown> | unknown> = {
    '/ui/messages': (body) => {
      const content = stringField(body, 'content', 4000);
      try {
        const message = discord.postMemberMessage({
          channelId: channel(body),
          userId: member(body),
          content,
        });
        return { ok: true, id: message.id };
      } catch (error) {
        if (error instanceof PageRequestError) throw error;
        throw new PageRequestError(400, 'Messages are 1 to 2000 characters long.');
      }
    },
    '/ui/commands': (body) => acknowledged(discord.sendSlashCommand(slashInput(body))),
    '/ui/autocomplete': async (body) => {
      const handle = discord.sendAutocomplete({
        ...slashInput(body),
        focused: stringField(body, 'focused', 32),
      });
      const ack = await acknowledged(handle);
      return { ...ack, choices: handle.choices ?? [] };
    },
    '/ui/buttons': (body) => {
      const message = storedMessage(body);
      const handle = discord.sendButton({
        message,
        customId: stringField(body, 'customId', 100),
        userId: member(body),
      });
      return acknowledged(handle);
    },
    '/ui/context-menu': (body) => {
      const target = storedMessage(body);
      const handle = discord.sendMessageCommand({
        guildId: world.guildId,
        channelId: target.channel_id,
        userId: member(body),
        name: stringField(body, 'name', 32),
        targetMessage: { id: target.id, content: target.content },
      });
      return acknowledged(handle);
    },
    '/ui/attachments': (body) => {
      const filename = stringField(body, 'filename', 200).replace(/[/\\]/g, '_');
      const content = Buffer.from(stringField(body, 'contentBase64', MAX_BODY_BYTES), 'base64');
      if (content.length > MAX_UPLOAD_BYTES) throw new PageRequestError(413, 'Files are at most 10 MB.');
      const attachment = discord.addAttachment({ filename, content, channelId: channel(body) });
      return { ok: true, id: attachment.id, filename: attachment.filename, size: attachment.size };
    },
  };

  return async function handlePage(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
    if (req.method === 'GET' && path === '/ui/state') {
      sendJson(res, 200, state());
      return true;
    }
    if (req.method === 'GET' && path === '/ui/events') {
      deps.live.attach(res);
      return true;
    }
    const post = posts[path];
    if (req.method !== 'POST' || !post) return false;
    const body = await readJsonBody(req, MAX_BODY_BYTES);
    sendJson(res, 200, await post(body));
    return true;
  };
}
