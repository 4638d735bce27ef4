// The sandbox page: a Discord-like channel view of the local Discord server. It loads the state
// once, follows every message change live (server-sent events), and sends what the person does
// (messages, commands, button clicks, the message menu) to the sandbox, which forwards it to the
// bot as the Discord app would.
import { createComposer } from './composer.js';
import { followLive, post } from './live.js';
import { createMenu } from './menu.js';
import { EPHEMERAL, el, renderMessage, renderNotice } from './render.js';
import { renderChannelList, renderMembers } from './sidebar.js';
import { renderWelcome } from './welcome.js';

/**
 * @typedef {import('./render.js').Message} Message
 * @typedef {{ id: string, name: string, topic: string }} Channel
 * @typedef {{ id: string, name: string, role: 'Admin' | 'Member' }} Member
 * @typedef {{ guild: { id: string, name: string }, channels: Channel[], members: Member[],
 *   bot: { id: string, name: string }, commands: import('./commands.js').CommandDef[], messages: Message[],
 *   samples: { articles: { title: string, site: string, url: string }[], feedUrl: string, text: string } }} SandboxState
 */

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const ui = {
  app: byId('app'),
  channelList: byId('channel-list'),
  channelName: byId('channel-name'),
  channelTopic: byId('channel-topic'),
  identity: /** @type {HTMLSelectElement} */ (byId('identity')),
  members: byId('members-panel'),
  scroller: byId('scroller'),
  welcome: byId('welcome'),
  messages: byId('messages'),
  menu: byId('message-menu'),
  connection: byId('connection'),
};

const page = {
  /** @type {SandboxState | null} */
  state: null,
  /** @type {Map<string, Message>} */
  messages: new Map(),
  channelId: '',
  me: '',
  /** Ephemeral answers the member dismissed. */
  dismissed: new Set(),
  /** Channels with messages not seen yet. */
  unread: new Set(),
  /** Notices only this page shows, per channel. @type {{ channelId: string, text: string, at: string }[]} */
  notices: [],
  /** "Sending /x…" lines, per channel. @type {{ channelId: string, text: string, key: number }[]} */
  pending: [],
  /** After the member sends something, the view follows the channel's end until they scroll away. */
  following: false,
};

const state = () => /** @type {SandboxState} */ (page.state);
const channel = () => state().channels.find((c) => c.id === page.channelId) ?? state().channels[0];
const memberName = (/** @type {string} */ id) =>
  state().members.find((m) => m.id === id)?.name ?? (id === state().bot.id ? state().bot.name : undefined);

/** What this member sees: everyone's messages, and ephemeral answers only to them. @param {Message} message */
function visible(message) {
  if (page.dismissed.has(message.id)) return false;
  if ((message.flags & EPHEMERAL) === 0) return true;
  return message.interaction?.user.id === page.me;
}

const view = {
  get me() {
    return page.me;
  },
  get markdown() {
    return {
      user: memberName,
      channel: (/** @type {string} */ id) => state().channels.find((c) => c.id === id)?.name,
    };
  },
  /** @param {Message} message @param {import('./render.js').Component} button @param {HTMLButtonElement} element */
  async onButton(message, button, element) {
    element.disabled = true;
    const answer = await post('/ui/buttons', {
      messageId: message.id,
      customId: button.custom_id,
      userId: page.me,
    });
    if (!answer.ok) addNotice(answer.error ?? 'This interaction failed.');
    element.disabled = Boolean(button.disabled);
  },
  /** @param {Message} message @param {HTMLElement} anchor */
  onMore(message, anchor) {
    openMenu(message, anchor);
  },
  /** @param {Message} message */
  onDismiss(message) {
    page.dismissed.add(message.id);
    renderChannel();
  },
};

function nearBottom() {
  return ui.scroller.scrollHeight - ui.scroller.scrollTop - ui.scroller.clientHeight < 120;
}

function renderChannel() {
  if (!page.state) return;
  const stick = page.following || nearBottom();
  const current = channel();
  ui.channelName.textContent = current?.name ?? '';
  ui.channelTopic.textContent = current?.topic ?? '';
  document.title = `#${current?.name ?? ''} · NewsBrief sandbox`;
  ui.messages.setAttribute('aria-label', `Messages in #${current?.name ?? ''}`);
  ui.welcome.replaceChildren(...renderWelcome(state(), current, composerActions));
  /** @type {{ at: string, order: string, node: HTMLElement }[]} */
  const rows = [];
  for (const message of page.messages.values()) {
    if (message.channel_id !== page.channelId || !visible(message)) continue;
    rows.push({
      at: message.timestamp,
      order: message.id.padStart(24, '0'),
      node: renderMessage(message, view),
    });
  }
  for (const notice of page.notices) {
    if (notice.channelId === page.channelId)
      rows.push({ at: notice.at, order: '', node: renderNotice(notice.text) });
  }
  rows.sort((a, b) => a.at.localeCompare(b.at) || a.order.localeCompare(b.order));
  const pending = page.pending
    .filter((p) => p.channelId === page.channelId)
    .map((p) => el('li', 'message pending', p.text));
  ui.messages.replaceChildren(...rows.map((r) => r.node), ...pending);
  if (stick) ui.scroller.scrollTop = ui.scroller.scrollHeight;
  drawChannelList();
}

function drawChannelList() {
  if (!page.state) return;
  renderChannelList(ui.channelList, state().channels, {
    current: page.channelId,
    unread: page.unread,
    onChoose: switchChannel,
  });
}

/** @param {string} channelId */
function switchChannel(channelId) {
  page.channelId = channelId;
  page.unread.delete(channelId);
  ui.app.classList.remove('show-channels');
  byId('toggle-channels').setAttribute('aria-expanded', 'false');
  composer.relabel();
  renderChannel();
  ui.scroller.scrollTop = ui.scroller.scrollHeight;
}

/** @param {string} memberId */
function switchIdentity(memberId) {
  page.me = memberId;
  ui.identity.value = memberId;
  renderMembers(ui.members, state(), page.me);
  renderChannel();
}

/** @param {string} text */
function addNotice(text) {
  page.notices.push({ channelId: page.channelId, text, at: new Date().toISOString() });
  renderChannel();
}

let pendingKey = 0;
/** @param {string} text */
function addPending(text) {
  const key = ++pendingKey;
  page.following = true;
  page.pending.push({ channelId: page.channelId, text, key });
  renderChannel();
  return () => {
    page.pending = page.pending.filter((p) => p.key !== key);
    renderChannel();
  };
}

const menu = createMenu(ui.menu);

/** The message menu's Apps: the message context-menu commands the bot registered. @param {Message} message @param {HTMLElement} anchor */
function openMenu(message, anchor) {
  const apps = state().commands.filter((c) => c.type === 3);
  menu.open(
    anchor,
    'Apps',
    apps.map((command) => ({
      label: command.name,
      run: async () => {
        const done = addPending(`Sending ${command.name}…`);
        const answer = await post('/ui/context-menu', {
          messageId: message.id,
          userId: page.me,
          name: command.name,
        });
        done();
        if (!answer.ok) addNotice(answer.error ?? 'This interaction failed.');
      },
    })),
  );
}

const composer = createComposer(
  {
    textarea: /** @type {HTMLTextAreaElement} */ (byId('message-input')),
    list: byId('suggestions'),
    error: byId('composer-error'),
    fileInput: /** @type {HTMLInputElement} */ (byId('file-input')),
  },
  {
    commands: () => state().commands,
    directory: () => ({
      channels: state().channels,
      members: state().members,
    }),
    channelId: () => page.channelId,
    channelName: () => channel()?.name ?? '',
    me: () => page.me,
    post,
    notice: addNotice,
    pending: addPending,
    following: () => (page.following = true),
  },
);

const composerActions = {
  /** @param {string} text @param {{ as?: 'Admin' | 'Member', channel?: string }} [options] */
  fill(text, options = {}) {
    const who = options.as ? state().members.find((m) => m.role === options.as) : undefined;
    if (who) switchIdentity(who.id);
    const target = options.channel ? state().channels.find((c) => c.name === options.channel) : undefined;
    if (target) switchChannel(target.id);
    composer.setText(text);
    composer.focus();
  },
};

/** @param {Message} message */
function upsert(message) {
  page.messages.set(message.id, message);
  if (message.channel_id !== page.channelId && visible(message)) page.unread.add(message.channel_id);
}

async function loadState() {
  const response = await fetch('/ui/state');
  page.state = /** @type {SandboxState} */ (await response.json());
  page.messages = new Map(state().messages.map((m) => [m.id, m]));
  if (!state().channels.some((c) => c.id === page.channelId)) page.channelId = state().channels[0]?.id ?? '';
  if (!state().members.some((m) => m.id === page.me)) page.me = state().members[0]?.id ?? '';
  ui.identity.replaceChildren(
    ...state().members.map((m) => {
      const option = el(
        'option',
        '',
        `${m.name} (${m.role === 'Admin' ? 'admin: Manage Server' : 'member'})`,
      );
      option.value = m.id;
      return option;
    }),
  );
  ui.identity.value = page.me;
  byId('guild-name').textContent = state().guild.name;
  composer.relabel();
  renderMembers(ui.members, state(), page.me);
  renderChannel();
}

ui.identity.addEventListener('change', () => switchIdentity(ui.identity.value));
// Scrolling by hand (wheel, touch, keys) stops following the channel's end.
for (const event of ['wheel', 'touchmove', 'keydown']) {
  ui.scroller.addEventListener(event, () => (page.following = false), { passive: true });
}
/** @type {[string, string][]} */
const drawers = [
  ['toggle-channels', 'show-channels'],
  ['toggle-members', 'show-members'],
];
for (const [buttonId, className] of drawers) {
  const button = byId(buttonId);
  button.addEventListener('click', () => {
    const shown = ui.app.classList.toggle(className);
    button.setAttribute('aria-expanded', String(shown));
  });
}

followLive({
  reload: loadState,
  message: upsert,
  deleted: (id) => page.messages.delete(id),
  changed: renderChannel,
  connected(yes) {
    ui.connection.textContent = 'Reconnecting to the sandbox…';
    ui.connection.hidden = yes;
  },
});
