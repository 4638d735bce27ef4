// What the message box offers for the value of the option being typed (choices, True/False,
// channels, members, a file picker), and the upload of chosen files when a command is sent.
import { OptionType } from './commands.js';

/**
 * @typedef {import('./suggestion-list.js').Suggestion} Suggestion
 * @typedef {{ choose: (valueStart: number, value: string) => void, fileName: (option: string) => string | undefined,
 *   chooseFile: (option: string) => void }} ValueActions
 */

/**
 * @param {import('./commands.js').Parsed} parsed
 * @param {import('./commands.js').Directory} directory
 * @param {ValueActions} actions
 * @returns {Suggestion[]}
 */
export function suggestValues(parsed, directory, actions) {
  const focused = parsed.focused;
  if (!focused) return [];
  const def = focused.def;
  const valueStart = focused.start + def.name.length + 1;
  const typed = focused.raw.trim().toLowerCase();
  /** @param {string} label @param {string} value @returns {Suggestion} */
  const choose = (label, value) => ({ label, apply: () => actions.choose(valueStart, value) });
  if (def.choices?.length) {
    return def.choices
      .filter(
        (c) => c.name.toLowerCase().startsWith(typed) || String(c.value).toLowerCase().startsWith(typed),
      )
      .map((c) => choose(c.name, c.name));
  }
  switch (def.type) {
    case OptionType.Boolean:
      return ['True', 'False'].filter((b) => b.toLowerCase().startsWith(typed)).map((b) => choose(b, b));
    case OptionType.Channel:
      return directory.channels
        .filter((c) => `#${c.name}`.startsWith(typed) || c.name.startsWith(typed))
        .map((c) => choose(`#${c.name}`, `#${c.name}`));
    case OptionType.User:
    case OptionType.Mentionable:
      return directory.members
        .filter((m) => m.name.toLowerCase().startsWith(typed.replace(/^@/, '')))
        .map((m) => choose(`@${m.name}`, `@${m.name}`));
    case OptionType.Attachment: {
      const chosen = actions.fileName(def.name);
      const label = chosen ? `Choose another file (now ${chosen})` : 'Choose a file…';
      return [{ label, detail: def.description, apply: () => actions.chooseFile(def.name) }];
    }
    default:
      return [];
  }
}

/**
 * Uploads the file chosen for each attachment option and puts its attachment id in the option.
 * @param {{ name: string, value: string | number | boolean, type: number }[]} options
 * @param {Map<string, File>} files chosen files by option name
 * @param {(body: { filename: string, contentBase64: string }) => Promise<any>} upload
 */
export async function uploadFiles(options, files, upload) {
  for (const option of options) {
    if (option.type !== OptionType.Attachment) continue;
    const file = files.get(option.name);
    if (!file || file.name !== option.value)
      throw new Error(`Choose the file for ${option.name}: type ${option.name}: and pick one.`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const uploaded = await upload({ filename: file.name, contentBase64: btoa(binary) });
    if (!uploaded.ok) throw new Error(uploaded.error ?? 'The file could not be uploaded.');
    option.value = uploaded.id;
  }
}
