// The top of each channel. In #general it suggests real first steps, each of which fills the message
// box with a command ready to send: summarize a sample article or pasted text, follow the sample
// feed, and set a digest for two minutes from now in #digest.
import { el } from './render.js';

/**
 * @typedef {{ fill: (text: string, options?: { as?: 'Admin' | 'Member', channel?: string }) => void }} Actions
 * @typedef {import('./app.js').SandboxState} SandboxState
 */

/** "HH:MM" two minutes from now, and the reader's time zone, for /digest set. */
export function twoMinutesFromNow(now = new Date()) {
  const later = new Date(now.getTime() + 2 * 60_000);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(later);
  return { time, timeZone };
}

/**
 * @param {string} label
 * @param {string} detail
 * @param {() => void} action
 */
function suggestion(label, detail, action) {
  const item = el('li');
  const button = el('button', 'suggestion-card');
  button.type = 'button';
  button.append(el('strong', '', label), el('span', '', detail));
  button.addEventListener('click', action);
  item.append(button);
  return item;
}

/**
 * @param {SandboxState} state
 * @param {{ name: string, topic: string } | undefined} channel
 * @param {Actions} actions
 * @returns {HTMLElement[]}
 */
export function renderWelcome(state, channel, actions) {
  const title = el('h2', 'welcome-title', `Welcome to #${channel?.name ?? ''}!`);
  title.id = 'welcome-title';
  if (channel?.name !== 'general') return [title, el('p', 'welcome-text', channel?.topic ?? '')];
  const intro = el(
    'p',
    'welcome-text',
    'This is the NewsBrief sandbox: the real bot, connected to a Discord server that runs on your machine. ' +
      'Type / to see its commands, or start with one of these (each fills the message box; press Enter to send):',
  );
  const [article] = state.samples.articles;
  const list = el('ul', 'suggestion-cards');
  if (article) {
    list.append(
      suggestion('Summarize a sample article', article.title, () =>
        actions.fill(`/summarize url:${article.url}`),
      ),
    );
  }
  list.append(
    suggestion('Summarize pasted text', 'Or paste any article after text:', () =>
      actions.fill(`/summarize text:${state.samples.text}`),
    ),
    suggestion('Follow the sample feed', 'As Ada, the admin: new stories go to #news and to digests', () =>
      actions.fill(`/feed add url:${state.samples.feedUrl} channel:#news`, { as: 'Admin' }),
    ),
    suggestion('Get a digest in two minutes', 'As Ada: a digest of the server’s stories in #digest', () => {
      const { time, timeZone } = twoMinutesFromNow();
      actions.fill(`/digest set channel:#digest time:${time} timezone:${timeZone} when-empty:True`, {
        as: 'Admin',
      });
    }),
  );
  const tips = el('p', 'welcome-tips');
  tips.textContent =
    'Also try /recent and /search, right-click a message with a link (or use its ⋯ button) → Apps → Summarize article, ' +
    'and switch “Typing as” to Sam to see what a member without Manage Server gets. Summaries of real web pages work too when this machine is online.';
  const samples = el('details', 'sample-links');
  samples.append(el('summary', '', 'Sample articles served by the sandbox'));
  const links = el('ul');
  for (const sample of state.samples.articles) {
    const link = el('a', '', `${sample.title} — ${sample.site}`);
    Object.assign(link, { href: sample.url, target: '_blank', rel: 'noopener noreferrer' });
    const item = el('li');
    item.append(link);
    links.append(item);
  }
  samples.append(links);
  return [title, intro, list, tips, samples];
}
