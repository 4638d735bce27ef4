// Reads what a person types in the message box against the commands the bot registered, the way
// Discord's message box does: which command, subcommand and options, which option is being typed
// (for suggestions and the bot's autocomplete), and what is missing or wrong before it is sent.
// Pure functions, no DOM: the page and the unit tests both use them.

/**
 * @typedef {{ name: string, value: string | number }} Choice
 * @typedef {{ name: string, description?: string, type: number, required?: boolean,
 *   choices?: Choice[], autocomplete?: boolean, options?: OptionDef[],
 *   min_value?: number, max_value?: number, min_length?: number, max_length?: number }} OptionDef
 * @typedef {{ id?: string, name: string, description?: string, type?: number, options?: OptionDef[] }} CommandDef
 * @typedef {{ id: string, name: string }} Named
 * @typedef {{ channels: Named[], members: Named[] }} Directory
 * @typedef {{ def: OptionDef, raw: string, start: number }} TypedOption
 * @typedef {{ stage: 'none' | 'command' | 'subcommand' | 'options', commandText: string,
 *   command?: CommandDef, subcommand?: OptionDef, leafOptions: OptionDef[], typed: TypedOption[],
 *   stray: string, partialName: string, focused?: TypedOption }} Parsed
 */

export const OptionType = Object.freeze({
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Mentionable: 9,
  Number: 10,
  Attachment: 11,
});

/** @param {RegExp | string} text */
const escapeRegExp = (text) => String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Slash commands only (context-menu commands are used from a message's menu). @param {CommandDef[]} commands */
export const slashCommands = (commands) => commands.filter((c) => (c.type ?? 1) === 1);

/** @param {CommandDef | OptionDef | undefined} def */
const subcommandsOf = (def) =>
  (def?.options ?? []).filter(
    (o) => o.type === OptionType.Subcommand || o.type === OptionType.SubcommandGroup,
  );

/**
 * Splits the text into command, subcommand and `name:value` options. Option values run up to the
 * next ` name:` of another option of the same command, so values may hold spaces and new lines.
 * @param {string} text
 * @param {CommandDef[]} commands
 * @returns {Parsed}
 */
export function parseCommandText(text, commands) {
  /** @type {Parsed} */
  const parsed = { stage: 'none', commandText: '', leafOptions: [], typed: [], stray: '', partialName: '' };
  if (!text.startsWith('/')) return parsed;
  const head = /^\/(\S*)(\s?)/.exec(text);
  const name = head?.[1] ?? '';
  parsed.commandText = name;
  const command = slashCommands(commands).find((c) => c.name === name.toLowerCase());
  // A name typed in full but not yet followed by a space is still being chosen, though known.
  const exact =
    command && subcommandsOf(command).length === 0 ? { command, leafOptions: command.options ?? [] } : {};
  if (!head?.[2] || !command) return { ...parsed, ...exact, stage: 'command' };
  parsed.command = command;
  let rest = text.slice(head[0].length);
  let offset = head[0].length;
  const subs = subcommandsOf(command);
  if (subs.length > 0) {
    const subMatch = /^(\S*)(\s?)/.exec(rest);
    const subName = subMatch?.[1] ?? '';
    const subcommand = subs.find((s) => s.name === subName.toLowerCase());
    if (!subcommand || !subMatch?.[2]) {
      const exact = subcommand ? { subcommand, leafOptions: subcommand.options ?? [] } : {};
      return { ...parsed, ...exact, stage: 'subcommand', partialName: subName };
    }
    parsed.subcommand = subcommand;
    rest = rest.slice(subMatch[0].length);
    offset += subMatch[0].length;
  }
  parsed.stage = 'options';
  parsed.leafOptions = (parsed.subcommand ?? command).options ?? [];
  const names = parsed.leafOptions.map((o) => escapeRegExp(o.name));
  const marker = names.length > 0 ? new RegExp(`(^|\\s)(${names.join('|')}):`, 'gi') : null;
  /** @type {{ def: OptionDef, start: number, valueStart: number }[]} */
  const found = [];
  for (const match of marker ? rest.matchAll(marker) : []) {
    const def = parsed.leafOptions.find((o) => o.name === match[2]?.toLowerCase());
    if (!def || found.some((f) => f.def === def)) continue; // a repeated name is part of a value
    const start = (match.index ?? 0) + (match[1]?.length ?? 0);
    found.push({ def, start, valueStart: start + def.name.length + 1 });
  }
  parsed.stray = rest.slice(0, found[0]?.start ?? rest.length).trim();
  parsed.typed = found.map((f, i) => ({
    def: f.def,
    raw: rest.slice(f.valueStart, found[i + 1]?.start ?? rest.length).replace(/\s+$/, ''),
    start: offset + f.start,
  }));
  // The word at the end, when it may be the start of an option's name ("pri" for private:).
  const endsInSpace = rest === '' || /\s$/.test(rest);
  const lastWord = endsInSpace ? '' : (/(\S*)$/.exec(rest)?.[1] ?? '');
  parsed.partialName = lastWord.includes(':') ? '' : lastWord;
  const last = parsed.typed.at(-1);
  if (last && !endsInSpace) {
    // A word after a space in a value may begin the next option; a value's first word never does.
    const beginsOption = /\s/.test(last.raw) && couldBeOptionName(parsed.partialName, parsed);
    if (!beginsOption) parsed.focused = last;
  }
  return parsed;
}

/**
 * True when `word` is the start of the name of an option not typed yet.
 * @param {string} word
 * @param {Parsed} parsed
 */
function couldBeOptionName(word, parsed) {
  return word !== '' && remainingOptions(parsed, word).length > 0;
}

/**
 * Options not typed yet, required first, whose names start with `prefix`.
 * @param {Parsed} parsed
 * @param {string} prefix
 */
export function remainingOptions(parsed, prefix = '') {
  const lower = prefix.toLowerCase();
  return parsed.leafOptions
    .filter((o) => !parsed.typed.some((t) => t.def === o) && o.name.startsWith(lower))
    .sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)));
}

/**
 * Converts one typed value to what Discord sends for its type, or explains why it cannot.
 * @param {OptionDef} def
 * @param {string} raw
 * @param {Directory} directory
 * @returns {{ value: string | number | boolean } | { error: string }}
 */
export function convertOption(def, raw, directory) {
  const text = raw.trim();
  if (text === '') return { error: `Give a value for ${def.name}.` };
  if (def.choices && def.choices.length > 0) {
    const choice = def.choices.find(
      (c) =>
        c.name.toLowerCase() === text.toLowerCase() || String(c.value).toLowerCase() === text.toLowerCase(),
    );
    if (!choice)
      return { error: `${def.name} must be one of: ${def.choices.map((c) => c.name).join(', ')}.` };
    return { value: choice.value };
  }
  switch (def.type) {
    case OptionType.Integer:
    case OptionType.Number: {
      const pattern = def.type === OptionType.Integer ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
      if (!pattern.test(text))
        return {
          error: `${def.name} must be a ${def.type === OptionType.Integer ? 'whole number' : 'number'}.`,
        };
      const value = Number(text);
      if (def.min_value !== undefined && value < def.min_value)
        return { error: `${def.name} must be at least ${def.min_value}.` };
      if (def.max_value !== undefined && value > def.max_value)
        return { error: `${def.name} must be at most ${def.max_value}.` };
      return { value };
    }
    case OptionType.Boolean: {
      if (/^(true|yes)$/i.test(text)) return { value: true };
      if (/^(false|no)$/i.test(text)) return { value: false };
      return { error: `${def.name} must be True or False.` };
    }
    case OptionType.Channel: {
      const name = text
        .replace(/^<#(\d+)>$/, '$1')
        .replace(/^#/, '')
        .toLowerCase();
      const channel = directory.channels.find((c) => c.id === name || c.name.toLowerCase() === name);
      return channel ? { value: channel.id } : { error: `There is no channel ${text}.` };
    }
    case OptionType.User:
    case OptionType.Mentionable: {
      const name = text
        .replace(/^<@!?(\d+)>$/, '$1')
        .replace(/^@/, '')
        .toLowerCase();
      const member = directory.members.find((m) => m.id === name || m.name.toLowerCase() === name);
      return member ? { value: member.id } : { error: `There is no member ${text}.` };
    }
    case OptionType.Attachment:
      return { value: text };
    default: {
      if (def.min_length !== undefined && text.length < def.min_length)
        return { error: `${def.name} needs at least ${def.min_length} characters.` };
      if (def.max_length !== undefined && text.length > def.max_length)
        return { error: `${def.name} takes at most ${def.max_length} characters (this is ${text.length}).` };
      return { value: text };
    }
  }
}

/**
 * Everything needed to send the command, or the first thing to fix, as Discord's app would say it.
 * @param {Parsed} parsed
 * @param {Directory} directory
 * @returns {{ ok: true, name: string, subcommand?: string, options: { name: string, value: string | number | boolean, type: number }[] } | { ok: false, error: string }}
 */
export function buildInvocation(parsed, directory) {
  if (parsed.stage === 'none') return { ok: false, error: 'Not a command.' };
  if (!parsed.command)
    return { ok: false, error: `There is no command /${parsed.commandText}. Type / to see them.` };
  if (subcommandsOf(parsed.command).length > 0 && !parsed.subcommand) {
    const names = subcommandsOf(parsed.command)
      .map((s) => s.name)
      .join(', ');
    return { ok: false, error: `Choose what /${parsed.command.name} should do: ${names}.` };
  }
  if (parsed.stray) {
    const first = remainingOptions(parsed)[0];
    const hint = first ? ` For example ${first.name}:…` : '';
    return { ok: false, error: `Start each option with its name and a colon.${hint}` };
  }
  /** @type {{ name: string, value: string | number | boolean, type: number }[]} */
  const options = [];
  for (const typed of parsed.typed) {
    const converted = convertOption(typed.def, typed.raw, directory);
    if ('error' in converted) return { ok: false, error: converted.error };
    options.push({ name: typed.def.name, value: converted.value, type: typed.def.type });
  }
  const missing = parsed.leafOptions.filter((o) => o.required && !parsed.typed.some((t) => t.def === o));
  if (missing.length > 0) {
    return {
      ok: false,
      error: `Missing required option${missing.length > 1 ? 's' : ''}: ${missing.map((o) => o.name).join(', ')}.`,
    };
  }
  return {
    ok: true,
    name: parsed.command.name,
    ...(parsed.subcommand ? { subcommand: parsed.subcommand.name } : {}),
    options,
  };
}

/**
 * True when the command (and subcommand) is typed in full and needs nothing more to be sent as it
 * is: Enter then sends it rather than taking the suggestion of the same name.
 * @param {Parsed} parsed
 */
export const isTypedInFull = (parsed) =>
  (parsed.stage === 'command' && parsed.command !== undefined) ||
  (parsed.stage === 'subcommand' && parsed.subcommand !== undefined);

/** The command as Discord shows it above its answer: "/digest set". @param {Parsed} parsed */
export const commandLabel = (parsed) =>
  `/${parsed.command?.name ?? parsed.commandText}${parsed.subcommand ? ` ${parsed.subcommand.name}` : ''}`;
