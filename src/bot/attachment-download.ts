import { UserFacingError } from '../services/errors.ts';
import { decodeBody } from '../services/fetch/charset.ts';
import { parseContentType } from '../services/fetch/content-type.ts';

/**
 * Downloads a member's uploaded file. Attachment URLs come from Discord (inside the signed
 * interaction payload), never typed by a member, so instead of the general safe fetcher this
 * is a small bounded fetch that only talks to Discord's CDN hosts or the configured API host
 * (the local test server), refuses redirects and stops reading past the size cap.
 */

export const ATTACHMENT_MAX_BYTES = 1024 * 1024;
export const ATTACHMENT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'];
const DISCORD_CDN_HOSTS = new Set(['cdn.discordapp.com', 'media.discordapp.net']);
const DOWNLOAD_TIMEOUT_MS = 15_000;

export interface AttachmentInfo {
  name: string;
  url: string;
  size: number;
}

/** True when the URL points at Discord's CDN or at the same host as the configured Discord API. */
export function isAttachmentHostAllowed(url: string, discordApiUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (DISCORD_CDN_HOSTS.has(parsed.hostname)) return parsed.protocol === 'https:';
  return parsed.host === new URL(discordApiUrl).host;
}

/** Checks name and declared size before any download, so a refusal is immediate. */
export function checkAttachment(attachment: AttachmentInfo): void {
  const lower = attachment.name.toLowerCase();
  if (!ATTACHMENT_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    throw new UserFacingError(
      'bad_input',
      'I can read .txt, .md and .html files. Please attach one of those.',
    );
  }
  if (attachment.size > ATTACHMENT_MAX_BYTES) {
    throw new UserFacingError('too_large', 'That file is larger than 1 MB. Please attach a smaller one.');
  }
}

/** Downloads the attachment as UTF-8 text, at most 1 MB. */
export async function downloadAttachment(attachment: AttachmentInfo, discordApiUrl: string): Promise<string> {
  checkAttachment(attachment);
  if (!isAttachmentHostAllowed(attachment.url, discordApiUrl)) {
    throw new UserFacingError(
      'bad_input',
      'That attachment is not hosted by Discord, so I will not download it.',
    );
  }
  let response: Response;
  try {
    response = await fetch(attachment.url, {
      redirect: 'error',
      signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
    });
  } catch (error) {
    throw new UserFacingError(
      'unreachable',
      'I could not download that file from Discord. Please try again.',
      {
        cause: error,
      },
    );
  }
  if (!response.ok || !response.body) {
    throw new UserFacingError(
      'http_status',
      `Discord answered ${response.status} for that file. Please upload it again.`,
    );
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > ATTACHMENT_MAX_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw new UserFacingError('too_large', 'That file is larger than 1 MB. Please attach a smaller one.');
    }
    chunks.push(value);
  }
  // Files from other systems are often not UTF-8: honour a declared charset, a BOM or <meta>, else
  // fall back to windows-1252 when the bytes are not valid UTF-8.
  const type = parseContentType(response.headers.get('content-type') ?? undefined);
  return decodeBody(Buffer.concat(chunks), {
    headerCharset: type?.charset ?? null,
    mediaType: /\.html?$/i.test(attachment.name) ? 'text/html' : 'text/plain',
  }).text;
}
