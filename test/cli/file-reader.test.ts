import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputFile } from '../../src/cli/file-reader.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-reader-'));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('readInputFile', () => {
  it('reads files of any size in turn, each whole', () => {
    const big = Buffer.alloc(700_000, 'a');
    big.write('the end', big.length - 7);
    const small = Buffer.from('A short article.\n');
    expect(readInputFile(file('big.txt', big), 5_000_000).equals(big)).toBe(true);
    expect(readInputFile(file('small.txt', small), 5_000_000).toString()).toBe('A short article.\n');
    expect(readInputFile(file('empty.txt', Buffer.alloc(0)), 5_000_000).length).toBe(0);
  });

  it('stops one byte past the limit, so the caller can say the file is too large', () => {
    expect(readInputFile(file('over.txt', Buffer.alloc(5000, 'x')), 1000).length).toBe(1001);
  });

  it('reads a file that reports no size to its end', () => {
    // /proc files have a size of 0 but content.
    expect(readInputFile('/proc/self/status', 5_000_000).toString()).toContain('Name:');
  });

  it('says plainly when the path is missing or a folder', () => {
    expect(() => readInputFile(join(dir, 'nope.txt'), 1000)).toThrow('No such file');
    expect(() => readInputFile(dir, 1000)).toThrow('is a folder, not a file');
  });
});
