// The list of suggestions above the message box, as an ARIA listbox tied to the box (a combobox):
// which item is highlighted, drawing it, and taking an item by click or key.

/** @typedef {{ label: string, detail?: string, apply: () => void }} Suggestion */

/** @param {HTMLElement} list @param {HTMLTextAreaElement} textarea */
export function createSuggestionList(list, textarea) {
  /** @type {Suggestion[]} */
  let items = [];
  let active = -1;

  function draw() {
    list.replaceChildren();
    list.hidden = items.length === 0;
    textarea.setAttribute('aria-expanded', String(!list.hidden));
    items.forEach((item, index) => {
      const option = document.createElement('li');
      option.id = `suggestion-${index}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', String(index === active));
      option.className = index === active ? 'suggestion active' : 'suggestion';
      const label = document.createElement('span');
      label.className = 'suggestion-label';
      label.textContent = item.label;
      option.append(label);
      if (item.detail) {
        const detail = document.createElement('span');
        detail.className = 'suggestion-detail';
        detail.textContent = item.detail;
        option.append(detail);
      }
      option.addEventListener('mousedown', (event) => {
        event.preventDefault(); // keep the focus in the message box
        take(index);
      });
      list.append(option);
    });
    if (active >= 0) textarea.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else textarea.removeAttribute('aria-activedescendant');
  }

  /** @param {number} index */
  function take(index) {
    const item = items[index];
    if (!item) return;
    item.apply();
    textarea.focus();
  }

  return {
    /** Shows these items (Discord shows at most 25), the first highlighted or none. @param {Suggestion[]} next @param {boolean} highlightFirst */
    show(next, highlightFirst) {
      items = next.slice(0, 25);
      active = highlightFirst && items.length > 0 ? 0 : -1;
      draw();
    },
    get open() {
      return !list.hidden && items.length > 0;
    },
    get highlighted() {
      return active >= 0;
    },
    /** @param {1 | -1} step */
    move(step) {
      active = (active + step + items.length) % items.length;
      draw();
    },
    /** Takes the highlighted item, or the first when none is. */
    take: () => take(active >= 0 ? active : 0),
  };
}
