/** Interaction callbacks (POST /interactions/{id}/{token}/callback) and the webhook routes that edit and follow up. */
import { performance } from 'node:perf_hooks';
import {
  DiscordHttpError,
  invalidFormBody,
  unknownInteraction,
  unknownMessage,
  unknownWebhook,
} from './http.ts';
import type { ParsedBody } from './http.ts';
import { InteractionHandle } from './interaction-handle.ts';
import {
  EPHEMERAL,
  LOADING,
  applyMessageEdit,
  bodyRecord,
  checkMessageBody,
  createStoredMessage,
} from './messages.ts';
import type { StoredMessage } from './types.ts';
import { FormErrors } from './validate.ts';
import type { World } from './world.ts';

export interface RouteAnswer {
  status: number;
  json?: unknown;
}

/** Discord message types for interaction answers: 20 slash command reply, 23 context menu, 0 follow-ups. */
const REPLY_TYPE_BY_COMMAND_TYPE: Record<number, number> = { 1: 20, 2: 23, 3: 23 };

export class InteractionRegistry {
  private readonly byId = new Map<string, InteractionHandle>();
  private readonly byToken = new Map<string, InteractionHandle>();
  /** Component interactions: which message the button sat on. Command type for reply message type. */
  private readonly commandType = new Map<string, number>();

  constructor(
    private readonly world: World,
    /** Mutable so one test can shorten the 3 s window without a second server. */
    public timeoutMs: number,
    private readonly tokenTtlMs: number,
  ) {}

  register(handle: InteractionHandle, commandType: number, componentMessageId?: string): void {
    this.byId.set(handle.id, handle);
    this.byToken.set(handle.token, handle);
    this.commandType.set(handle.id, commandType);
    if (componentMessageId) handle.originalId = componentMessageId;
  }

  all(): InteractionHandle[] {
    return [...this.byId.values()];
  }

  callback(id: string, token: string, parsed: ParsedBody, withResponse: boolean): RouteAnswer {
    const handle = this.byId.get(id);
    if (!handle || handle.token !== token) throw unknownInteraction();
    const fail = (error: DiscordHttpError): never => {
      handle.callbackErrors.push(error.code);
      handle.changed();
      throw error;
    };
    if (handle.ack) fail(new DiscordHttpError(400, 40060, 'Interaction has already been acknowledged.'));
    if (performance.now() - handle.createdAt > this.timeoutMs) fail(unknownInteraction());

    const body = bodyRecord(parsed);
    const type = Number(body.type);
    const data = (typeof body.data === 'object' && body.data !== null ? body.data : undefined) as
      | Record<string, unknown>
      | undefined;
    const flags = Number(data?.flags ?? 0);
    const isComponent = handle.type === 3 || handle.type === 5;
    let message: StoredMessage | undefined;
    switch (type) {
      case 4:
        checkMessageBody(data ?? {}, parsed.files.length, true, 'data');
        message = this.createOriginal(handle, data ?? {}, parsed.files, 0);
        break;
      case 5:
        message = this.createOriginal(handle, { flags }, [], LOADING);
        break;
      case 6:
      case 7: {
        if (!isComponent)
          fail(
            new DiscordHttpError(400, 50035, 'Invalid Form Body', {
              type: {
                _errors: [
                  {
                    code: 'INTERACTION_RESPONSE_TYPE_INVALID',
                    message: 'Invalid response type for this interaction',
                  },
                ],
              },
            }),
          );
        message = handle.original();
        if (type === 7 && message) {
          checkMessageBody(data ?? {}, parsed.files.length, false, 'data');
          applyMessageEdit(message, data ?? {}, parsed.files, this.world);
        }
        break;
      }
      case 8: {
        const choices = data?.choices;
        if (handle.type !== 4 || !Array.isArray(choices))
          fail(new DiscordHttpError(400, 50035, 'Invalid Form Body'));
        if (Array.isArray(choices) && choices.length > 25) {
          const errors = new FormErrors();
          errors.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
          fail(invalidFormBody(errors.tree));
        }
        break;
      }
      case 9:
        break;
      default:
        fail(
          new DiscordHttpError(400, 50035, 'Invalid Form Body', {
            type: {
              _errors: [
                { code: 'BASE_TYPE_CHOICES', message: `Value must be one of (1, 4, 5, 6, 7, 8, 9, 10, 12).` },
              ],
            },
          }),
        );
    }
    handle.ack = { type, data, flags };
    handle.ackedAt = performance.now();
    if (type === 4 || type === 5) handle.ephemeral = (flags & EPHEMERAL) !== 0;
    handle.changed();
    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      json: {
        interaction: {
          id: handle.id,
          type: handle.type,
          response_message_id: message?.id,
          response_message_loading: message ? (message.flags & LOADING) !== 0 : undefined,
          response_message_ephemeral: message ? (message.flags & EPHEMERAL) !== 0 : undefined,
        },
        resource: { type, ...(message ? { message: this.world.messageJson(message) } : {}) },
      },
    };
  }

  getMessage(appId: string, token: string, messageId: string): RouteAnswer {
    const { message } = this.resolveMessage(appId, token, messageId);
    return { status: 200, json: this.world.messageJson(message) };
  }

  editMessage(appId: string, token: string, messageId: string, parsed: ParsedBody): RouteAnswer {
    const { handle, message } = this.resolveMessage(appId, token, messageId);
    const body = bodyRecord(parsed);
    checkMessageBody(body, parsed.files.length, false);
    applyMessageEdit(message, body, parsed.files, this.world);
    handle.changed();
    return { status: 200, json: this.world.messageJson(message) };
  }

  deleteMessage(appId: string, token: string, messageId: string): RouteAnswer {
    const { handle, message } = this.resolveMessage(appId, token, messageId);
    this.world.deleteMessage(message);
    handle.changed();
    return { status: 204 };
  }

  followUp(appId: string, token: string, parsed: ParsedBody, wait: boolean): RouteAnswer {
    const handle = this.liveHandle(appId, token);
    if (!handle.ack) throw unknownWebhook();
    const body = bodyRecord(parsed);
    checkMessageBody(body, parsed.files.length, true);
    const message = createStoredMessage(this.world, {
      channelId: handle.channelId,
      guildId: handle.guildId,
      body,
      files: parsed.files,
      type: 0,
      webhookId: this.world.applicationId,
      ...(handle.invoker ? { interaction: handle.invoker } : {}),
    });
    handle.followUpIds.push(message.id);
    handle.changed();
    return wait ? { status: 200, json: this.world.messageJson(message) } : { status: 204 };
  }

  private createOriginal(
    handle: InteractionHandle,
    body: Record<string, unknown>,
    files: ParsedBody['files'],
    extraFlags: number,
  ): StoredMessage {
    const message = createStoredMessage(this.world, {
      channelId: handle.channelId,
      guildId: handle.guildId,
      body,
      files,
      type: REPLY_TYPE_BY_COMMAND_TYPE[this.commandType.get(handle.id) ?? 1] ?? 20,
      webhookId: this.world.applicationId,
      extraFlags,
      ...(handle.invoker ? { interaction: handle.invoker } : {}),
    });
    handle.originalId = message.id;
    return message;
  }

  private liveHandle(appId: string, token: string): InteractionHandle {
    const handle = this.byToken.get(token);
    if (!handle || appId !== this.world.applicationId) throw unknownWebhook();
    if (performance.now() - handle.createdAt > this.tokenTtlMs)
      throw new DiscordHttpError(401, 50027, 'Invalid Webhook Token');
    return handle;
  }

  private resolveMessage(
    appId: string,
    token: string,
    messageId: string,
  ): { handle: InteractionHandle; message: StoredMessage } {
    const handle = this.liveHandle(appId, token);
    const id = messageId === '@original' ? handle.originalId : messageId;
    const belongs = id !== undefined && (id === handle.originalId || handle.followUpIds.includes(id));
    const message = belongs ? this.world.messages.get(id) : undefined;
    // An @original that exists only as the component's message can't be fetched before any callback.
    if (!message || message.deleted || (messageId === '@original' && !handle.ack)) throw unknownMessage();
    return { handle, message };
  }
}
