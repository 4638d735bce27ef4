/** The sandbox message box reads commands the way Discord's does, against what the bot registers. */
import { describe, expect, it } from 'vitest';
import { commands } from '../../../src/commands/index.ts';
import {
  buildInvocation,
  convertOption,
  isTypedInFull,
  OptionType,
  parseCommandText,
  remainingOptions,
  type CommandDef,
} from '../../../src/sandbox/web/commands.js';

/** Exactly what the bot registers with Discord. */
const registered = commands.map((command) => command.data.toJSON()) as unknown as CommandDef[];
const directory = {
  channels: [
    { id: '11', name: 'general' },
    { id: '12', name: 'digest' },
  ],
  members: [{ id: '21', name: 'Ada' }],
};
const parse = (text: string) => parseCommandText(text, registered);

describe('parseCommandText', () => {
  it('offers commands while the name is typed, and only slash commands', () => {
    const parsed = parse('/sum');
    expect(parsed.stage).toBe('command');
    expect(parsed.commandText).toBe('sum');
    expect(parse('Hello /summarize').stage).toBe('none');
  });

  it('asks for a subcommand of a command that has them', () => {
    const parsed = parse('/digest se');
    expect(parsed.stage).toBe('subcommand');
    expect(parsed.partialName).toBe('se');
    expect(parse('/digest set ').subcommand?.name).toBe('set');
  });

  it('reads options whose values hold spaces, colons and new lines', () => {
    const parsed = parse('/summarize text:Council votes: yes\nSecond line private:true');
    expect(parsed.typed.map((t) => [t.def.name, t.raw])).toEqual([
      ['text', 'Council votes: yes\nSecond line'],
      ['private', 'true'],
    ]);
    expect(parse('/summarize url:https://example.test/a?b=c:d').typed[0]?.raw).toBe(
      'https://example.test/a?b=c:d',
    );
  });

  it('focuses the option being typed, unless a word after a space starts another option', () => {
    expect(parse('/digest set timezone:Europe/Pa').focused?.def.name).toBe('timezone');
    // The first word of a value is the value, even when it starts like an option name.
    expect(parse('/digest set days:w').focused?.def.name).toBe('days');
    const next = parse('/summarize text:Some words pri');
    expect(next.focused).toBeUndefined();
    expect(remainingOptions(next, next.partialName).map((o) => o.name)).toEqual(['private']);
    expect(parse('/summarize url:https://x.test ').focused).toBeUndefined();
  });

  it('lists the options still to give, required ones first', () => {
    const parsed = parse('/digest set time:07:30 ');
    expect(
      remainingOptions(parsed)
        .slice(0, 2)
        .map((o) => o.name),
    ).toEqual(['channel', 'timezone']);
  });
});

describe('convertOption', () => {
  const option = (type: number, extra: object = {}) => ({ name: 'x', type, ...extra });

  it('turns channel names, booleans and numbers into what Discord sends', () => {
    expect(convertOption(option(OptionType.Channel), '#digest', directory)).toEqual({ value: '12' });
    expect(convertOption(option(OptionType.Boolean), 'True', directory)).toEqual({ value: true });
    expect(convertOption(option(OptionType.Integer), '12', directory)).toEqual({ value: 12 });
    expect(convertOption(option(OptionType.User), '@ada', directory)).toEqual({ value: '21' });
  });

  it('explains a value Discord would not accept', () => {
    const max = option(OptionType.Integer, { min_value: 1, max_value: 25 });
    expect(convertOption(max, '30', directory)).toEqual({ error: 'x must be at most 25.' });
    expect(convertOption(max, 'ten', directory)).toEqual({ error: 'x must be a whole number.' });
    expect(convertOption(option(OptionType.Channel), '#nowhere', directory)).toEqual({
      error: 'There is no channel #nowhere.',
    });
    const choices = option(OptionType.String, { choices: [{ name: 'digest', value: 'digest' }] });
    expect(convertOption(choices, 'daily', directory)).toEqual({ error: 'x must be one of: digest.' });
    const short = option(OptionType.String, { max_length: 3 });
    expect(convertOption(short, 'abcd', directory)).toEqual({
      error: 'x takes at most 3 characters (this is 4).',
    });
  });
});

describe('buildInvocation', () => {
  it('builds /digest set with its options converted', () => {
    const built = buildInvocation(
      parse('/digest set channel:#digest time:07:30 timezone:Europe/Paris max:5'),
      directory,
    );
    expect(built).toEqual({
      ok: true,
      name: 'digest',
      subcommand: 'set',
      options: [
        { name: 'channel', value: '12', type: OptionType.Channel },
        { name: 'time', value: '07:30', type: OptionType.String },
        { name: 'timezone', value: 'Europe/Paris', type: OptionType.String },
        { name: 'max', value: 5, type: OptionType.Integer },
      ],
    });
  });

  it('sends a command typed in full without a space after it, but not one that needs a subcommand', () => {
    expect(isTypedInFull(parse('/recent'))).toBe(true);
    expect(buildInvocation(parse('/recent'), directory)).toEqual({ ok: true, name: 'recent', options: [] });
    expect(isTypedInFull(parse('/digest list'))).toBe(true);
    expect(buildInvocation(parse('/digest list'), directory)).toMatchObject({ ok: true, subcommand: 'list' });
    expect(isTypedInFull(parse('/digest'))).toBe(false);
    expect(isTypedInFull(parse('/rec'))).toBe(false);
    expect(buildInvocation(parse('/search'), directory)).toEqual({
      ok: false,
      error: 'Missing required option: query.',
    });
  });

  it('names what is missing or wrong, as the Discord app refuses to send it', () => {
    expect(buildInvocation(parse('/digest set time:07:30'), directory)).toEqual({
      ok: false,
      error: 'Missing required options: channel, timezone.',
    });
    expect(buildInvocation(parse('/digest '), directory)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Choose what \/digest should do: set, list/),
    });
    expect(buildInvocation(parse('/nope '), directory)).toMatchObject({ ok: false });
    expect(buildInvocation(parse('/summarize https://x.test'), directory)).toEqual({
      ok: false,
      error: 'Start each option with its name and a colon. For example url:…',
    });
  });
});
