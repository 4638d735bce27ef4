// The message menu (right-click, or a message's ⋯ button): Discord's "Apps" entries, keyboard
// usable — focus goes to the first entry, ↑/↓ move, Esc closes and returns focus where it was.
import { el } from './render.js';

/** @typedef {{ label: string, run: () => void }} MenuItem */

/** @param {HTMLElement} menu */
export function createMenu(menu) {
  /** @type {HTMLElement | null} */
  let returnTo = null;

  function close() {
    if (menu.hidden) return;
    menu.hidden = true;
    returnTo?.focus();
    returnTo = null;
  }

  menu.addEventListener('keydown', (event) => {
    const items = [...menu.querySelectorAll('button')];
    const index = items.indexOf(/** @type {HTMLButtonElement} */ (document.activeElement));
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(index + step + items.length) % items.length]?.focus();
    }
  });
  document.addEventListener('mousedown', (event) => {
    if (!menu.contains(/** @type {Node} */ (event.target))) close();
  });

  return {
    /**
     * Opens the menu beside `anchor` with a heading and its entries.
     * @param {HTMLElement} anchor @param {string} heading @param {MenuItem[]} items
     */
    open(anchor, heading, items) {
      returnTo = anchor;
      menu.replaceChildren(el('h2', 'menu-heading', heading));
      for (const entry of items) {
        const item = el('button', 'menu-item', entry.label);
        item.type = 'button';
        item.setAttribute('role', 'menuitem');
        item.addEventListener('click', () => {
          close();
          entry.run();
        });
        menu.append(item);
      }
      const box = anchor.getBoundingClientRect();
      menu.hidden = false;
      const left = Math.min(box.right - 8, window.innerWidth - menu.offsetWidth - 8);
      const top = Math.min(box.top + 8, window.innerHeight - menu.offsetHeight - 8);
      menu.style.left = `${Math.max(8, left)}px`;
      menu.style.top = `${Math.max(8, top)}px`;
      menu.querySelector('button')?.focus();
    },
    close,
  };
}
