import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { UserFacingError } from '../errors.ts';
import { tooLargeError } from './fetch-errors.ts';

/**
 * Reads a response body into memory, decompressing gzip/deflate/br on the way and counting the
 * bytes AFTER decompression: the moment the count passes `maxBytes` every stream is destroyed,
 * so a decompression bomb costs at most a few zlib chunks of memory, never the whole payload.
 */

// Lenient flushing: many servers cut the final gzip block; keep what was decoded instead of failing.
const ZLIB_OPTIONS = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };

/**
 * "deflate" is meant to be zlib-wrapped but some servers send raw deflate; a zlib header is
 * method 8 in the low nibble, window size <= 7 in the high nibble, and a multiple of 31 over 2 bytes.
 */
function isZlibWrapped(head: Buffer): boolean {
  const first = head[0] ?? 0;
  const second = head[1];
  if ((first & 0x0f) !== 8 || first >> 4 > 7) return false;
  return second === undefined || ((first << 8) | second) % 31 === 0;
}

function decoderFor(contentEncoding: string | undefined, head: Buffer): Transform | null {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return null;
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip(ZLIB_OPTIONS);
  if (encoding === 'deflate') {
    return isZlibWrapped(head) ? zlib.createInflate(ZLIB_OPTIONS) : zlib.createInflateRaw(ZLIB_OPTIONS);
  }
  if (encoding === 'br') {
    return zlib.createBrotliDecompress({
      flush: zlib.constants.BROTLI_OPERATION_FLUSH,
      finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
    });
  }
  throw new UserFacingError(
    'bad_encoding',
    `The site sent the page in a compression NewsBrief can't read (${encoding}).`,
  );
}

/** Waits for the first bytes and puts them back, so the decoder can be chosen from them. */
function peekFirstBytes(body: Readable): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const finish = (settle: () => void) => {
      body.off('readable', onReadable).off('end', onEnd).off('error', onError).off('close', onClose);
      settle();
    };
    const onReadable = () => {
      const chunk = body.read() as Buffer | null;
      if (chunk === null) return; // spurious wake-up before data or 'end'
      body.unshift(chunk);
      finish(() => resolve(chunk));
    };
    const onEnd = () => finish(() => resolve(null));
    const onError = (error: Error) => finish(() => reject(error));
    const onClose = () => finish(() => reject(new Error('Connection closed before the body arrived')));
    body.on('readable', onReadable).once('end', onEnd).once('error', onError).once('close', onClose);
  });
}

export interface ReadBodyOptions {
  contentEncoding: string | undefined;
  maxBytes: number;
  signal: AbortSignal;
}

/** Collects the (decompressed) body; rejects with too_large as soon as it passes maxBytes. */
export async function readCappedBody(body: Readable, options: ReadBodyOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  let overflowed = false;
  const collect = async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > options.maxBytes) {
        // Throwing here makes pipeline destroy every stream; the flag survives Node 20 rewrapping the error.
        overflowed = true;
        throw tooLargeError(options.maxBytes);
      }
      chunks.push(chunk);
    }
  };
  let decoder: Transform | null = null;
  try {
    const head = await peekFirstBytes(body);
    if (head === null) return Buffer.alloc(0);
    decoder = decoderFor(options.contentEncoding, head);
    if (decoder) await pipeline(body, decoder, collect, { signal: options.signal });
    else await pipeline(body, collect, { signal: options.signal });
  } catch (error) {
    body.destroy();
    if (overflowed) throw tooLargeError(options.maxBytes);
    if (error instanceof UserFacingError || options.signal.aborted) throw error;
    if (decoder && isZlibError(error)) {
      throw new UserFacingError('bad_encoding', 'The site sent a damaged compressed page.', { cause: error });
    }
    throw new UserFacingError('unreachable', 'The connection to the site broke while reading the page.', {
      cause: error,
    });
  }
  return Buffer.concat(chunks, total);
}

function isZlibError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR__ERROR');
}
