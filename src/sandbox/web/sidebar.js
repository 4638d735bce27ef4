// The channel list (with unread marks) and the member list grouped as Discord groups them.
import { avatar, el } from './render.js';

/**
 * @param {HTMLElement} list
 * @param {{ id: string, name: string }[]} channels
 * @param {{ current: string, unread: Set<string>, onChoose: (channelId: string) => void }} options
 */
export function renderChannelList(list, channels, options) {
  list.replaceChildren(
    ...channels.map((channel) => {
      const current = channel.id === options.current;
      const unread = options.unread.has(channel.id);
      const button = el('button', `channel${current ? ' current' : ''}${unread ? ' unread' : ''}`);
      button.type = 'button';
      button.append(el('span', 'hash', '#'), el('span', 'channel-label', channel.name));
      if (unread) button.append(el('span', 'visually-hidden', ' (new messages)'));
      if (current) button.setAttribute('aria-current', 'page');
      button.addEventListener('click', () => options.onChoose(channel.id));
      const item = el('li');
      item.append(button);
      return item;
    }),
  );
}

/**
 * @param {HTMLElement} panel
 * @param {{ members: { id: string, name: string, role: string }[], bot: { id: string, name: string } }} state
 * @param {string} me
 */
export function renderMembers(panel, state, me) {
  const people = (/** @type {string} */ role) =>
    state.members.filter((m) => m.role === role).map((m) => ({ ...m, bot: false }));
  const groups = [
    { title: 'Admin', people: people('Admin') },
    { title: 'Member', people: people('Member') },
    { title: 'App', people: [{ id: state.bot.id, name: state.bot.name, bot: true }] },
  ];
  panel.replaceChildren(
    ...groups.flatMap((group) => {
      const heading = el('h2', 'members-heading', `${group.title} — ${group.people.length}`);
      const list = el('ul', 'member-list');
      for (const person of group.people) {
        const item = el('li', 'member');
        item.append(avatar({ id: person.id, username: person.name, bot: person.bot }));
        item.append(el('span', 'member-name', person.name));
        if (person.bot) item.append(el('span', 'bot-tag', 'APP'));
        if (person.id === me) item.append(el('span', 'you', '(you)'));
        list.append(item);
      }
      return [heading, list];
    }),
  );
}
