// The message box: plain messages, and slash commands with Discord's suggestions above the box —
// commands, subcommands, options (required first), choices, channels, True/False, a file picker
// for attachment options, and the bot's own autocomplete answers. Keyboard: ↑/↓ move, Tab or
// Enter take a suggestion, Enter sends, Shift+Enter starts a new line, Esc closes the list.
import {
  buildInvocation,
  commandLabel,
  convertOption,
  isTypedInFull,
  OptionType,
  parseCommandText,
  remainingOptions,
  slashCommands,
} from './commands.js';
import { suggestValues, uploadFiles } from './option-values.js';
import { createSuggestionList } from './suggestion-list.js';

/**
 * @typedef {import('./commands.js').CommandDef} CommandDef
 * @typedef {import('./commands.js').Parsed} Parsed
 * @typedef {import('./suggestion-list.js').Suggestion} Suggestion
 * @typedef {{ commands: () => CommandDef[], directory: () => import('./commands.js').Directory,
 *   channelId: () => string, channelName: () => string, me: () => string,
 *   post: (path: string, body: Record<string, unknown>) => Promise<any>,
 *   notice: (text: string) => void, pending: (text: string) => () => void,
 *   following: () => void }} ComposerContext
 */

const AUTOCOMPLETE_DELAY_MS = 150;

/**
 * @param {{ textarea: HTMLTextAreaElement, list: HTMLElement, error: HTMLElement, fileInput: HTMLInputElement }} elements
 * @param {ComposerContext} context
 */
export function createComposer(elements, context) {
  const { textarea, list, error, fileInput } = elements;
  /** Files chosen for attachment options, by option name. @type {Map<string, File>} */
  const files = new Map();
  let autocompleteTimer = 0;
  let autocompleteSerial = 0;
  let fileOption = '';

  const parse = () => parseCommandText(textarea.value, context.commands());

  /** @param {string} text */
  function setText(text) {
    textarea.value = text;
    textarea.setSelectionRange(text.length, text.length);
    resize();
    update();
  }

  function resize() {
    textarea.style.height = 'auto';
    textarea.style.height = `${Math.min(textarea.scrollHeight, 240)}px`;
  }

  /** @param {string} text */
  function showError(text) {
    error.textContent = text;
    error.hidden = text === '';
  }

  const suggestions = createSuggestionList(list, textarea);
  /** @param {Suggestion[]} items @param {boolean} highlightFirst */
  const show = (items, highlightFirst) => suggestions.show(items, highlightFirst);

  /** Replaces the end of the text from `from` on. @param {number} from @param {string} text */
  const replaceFrom = (from, text) => setText(textarea.value.slice(0, from) + text);

  /** @param {Parsed} parsed */
  const valueSuggestions = (parsed) =>
    suggestValues(parsed, context.directory(), {
      choose: (from, value) => replaceFrom(from, `${value} `),
      fileName: (option) => files.get(option)?.name,
      chooseFile: (option) => {
        fileOption = option;
        fileInput.click();
      },
    });

  /** Asks the bot for its autocomplete answers to the option being typed, as Discord does. @param {Parsed} parsed */
  function requestAutocomplete(parsed) {
    const focused = parsed.focused;
    if (!focused || !parsed.command) return;
    const serial = ++autocompleteSerial;
    const directory = context.directory();
    const options = parsed.typed.map((typed) => {
      const converted = typed === focused ? undefined : convertOption(typed.def, typed.raw, directory);
      return {
        name: typed.def.name,
        value: converted && 'value' in converted ? converted.value : typed.raw.trim(),
      };
    });
    window.clearTimeout(autocompleteTimer);
    autocompleteTimer = window.setTimeout(async () => {
      const answer = await context.post('/ui/autocomplete', {
        channelId: context.channelId(),
        userId: context.me(),
        name: parsed.command?.name,
        subcommand: parsed.subcommand?.name ?? null,
        options,
        focused: focused.def.name,
      });
      if (serial !== autocompleteSerial) return; // the text changed meanwhile
      const valueStart = focused.start + focused.def.name.length + 1;
      /** @type {{ name: string, value: string | number }[]} */
      const choices = answer.choices ?? [];
      show(
        choices.map((c) => ({
          label: c.name,
          detail: String(c.value) !== c.name ? String(c.value) : undefined,
          apply: () => replaceFrom(valueStart, `${c.value} `),
        })),
        true,
      );
    }, AUTOCOMPLETE_DELAY_MS);
  }

  /** Works out the suggestions for what is typed now. */
  function update() {
    showError('');
    autocompleteSerial++;
    const parsed = parse();
    const commands = slashCommands(context.commands());
    if (parsed.stage === 'command') {
      const typed = parsed.commandText.toLowerCase();
      return show(
        commands
          .filter((c) => c.name.startsWith(typed))
          .map((c) => ({ label: `/${c.name}`, detail: c.description, apply: () => setText(`/${c.name} `) })),
        true,
      );
    }
    if (parsed.stage === 'subcommand' && parsed.command) {
      const name = parsed.command.name;
      return show(
        (parsed.command.options ?? [])
          .filter(
            (o) => o.type === OptionType.Subcommand && o.name.startsWith(parsed.partialName.toLowerCase()),
          )
          .map((o) => ({
            label: `/${name} ${o.name}`,
            detail: o.description,
            apply: () => setText(`/${name} ${o.name} `),
          })),
        true,
      );
    }
    if (parsed.stage !== 'options') return show([], false);
    if (parsed.focused) {
      if (parsed.focused.def.autocomplete) {
        show([], false);
        return requestAutocomplete(parsed);
      }
      const values = valueSuggestions(parsed);
      // A value typed out in full needs no list: Enter then sends.
      const exact =
        values.length === 1 && values[0]?.label.toLowerCase() === parsed.focused.raw.trim().toLowerCase();
      return show(exact ? [] : values, true);
    }
    const text = textarea.value;
    const partial = parsed.partialName;
    const from = text.length - partial.length;
    const lead = from > 0 && !/\s$/.test(text.slice(0, from)) ? ' ' : '';
    return show(
      remainingOptions(parsed, partial).map((o) => ({
        label: o.name,
        detail: `${o.description ?? ''}${o.required ? ' (required)' : ''}`,
        apply: () => replaceFrom(from, `${lead}${o.name}:`),
      })),
      false,
    );
  }

  async function send() {
    const text = textarea.value;
    if (text.trim() === '') return;
    if (!text.startsWith('/')) {
      setText('');
      context.following();
      const answer = await context.post('/ui/messages', {
        channelId: context.channelId(),
        userId: context.me(),
        content: text,
      });
      if (!answer.ok) {
        setText(text);
        showError(answer.error ?? 'The message was not sent.');
      }
      return;
    }
    const parsed = parse();
    const invocation = buildInvocation(parsed, context.directory());
    if (!invocation.ok) return showError(invocation.error);
    try {
      await uploadFiles(invocation.options, files, (body) =>
        context.post('/ui/attachments', { channelId: context.channelId(), ...body }),
      );
    } catch (failure) {
      return showError(failure instanceof Error ? failure.message : String(failure));
    }
    setText('');
    files.clear();
    const done = context.pending(`Sending ${commandLabel(parsed)}…`);
    try {
      const answer = await context.post('/ui/commands', {
        channelId: context.channelId(),
        userId: context.me(),
        name: invocation.name,
        subcommand: invocation.subcommand ?? null,
        options: invocation.options.map(({ name, value }) => ({ name, value })),
      });
      if (!answer.ok) context.notice(answer.error ?? 'The command could not be sent.');
    } finally {
      done();
    }
  }

  textarea.addEventListener('input', () => {
    resize();
    update();
  });
  textarea.addEventListener('keydown', (event) => {
    const open = suggestions.open;
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      suggestions.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (open && event.key === 'Tab' && !event.shiftKey) {
      event.preventDefault();
      suggestions.take();
    } else if (open && event.key === 'Escape') {
      event.preventDefault();
      show([], false);
    } else if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (open && suggestions.highlighted && !isTypedInFull(parse())) suggestions.take();
      else void send();
    }
  });
  textarea.addEventListener('blur', () => window.setTimeout(() => show([], false), 150));
  textarea.addEventListener('focus', () => update());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file || !fileOption) return;
    files.set(fileOption, file);
    const parsed = parse();
    const typed = parsed.typed.find((t) => t.def.name === fileOption);
    if (typed) replaceFrom(typed.start + fileOption.length + 1, `${file.name} `);
  });

  return {
    setText,
    focus: () => textarea.focus(),
    /** Called when the channel changes: the box says where the message goes. */
    relabel: () => {
      textarea.placeholder = `Message #${context.channelName()} — type / for commands`;
      textarea.setAttribute('aria-label', `Message #${context.channelName()}`);
    },
  };
}
