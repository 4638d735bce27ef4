/**
 * Files a member "uploads" for an attachment option (type 11). Discord puts the attachment object in
 * data.resolved.attachments and serves the bytes from its CDN; here the server serves them from its own
 * origin, so a bot whose DISCORD_API_URL points at this server downloads them from the same host.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SnowflakeFactory } from './snowflake.ts';

/** The attachment object as Discord sends it in data.resolved.attachments[id]. */
export interface AttachmentJson {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
  /** Files uploaded for a slash-command option are ephemeral attachments on Discord. */
  ephemeral: true;
}

export interface AttachmentInput {
  filename: string;
  content: Buffer | string;
  /** MIME type Discord reports; guessed from the extension when left out. */
  contentType?: string;
  /** Size Discord declares in the payload; defaults to the real byte length (set it to test a lying size). */
  size?: number;
  /** Channel the upload belongs to; it only appears in the URL path, as on Discord's CDN. */
  channelId?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
};

const PATH = /^\/ephemeral-attachments\/(\d+)\/(\d+)\/([^/]+)$/;

export class AttachmentStore {
  private readonly files = new Map<string, { json: AttachmentJson; bytes: Buffer }>();
  /** GET requests per attachment id, so tests can tell whether the bot downloaded a file at all. */
  readonly downloads = new Map<string, number>();

  constructor(
    private readonly ids: SnowflakeFactory,
    private readonly origin: () => string,
  ) {}

  add(input: AttachmentInput): AttachmentJson {
    const id = this.ids.next();
    const bytes = typeof input.content === 'string' ? Buffer.from(input.content, 'utf8') : input.content;
    const extension = input.filename.toLowerCase().split('.').pop() ?? '';
    const contentType = input.contentType ?? CONTENT_TYPES[extension];
    const path = `/ephemeral-attachments/${input.channelId ?? this.ids.next()}/${id}/${encodeURIComponent(input.filename)}`;
    // Discord's CDN URLs are signed with ex/is/hm query parameters; bots must keep them intact.
    const expires = Math.floor(Date.now() / 1000 + 86_400).toString(16);
    const query = `?ex=${expires}&is=${Math.floor(Date.now() / 1000).toString(16)}&hm=${id}`;
    const json: AttachmentJson = {
      id,
      filename: input.filename,
      size: input.size ?? bytes.length,
      url: `${this.origin()}${path}${query}`,
      proxy_url: `${this.origin()}${path}${query}`,
      ...(contentType ? { content_type: contentType } : {}),
      ephemeral: true,
    };
    this.files.set(id, { json, bytes });
    return json;
  }

  get(id: string): AttachmentJson | undefined {
    return this.files.get(id)?.json;
  }

  /** Answers GET/HEAD for an attachment path; returns false when the path is not one, for the REST handler. */
  serve(req: IncomingMessage, res: ServerResponse): boolean {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = PATH.exec(url.pathname);
    if (!match) return false;
    const file = this.files.get(match[2] ?? '');
    const method = req.method ?? 'GET';
    if (!file || decodeURIComponent(match[3] ?? '') !== file.json.filename) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
      return true;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return true;
    }
    if (method === 'GET') this.downloads.set(file.json.id, (this.downloads.get(file.json.id) ?? 0) + 1);
    res.writeHead(200, {
      'Content-Type': file.json.content_type ?? 'application/octet-stream',
      'Content-Length': file.bytes.length,
    });
    res.end(method === 'GET' ? file.bytes : undefined);
    return true;
  }
}
