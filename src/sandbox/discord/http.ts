/** Small HTTP helpers: reading JSON or multipart bodies and Discord-shaped error answers. */
import type { IncomingMessage } from 'node:http';
import type { ErrorTree } from './validate.ts';

export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: ErrorTree,
  ) {
    super(message);
  }

  toJson(): Record<string, unknown> {
    return this.errors
      ? { message: this.message, code: this.code, errors: this.errors }
      : { message: this.message, code: this.code };
  }
}

export const unknownChannel = () => new DiscordHttpError(404, 10003, 'Unknown Channel');
export const unknownMessage = () => new DiscordHttpError(404, 10008, 'Unknown Message');
export const unknownGuild = () => new DiscordHttpError(404, 10004, 'Unknown Guild');
export const unknownWebhook = () => new DiscordHttpError(404, 10015, 'Unknown Webhook');
export const unknownUser = () => new DiscordHttpError(404, 10013, 'Unknown User');
export const unknownInteraction = () => new DiscordHttpError(404, 10062, 'Unknown interaction');
export const missingAccess = () => new DiscordHttpError(403, 50001, 'Missing Access');
export const cannotMessageUser = () => new DiscordHttpError(403, 50007, 'Cannot send messages to this user');
export const missingPermissions = () => new DiscordHttpError(403, 50013, 'Missing Permissions');
export const invalidFormBody = (errors: ErrorTree) =>
  new DiscordHttpError(400, 50035, 'Invalid Form Body', errors);

export interface ParsedBody {
  json: unknown;
  files: { filename: string; size: number }[];
}

export async function readRequestBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Accepts application/json and multipart/form-data (payload_json + files[n]) as discord.js sends them. */
export async function parseBody(contentType: string | undefined, raw: Buffer): Promise<ParsedBody> {
  if (raw.length === 0) return { json: undefined, files: [] };
  if (contentType?.startsWith('multipart/form-data')) {
    // undici's multipart parser (global Response) saves writing one by hand.
    const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
    let json: unknown = {};
    const files: ParsedBody['files'] = [];
    for (const [key, value] of form.entries()) {
      if (key === 'payload_json' && typeof value === 'string') json = parseJson(value);
      else if (typeof value !== 'string') files.push({ filename: value.name, size: value.size });
    }
    return { json, files };
  }
  return { json: parseJson(raw.toString('utf8')), files: [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new DiscordHttpError(400, 50109, 'The request body contains invalid JSON.');
  }
}
