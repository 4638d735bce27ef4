/**
 * Reads the CLI's input files into one buffer that is reused from file to file (one per thread).
 * A fresh buffer per file (readFileSync) costs more than the read itself on a batch of pages: each
 * is memory outside the JavaScript heap, allocated, counted against it and collected. The bytes
 * returned are good until the next read: callers decode or parse them at once.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserFacingError } from '../services/errors.ts';

let buffer = Buffer.allocUnsafe(256 * 1024);

/** At most `limit` + 1 bytes of the file: one more than the limit says it is over. */
export function readInputFile(path: string, limit: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw openError(error);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UserFacingError('bad_input', 'That is a folder, not a file.');
    // A pipe or a device reports no size: read until its end, growing the buffer as needed.
    const cap = limit + 1;
    if (stat.size > buffer.length) buffer = Buffer.allocUnsafe(Math.min(stat.size, cap));
    let length = 0;
    while (length < cap) {
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, cap));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, Math.min(buffer.length, cap) - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

// The messages leave the path out: the CLI prints each after the input it is about.
function openError(error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UserFacingError('not_found', 'No such file.', { cause: error });
  if (code === 'EISDIR')
    return new UserFacingError('bad_input', 'That is a folder, not a file.', { cause: error });
  if (code === 'EACCES')
    return new UserFacingError('forbidden', 'Not allowed to read that file.', { cause: error });
  return error as Error;
}
