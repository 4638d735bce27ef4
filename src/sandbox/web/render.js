// Draws messages the way Discord does: author and time, "X used /command" above an answer,
// Markdown content, embeds (colour bar, author, linked title, description, fields, image,
// thumbnail, footer), buttons, the "thinking…" state of a deferred answer, and the
// "Only you can see this" line of an ephemeral one.
import { escapeHtml, formatTimestamp, renderMarkdown } from './markdown.js';

export const EPHEMERAL = 64;
export const LOADING = 128;

/**
 * @typedef {{ id: string, username: string, global_name?: string | null, bot?: boolean }} User
 * @typedef {{ name: string, value: string, inline?: boolean }} EmbedField
 * @typedef {{ title?: string, description?: string, url?: string, color?: number, timestamp?: string,
 *   fields?: EmbedField[], footer?: { text: string, icon_url?: string },
 *   author?: { name: string, url?: string, icon_url?: string },
 *   thumbnail?: { url: string }, image?: { url: string } }} Embed
 * @typedef {{ type: number, style?: number, label?: string, custom_id?: string, url?: string,
 *   disabled?: boolean, emoji?: { name?: string }, components?: Component[] }} Component
 * @typedef {{ id: string, channel_id: string, content: string, embeds: Embed[], components: Component[],
 *   author: User, timestamp: string, edited_timestamp: string | null, flags: number, type: number,
 *   interaction?: { name: string, type: number, user: User } }} Message
 * @typedef {{ me: string, markdown: import('./markdown.js').MarkdownContext,
 *   onButton: (message: Message, button: Component, element: HTMLButtonElement) => void,
 *   onMore: (message: Message, anchor: HTMLElement) => void,
 *   onDismiss: (message: Message) => void }} View
 */

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} [className]
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** @param {HTMLElement} element @param {string} html made by renderMarkdown (escaped) */
function setMarkdown(element, html) {
  element.innerHTML = html;
  return element;
}

/** @param {User} user */
export const displayName = (user) => user.global_name || user.username;

/** A letter in a coloured circle, as Discord's default avatars. @param {User} user */
export function avatar(user, className = 'avatar') {
  // The letter is drawn by CSS (data-initial), so it is not part of the text people or tests read.
  const element = el('div', className);
  element.dataset.initial = displayName(user).slice(0, 1).toUpperCase();
  element.setAttribute('aria-hidden', 'true');
  const hue = [...user.id].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) % 360, 7);
  element.style.setProperty('--avatar-hue', String(user.bot ? 235 : hue));
  return element;
}

/** @param {string | undefined} url */
const webUrl = (url) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** @param {string} url @param {string} className */
function image(url, className) {
  const img = el('img', className);
  img.src = url;
  img.alt = '';
  img.loading = 'lazy';
  img.referrerPolicy = 'no-referrer';
  img.addEventListener('error', () => img.remove());
  return img;
}

/** @param {Embed} embed @param {View} view */
export function renderEmbed(embed, view) {
  const box = el('article', 'embed');
  box.style.setProperty('--embed-color', `#${(embed.color ?? 0x1e1f22).toString(16).padStart(6, '0')}`);
  const main = el('div', 'embed-main');
  if (embed.author?.name) {
    const author = el('div', 'embed-author');
    const icon = webUrl(embed.author.icon_url);
    if (icon) author.append(image(icon, 'embed-author-icon'));
    const url = webUrl(embed.author.url);
    const name = url ? el('a', '', embed.author.name) : el('span', '', embed.author.name);
    if (url && name instanceof HTMLAnchorElement)
      Object.assign(name, { href: url, target: '_blank', rel: 'noopener noreferrer' });
    author.append(name);
    main.append(author);
  }
  if (embed.title) {
    const title = el('h4', 'embed-title');
    const html = renderMarkdown(embed.title, view.markdown, { inline: true });
    const url = webUrl(embed.url);
    if (url) {
      const link = el('a');
      Object.assign(link, { href: url, target: '_blank', rel: 'noopener noreferrer' });
      title.append(setMarkdown(link, html));
    } else setMarkdown(title, html);
    main.append(title);
  }
  if (embed.description)
    main.append(
      setMarkdown(el('div', 'embed-description markdown'), renderMarkdown(embed.description, view.markdown)),
    );
  if (embed.fields && embed.fields.length > 0) {
    const fields = el('div', 'embed-fields');
    for (const field of embed.fields) {
      const box = el('div', field.inline ? 'embed-field inline' : 'embed-field');
      box.append(
        setMarkdown(
          el('div', 'embed-field-name'),
          renderMarkdown(field.name, view.markdown, { inline: true }),
        ),
      );
      box.append(
        setMarkdown(el('div', 'embed-field-value markdown'), renderMarkdown(field.value, view.markdown)),
      );
      fields.append(box);
    }
    main.append(fields);
  }
  const picture = webUrl(embed.image?.url);
  if (picture) main.append(image(picture, 'embed-image'));
  if (embed.footer?.text || embed.timestamp) {
    const footer = el('footer', 'embed-footer');
    const icon = webUrl(embed.footer?.icon_url);
    if (icon) footer.append(image(icon, 'embed-footer-icon'));
    const parts = [
      embed.footer?.text,
      embed.timestamp ? formatTimestamp(Date.parse(embed.timestamp) / 1000, 'f', view.markdown) : undefined,
    ];
    footer.append(el('span', '', parts.filter(Boolean).join(' • ')));
    main.append(footer);
  }
  box.append(main);
  const thumbnail = webUrl(embed.thumbnail?.url);
  if (thumbnail) box.append(image(thumbnail, 'embed-thumbnail'));
  return box;
}

const BUTTON_STYLES = ['', 'primary', 'secondary', 'success', 'danger', 'link', 'premium'];

/** @param {Message} message @param {View} view */
function renderComponents(message, view) {
  const rows = el('div', 'components');
  for (const row of message.components) {
    const line = el('div', 'action-row');
    for (const component of row.components ?? []) {
      const label =
        `${component.emoji?.name ? `${component.emoji.name} ` : ''}${component.label ?? ''}`.trim();
      if (component.type === 2 && component.style === 5 && webUrl(component.url)) {
        const link = el('a', 'button link', `${label} ↗`);
        Object.assign(link, { href: component.url, target: '_blank', rel: 'noopener noreferrer' });
        line.append(link);
      } else if (component.type === 2) {
        const button = el('button', `button ${BUTTON_STYLES[component.style ?? 2] ?? 'secondary'}`, label);
        button.type = 'button';
        button.disabled = Boolean(component.disabled);
        button.addEventListener('click', () => view.onButton(message, component, button));
        line.append(button);
      } else {
        line.append(el('span', 'unsupported', 'This kind of component is not shown in the sandbox.'));
      }
    }
    rows.append(line);
  }
  return rows;
}

/** @param {string} iso */
function shortTime(iso) {
  const date = new Date(iso);
  const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(date);
  const today = new Date().toDateString() === date.toDateString();
  return today ? `Today at ${time}` : `${date.toLocaleDateString()} ${time}`;
}

/** @param {Message} message @param {View} view @returns {HTMLLIElement} */
export function renderMessage(message, view) {
  const ephemeral = (message.flags & EPHEMERAL) !== 0;
  const loading = (message.flags & LOADING) !== 0;
  const item = el('li', `message${ephemeral ? ' ephemeral' : ''}${loading ? ' loading' : ''}`);
  item.id = `message-${message.id}`;
  item.dataset.messageId = message.id;
  item.tabIndex = -1;
  if (message.interaction && message.interaction.type === 2) {
    const used = el('div', 'used-command');
    used.append(avatar(message.interaction.user, 'avatar-mini'));
    used.append(el('span', 'used-by', displayName(message.interaction.user)));
    used.append(document.createTextNode(' used '));
    // Slash-command answers (type 20) show "/name"; context-menu answers (type 23) the menu entry.
    const name = message.type === 23 ? message.interaction.name : `/${message.interaction.name}`;
    used.append(el('span', 'command-name', name));
    item.append(used);
  }
  item.append(avatar(message.author));
  const body = el('div', 'message-body');
  const header = el('h3', 'message-header');
  header.append(el('span', 'author', displayName(message.author)));
  if (message.author.bot) header.append(el('span', 'bot-tag', 'APP'));
  const time = el('time', 'message-time', shortTime(message.timestamp));
  time.dateTime = message.timestamp;
  header.append(time);
  body.append(header);
  if (loading) {
    body.append(el('div', 'content thinking', `${displayName(message.author)} is thinking…`));
  } else if (message.content) {
    const content = setMarkdown(
      el('div', 'content markdown'),
      renderMarkdown(message.content, view.markdown),
    );
    if (message.edited_timestamp) content.append(el('span', 'edited', ' (edited)'));
    body.append(content);
  }
  if (!loading && message.embeds.length > 0) {
    const embeds = el('div', 'embeds');
    for (const embed of message.embeds) embeds.append(renderEmbed(embed, view));
    body.append(embeds);
  }
  if (!loading && message.components.length > 0) body.append(renderComponents(message, view));
  if (ephemeral) {
    const note = el('div', 'ephemeral-note');
    note.append(el('span', 'eye', '👁'), document.createTextNode(' Only you can see this · '));
    const dismiss = el('button', 'link-button', 'Dismiss message');
    dismiss.type = 'button';
    dismiss.addEventListener('click', () => view.onDismiss(message));
    note.append(dismiss);
    body.append(note);
  }
  item.append(body);
  const more = el('button', 'message-more', '⋯');
  more.type = 'button';
  more.setAttribute('aria-label', 'More message actions');
  more.setAttribute('aria-haspopup', 'menu');
  more.addEventListener('click', () => view.onMore(message, more));
  item.append(more);
  item.addEventListener('contextmenu', (event) => {
    event.preventDefault();
    view.onMore(message, item);
  });
  return item;
}

/** A line only this page shows (a refused command, a send failure), styled like Discord's own notices. @param {string} text */
export function renderNotice(text) {
  const item = el('li', 'message ephemeral notice');
  item.setAttribute('role', 'status');
  const body = el('div', 'message-body');
  const header = el('h3', 'message-header');
  header.append(el('span', 'author', 'Sandbox'));
  body.append(header, setMarkdown(el('div', 'content markdown'), escapeHtml(text)));
  const note = el('div', 'ephemeral-note', '👁 Only you can see this');
  body.append(note);
  item.append(body);
  return item;
}
