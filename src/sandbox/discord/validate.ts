/** Discord's form-body validation for messages and application commands (400, code 50035, nested errors). */

export interface FieldError {
  code: string;
  message: string;
}
/** Nested like Discord's `errors`: path segments as keys, `_errors` at the leaves. */
export interface ErrorTree {
  [key: string]: ErrorTree | FieldError[];
}

export class FormErrors {
  readonly tree: ErrorTree = {};
  count = 0;

  add(path: (string | number)[], code: string, message: string): void {
    let node: ErrorTree = this.tree;
    for (const segment of path) {
      const key = String(segment);
      const next = node[key];
      if (next === undefined || Array.isArray(next)) node[key] = {};
      node = node[key] as ErrorTree;
    }
    const list = (node._errors as FieldError[] | undefined) ?? [];
    list.push({ code, message });
    node._errors = list;
    this.count++;
  }

  maxLength(path: (string | number)[], value: unknown, max: number): void {
    if (typeof value === 'string' && value.length > max) {
      this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
    }
  }

  required(path: (string | number)[], value: unknown): boolean {
    if (value === undefined || value === null || value === '') {
      this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
      return false;
    }
    return true;
  }
}

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
const len = (v: unknown): number => (typeof v === 'string' ? v.length : 0);

function validateEmbeds(embeds: unknown, errors: FormErrors): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    errors.add(['embeds'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (embeds.length > 10) errors.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  embeds.forEach((raw, i) => {
    const embed = asRecord(raw);
    const at = (...rest: (string | number)[]) => ['embeds', i, ...rest];
    errors.maxLength(at('title'), embed.title, 256);
    errors.maxLength(at('description'), embed.description, 4096);
    const footer = asRecord(embed.footer);
    const author = asRecord(embed.author);
    errors.maxLength(at('footer', 'text'), footer.text, 2048);
    errors.maxLength(at('author', 'name'), author.name, 256);
    total += len(embed.title) + len(embed.description) + len(footer.text) + len(author.name);
    const fields = embed.fields;
    if (Array.isArray(fields)) {
      if (fields.length > 25)
        errors.add(at('fields'), 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      fields.forEach((rawField, j) => {
        const field = asRecord(rawField);
        if (errors.required(at('fields', j, 'name'), field.name))
          errors.maxLength(at('fields', j, 'name'), field.name, 256);
        if (errors.required(at('fields', j, 'value'), field.value)) {
          errors.maxLength(at('fields', j, 'value'), field.value, 1024);
        }
        total += len(field.name) + len(field.value);
      });
    }
  });
  if (total > 6000)
    errors.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
}

const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);

function validateComponents(components: unknown, errors: FormErrors, isV2: boolean): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    errors.add(['components'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (isV2) return; // Components V2 layouts are accepted as sent; NewsBrief uses classic action rows.
  if (components.length > 5)
    errors.add(['components'], 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  components.forEach((rawRow, i) => {
    const row = asRecord(rawRow);
    if (row.type !== 1) {
      errors.add(
        ['components', i, 'type'],
        'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        'Top-level components must be action rows',
      );
      return;
    }
    const children = Array.isArray(row.components) ? row.components : [];
    if (children.length === 0 || children.length > 5) {
      errors.add(
        ['components', i, 'components'],
        'BASE_TYPE_BAD_LENGTH',
        'Must be between 1 and 5 in length.',
      );
    }
    children.forEach((rawChild, j) => {
      const child = asRecord(rawChild);
      const at = (...rest: string[]) => ['components', i, 'components', j, ...rest];
      if (child.type === 2) {
        const isLink = child.style === 5;
        if (isLink && typeof child.url !== 'string')
          errors.add(at('url'), 'BASE_TYPE_REQUIRED', 'This field is required');
        if (!isLink && child.style !== 6) errors.required(at('custom_id'), child.custom_id);
        errors.maxLength(at('label'), child.label, 80);
      } else if (typeof child.type === 'number' && SELECT_TYPES.has(child.type)) {
        if (children.length > 1) {
          errors.add(
            at(),
            'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
            'The specified component exceeds the maximum width',
          );
        }
        errors.required(at('custom_id'), child.custom_id);
        if (Array.isArray(child.options) && child.options.length > 25) {
          errors.add(at('options'), 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
        }
      } else {
        errors.add(at('type'), 'UNION_TYPE_CHOICES', 'Value must be one of the supported component types.');
      }
      errors.maxLength(at('custom_id'), child.custom_id, 100);
    });
  });
}

/** Validates a message create/edit body. `isCreate` adds the "empty message" rule. */
export function validateMessageBody(
  body: Record<string, unknown>,
  fileCount: number,
  isCreate: boolean,
): FormErrors {
  const errors = new FormErrors();
  errors.maxLength(['content'], body.content, 2000);
  validateEmbeds(body.embeds, errors);
  const flags = typeof body.flags === 'number' ? body.flags : Number(body.flags ?? 0);
  validateComponents(body.components, errors, (flags & (1 << 15)) !== 0);
  if (typeof body.nonce === 'string') errors.maxLength(['nonce'], body.nonce, 25);
  if (isCreate && errors.count === 0) {
    const hasContent = typeof body.content === 'string' && body.content.length > 0;
    const hasEmbeds = Array.isArray(body.embeds) && body.embeds.length > 0;
    const hasComponents = Array.isArray(body.components) && body.components.length > 0;
    const hasStickers = Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0;
    if (!hasContent && !hasEmbeds && !hasComponents && !hasStickers && fileCount === 0 && !body.poll) {
      errors.count = -1; // signals 50006 rather than 50035
    }
  }
  return errors;
}

const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function validateCommandOptions(options: unknown, path: (string | number)[], errors: FormErrors): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) {
    errors.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (options.length > 25) errors.add(path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  options.forEach((raw, i) => {
    const option = asRecord(raw);
    const name = option.name;
    if (typeof name !== 'string' || !NAME_PATTERN.test(name) || name !== name.toLowerCase()) {
      errors.add([...path, i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    }
    const description = option.description;
    if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
      errors.add([...path, i, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (Array.isArray(option.choices) && option.choices.length > 25) {
      errors.add([...path, i, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    }
    validateCommandOptions(option.options, [...path, i, 'options'], errors);
  });
}

/** Validates a bulk-overwrite (PUT) body of application commands. */
export function validateCommands(body: unknown): FormErrors {
  const errors = new FormErrors();
  if (!Array.isArray(body)) {
    errors.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return errors;
  }
  body.forEach((raw, i) => {
    const command = asRecord(raw);
    const type = typeof command.type === 'number' ? command.type : 1;
    const name = command.name;
    const nameOk =
      typeof name === 'string' &&
      (type === 1
        ? NAME_PATTERN.test(name) && name === name.toLowerCase()
        : name.length >= 1 && name.length <= 32);
    if (!nameOk) errors.add([i, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
    const description = typeof command.description === 'string' ? command.description : '';
    if (type === 1 && (description.length < 1 || description.length > 100)) {
      errors.add([i, 'description'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    }
    if (type !== 1 && description.length > 0) {
      errors.add(
        [i, 'description'],
        'APPLICATION_COMMAND_DESCRIPTION_NOT_EMPTY',
        'Context menu commands cannot have a description',
      );
    }
    validateCommandOptions(command.options, [i, 'options'], errors);
  });
  return errors;
}
