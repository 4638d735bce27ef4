// Discord's message Markdown turned into HTML for the sandbox page: bold, italics, underline,
// strike-through, spoilers, inline code and code blocks, masked and bare links, headings,
// block quotes, lists, and Discord's mention and timestamp tokens (<@id>, <#id>, <t:unix:R>).
// Everything a bot or member wrote is escaped first; only the tags made here are HTML, and links
// are kept only when they are http(s).

/**
 * @typedef {{ user?: (id: string) => string | undefined, channel?: (id: string) => string | undefined,
 *   now?: number, locale?: string, timeZone?: string }} MarkdownContext
 */

/** @param {string} text */
export function escapeHtml(text) {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** @param {string} url */
const isWebLink = (url) => /^https?:\/\/[^\s]+$/i.test(url);

/** @param {string} url @param {string} labelHtml */
const linkHtml = (url, labelHtml) =>
  `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer nofollow">${labelHtml}</a>`;

const RELATIVE_UNITS = /** @type {const} */ ([
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]);

/**
 * A Discord timestamp as the app shows it, in the reader's own time zone.
 * @param {number} unixSeconds
 * @param {string} style one of t T d D f F R
 * @param {MarkdownContext} [context]
 */
export function formatTimestamp(unixSeconds, style, context = {}) {
  const date = new Date(unixSeconds * 1000);
  const locale = context.locale ?? 'en-GB';
  const base = context.timeZone ? { timeZone: context.timeZone } : {};
  /** @type {Record<string, Intl.DateTimeFormatOptions>} */
  const styles = {
    t: { hour: '2-digit', minute: '2-digit' },
    T: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
    d: { day: '2-digit', month: '2-digit', year: 'numeric' },
    D: { day: 'numeric', month: 'long', year: 'numeric' },
    f: { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' },
    F: {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    },
  };
  if (style === 'R') {
    const seconds = Math.round((date.getTime() - (context.now ?? Date.now())) / 1000);
    const [unit, size] = RELATIVE_UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
    return new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(Math.round(seconds / size), unit);
  }
  return new Intl.DateTimeFormat(locale, { ...base, ...(styles[style] ?? styles.f) }).format(date);
}

/** Inline emphasis on text that is already escaped. @param {string} html */
function emphasis(html) {
  return html
    .replace(/\*\*\*(?=\S)([\s\S]*?\S)\*\*\*/g, '<strong><em>$1</em></strong>')
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/__(?=\S)([\s\S]*?\S)__/g, '<u>$1</u>')
    .replace(/(^|[^*\w])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1<em>$2</em>')
    .replace(/(^|[^_\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1<em>$2</em>')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<s>$1</s>')
    .replace(/\|\|(?=\S)([\s\S]*?\S)\|\|/g, '<span class="spoiler" tabindex="0">$1</span>');
}

/**
 * @param {string} source
 * @param {MarkdownContext} [context]
 * @param {{ inline?: boolean }} [options] inline: no headings, quotes or lists (embed titles)
 * @returns {string} HTML
 */
export function renderMarkdown(source, context = {}, options = {}) {
  /** @type {string[]} */
  const held = [];
  /** @param {string} html */
  const hold = (html) => `\uE000${held.push(html) - 1}\uE000`;
  let text = source.replace(/\uE000/g, '');

  text = text.replace(/```(?:([\w+-]+)\n)?([\s\S]*?)```/g, (_m, _lang, code) =>
    hold(`<pre><code>${escapeHtml(String(code).replace(/^\n|\n$/g, ''))}</code></pre>`),
  );
  text = text.replace(/`([^`\n]+)`/g, (_m, code) => hold(`<code>${escapeHtml(code)}</code>`));
  // A backslash before ASCII punctuation shows the character itself, as Discord does.
  text = text.replace(/\\([!-/:-@[-`{-~])/g, (_m, char) => hold(escapeHtml(char)));
  text = text.replace(/<@!?(\d+)>/g, (_m, id) =>
    hold(`<span class="mention">@${escapeHtml(context.user?.(id) ?? 'unknown-user')}</span>`),
  );
  text = text.replace(/<#(\d+)>/g, (_m, id) =>
    hold(`<span class="mention">#${escapeHtml(context.channel?.(id) ?? 'unknown-channel')}</span>`),
  );
  text = text.replace(/<@&(\d+)>/g, () => hold('<span class="mention">@role</span>'));
  text = text.replace(/<t:(-?\d+)(?::([tTdDfFR]))?>/g, (_m, unix, style) => {
    const seconds = Number(unix);
    const full = formatTimestamp(seconds, 'F', context);
    const shown = formatTimestamp(seconds, style ?? 'f', context);
    const iso = new Date(seconds * 1000).toISOString();
    return hold(`<time datetime="${iso}" title="${escapeHtml(full)}">${escapeHtml(shown)}</time>`);
  });
  text = text.replace(/\[([^\]\n]+)\]\(<?(https?:\/\/[^\s)>]+)>?\)/g, (match, label, url) =>
    isWebLink(url) ? hold(linkHtml(url, emphasis(escapeHtml(label)))) : match,
  );
  text = text.replace(/<(https?:\/\/[^\s>]+)>/g, (_m, url) => hold(linkHtml(url, escapeHtml(url))));
  text = text.replace(/https?:\/\/[^\s<>"]*[^\s<>".,:;'!?)\]]/g, (url) =>
    hold(linkHtml(url, escapeHtml(url))),
  );

  const html = options.inline ? emphasis(escapeHtml(text)).replace(/\n/g, '<br>') : blocks(text);
  return html.replace(/\uE000(\d+)\uE000/g, (_m, index) => held[Number(index)] ?? '');
}

/** Line-level Markdown: headings, subtext, block quotes and lists; other lines joined by <br>. @param {string} text */
function blocks(text) {
  /** @type {string[]} */
  const out = [];
  /** @type {string[]} */
  let quote = [];
  /** @type {string[]} */
  let list = [];
  const flush = () => {
    if (quote.length > 0) out.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
    if (list.length > 0) out.push(`<ul>${list.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    quote = [];
    list = [];
  };
  /** @type {string[]} */
  let paragraph = [];
  const flushParagraph = () => {
    if (paragraph.length > 0) out.push(`<span class="md-lines">${paragraph.join('<br>')}</span>`);
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    const inline = (/** @type {string} */ part) => emphasis(escapeHtml(part));
    const heading = /^(#{1,3}) (.+)$/.exec(line);
    const quoted = /^>(?: (.*))?$/.exec(line);
    const item = /^\s*[-*] (.+)$/.exec(line);
    const subtext = /^-# (.+)$/.exec(line);
    if (quoted) {
      flushParagraph();
      if (list.length > 0) flush();
      quote.push(inline(quoted[1] ?? ''));
    } else if (subtext) {
      flushParagraph();
      flush();
      out.push(`<small class="md-subtext">${inline(subtext[1] ?? '')}</small>`);
    } else if (item) {
      flushParagraph();
      if (quote.length > 0) flush();
      list.push(inline(item[1] ?? ''));
    } else if (heading) {
      flushParagraph();
      flush();
      const level = (heading[1] ?? '#').length;
      out.push(`<strong class="md-h${level}">${inline(heading[2] ?? '')}</strong>`);
    } else {
      flush();
      paragraph.push(inline(line));
    }
  }
  flushParagraph();
  flush();
  return out.join('');
}
