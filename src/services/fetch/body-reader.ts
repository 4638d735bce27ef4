import { Transform } from 'node:stream';
import type { Readable, TransformCallback } from 'node:stream';
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
 * "deflate" is meant to be zlib-wrapped but some servers send raw deflate; the first byte tells
 * which (a zlib header has compression method 8 in its low nibble).
 */
class DeflateDecoder extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.inner) {
      const isZlibWrapped =
        ((chunk[0] ?? 0) & 0x0f) === 8 && (((chunk[0] ?? 0) << 8) | (chunk[1] ?? 0)) % 31 === 0;
      this.inner = isZlibWrapped ? zlib.createInflate(ZLIB_OPTIONS) : zlib.createInflateRaw(ZLIB_OPTIONS);
      this.inner.on('data', (data: Buffer) => this.push(data));
      this.inner.on('error', (error) => this.destroy(error));
    }
    if (this.inner.write(chunk)) callback();
    else this.inner.once('drain', () => callback());
  }

  override _flush(callback: TransformCallback): void {
    if (!this.inner) return callback();
    this.inner.once('end', () => callback());
    this.inner.end();
  }

  override _destroy(error: Error | null, callback: (error: Error | null) => void): void {
    this.inner?.destroy();
    callback(error);
  }
}

function decoderFor(contentEncoding: string | undefined): Transform | null {
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return null;
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip(ZLIB_OPTIONS);
  if (encoding === 'deflate') return new DeflateDecoder();
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

export interface ReadBodyOptions {
  contentEncoding: string | undefined;
  maxBytes: number;
  signal: AbortSignal;
}

/** Collects the (decompressed) body; rejects with too_large as soon as it passes maxBytes. */
export async function readCappedBody(body: Readable, options: ReadBodyOptions): Promise<Buffer> {
  const decoder = decoderFor(options.contentEncoding);
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
  try {
    if (decoder) await pipeline(body, decoder, collect, { signal: options.signal });
    else await pipeline(body, collect, { signal: options.signal });
  } catch (error) {
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
