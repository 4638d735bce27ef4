/** Serves the sandbox page (src/sandbox/web/) as it is on disk: no build step, no directory listing. */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
};

/**
 * The page runs only its own scripts and styles: whatever an article or a member wrote is shown
 * as text, and even a mistake in that escaping could not run script. Images may come from
 * anywhere, as embed thumbnails do on Discord.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  'img-src * data:',
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Only plain file names in the web folder: no slashes, no dot-files, so no way out of it. */
const FILE_NAME = /^[a-z0-9][a-z0-9-]*\.(html|js|css|svg)$/;

export function createStaticFiles(webDir: URL) {
  return async function serveStatic(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = new URL(req.url ?? '/', 'http://sandbox').pathname;
    const name = path === '/' ? 'index.html' : path.slice(1);
    const match = FILE_NAME.exec(name);
    if (!match || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    let bytes: Buffer;
    try {
      bytes = await readFile(new URL(name, webDir));
    } catch {
      return false;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[match[1] ?? ''] ?? 'application/octet-stream',
      'Content-Length': bytes.length,
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
    return true;
  };
}
