// A searchable multiple select: a search box that narrows a list of names, each with a checkbox. Feeds and
// stories are picked by name; the ids stay behind the scenes. value() gives the checked ids.
import { el } from './dom.js';

// items: [{ id, name, detail? }]
export function picker(id, label, items, emptyText, singular = label.toLowerCase()) {
  const checked = new Set();
  const search = el('input', { type: 'search', id: `${id}-search`, placeholder: `type to find a ${singular}`,
    autocomplete: 'off', 'aria-controls': `${id}-options` });
  const summary = el('span', { class: 'picker-summary meta', 'aria-live': 'polite', text: emptyText });
  const options = el('ul', { class: 'picker-options', id: `${id}-options`, 'aria-label': label },
    items.length ? items.map((item) => {
      const box = el('input', { type: 'checkbox', id: `${id}-${item.id}`, value: String(item.id) });
      box.addEventListener('change', () => {
        if (box.checked) checked.add(item.id); else checked.delete(item.id);
        showSummary();
      });
      return el('li', { dataset: { name: `${item.name} ${item.detail || ''}`.toLowerCase() } }, box,
        el('label', { for: `${id}-${item.id}` }, item.name, item.detail ? el('span', { class: 'meta', text: ` ${item.detail}` }) : null));
    }) : el('li', { class: 'muted', text: `No ${label.toLowerCase()} yet.` }));
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase();
    options.querySelectorAll('li[data-name]').forEach((li) => { li.hidden = q !== '' && !li.dataset.name.includes(q); });
  });
  function showSummary() {
    const names = items.filter((i) => checked.has(i.id)).map((i) => i.name);
    summary.textContent = names.length ? `${names.length} chosen: ${names.join(', ')}` : emptyText;
  }
  const node = el('fieldset', { class: 'picker', id }, el('legend', { text: label }),
    el('label', { for: `${id}-search`, class: 'sr-only', text: `Find ${label.toLowerCase()}` }), search, options, summary);
  return {
    node,
    value: () => [...checked],
    reset: () => {
      checked.clear();
      options.querySelectorAll('input[type=checkbox]').forEach((b) => { b.checked = false; });
      search.value = '';
      search.dispatchEvent(new Event('input'));
      showSummary();
    },
  };
}
