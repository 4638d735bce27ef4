import { describe, expect, it } from 'vitest';
import { shardExecArgv } from '../../src/bot/shard-manager.ts';

describe('shardExecArgv', () => {
  it("gives shard processes the supervisor's flags and a small young generation", () => {
    expect(shardExecArgv(['--import', 'tsx'])).toEqual([
      '--import',
      'tsx',
      '--max-semi-space-size=2',
      '--optimize-for-size',
    ]);
  });

  it('keeps a young generation size the supervisor was started with', () => {
    expect(shardExecArgv(['--max-semi-space-size=16'])).toEqual([
      '--max-semi-space-size=16',
      '--optimize-for-size',
    ]);
    expect(shardExecArgv(['--max_semi_space_size=8', '--optimize-for-size'])).toEqual([
      '--max_semi_space_size=8',
      '--optimize-for-size',
    ]);
  });
});
